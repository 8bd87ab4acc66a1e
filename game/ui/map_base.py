"""The base layer: sea with depth bands, parchment land tinted by terrain, symbols, rivers, coast, borders.

Painted supersampled (default 2x) and smooth-scaled down, which anti-aliases every edge; it is painted
once per map tile (or a block of tiles) at each zoom, never per frame. Textures and hatching are anchored to
the world, so tiles painted apart meet without a seam.
"""

from __future__ import annotations

import numpy as np
import pygame

from game.ui import theme
from game.ui.last_built import LastBuilt
from game.ui.map_paint import View, fill_rings, multiply_texture, paper_texture, pattern_tile, stroke_lines, tile_over
from game.ui.map_scene import MapScene
from game.ui.map_terrain import GLYPHS

SUPERSAMPLE = 2


def paint_base(scene: MapScene, origin: tuple[float, float], zoom: float, size: tuple[int, int],
               supersample: int = SUPERSAMPLE) -> pygame.Surface:
    """The base map for the world window starting at `origin` (km), `size` pixels at `zoom` px/km."""
    ss = max(1, supersample)
    big = pygame.Surface((size[0] * ss, size[1] * ss))
    view = View(origin, zoom * ss, big.get_size())
    _sea(big, scene, view, ss)
    _land(big, scene, view, ss)
    multiply_texture(big, paper_texture(), _phase(view))
    _terrain_symbols(big, scene, view, zoom, ss)
    _rivers(big, scene, view, zoom, ss)
    _coast_and_borders(big, scene, view, zoom, ss)
    small = big if ss == 1 else pygame.transform.smoothscale(big, size)
    small_view = View(origin, zoom, size)
    _hatch_frontier(small, scene, small_view)
    _outside_map_box(small, scene, small_view)
    return small


def _phase(view: View) -> tuple[int, int]:
    """Anchor textures to the world so a re-rendered window lines up with the last one."""
    return (round(view.origin[0] * view.scale), round(view.origin[1] * view.scale))


def _sea(surface: pygame.Surface, scene: MapScene, view: View, ss: int) -> None:
    surface.fill(theme.SEA_DEEP)
    for rings, colour in zip(scene.shallows, (theme.SEA_OPEN, *theme.SEA_SHALLOWS), strict=True):
        fill_rings(surface, view, rings, colour)
    for _, line in scene.graticule:
        stroke_lines(surface, view, [line], theme.GRATICULE, 1 * ss)


def _land(surface: pygame.Surface, scene: MapScene, view: View, ss: int) -> None:
    fill_rings(surface, view, scene.land, theme.FRONTIER_LAND)
    for geo in scene.regions.values():
        fill_rings(surface, view, geo.rings, theme.TERRAIN_TINT.get(geo.record.terrain, theme.PARCHMENT))


def _hatch_frontier(surface: pygame.Surface, scene: MapScene, view: View) -> None:
    """Thin hatching on land outside the game (Francia, Italy, the islands): terra incognita.

    Painted after the downscale, at 1x: a mask of land minus regions costs a quarter as much there."""
    mask = pygame.Surface(surface.get_size(), pygame.SRCALPHA)
    fill_rings(mask, view, scene.land, (255, 255, 255, 255))
    for geo in scene.regions.values():  # draw.polygon writes RGBA as is: this punches the regions out
        fill_rings(mask, view, geo.rings, (0, 0, 0, 0))
    stroke_lines(mask, view, scene.coast, (0, 0, 0, 0), 3)  # keep the coastline's ink clean
    hatch = pygame.Surface(surface.get_size(), pygame.SRCALPHA)
    tile_over(hatch, pattern_tile("back", (*theme.FRONTIER_HATCH, 200), 9, 1), _phase(view))
    hatch.blit(mask, (0, 0), special_flags=pygame.BLEND_RGBA_MULT)
    surface.blit(hatch, (0, 0))


def _terrain_symbols(surface: pygame.Surface, scene: MapScene, view: View, zoom: float, ss: int) -> None:
    s = max(4.5, min(13.0, 11.0 * zoom)) * ss
    w, h = view.size
    at = (_glyph_points(scene) - view.origin) * view.scale
    near = np.flatnonzero((at[:, 0] > -2 * s) & (at[:, 0] < w + 2 * s) & (at[:, 1] > -2 * s) & (at[:, 1] < h + 2 * s))
    glyphs = scene.glyphs
    for i, (px, py) in zip(near.tolist(), at[near].tolist(), strict=True):
        _, _, kind, jitter = glyphs[i]
        GLYPHS[kind](surface, px, py, s * (0.55 if kind == "desert" else 0.75), jitter)


_GLYPH_POINTS = LastBuilt()


def _glyph_points(scene: MapScene) -> np.ndarray:
    """The glyphs' world points as one array, so a small tile finds its few glyphs without a Python loop."""
    return _GLYPH_POINTS.get(scene, lambda s: np.array([(g[0], g[1]) for g in s.glyphs], dtype=float))


def _rivers(surface: pygame.Surface, scene: MapScene, view: View, zoom: float, ss: int) -> None:
    width = max(1.0, min(3.0, 2.2 * zoom)) * ss
    for _, lines in scene.rivers:
        stroke_lines(surface, view, lines, theme.RIVER, width)


def _coast_and_borders(surface: pygame.Surface, scene: MapScene, view: View, zoom: float, ss: int) -> None:
    border_w = max(1.0, min(2.5, 1.6 * zoom)) * ss
    for lines in scene.borders.values():
        stroke_lines(surface, view, lines, theme.INK_SOFT, border_w)
    stroke_lines(surface, view, scene.coast, theme.SEA_SHALLOWS[-1], 3.2 * ss)
    stroke_lines(surface, view, scene.coast, theme.INK, max(1.2, min(2.4, 1.8 * zoom)) * ss)


def _outside_map_box(surface: pygame.Surface, scene: MapScene, view: View) -> None:
    """Dim everything beyond the map box and draw an atlas neat-line along its edge."""
    w, h = scene.size
    x0, y0 = (round(v) for v in view.pt(0, 0))
    x1, y1 = (round(v) for v in view.pt(w, h))
    sw, sh = surface.get_size()
    box = pygame.Rect(x0, y0, x1 - x0, y1 - y0)
    strips = (pygame.Rect(0, 0, sw, y0), pygame.Rect(0, y1, sw, sh - y1),
              pygame.Rect(0, y0, x0, y1 - y0), pygame.Rect(x1, y0, sw - x1, y1 - y0))
    for strip in strips:
        strip = strip.clip(surface.get_rect())
        if strip.w > 0 and strip.h > 0:
            shade = pygame.Surface(strip.size, pygame.SRCALPHA)
            shade.fill((*theme.FRAME, 170))
            surface.blit(shade, strip)
    pygame.draw.rect(surface, theme.FRAME, box.inflate(6, 6), 3)
    pygame.draw.rect(surface, theme.FRAME_GOLD, box.inflate(2, 2), 1)
