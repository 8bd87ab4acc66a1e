"""Terrain symbols in the manner of a hand-drawn atlas: shaded peaks, hill bumps, dune stipple, reeds.

Drawn into the base layer only; sizes are in pixels of the target surface.
"""

from __future__ import annotations

import pygame

from game.ui import theme


def _shade(colour: tuple[int, int, int], f: float) -> tuple[int, int, int]:
    return tuple(max(0, min(255, round(c * f))) for c in colour)


def mountain(surface: pygame.Surface, x: float, y: float, s: float, jitter: float) -> None:
    ink = theme.TERRAIN_INK["mountains"]
    h = s * (1.0 + 0.35 * jitter)
    peak = (x - s * 0.1 + jitter * s * 0.2, y - h)
    left, right, foot = (x - s, y), (x + s, y), (x + s * 0.12, y)
    pygame.draw.polygon(surface, _shade(theme.TERRAIN_TINT["mountains"], 1.12), (left, peak, foot))
    pygame.draw.polygon(surface, _shade(ink, 1.25), (peak, right, foot))
    w = max(1, round(s / 5))
    pygame.draw.lines(surface, ink, False, (left, peak, right), w)


def hill(surface: pygame.Surface, x: float, y: float, s: float, jitter: float) -> None:
    ink = theme.TERRAIN_INK["hills"]
    w = max(1, round(s / 6))
    r = s * (0.75 + 0.2 * jitter)
    rect = pygame.Rect(0, 0, r * 2, r * 1.3)
    rect.midbottom = (round(x), round(y + r * 0.3))
    pygame.draw.arc(surface, ink, rect, 0.25, 2.9, w)
    small = rect.inflate(-r * 0.7, -r * 0.45)
    small.midbottom = (round(x + r * 1.05), round(y + r * 0.3))
    pygame.draw.arc(surface, _shade(ink, 1.15), small, 0.3, 2.8, w)


def dunes(surface: pygame.Surface, x: float, y: float, s: float, jitter: float) -> None:
    ink = theme.TERRAIN_INK["desert"]
    r = max(1, round(s / 5))
    for dx, dy in ((0, 0), (s * 0.7, s * 0.35), (-s * 0.6, s * 0.45)):
        pygame.draw.circle(surface, ink, (x + dx * (0.6 + jitter * 0.8), y + dy), r)


def marsh(surface: pygame.Surface, x: float, y: float, s: float, jitter: float) -> None:
    ink = theme.TERRAIN_INK["marsh"]
    w = max(1, round(s / 6))
    pygame.draw.line(surface, ink, (x - s, y), (x + s, y), w)
    for dx, h in ((-s * 0.5, 0.6), (0.0, 0.9), (s * 0.5, 0.55)):
        pygame.draw.line(surface, ink, (x + dx, y), (x + dx + s * 0.1, y - s * h), w)


GLYPHS = {"mountains": mountain, "hills": hill, "desert": dunes, "marsh": marsh}
