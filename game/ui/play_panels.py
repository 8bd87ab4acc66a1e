"""The play screen's painted panels: the top bar (date, purse, men, taxes, victory balance, whose turn),
the selection details in the side panel, and the message log. Each is painted into a cached surface and
repainted only when what it shows changes, so a frame costs a few blits.
"""

from __future__ import annotations

from collections.abc import Sequence

import pygame

from game.ui import theme
from game.ui.widgets.fonts import TEXT, font
from game.ui.widgets.tooltip import value_surface

PANEL_BG = (24, 19, 14)
PANEL_EDGE = (138, 109, 59)
INK = (234, 223, 200)
DIM = (176, 162, 136)
GOLD = (232, 192, 106)
SIDE_COLOURS = {s: theme.owner_style(s).fill for s in ("umayyad", "berber", "asturias", "neutral")}


class TopBar:
    """The strip across the top; `draw` repaints only when the shown values change."""

    def __init__(self) -> None:
        self._key: tuple | None = None
        self._surface: pygame.Surface | None = None

    def draw(self, surface: pygame.Surface, rect: pygame.Rect, values: dict) -> None:
        key = (rect.size, tuple(sorted(values.items())))
        if key != self._key:
            self._surface = self._paint(rect.size, values)
            self._key = key
        surface.blit(self._surface, rect)

    def _paint(self, size: tuple[int, int], v: dict) -> pygame.Surface:
        w, h = size
        s = pygame.Surface(size)
        for y in range(h):
            t = y / h
            s.fill((int(44 - 16 * t), int(34 - 12 * t), int(24 - 9 * t)), (0, y, w, 1))
        pygame.draw.line(s, PANEL_EDGE, (0, h - 2), (w, h - 2), 1)
        pygame.draw.line(s, (10, 8, 6), (0, h - 1), (w, h - 1), 1)
        x = theme.px(16)
        date = TEXT.render(v["date"], "title", 27, (246, 232, 196))
        s.blit(date, date.get_rect(midleft=(x, h // 2)))
        x += date.get_width() + theme.px(10)
        season = TEXT.render(v.get("season", ""), "italic", 17, DIM)
        s.blit(season, season.get_rect(midleft=(x, h // 2 + 2)))
        x += season.get_width() + theme.px(28)
        if v.get("side"):
            colour = SIDE_COLOURS.get(v["side"], GOLD)
            pygame.draw.circle(s, colour, (x + 7, h // 2), theme.px(7))
            pygame.draw.circle(s, (12, 10, 8), (x + 7, h // 2), theme.px(7), 1)
            x += theme.px(22)
            for label, value in (("Treasury", v["treasury"]), ("Manpower", v["manpower"]), ("Taxes", v["tax"])):
                a = TEXT.render(label, "ui", 13, DIM)
                b = TEXT.render(value, "ui_bold", 15, INK)
                s.blit(a, a.get_rect(midleft=(x, h // 2)))
                x += a.get_width() + theme.px(6)
                s.blit(b, b.get_rect(midleft=(x, h // 2)))
                x += b.get_width() + theme.px(22)
        status = TEXT.render(v.get("status", ""), "italic", 19, GOLD if v.get("busy") else INK)
        status_rect = status.get_rect(midright=(w - theme.px(152), h // 2))
        s.blit(status, status_rect)
        room = status_rect.left - theme.px(24) - (x + theme.px(8))
        if room >= theme.px(140):  # the balance of the war, in whatever room the words leave
            self._victory(s, v, pygame.Rect(x + theme.px(8), 0, min(theme.px(300), room), h))
        return s

    @staticmethod
    def _victory(s: pygame.Surface, v: dict, rect: pygame.Rect) -> None:
        """Victory balance: a bar split by the two sides' points, the standing written under it."""
        um, be = v.get("score_umayyad", 0), v.get("score_berber", 0)
        total = max(1, um + be)
        bar = pygame.Rect(rect.x, rect.centery - theme.px(12), rect.w, theme.px(9))
        split = bar.x + round(bar.w * um / total)
        pygame.draw.rect(s, SIDE_COLOURS["umayyad"], (bar.x, bar.y, split - bar.x, bar.h))
        pygame.draw.rect(s, SIDE_COLOURS["berber"], (split, bar.y, bar.right - split, bar.h))
        pygame.draw.rect(s, (12, 10, 8), bar, 1)
        text = TEXT.render(f"Umayyads {um}  ·  {v.get('standing', '')}  ·  Berbers {be}", "ui", 12, DIM)
        s.blit(text, text.get_rect(midtop=(bar.centerx, bar.bottom + theme.px(3))))


def info_surface(title: str, subtitle: str, rows: Sequence[tuple[str, str]], width: int,
                 side: str | None = None, reserve: int = 0) -> pygame.Surface:
    """The selection details: a title in the serif, a coloured rule, then label/value rows; `reserve`
    keeps room right of the title (for a medallion)."""
    return _info(title, subtitle, tuple(rows), width, side, theme.ui_scale(), reserve)


_INFO: dict[tuple, pygame.Surface] = {}


def _info(title, subtitle, rows, width, side, scale, reserve) -> pygame.Surface:
    key = (title, subtitle, rows, width, side, scale, reserve)
    if key in _INFO:
        return _INFO[key]
    if len(_INFO) > 64:
        _INFO.clear()
    pad = theme.px(14)
    head = _wrap(title, "title", 25, width - 2 * pad - reserve, (246, 232, 196))
    sub = TEXT.render(subtitle, "italic", 17, DIM) if subtitle else None
    row_h = theme.px(21)
    lines = []
    for label, value in rows:
        if value == "":
            lines.extend((s, None) for s in _wrap(label, "italic", 16, width - 2 * pad, GOLD))
        else:
            lines.append((TEXT.render(label, "ui", 13, DIM), value_surface(value, 13, INK)))
    height = pad + sum(t.get_height() for t in head) + (sub.get_height() if sub else 0) + theme.px(12)
    height += sum(max(row_h, a.get_height() + 2) for a, _ in lines) + pad
    surf = pygame.Surface((width, height), pygame.SRCALPHA)
    y = pad
    for t in head:
        surf.blit(t, (pad, y))
        y += t.get_height() - theme.px(4)
    y += theme.px(4)
    if sub:
        surf.blit(sub, (pad, y))
        y += sub.get_height()
    colour = SIDE_COLOURS.get(side or "", PANEL_EDGE)
    pygame.draw.line(surf, colour, (pad, y + theme.px(5)), (width - pad, y + theme.px(5)), 2)
    y += theme.px(12)
    for a, b in lines:
        surf.blit(a, (pad, y))
        if b is not None:
            surf.blit(b, b.get_rect(topright=(width - pad, y)))
        y += max(row_h, a.get_height() + 2)
    _INFO[key] = surf
    return surf


def _wrap(text: str, role: str, size: float, width: int, colour) -> list[pygame.Surface]:
    f = font(role, size)
    words, lines, line = text.split(), [], ""
    for word in words:
        trial = f"{line} {word}".strip()
        if f.size(trial)[0] > width and line:
            lines.append(line)
            line = word
        else:
            line = trial
    lines.append(line)
    return [TEXT.render(t, role, size, colour) for t in lines if t] or [TEXT.render(" ", role, size, colour)]


class MessageLog:
    """The month's news, newest at the bottom; wheel scrolls back. Lines are wrapped and rendered once."""

    def __init__(self) -> None:
        self.entries: list[tuple[str, tuple[int, int, int]]] = []
        self._lines: list[pygame.Surface] = []
        self._pending: list[tuple[str, tuple[int, int, int]]] = []  # added, not yet wrapped and rendered
        self._width = 0
        self.scroll = 0

    def add(self, text: str, colour=INK) -> None:
        self.entries.append((text, colour))
        if len(self.entries) > 400:
            self.entries = self.entries[-300:]
            self._width = 0
        elif self._width:
            self._pending.append((text, colour))  # rendered a few a frame: a month's news never stalls one
        self.scroll = 0

    def heading(self, text: str) -> None:
        self.add(text, GOLD)

    def draw(self, surface: pygame.Surface, rect: pygame.Rect) -> None:
        inner = rect.w - theme.px(20)
        if inner != self._width:
            self._width = inner
            self._pending = []
            self._lines = [s for text, colour in self.entries for s in _wrap(text, "body", 17, inner, colour)]
        for text, colour in self._pending[:3]:
            self._lines.extend(_wrap(text, "body", 17, inner, colour))
        del self._pending[:3]
        pygame.draw.rect(surface, (16, 13, 10), rect, border_radius=theme.px(4))
        pygame.draw.rect(surface, (70, 56, 36), rect, 1, border_radius=theme.px(4))
        clip = surface.get_clip()
        surface.set_clip(rect.inflate(-4, -4))
        y = rect.bottom - theme.px(6)
        end = len(self._lines) - self.scroll
        for line in reversed(self._lines[max(0, end - 40):end]):
            y -= line.get_height() - theme.px(3)
            if y < rect.top:
                break
            surface.blit(line, (rect.x + theme.px(10), y))
        surface.set_clip(clip)

    def wheel(self, dy: int) -> None:
        self.scroll = max(0, min(len(self._lines) - 1, self.scroll + dy * 2))
