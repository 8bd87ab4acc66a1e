"""Lines on the map: an order's route as a dashed line with an arrowhead, and positions along a path for
armies gliding from region to region. Plain geometry over pygame; no game state."""

from __future__ import annotations

import math

import pygame

from game.ui import theme

ROUTE = (250, 226, 160)
INK = (28, 20, 12)


def draw_route(surface: pygame.Surface, pts: list[tuple[float, float]], colour=ROUTE) -> None:
    """A dashed route through window points, ending in an arrowhead at the last one."""
    for a, b in zip(pts, pts[1:], strict=False):
        dashed(surface, a, b, INK, 5)
        dashed(surface, a, b, colour, 3)
    (ax, ay), (bx, by) = pts[-2], pts[-1]
    ang = math.atan2(by - ay, bx - ax)
    tip = (bx - math.cos(ang) * theme.px(4), by - math.sin(ang) * theme.px(4))
    left = (tip[0] - math.cos(ang - 0.5) * 14, tip[1] - math.sin(ang - 0.5) * 14)
    right = (tip[0] - math.cos(ang + 0.5) * 14, tip[1] - math.sin(ang + 0.5) * 14)
    pygame.draw.polygon(surface, colour, [tip, left, right])
    pygame.draw.polygon(surface, INK, [tip, left, right], 1)


def ease(t: float) -> float:
    """Smoothstep: armies start and stop gently."""
    return t * t * (3 - 2 * t)


def along(points: list[tuple[float, float]], t: float) -> tuple[float, float]:
    """The point a fraction t of the way along a polyline (by length)."""
    lengths = [math.dist(a, b) for a, b in zip(points, points[1:], strict=False)]
    target = t * (sum(lengths) or 1.0)
    for i, seg in enumerate(lengths):
        if target <= seg or i == len(lengths) - 1:
            k = 0.0 if seg == 0 else min(1.0, target / seg)
            a, b = points[i], points[i + 1]
            return (a[0] + (b[0] - a[0]) * k, a[1] + (b[1] - a[1]) * k)
        target -= seg
    return points[-1]


def dashed(surface: pygame.Surface, a, b, colour, width: int, dash: float = 10, gap: float = 7) -> None:
    length = math.dist(a, b)
    if length < 1:
        return
    ux, uy = (b[0] - a[0]) / length, (b[1] - a[1]) / length
    d = 0.0
    while d < length:
        e = min(length, d + dash)
        pygame.draw.line(surface, colour, (a[0] + ux * d, a[1] + uy * d), (a[0] + ux * e, a[1] + uy * e), width)
        d = e + gap
