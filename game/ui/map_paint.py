"""Low-level painting for the map: world rings to pixels, strokes, the paper texture, fill patterns.

Shared by the base, overlay and label layers so each of those reads as a list of what it paints.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

import numpy as np
import pygame

Colour = tuple[int, ...]


class View:
    """Maps world km to pixels of one target surface: pixel = (world - origin) * scale."""

    __slots__ = ("origin", "scale", "size")

    def __init__(self, origin: tuple[float, float], scale: float, size: tuple[int, int]) -> None:
        self.origin = np.asarray(origin, dtype=float)
        self.scale = float(scale)
        self.size = size

    def pts(self, ring: np.ndarray) -> list[list[float]]:
        return ((ring - self.origin) * self.scale).tolist()

    def pt(self, x: float, y: float) -> tuple[float, float]:
        return ((x - self.origin[0]) * self.scale, (y - self.origin[1]) * self.scale)

    def visible(self, ring: np.ndarray, pad: float = 0.0) -> bool:
        """Cheap bounding-box test so off-window geometry is skipped."""
        x0, y0, x1, y1 = _bounds(ring)
        ox, oy, k = self.origin[0], self.origin[1], self.scale
        return ((x1 - ox) * k >= -pad and (y1 - oy) * k >= -pad and (x0 - ox) * k <= self.size[0] + pad
                and (y0 - oy) * k <= self.size[1] + pad)


_BOUNDS: dict[int, tuple[np.ndarray, tuple[float, float, float, float]]] = {}


def _bounds(ring: np.ndarray) -> tuple[float, float, float, float]:
    """World bounding box of a ring, kept per array: the scene's geometry never changes, and patches of a
    turn change test every coast and border line against a small window many times."""
    hit = _BOUNDS.get(id(ring))
    if hit is None or hit[0] is not ring:
        if len(_BOUNDS) > 100_000:  # only if callers pass throwaway arrays: never grow without bound
            _BOUNDS.clear()
        lo, hi = ring.min(axis=0), ring.max(axis=0)
        hit = _BOUNDS[id(ring)] = (ring, (float(lo[0]), float(lo[1]), float(hi[0]), float(hi[1])))
    return hit[1]


CLIP_PAD = 4  # polygons reaching further than this beyond the target are clipped before filling


def fill_rings(surface: pygame.Surface, view: View, rings: Iterable[np.ndarray], colour: Colour) -> None:
    """Filled polygons; those reaching well beyond the target are clipped to it first: pygame's fill costs
    grow with a polygon's vertices, so a coast thousands of pixels long would cost a small tile ~10 ms."""
    w, h = view.size
    for ring in rings:
        if len(ring) > 2 and view.visible(ring):
            pts = (ring - view.origin) * view.scale
            x0, y0, x1, y1 = _bounds(ring)
            ox, oy, k = view.origin[0], view.origin[1], view.scale
            if (x0 - ox) * k < -CLIP_PAD or (y0 - oy) * k < -CLIP_PAD or (x1 - ox) * k > w + CLIP_PAD \
                    or (y1 - oy) * k > h + CLIP_PAD:
                pts = clip_polygon(pts, (-CLIP_PAD, -CLIP_PAD, w + CLIP_PAD, h + CLIP_PAD))
                if len(pts) < 3:
                    continue
            pygame.draw.polygon(surface, colour, pts.tolist())


def clip_polygon(pts: np.ndarray, box: tuple[float, float, float, float]) -> np.ndarray:
    """Sutherland-Hodgman: the part of a polygon (n x 2 pixels) inside a box (x0, y0, x1, y1). A concave
    polygon may keep zero-width bridges along the box's edges: the box lies beyond the target, so they
    never show."""
    for axis, bound, above in ((0, box[0], True), (0, box[2], False), (1, box[1], True), (1, box[3], False)):
        values = pts[:, axis]
        inside = values >= bound if above else values <= bound
        if inside.all():
            continue
        if not inside.any():
            return pts[:0]
        prev = np.concatenate((pts[-1:], pts[:-1]))
        cross = inside != np.concatenate((inside[-1:], inside[:-1]))
        span = values - prev[:, axis]
        span[~cross] = 1.0
        t = (bound - prev[:, axis]) / span
        out = np.empty((len(pts), 2, 2))
        out[:, 0] = prev + (pts - prev) * t[:, None]
        out[:, 1] = pts
        keep = np.empty((len(pts), 2), dtype=bool)
        keep[:, 0], keep[:, 1] = cross, inside
        pts = out[keep]
    return pts


def stroke_lines(surface: pygame.Surface, view: View, lines: Iterable[np.ndarray], colour: Colour,
                 width: float, closed: bool = False) -> None:
    """Polylines of any width with round joins (pygame's wide lines leave notches at the joints)."""
    w = max(1, round(width))
    sw, sh = surface.get_size()
    for line in lines:
        if len(line) < 2 or not view.visible(line, pad=w):
            continue
        arr = (line - view.origin) * view.scale
        for run, closed_run in _runs_near(arr, closed, (sw, sh), w + 2):
            pts = run.tolist()
            if w <= 1:
                pygame.draw.aalines(surface, colour, closed_run, pts)
                continue
            pygame.draw.lines(surface, colour, closed_run, pts, w)
            if w >= 3:
                r = w / 2
                on = (run[:, 0] >= -r) & (run[:, 0] <= sw + r) & (run[:, 1] >= -r) & (run[:, 1] <= sh + r)
                for x, y in run[on].tolist():  # joints off the surface would draw nothing anyway
                    pygame.draw.circle(surface, colour, (x, y), r)


def _runs_near(arr: np.ndarray, closed: bool, size: tuple[int, int], pad: float):
    """The stretches of a polyline (pixels) whose segments come within `pad` of the surface: a long coast
    crossing a small tile is drawn as the few segments that can touch it (each segment rasterises alone,
    so the pixels are the same)."""
    if closed:
        arr = np.concatenate([arr, arr[:1]])
    a, b = arr[:-1], arr[1:]
    lo, hi = np.minimum(a, b), np.maximum(a, b)
    keep = (hi[:, 0] >= -pad) & (lo[:, 0] <= size[0] + pad) & (hi[:, 1] >= -pad) & (lo[:, 1] <= size[1] + pad)
    if keep.all():
        yield (arr[:-1], True) if closed else (arr, False)
        return
    edges = np.flatnonzero(np.diff(np.concatenate([[0], keep.astype(np.int8), [0]])))
    for start, stop in zip(edges[::2], edges[1::2], strict=True):
        yield arr[start:stop + 1], False


def dashed_lines(surface: pygame.Surface, view: View, lines: Iterable[np.ndarray], colour: Colour,
                 width: float, dash: float, gap: float) -> None:
    """Dashed polylines, the dash pattern running on across vertices (for region borders)."""
    w = max(1, round(width))
    for line in lines:
        if len(line) < 2 or not view.visible(line):
            continue
        pts = np.asarray(view.pts(line))
        seg = np.diff(pts, axis=0)
        lengths = np.hypot(seg[:, 0], seg[:, 1])
        cum = np.concatenate([[0.0], np.cumsum(lengths)])
        period = dash + gap
        for start in np.arange(0.0, cum[-1], period):
            a, b = _point_at(pts, cum, start), _point_at(pts, cum, min(start + dash, cum[-1]))
            pygame.draw.line(surface, colour, a, b, w)


def _point_at(pts: np.ndarray, cum: np.ndarray, d: float) -> tuple[float, float]:
    i = int(np.clip(np.searchsorted(cum, d) - 1, 0, len(pts) - 2))
    seg = cum[i + 1] - cum[i]
    t = 0.0 if seg == 0 else (d - cum[i]) / seg
    p = pts[i] + (pts[i + 1] - pts[i]) * t
    return (float(p[0]), float(p[1]))


@lru_cache(maxsize=2)
def paper_texture(size: int = 512, seed: int = 740) -> pygame.Surface:
    """A seamless parchment mottle (values ~225-255) to multiply over the map."""
    rng = np.random.default_rng(seed)
    acc = np.zeros((size, size), dtype=float)
    for cells, weight in ((4, 0.45), (8, 0.3), (24, 0.15), (64, 0.1)):
        small = rng.random((cells, cells))
        tiled = np.tile(small, (3, 3))
        surf = pygame.surfarray.make_surface(np.repeat((tiled * 255).astype(np.uint8)[:, :, None], 3, axis=2))
        big = pygame.transform.smoothscale(surf, (size * 3, size * 3))
        acc += pygame.surfarray.array3d(big)[size:2 * size, size:2 * size, 0] / 255.0 * weight
    acc += rng.random((size, size)) * 0.12  # grain
    acc = (acc - acc.min()) / (acc.max() - acc.min())
    value = (255 - acc * 30).astype(np.uint8)
    rgb = np.stack([value, np.clip(value.astype(int) + 0, 0, 255).astype(np.uint8), (value * 0.985).astype(np.uint8)],
                   axis=2)
    return pygame.surfarray.make_surface(rgb).convert() if pygame.display.get_surface() else \
        pygame.surfarray.make_surface(rgb)


def multiply_texture(surface: pygame.Surface, texture: pygame.Surface, phase: tuple[int, int]) -> None:
    """Tile `texture` over `surface` with BLEND_RGB_MULT, anchored to world space by `phase`."""
    tw, th = texture.get_size()
    w, h = surface.get_size()
    for y in range(-(phase[1] % th), h, th):
        for x in range(-(phase[0] % tw), w, tw):
            surface.blit(texture, (x, y), special_flags=pygame.BLEND_RGB_MULT)


@lru_cache(maxsize=32)
def pattern_tile(kind: str, colour: Colour, size: int = 12, width: int = 2) -> pygame.Surface:
    """A seamless tile of a fill pattern: 'diagonal', 'back', 'cross', 'dots', 'horizontal'."""
    tile = pygame.Surface((size, size), pygame.SRCALPHA)
    if kind in ("diagonal", "cross"):
        for off in (-size, 0, size):
            pygame.draw.line(tile, colour, (off, size), (off + size, 0), width)
    if kind in ("back", "cross"):
        for off in (-size, 0, size):
            pygame.draw.line(tile, colour, (off, 0), (off + size, size), width)
    if kind == "dots":
        r = max(1, width)
        pygame.draw.circle(tile, colour, (size // 4, size // 4), r)
        pygame.draw.circle(tile, colour, (3 * size // 4, 3 * size // 4), r)
    if kind == "horizontal":
        pygame.draw.line(tile, colour, (0, size // 2), (size, size // 2), width)
    return tile


def tile_over(target: pygame.Surface, tile: pygame.Surface, phase: tuple[int, int] = (0, 0)) -> None:
    """Cover `target` with copies of `tile`, phase-aligned; big targets use a pre-tiled sheet (few blits)."""
    tile = _sheet(tile)  # a few clipped blits of a sheet beat hundreds of blits of a 10 px tile
    tw, th = tile.get_size()
    w, h = target.get_size()
    for y in range(-(phase[1] % th), h, th):
        for x in range(-(phase[0] % tw), w, tw):
            target.blit(tile, (x, y))


_SHEETS: dict[int, tuple[pygame.Surface, pygame.Surface]] = {}


def _sheet(tile: pygame.Surface, target: int = 768) -> pygame.Surface:
    """The tile repeated to about 768 px square (a whole number of tiles, so the period is kept)."""
    key = id(tile)
    if key not in _SHEETS or _SHEETS[key][0] is not tile:  # the tile is kept, so its id is not reused
        tw, th = tile.get_size()
        sheet = pygame.Surface((tw * max(1, target // tw), th * max(1, target // th)), pygame.SRCALPHA)
        for y in range(0, sheet.get_height(), th):
            for x in range(0, sheet.get_width(), tw):
                sheet.blit(tile, (x, y))
        _SHEETS[key] = (tile, sheet)
    return _SHEETS[key][1]


def rings_bbox(view: View, rings: Iterable[np.ndarray], pad: int = 2) -> pygame.Rect:
    """Pixel bounding box of some world rings, clipped to the view."""
    rings = list(rings)
    if not rings:
        return pygame.Rect(0, 0, 0, 0)
    lo = np.min([r.min(axis=0) for r in rings], axis=0)
    hi = np.max([r.max(axis=0) for r in rings], axis=0)
    (x0, y0), (x1, y1) = view.pt(*lo), view.pt(*hi)
    rect = pygame.Rect(int(x0) - pad, int(y0) - pad, int(x1 - x0) + 2 * pad + 1, int(y1 - y0) + 2 * pad + 1)
    return rect.clip(pygame.Rect((0, 0), view.size))
