"""The replay's narration panel: the month's story, its events and battle reports, set in a serif with
generous leading, with source notes in a muted italic beneath each piece.

The panel lays its blocks out once per month into a cached surface (so frames while playing stay cheap) and
scrolls with the mouse wheel when a busy month overflows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pygame

Colour = tuple[int, int, int]

MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December")


def month_title(month: str) -> str:
    """'740-06' -> 'June 740' (the engine counts turns; the UI speaks in months)."""
    year, number = month.split("-")
    return f"{MONTH_NAMES[int(number) - 1]} {int(year)}"


@dataclass(frozen=True)
class Block:
    """One piece of the month's story. kind: heading, body, event, battle, note (a source), rule (a divider)."""

    kind: str
    text: str = ""
    colour: Colour | None = None


@dataclass(frozen=True)
class NarrationFonts:
    heading: pygame.font.Font
    event: pygame.font.Font
    body: pygame.font.Font
    note: pygame.font.Font


@dataclass(frozen=True)
class NarrationColours:
    background: Colour = (30, 26, 22)
    border: Colour = (96, 82, 62)
    heading: Colour = (240, 222, 180)
    body: Colour = (228, 218, 198)
    event: Colour = (222, 190, 120)
    note: Colour = (150, 138, 118)
    rule: Colour = (84, 72, 56)


def wrap(text: str, font: pygame.font.Font, width: int) -> list[str]:
    """Greedy word wrap to `width` pixels; a word longer than the line stays whole rather than being cut."""
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        line = ""
        for word in paragraph.split():
            trial = f"{line} {word}" if line else word
            if line and font.size(trial)[0] > width:
                lines.append(line)
                line = word
            else:
                line = trial
        lines.append(line)
    return lines


class NarrationPanel:
    """Shows a list of blocks inside `rect`; `set_blocks` re-lays out, `draw` just blits."""

    LEADING = 1.32
    MARGIN = 20

    def __init__(self, rect: pygame.Rect, fonts: NarrationFonts, colours: NarrationColours | None = None) -> None:
        self.rect = pygame.Rect(rect)
        self.fonts = fonts
        self.colours = colours or NarrationColours()
        self.blocks: list[Block] = []
        self.scroll = 0
        self._page: pygame.Surface | None = None

    def set_blocks(self, blocks: Sequence[Block]) -> None:
        self.blocks = list(blocks)
        self.scroll = 0
        self._page = None

    @property
    def text(self) -> str:
        """Everything the panel says, for tests and the screen reader of the future."""
        return "\n".join(b.text for b in self.blocks if b.text)

    def handle_event(self, event: pygame.event.Event) -> bool:
        if event.type == pygame.MOUSEWHEEL and self.rect.collidepoint(pygame.mouse.get_pos()):
            page_h = self._layout().get_height()
            limit = max(0, page_h - self.rect.height + self.MARGIN)
            self.scroll = min(limit, max(0, self.scroll - event.y * 40))
            return True
        return False

    def draw(self, surface: pygame.Surface) -> None:
        c = self.colours
        pygame.draw.rect(surface, c.background, self.rect, border_radius=8)
        pygame.draw.rect(surface, c.border, self.rect, width=1, border_radius=8)
        page = self._layout()
        more = page.get_height() + self.MARGIN - self.scroll > self.rect.height - self.MARGIN
        inner = self.rect.inflate(-2, -2 * 8)
        if more:
            inner.height -= 22  # room for the hint below the text
        clip = surface.get_clip()
        surface.set_clip(inner)
        surface.blit(page, (self.rect.x, self.rect.y + self.MARGIN - self.scroll))
        surface.set_clip(clip)
        if more:
            self._draw_more_below(surface, inner.bottom)

    def _draw_more_below(self, surface: pygame.Surface, text_bottom: int) -> None:
        """The text goes on: fade the last lines into the panel and say so beneath them."""
        fade_h = 48
        fade = pygame.Surface((self.rect.width - 4, fade_h), pygame.SRCALPHA)
        for y in range(fade_h):
            pygame.draw.line(fade, (*self.colours.background, round(255 * (y / fade_h) ** 1.2)), (0, y),
                             (fade.get_width(), y))
        surface.blit(fade, (self.rect.x + 2, text_bottom - fade_h))
        hint = self.fonts.note.render("scroll for more", True, self.colours.note)
        surface.blit(hint, hint.get_rect(midbottom=(self.rect.centerx, self.rect.bottom - 6)))

    # --- layout -----------------------------------------------------------------------------------------
    def _font_and_colour(self, block: Block) -> tuple[pygame.font.Font, Colour]:
        c, f = self.colours, self.fonts
        table = {
            "heading": (f.heading, c.heading),
            "event": (f.event, c.event),
            "battle": (f.event, c.event),
            "note": (f.note, c.note),
        }
        font, colour = table.get(block.kind, (f.body, c.body))
        return font, block.colour or colour

    def _layout(self) -> pygame.Surface:
        if self._page is not None:
            return self._page
        width = self.rect.width - 2 * self.MARGIN
        pieces: list[tuple[pygame.Surface | None, int, int]] = []  # (image, x, y); None = a divider
        y = 0
        for block in self.blocks:
            if block.kind == "rule":
                y += 8
                pieces.append((None, 0, y))
                y += 14
                continue
            font, colour = self._font_and_colour(block)
            step = round(font.get_linesize() * (self.LEADING if block.kind == "body" else 1.12))
            for line in wrap(block.text, font, width):
                pieces.append((font.render(line, True, colour), self.MARGIN, y))
                y += step
            y += {"heading": 6, "body": 10, "note": 8}.get(block.kind, 4)
        page = pygame.Surface((self.rect.width, max(1, y)), pygame.SRCALPHA)
        for image, x, top in pieces:
            if image is None:
                pygame.draw.line(page, self.colours.rule, (self.MARGIN, top), (self.rect.width - self.MARGIN, top))
            else:
                page.blit(image, (x, top))
        self._page = page
        return page
