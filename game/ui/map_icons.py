"""Small map icons drawn as vectors at 4x and smooth-scaled: towns, walled cities, anchors, flames, compass.

Each icon is cached per size, so a label pass only blits.
"""

from __future__ import annotations

import math
from functools import lru_cache

import pygame

from game.ui import theme

_OVER = 4  # icons are drawn this many times larger, then smooth-scaled: cheap anti-aliasing
_LIGHT = (248, 240, 220)


def _canvas(w: int, h: int) -> pygame.Surface:
    return pygame.Surface((w * _OVER, h * _OVER), pygame.SRCALPHA)


def _done(surface: pygame.Surface) -> pygame.Surface:
    w, h = surface.get_size()
    return pygame.transform.smoothscale(surface, (w // _OVER, h // _OVER))


@lru_cache(maxsize=64)
def town(size: int) -> pygame.Surface:
    """An open town: a ringed dot."""
    c = _canvas(size, size)
    r = size * _OVER / 2
    pygame.draw.circle(c, theme.INK, (r, r), r - _OVER)
    pygame.draw.circle(c, _LIGHT, (r, r), r * 0.62)
    pygame.draw.circle(c, theme.INK, (r, r), r * 0.28)
    return _done(c)


@lru_cache(maxsize=64)
def walled_city(size: int, capital: bool = False) -> pygame.Surface:
    """A crenellated wall with a gate and, for a great city, a central tower."""
    c = _canvas(size, size)
    s = size * _OVER
    ink = theme.INK
    lw = max(2, s // 14)
    top = s * (0.38 if capital else 0.45)
    body = pygame.Rect(s * 0.08, top, s * 0.84, s * 0.9 - top)
    if capital:
        tower = pygame.Rect(s * 0.34, s * 0.08, s * 0.32, top - s * 0.05)
        pygame.draw.rect(c, _LIGHT, tower)
        pygame.draw.rect(c, ink, tower, lw)
        for i in range(3):
            pygame.draw.rect(c, ink, (tower.x + i * tower.w / 2.5, s * 0.02, tower.w / 5, s * 0.08))
    pygame.draw.rect(c, _LIGHT, body)
    pygame.draw.rect(c, ink, body, lw)
    merlon = body.w / 7
    for i in range(4):
        pygame.draw.rect(c, ink, (body.x + i * 2 * merlon, body.y - merlon * 0.8, merlon, merlon * 0.9))
    gate = pygame.Rect(0, 0, body.w * 0.28, body.h * 0.55)
    gate.midbottom = body.midbottom
    pygame.draw.rect(c, ink, gate)
    pygame.draw.circle(c, ink, gate.midtop, gate.w / 2)
    return _done(c)


@lru_cache(maxsize=64)
def anchor(size: int) -> pygame.Surface:
    """A port: a dark anchor with a pale outline, legible on land and on the sea alike."""
    c = _canvas(size, size)
    s = size * _OVER
    for ink, w in ((_LIGHT, max(4, s // 5)), ((24, 46, 74), max(2, s // 10))):
        cx = s / 2
        pygame.draw.circle(c, ink, (cx, s * 0.16), s * 0.1, w)
        pygame.draw.line(c, ink, (cx, s * 0.24), (cx, s * 0.88), w)
        pygame.draw.line(c, ink, (cx - s * 0.22, s * 0.38), (cx + s * 0.22, s * 0.38), w)
        pygame.draw.arc(c, ink, (s * 0.12, s * 0.3, s * 0.76, s * 0.6), math.pi * 1.05, math.pi * 1.95, w)
    return _done(c)


@lru_cache(maxsize=16)
def flame(size: int, level: int = 1) -> pygame.Surface:
    """Unrest at a glance: a flame, taller and redder with the level (1-3)."""
    c = _canvas(size, size)
    s = size * _OVER
    outer = [(s * 0.5, s * 0.02), (s * 0.82, s * 0.45), (s * 0.78, s * 0.8), (s * 0.5, s * 0.98),
             (s * 0.22, s * 0.8), (s * 0.2, s * 0.5), (s * 0.36, s * 0.3), (s * 0.42, s * 0.5)]
    inner = [(s * 0.5, s * 0.4), (s * 0.66, s * 0.66), (s * 0.5, s * 0.9), (s * 0.34, s * 0.7)]
    colours = {1: (230, 150, 30), 2: (225, 90, 20), 3: (200, 30, 20)}
    pygame.draw.polygon(c, (60, 20, 10), outer, max(3, s // 10))
    pygame.draw.polygon(c, colours.get(level, colours[3]), outer)
    pygame.draw.polygon(c, (255, 220, 110), inner)
    return _done(c)


@lru_cache(maxsize=8)
def compass(size: int) -> pygame.Surface:
    """An eight-point compass rose with an N."""
    c = _canvas(size, size)
    s = size * _OVER
    cx, cy = s / 2, s * 0.58
    r = s * 0.34
    pygame.draw.circle(c, (*theme.FRAME_GOLD, 255), (cx, cy), r * 0.78, max(2, s // 60))
    for i in range(8):
        a = i * math.pi / 4 - math.pi / 2
        long = r if i % 2 == 0 else r * 0.6
        tip = (cx + math.cos(a) * long, cy + math.sin(a) * long)
        for side, colour in ((-1, theme.INK), (1, _LIGHT)):
            b = a + side * math.pi / 2
            base = (cx + math.cos(b) * r * 0.13, cy + math.sin(b) * r * 0.13)
            pygame.draw.polygon(c, colour, (tip, base, (cx, cy)))
            pygame.draw.polygon(c, theme.INK, (tip, base, (cx, cy)), max(1, s // 120))
    f = theme.font("title", size * 0.2 * _OVER / theme.ui_scale())
    n = f.render("N", True, (236, 226, 200))
    c.blit(n, n.get_rect(midbottom=(cx, cy - r + s * 0.03)))
    return _done(c)


@lru_cache(maxsize=16)
def arrow(length: int, thickness: int, colour: tuple[int, int, int]) -> pygame.Surface:
    """A right-pointing arrow; rotate it for other directions."""
    c = _canvas(length, thickness * 2)
    L, t = length * _OVER, thickness * _OVER
    shaft = pygame.Rect(0, t * 0.6, L - t * 1.2, t * 0.8)
    pygame.draw.rect(c, colour, shaft)
    pygame.draw.polygon(c, colour, ((L - t * 1.4, 0), (L, t), (L - t * 1.4, 2 * t)))
    return _done(c)
