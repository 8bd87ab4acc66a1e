"""Cached text surfaces over the map engineer's fonts (`game.ui.theme.font`): render once, blit often.

Roles are the theme's: `title`, `body`, `place` (small caps), `italic`, `ui`, `ui_bold`. The cache key
includes the UI scale so a settings change never shows stale sizes.
"""

from __future__ import annotations

import pygame

from game.ui import theme


def font(role: str, size: float) -> pygame.font.Font:
    return theme.font(role, size)


class TextCache:
    """Rendered text keyed by (role, size, text, colour, shadow); cleared when it grows past `limit`."""

    def __init__(self, limit: int = 4096) -> None:
        self._cache: dict[tuple, pygame.Surface] = {}
        self._limit = limit

    def render(self, text: str, role: str = "ui", size: float = 15,
               colour: tuple[int, int, int] = (234, 223, 200), shadow: bool = False) -> pygame.Surface:
        key = (role, size, text, colour, shadow, theme.ui_scale())
        surf = self._cache.get(key)
        if surf is None:
            if len(self._cache) >= self._limit:
                self._cache.clear()
            surf = _render(theme.font(role, size), text, colour, shadow)
            self._cache[key] = surf
        return surf


def _render(f: pygame.font.Font, text: str, colour, shadow: bool) -> pygame.Surface:
    main = f.render(text, True, colour)
    if not shadow:
        return main
    out = pygame.Surface((main.get_width() + 2, main.get_height() + 2), pygame.SRCALPHA)
    dark = f.render(text, True, (10, 8, 6))
    for dx, dy in ((0, 1), (1, 0), (1, 2), (2, 1), (2, 2)):
        out.blit(dark, (dx, dy))
    out.blit(main, (1, 1))
    return out


TEXT = TextCache()
