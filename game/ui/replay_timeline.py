"""The replay's timeline slider: one tick a month, a year label each January, crossed swords where history
fought a battle, and a handle that seeks to any month on click or drag.

A plain pygame widget (pygame_gui has no slider with markers): it turns mouse events into a month index and
draws itself; the replay screen decides what seeking means.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import pygame

from game.ui.replay_narration import month_title

Colour = tuple[int, int, int]


@dataclass(frozen=True)
class TimelineColours:
    track: Colour = (72, 62, 50)
    filled: Colour = (196, 160, 92)
    tick: Colour = (120, 106, 86)
    text: Colour = (226, 214, 190)
    swords: Colour = (214, 92, 70)
    swords_hover: Colour = (255, 196, 120)
    handle: Colour = (246, 232, 200)


class Timeline:
    """Months laid out evenly along `rect`; `battles[i]` names the battles of month i."""

    PAD = 18

    def __init__(self, rect: pygame.Rect, months: Sequence[str], battles: dict[int, list[str]],
                 font: pygame.font.Font, colours: TimelineColours | None = None,
                 bookmarks: dict[int, str] | None = None) -> None:
        self.rect = pygame.Rect(rect)
        self.months = list(months)
        self.battles = battles
        self.bookmarks = bookmarks or {}  # month index -> the scenario bookmark's title
        self.font = font
        self.colours = colours or TimelineColours()
        self.dragging = False
        self.hover_pos: tuple[int, int] | None = None

    # --- geometry ---------------------------------------------------------------------------------------
    @property
    def track_y(self) -> int:
        return self.rect.y + self.rect.height * 3 // 5

    def x_of(self, index: float) -> int:
        """The x of month `index` (fractions fall between months, for a gliding handle)."""
        span = self.rect.width - 2 * self.PAD
        return round(self.rect.x + self.PAD + span * index / max(1, len(self.months) - 1))

    def index_at(self, x: float) -> int:
        span = self.rect.width - 2 * self.PAD
        fraction = (x - self.rect.x - self.PAD) / max(1, span)
        return min(len(self.months) - 1, max(0, round(fraction * (len(self.months) - 1))))

    def battle_at(self, pos: tuple[int, int]) -> tuple[int, list[str]] | None:
        """The battle marker under the mouse, if any: (month index, names)."""
        for index, names in self.battles.items():
            x = self.x_of(index)
            if abs(pos[0] - x) <= 8 and self.rect.y <= pos[1] <= self.track_y:
                return index, names
        return None

    def hover_text(self, pos: tuple[int, int]) -> tuple[int, str] | None:
        """What hovering at `pos` names: a battle, a bookmark, or just the month under the mouse."""
        battle = self.battle_at(pos)
        if battle:
            return battle[0], f"{' · '.join(battle[1])} — {month_title(self.months[battle[0]])}"
        if not self.rect.collidepoint(pos):
            return None
        index = self.index_at(pos[0])
        if index in self.bookmarks and abs(pos[0] - self.x_of(index)) <= 8:
            return index, f"{self.bookmarks[index]} — {month_title(self.months[index])}"
        return index, month_title(self.months[index])

    # --- input ------------------------------------------------------------------------------------------
    def handle_event(self, event: pygame.event.Event) -> int | None:
        """The month to seek to if this event clicked or dragged the slider, else None."""
        if event.type == pygame.MOUSEMOTION:
            self.hover_pos = event.pos
            if self.dragging:
                return self.index_at(event.pos[0])
        elif event.type == pygame.MOUSEBUTTONDOWN and event.button == 1 and self.rect.collidepoint(event.pos):
            self.dragging = True
            return self.index_at(event.pos[0])
        elif event.type == pygame.MOUSEBUTTONUP and event.button == 1 and self.dragging:
            self.dragging = False
            return self.index_at(event.pos[0])
        return None

    # --- drawing ----------------------------------------------------------------------------------------
    def draw(self, surface: pygame.Surface, position: float) -> None:
        c = self.colours
        y = self.track_y
        left, right = self.x_of(0), self.x_of(len(self.months) - 1)
        pygame.draw.line(surface, c.track, (left, y), (right, y), 6)
        pygame.draw.line(surface, c.filled, (left, y), (self.x_of(position), y), 6)
        for i, month in enumerate(self.months):
            x = self.x_of(i)
            january = month.endswith("-01") or i == 0
            pygame.draw.line(surface, c.tick, (x, y + 5), (x, y + (14 if january else 9)), 1)
            if january:
                label = self.font.render(month[:-3], True, c.text)
                surface.blit(label, (x - label.get_width() // 2, y + 15))
        hovered = self.hover_text(self.hover_pos) if self.hover_pos else None
        for index in self.battles:
            colour = c.swords_hover if hovered and hovered[0] == index else c.swords
            draw_crossed_swords(surface, (self.x_of(index), y - 16), 8, colour)
        for index in self.bookmarks:
            x = self.x_of(index)
            diamond = ((x, y - 7), (x + 6, y), (x, y + 7), (x - 6, y))
            pygame.draw.polygon(surface, c.filled, diamond)
            pygame.draw.polygon(surface, (20, 16, 12), diamond, 2)
        hx = self.x_of(position)
        pygame.draw.circle(surface, (0, 0, 0), (hx, y), 10)
        pygame.draw.circle(surface, c.handle, (hx, y), 8)
        if hovered:
            self._draw_tooltip(surface, *hovered)

    def _draw_tooltip(self, surface: pygame.Surface, index: int, text: str) -> None:
        img = self.font.render(text, True, self.colours.text)
        box = img.get_rect().inflate(16, 10)
        box.midbottom = (self.x_of(index), self.rect.y - 4)
        box.clamp_ip(surface.get_rect())
        pygame.draw.rect(surface, (24, 20, 16), box, border_radius=4)
        pygame.draw.rect(surface, self.colours.swords, box, width=1, border_radius=4)
        surface.blit(img, img.get_rect(center=box.center))


def draw_crossed_swords(surface: pygame.Surface, centre: tuple[int, int], r: int, colour: Colour) -> None:
    """Two swords crossed in an X, points up, guards and pommels low: the battle sign of period maps."""
    icon = _swords_icon(r, colour)
    surface.blit(icon, icon.get_rect(center=centre))


@lru_cache(maxsize=32)
def _swords_icon(r: int, colour: Colour) -> pygame.Surface:
    """Drawn four times larger, then smooth-scaled: crisp anti-aliased blades at any small size."""
    k = 4
    size = (2 * r + 4) * k
    canvas = pygame.Surface((size, size), pygame.SRCALPHA)
    c = size / 2
    reach = r * k
    for sign in (1, -1):
        tip = (c + sign * reach, c - reach)
        hilt = (c - sign * reach, c + reach)
        pygame.draw.line(canvas, colour, tip, hilt, max(3, round(0.34 * r * k)))
        # The guard crosses the blade a quarter of the way up from the hilt.
        gx, gy = c - sign * reach * 0.5, c + reach * 0.5
        arm = reach * 0.32
        pygame.draw.line(canvas, colour, (gx - arm, gy - sign * arm), (gx + arm, gy + sign * arm),
                         max(3, round(0.34 * r * k)))
        pygame.draw.circle(canvas, colour, hilt, max(2, round(0.22 * r * k)))
    return pygame.transform.smoothscale(canvas, (size // k, size // k))
