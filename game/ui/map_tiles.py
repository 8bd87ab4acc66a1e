"""Tiles of the map: the pixel grid of a zoom, an LRU store of painted tiles, and stand-ins for tiles not
painted yet (other zooms' tiles, scaled).

A grid covers the whole world box at one zoom (plus an 8 px rim, and centred when smaller than the
viewport), cut into TILE_PX squares. Tiles are painted one by one, each exactly the pixels a whole-world
paint would give, so a frame can paint a few within its time budget and show the rest from another zoom.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cached_property

import pygame

from game.ui.map_paint import View

TILE_PX = 256
RIM_PX = 8  # the grid reaches this far beyond the map box (the neat-line and its shadow)


@dataclass(frozen=True)
class Grid:
    """Pixel (0, 0) is world point `origin` (km); `size` pixels cover the map box at `zoom` px/km."""

    zoom: float
    origin: tuple[float, float]
    size: tuple[int, int]

    @classmethod
    def for_view(cls, world_size: tuple[float, float], zoom: float, viewport: tuple[int, int]) -> Grid:
        ww, wh = world_size[0] * zoom, world_size[1] * zoom
        mx, my = max(0.0, (viewport[0] - ww) / 2) + RIM_PX, max(0.0, (viewport[1] - wh) / 2) + RIM_PX
        return cls(zoom, (-mx / zoom, -my / zoom), (math.ceil(ww + 2 * mx), math.ceil(wh + 2 * my)))

    @cached_property
    def key(self) -> tuple:
        return (round(self.zoom, 6), round(self.origin[0], 3), round(self.origin[1], 3), self.size)

    def shift(self, offset: tuple[float, float]) -> tuple[int, int]:
        """The grid pixel at the screen's top-left for a camera offset (world km)."""
        return (round((offset[0] - self.origin[0]) * self.zoom), round((offset[1] - self.origin[1]) * self.zoom))

    def tile_rect(self, index: tuple[int, int]) -> pygame.Rect:
        rect = pygame.Rect(index[0] * TILE_PX, index[1] * TILE_PX, TILE_PX, TILE_PX)
        return rect.clip(pygame.Rect((0, 0), self.size))

    def tiles_meeting(self, rect: pygame.Rect) -> list[tuple[int, int]]:
        """Indices of the tiles a grid rectangle touches (none outside the grid)."""
        rect = rect.clip(pygame.Rect((0, 0), self.size))
        if rect.w <= 0 or rect.h <= 0:
            return []
        return [(tx, ty) for ty in range(rect.top // TILE_PX, (rect.bottom - 1) // TILE_PX + 1)
                for tx in range(rect.left // TILE_PX, (rect.right - 1) // TILE_PX + 1)]

    def view(self, rect: pygame.Rect | None = None) -> View:
        """World-to-pixel mapping of a grid rectangle's own surface (the whole grid by default)."""
        if rect is None:
            return View(self.origin, self.zoom, self.size)
        return View((self.origin[0] + rect.x / self.zoom, self.origin[1] + rect.y / self.zoom), self.zoom, rect.size)


class TileStore:
    """Painted tiles by (grid key, index), least recently used first out; `pinned` grids stay."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.pinned: set[tuple] = set()
        self._items: OrderedDict[tuple[tuple, tuple[int, int]], object] = OrderedDict()

    def get(self, grid_key: tuple, index: tuple[int, int]):
        key = (grid_key, index)
        item = self._items.get(key)
        if item is not None:
            self._items.move_to_end(key)
        return item

    def put(self, grid_key: tuple, index: tuple[int, int], item: object) -> None:
        self._items[(grid_key, index)] = item
        self._items.move_to_end((grid_key, index))
        if len(self._items) > self.limit:
            for key in [k for k in self._items if k[0] not in self.pinned][:len(self._items) - self.limit]:
                del self._items[key]

    def grids(self) -> set[tuple]:
        return {key[0] for key in self._items}

    def clear(self) -> None:
        self._items.clear()

    def __len__(self) -> int:
        return len(self._items)

    def pixels(self) -> int:
        return sum(_surface_of(item).get_width() * _surface_of(item).get_height() for item in self._items.values())


def _surface_of(item: object) -> pygame.Surface:
    return item if isinstance(item, pygame.Surface) else item.surface  # type: ignore[attr-defined]


def stand_in(target: pygame.Surface, offset: tuple[float, float], zoom: float, holes: list[pygame.Rect],
             sources: list[tuple[Grid, Callable[[tuple[int, int]], pygame.Surface | None]]],
             fill: tuple[int, int, int]) -> None:
    """Cover `holes` (target pixels) with other grids' tiles scaled to this zoom. `sources` come nearest
    zoom first; the nearest grid covering every hole paints them all, so names and lines agree across
    holes. Else (no overview painted yet) a hole takes the nearest grid covering it whole, under the partial
    covers of nearer grids; what no tile covers gets `fill`. `offset` is the world point at the target's
    top-left. Tile edges map to rounded target pixels, so neighbouring tiles meet without gaps."""
    for grid, lookup in sources:
        found = [_tiles_under(offset, zoom, grid, lookup, hole) for hole in holes]
        if all(whole for _, whole in found):
            for hole, (tiles, _) in zip(holes, found, strict=True):
                _scaled_tiles(target, offset, zoom, grid, tiles, hole)
            return
    for hole in holes:
        layers = []
        for grid, lookup in sources:
            found = _tiles_under(offset, zoom, grid, lookup, hole)
            if found[0]:
                layers.append((grid, found[0]))
            if found[1]:
                break
        else:
            target.fill(fill, hole)
        for grid, tiles in reversed(layers):
            _scaled_tiles(target, offset, zoom, grid, tiles, hole)


def _tiles_under(offset, zoom: float, grid: Grid, lookup, hole: pygame.Rect):
    """The grid's painted tiles under a hole, and whether they cover it whole."""
    x0 = (offset[0] + hole.left / zoom - grid.origin[0]) * grid.zoom
    y0 = (offset[1] + hole.top / zoom - grid.origin[1]) * grid.zoom
    x1 = (offset[0] + hole.right / zoom - grid.origin[0]) * grid.zoom
    y1 = (offset[1] + hole.bottom / zoom - grid.origin[1]) * grid.zoom
    in_grid = pygame.Rect(math.floor(x0), math.floor(y0), math.ceil(x1) - math.floor(x0),
                          math.ceil(y1) - math.floor(y0))
    indices = grid.tiles_meeting(in_grid)
    tiles = [(i, t) for i in indices if (t := lookup(i)) is not None]
    whole = bool(indices) and len(tiles) == len(indices) and pygame.Rect((0, 0), grid.size).contains(in_grid)
    return tiles, whole


def _scaled_tiles(target, offset, zoom, grid: Grid, tiles, hole: pygame.Rect) -> None:
    k = zoom / grid.zoom

    def to_target(gx: float, gy: float) -> tuple[int, int]:
        return (round(((grid.origin[0] + gx / grid.zoom) - offset[0]) * zoom),
                round(((grid.origin[1] + gy / grid.zoom) - offset[1]) * zoom))

    clip = target.get_clip()
    for index, tile in tiles:
        rect = grid.tile_rect(index)
        (ax, ay), (bx, by) = to_target(rect.left, rect.top), to_target(rect.right, rect.bottom)
        on_target = pygame.Rect(ax, ay, bx - ax, by - ay).clip(hole)
        if on_target.w <= 0 or on_target.h <= 0:
            continue
        # only the part of the tile the hole shows, whole source pixels, scaled to where they land
        sx0 = max(0, math.floor((on_target.left - ax) / k))
        sy0 = max(0, math.floor((on_target.top - ay) / k))
        sx1 = min(rect.w, math.ceil((on_target.right - ax) / k))
        sy1 = min(rect.h, math.ceil((on_target.bottom - ay) / k))
        if sx1 <= sx0 or sy1 <= sy0:
            continue
        (dx0, dy0), (dx1, dy1) = to_target(rect.left + sx0, rect.top + sy0), to_target(rect.left + sx1, rect.top + sy1)
        if dx1 <= dx0 or dy1 <= dy0:
            continue
        part = tile.subsurface(pygame.Rect(sx0, sy0, sx1 - sx0, sy1 - sy0))
        scaled = pygame.transform.smoothscale(part, (dx1 - dx0, dy1 - dy0)) if part.get_bitsize() >= 24 \
            else pygame.transform.scale(part, (dx1 - dx0, dy1 - dy0))
        target.set_clip(on_target.clip(clip) if clip else on_target)
        target.blit(scaled, (dx0, dy0))
    target.set_clip(clip)


def nearest_first(grids: Iterable[Grid], zoom: float) -> list[Grid]:
    """Grids ordered by how far their zoom is from `zoom`, nearest first (the best stand-in first)."""
    return sorted(grids, key=lambda g: abs(math.log(g.zoom / zoom)))
