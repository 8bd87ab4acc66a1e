"""Hover tooltips drawn in the game's style: a title, then label/value rows, cached per content.

A tooltip is a tuple of lines so that the same content renders once and is blitted every frame after.
"""

from __future__ import annotations

import pygame

from game.ui.widgets.fonts import TEXT

Line = tuple[str, str]  # (label, value); a label-only line with value "" is a heading or a note

BG = (20, 16, 12, 238)
BORDER = (184, 134, 47)
TITLE = (240, 217, 160)
LABEL = (190, 176, 150)
VALUE = (240, 232, 214)
NOTE = (200, 188, 160)


def value_surface(value: str, size: float, colour) -> pygame.Surface:
    """A value as text, or 'pips:N/M' as M discs with N filled (ratings read at a glance)."""
    if not value.startswith("pips:"):
        return TEXT.render(value, "ui_bold", size, colour)
    filled, total = (int(v) for v in value[5:].split("/"))
    r = max(3, round(size * 0.33))
    surf = pygame.Surface((total * (2 * r + 4), 2 * r + 6), pygame.SRCALPHA)
    for i in range(total):
        centre = (r + 2 + i * (2 * r + 4), r + 3)
        if i < filled:
            pygame.draw.circle(surf, (232, 192, 106), centre, r)
        pygame.draw.circle(surf, (150, 120, 70), centre, r, 1)
    return surf


class Tooltip:
    """Render and place tooltips; `draw(surface, pos, title, lines)` is cheap after the first call."""

    def __init__(self) -> None:
        self._cache: dict[tuple, pygame.Surface] = {}

    def surface_for(self, title: str, lines: tuple[Line, ...], subtitle: str = "") -> pygame.Surface:
        key = (title, subtitle, lines)
        surf = self._cache.get(key)
        if surf is None:
            if len(self._cache) > 256:
                self._cache.clear()
            surf = self._render(title, subtitle, lines)
            self._cache[key] = surf
        return surf

    def draw(self, surface: pygame.Surface, pos: tuple[int, int], title: str,
             lines: tuple[Line, ...], subtitle: str = "") -> pygame.Rect:
        surf = self.surface_for(title, tuple(lines), subtitle)
        rect = surf.get_rect(topleft=(pos[0] + 18, pos[1] + 14))
        bounds = surface.get_rect()
        if rect.right > bounds.right - 4:
            rect.right = pos[0] - 10
        if rect.bottom > bounds.bottom - 4:
            rect.bottom = bounds.bottom - 4
        rect.clamp_ip(bounds)
        surface.blit(surf, rect)
        return rect

    @staticmethod
    def _render(title: str, subtitle: str, lines: tuple[Line, ...]) -> pygame.Surface:
        parts: list[tuple[pygame.Surface, pygame.Surface | None]] = [
            (TEXT.render(title, "title", 21, TITLE), None)]
        if subtitle:
            parts.append((TEXT.render(subtitle, "italic", 16, NOTE), None))
        for label_text, value in lines:
            if value == "":
                parts.append((TEXT.render(label_text, "ui", 13, NOTE), None))
            else:
                parts.append((TEXT.render(label_text, "ui", 13, LABEL), value_surface(value, 13, VALUE)))
        label_w = max((a.get_width() for a, b in parts if b is not None), default=0)
        width = max([a.get_width() if b is None else label_w + 14 + b.get_width() for a, b in parts] + [160])
        height = sum(a.get_height() for a, _ in parts) + 4 * len(parts) + 2
        pad = 10
        surf = pygame.Surface((width + 2 * pad, height + 2 * pad), pygame.SRCALPHA)
        pygame.draw.rect(surf, BG, surf.get_rect(), border_radius=5)
        pygame.draw.rect(surf, BORDER, surf.get_rect(), 1, border_radius=5)
        y = pad
        for i, (a, b) in enumerate(parts):
            surf.blit(a, (pad, y))
            if b is not None:
                surf.blit(b, (pad + label_w + 14, y))
            y += a.get_height() + 4
            if i == 0 and len(parts) > 1:
                pygame.draw.line(surf, (96, 78, 50), (pad, y - 1), (pad + width, y - 1))
                y += 2
        return surf
