"""MapRenderer: the pygame map of the western Mediterranean with pan, zoom, picking and highlights.

The map is painted in tiles per zoom (map_tiles): the base (sea, land, terrain, rivers, coast, borders) per
tile, and composed tiles with the political overlay, names and flames on top per owner/unrest state; a
frame is then a few blits plus outlines. A zoom or a pan into new ground paints the missing tiles a few
per frame and shows the rest meanwhile from other zooms' tiles, scaled. Inputs are plain data (region
records, an owners dict), never engine objects.

    renderer = MapRenderer(map_data_from_dict(scenario_doc, load_offmap_entries()))
    camera = renderer.make_camera((1600, 900))         # camera.pan(dx, dy); camera.zoom_at(pos, +1)
    renderer.highlight(["toledo", "merida"], "reachable")
    renderer.draw(screen, camera, owners, unrest, selected="cordoba", hovered=renderer.region_at(mouse))
"""

from __future__ import annotations

import dataclasses
import math
import time
from collections import OrderedDict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import partial

import pygame

from game.ui import map_dirty, theme
from game.ui.map_base import paint_base
from game.ui.map_camera import ZOOM_LADDER, Camera
from game.ui.map_data import MapData, RegionRecord, region_record
from game.ui.map_labels import LabelLayout
from game.ui.map_legend import furniture
from game.ui.map_overlay import REVOLT_AT, draw_unrest_icons, paint_owners, unrest_level
from game.ui.map_paint import View, stroke_lines
from game.ui.map_scene import MapScene
from game.ui.map_tiles import TILE_PX, Grid, TileStore, nearest_first, stand_in

PULSE_AT = 80  # unrest at which a region's border pulses red
FRAME_BUDGET_MS = 8.0  # painting per frame while tiles are missing or being painted ahead
BASE_MARGIN_PX = 16  # a base tile is painted this much larger: wide lines and glyphs cross tile edges
TILE_LIMIT = 128  # tiles kept per layer (base, composed): 32 MB each at 256 px
HEADLESS_DRIVERS = ("dummy", "offscreen")


@dataclass(eq=False)
class _State:
    """The political state the composed tiles show (one object per distinct state)."""

    key: tuple
    owners: dict[str, str]
    levels: tuple
    unrest: dict[str, int]


@dataclass
class _Tile:
    surface: pygame.Surface
    state: _State
    layout: LabelLayout


class MapRenderer:
    """Draws the map for a camera. Build once per scenario; call `draw` every frame.

    The map is painted in tiles per zoom (see map_tiles). With `progressive` on, a frame paints missing
    tiles for about FRAME_BUDGET_MS and shows the rest from other zooms, scaled; then idle frames paint
    ahead (around the view, the whole map at the fitting zoom). Off, every frame is complete. By default it
    is on with a real display and off headless (screenshots, tests of screens), where nobody watches frames
    go by; `prepare` always paints completely."""

    progressive: bool | None = None

    def __init__(self, data: MapData | Iterable[RegionRecord | Mapping], supersample: int = 2,
                 overlay_supersample: int = 1) -> None:
        """`supersample` anti-aliases the base layer (2 = painted at twice the size); the translucent owner
        overlay looks the same at 1 and repaints 8x faster, which matters at every turn's owner change."""
        if not isinstance(data, MapData):
            data = MapData(tuple(r if isinstance(r, RegionRecord) else region_record(r) for r in data))
        self.data = data
        self.scene = MapScene(data)
        self.supersample = supersample
        self.overlay_supersample = overlay_supersample
        self._bases = TileStore(TILE_LIMIT)
        self._tiles = TileStore(TILE_LIMIT)
        self._grids: dict[tuple, Grid] = {}
        self._layouts: OrderedDict[tuple, LabelLayout] = OrderedDict()
        self._state: _State | None = None
        self._grid: Grid | None = None
        self._layout: LabelLayout | None = None
        self._shown: tuple[Grid, LabelLayout] | None = None  # the last frame's complete labels
        self._standin: tuple[tuple, pygame.Surface, set[tuple]] | None = None  # camera, canvas, holes made
        self._highlights: dict[str, frozenset[str]] = {}
        self._highlight_cache: dict[tuple, tuple[pygame.Surface, pygame.Rect]] = {}
        self._camera: Camera | None = None
        self._shift = (0, 0)  # grid pixel at the screen's top-left in the last frame
        self.complete = False  # the last frame showed every tile sharp (no stand-ins)
        self._settled: tuple | None = None  # grid, view, state and names of the last frame
        self._veiled = False  # the whole view shows a stand-in until every tile in it is painted
        self._assembled: tuple[tuple, pygame.Surface] | None = None  # the still view, whole
        self._last_view: tuple | None = None
        self.idle = False  # ... and nothing is left to paint ahead

    # --- camera and picking -----------------------------------------------------------------
    @property
    def world_size(self) -> tuple[float, float]:
        return self.scene.size

    def make_camera(self, viewport: tuple[int, int]) -> Camera:
        """A camera fitting the whole map box into the viewport."""
        return Camera.fit(self.world_size, viewport)

    def region_at(self, screen_pos: tuple[float, float], camera: Camera | None = None) -> str | None:
        """The region under a screen point (the last drawn camera by default), or None for sea."""
        cam = camera or self._camera
        if cam is None:
            return None
        return self.scene.region_at_world(*cam.screen_to_world(*screen_pos))

    def screen_point(self, place_id: str, camera: Camera | None = None) -> tuple[float, float]:
        """Where a region's label anchor (or an off-map node's badge) is on screen: a place for counters."""
        cam = camera or self._camera
        assert cam is not None, "draw once or pass a camera"
        return cam.world_to_screen(*self.scene.anchor(place_id))

    # --- highlights -------------------------------------------------------------------------
    def highlight(self, region_ids: Iterable[str], style: str = "reachable") -> None:
        """Mark regions (e.g. where the selected army can move) until cleared; style from theme."""
        ids = frozenset(region_ids)
        if ids:
            self._highlights[style] = ids
        else:
            self._highlights.pop(style, None)

    def clear_highlights(self) -> None:
        self._highlights.clear()

    @property
    def label_rects(self) -> dict[str, pygame.Rect]:
        """Screen rectangles of the region names shown in the last frame (for tooltips and tests); while a
        new zoom's names are still being placed, the last placed names moved to where they stand now."""
        grid, layout, cam = self._grid, self._layout, self._camera
        shown_here = self._shown is not None and self._shown[0] is grid
        if grid is not None and layout is not None and layout.done and (self.complete or shown_here):
            sx, sy = self._shift
            return {rid: rect.move(-sx, -sy) for rid, rect in layout.layer.placed.items()}
        if self._shown is None or cam is None:
            return {}
        old, shown = self._shown
        out = {}
        for rid, rect in shown.layer.placed.items():
            wx, wy = old.origin[0] + rect.centerx / old.zoom, old.origin[1] + rect.centery / old.zoom
            out[rid] = rect.copy()
            x, y = cam.world_to_screen(wx, wy)
            out[rid].center = (round(x), round(y))
        return out

    # --- drawing ----------------------------------------------------------------------------------------
    def prepare(self, camera: Camera, owners: Mapping[str, str], unrest: Mapping[str, int] | None = None) -> None:
        """Paint the cached layers for this camera now (e.g. behind a loading screen), without drawing."""
        self.idle = False  # tiles painted here may push out those of the view last drawn
        self._camera = camera
        self._set_state(owners, unrest or {})
        grid = self._grid_for(camera)
        self._paint_tiles(grid, self._layout_for(grid, camera), self._view_rect(grid, camera), None)

    def draw(self, surface: pygame.Surface, camera: Camera, owners: Mapping[str, str],
             unrest: Mapping[str, int] | None = None, selected: str | None = None,
             highlights: Mapping[str, Iterable[str]] | None = None, hovered: str | None = None,
             time_ms: int | None = None) -> None:
        """Paint the map into `surface` (the camera's viewport); cheap when nothing but the camera moved."""
        started = time.perf_counter()
        progressive = self._is_progressive()
        deadline = started + FRAME_BUDGET_MS / 1000 if progressive else None
        self._camera = camera
        unrest = unrest or {}
        self._set_state(owners, unrest)
        grid = self._grid_for(camera)
        layout = self._layout_for(grid, camera)
        visible = self._view_rect(grid, camera)
        sx, sy = self._shift = (visible.x, visible.y)
        in_view = grid.tiles_meeting(visible)
        span = (grid.key, in_view[0] if in_view else None, in_view[-1] if in_view else None, self._state, layout)
        settled_now = self.idle and span == self._settled  # the same tiles, all painted, nothing to do ahead
        missing = self._missing(grid, layout, visible) if deadline is not None and not settled_now else []
        if missing and not self._veiled:
            # a new zoom, or a jump to new ground, shows its stand-in whole until every tile is painted:
            # sharp tiles among scaled ones would cut names in two. A drag shows the few tiles it lacks.
            self._veiled = self._shown is None or self._shown[0] is not grid or 2 * len(missing) > len(in_view)
        if missing and not self._other_grids(grid):
            deadline = None  # a cold start: nothing to stand in, so this one frame paints it all
        elif missing:
            self._make_stand_in(camera, grid, [grid.tile_rect(i).move(-sx, -sy)
                                               for i in (in_view if self._veiled else missing)])
        holes = self._assemble(surface, grid, layout, visible, deadline, span if settled_now else None, self._veiled)
        self.complete = not holes
        if not settled_now:
            self.idle = self.complete and (not progressive or self._paint_ahead(grid, camera, visible, deadline))
            self._settled = span
        if self.complete:
            self._shown, self._standin, self._veiled = (grid, layout), None, False
        view = View(camera.offset, camera.zoom, camera.viewport)
        styles = {k: frozenset(v) for k, v in highlights.items()} if highlights is not None else self._highlights
        touched: list[pygame.Rect] = []
        for style, ids in styles.items():
            touched.append(self._draw_highlight(surface, grid, (sx, sy), style, ids))
        if hovered in self.scene.regions and hovered != selected:
            self._outline(surface, view, hovered, theme.HIGHLIGHT_STYLES["hover"][0], 2)
            touched.append(self._screen_bbox(hovered, view))
        touched += self._pulse(surface, view, unrest, time_ms)
        if selected in self.scene.regions:
            self._outline(surface, view, selected, theme.FRAME, 6)
            self._outline(surface, view, selected, theme.SELECTED, 3)
            touched.append(self._screen_bbox(selected, view))
        if self.complete:
            self._restore_labels(surface, layout, touched, (sx, sy))
        self._draw_furniture(surface, camera)

    def _assemble(self, surface: pygame.Surface, grid: Grid, layout: LabelLayout, visible: pygame.Rect,
                  deadline: float | None, settled: tuple | None, whole: bool) -> list[pygame.Rect]:
        """The tiles in view (painting missing ones until `deadline`; none when `settled`: all are painted),
        stand-ins in the holes left, which are returned; with `whole`, any hole puts the whole view's
        stand-in up. A view that stays put once all is painted is kept whole: one blit a frame."""
        key = (settled, tuple(visible))
        if settled is not None and self._assembled is not None and self._assembled[0] == key:
            surface.blit(self._assembled[1], (0, 0))
            return []
        in_view = grid.tiles_meeting(visible)
        if settled is not None and any(self._tiles.get(grid.key, i) is None for i in in_view):
            settled = None  # tiles dropped behind our back (forget, another thread's prepare): paint again
        missing = set() if settled is not None else self._paint_tiles(grid, layout, visible, deadline)
        if missing and whole:
            surface.blit(self._standin[1], (0, 0))
            return [grid.tile_rect(i).move(-visible.x, -visible.y) for i in missing]
        holes = []
        for index in in_view:
            rect = grid.tile_rect(index).move(-visible.x, -visible.y)
            if index in missing:
                holes.append(rect)
            else:
                surface.blit(self._tiles.get(grid.key, index).surface, rect)
        for hole in holes:
            surface.blit(self._standin[1], hole, hole)
        if settled is not None and self._last_view == key:  # a second frame alike: keep it whole
            still = pygame.Surface(visible.size).convert() if pygame.display.get_surface() else \
                pygame.Surface(visible.size)
            still.blit(surface, (0, 0), pygame.Rect((0, 0), visible.size))
            self._assembled = (key, still)
        self._last_view = key
        return holes

    def forget(self) -> None:
        """Drop every painted tile and placed label (e.g. to measure a cold start)."""
        self.idle, self._settled, self._assembled = False, None, None
        self._bases.clear()
        self._tiles.clear()
        self._layouts.clear()
        self._highlight_cache.clear()
        self._shown = None

    def layer_bytes(self) -> int:
        """Memory held by the painted map (tiles, the still view kept whole, the stand-in), in bytes."""
        extra = [entry[1] for entry in (self._assembled, self._standin) if entry is not None]
        return 4 * (self._bases.pixels() + self._tiles.pixels() + sum(s.get_width() * s.get_height() for s in extra))

    def _is_progressive(self) -> bool:
        if self.progressive is not None:
            return self.progressive
        return pygame.display.get_init() and pygame.display.get_driver() not in HEADLESS_DRIVERS

    def _restore_labels(self, surface: pygame.Surface, layout: LabelLayout, touched: list[pygame.Rect],
                        shift) -> None:
        """Outlines drawn this frame must not cross names or icons: re-blit those they pass under."""
        if not touched:
            return
        clip = surface.get_clip()
        for rect in layout.layer.drawn:
            on_screen = rect.move(-shift[0], -shift[1])
            if on_screen.collidelist(touched) != -1:
                surface.set_clip(on_screen.clip(clip))
                layout.layer.draw(surface, shift, rect)
        surface.set_clip(clip)

    def _screen_bbox(self, rid: str, view: View) -> pygame.Rect:
        x0, y0, x1, y1 = self.scene.regions[rid].world.bounds
        (a, b), (c, d) = view.pt(x0, y0), view.pt(x1, y1)
        return pygame.Rect(a - 4, b - 4, c - a + 8, d - b + 8)

    # --- tiles ------------------------------------------------------------------------------------------
    def _grid_for(self, camera: Camera) -> Grid:
        grid = Grid.for_view(self.world_size, camera.zoom, camera.viewport)
        self._grid = self._grids.setdefault(grid.key, grid)
        return self._grid

    @staticmethod
    def _view_rect(grid: Grid, camera: Camera) -> pygame.Rect:
        return pygame.Rect(grid.shift(camera.offset), camera.viewport)

    def _layout_for(self, grid: Grid, camera: Camera) -> LabelLayout:
        """The labels of a grid, placed over the whole map once (a step at a time while frames go by)."""
        zoom_factor = grid.zoom / Camera.fit(self.world_size, camera.viewport).zoom
        key = (grid.key, zoom_factor, theme.ui_scale())
        if key not in self._layouts:
            self._layouts[key] = LabelLayout(self.scene, grid.origin, grid.zoom, grid.size, zoom_factor)
            while len(self._layouts) > 16:
                self._layouts.popitem(last=False)
        self._layouts.move_to_end(key)
        if camera is self._camera:
            self._layout = self._layouts[key]
        return self._layouts[key]

    def _set_state(self, owners: Mapping[str, str], unrest: Mapping[str, int]) -> None:
        levels = tuple(sorted((rid, unrest_level(v), v >= REVOLT_AT) for rid, v in unrest.items() if v >= 40))
        key = (tuple(sorted(owners.items())), levels)
        if self._state is None or self._state.key != key:
            self._state = _State(key, dict(owners), levels, dict(unrest))
            self._highlight_cache.clear()

    def _fresh(self, grid: Grid, layout: LabelLayout, index: tuple[int, int]) -> bool:
        tile = self._tiles.get(grid.key, index)
        return tile is not None and tile.state is self._state and tile.layout is layout

    def _missing(self, grid: Grid, layout: LabelLayout, area: pygame.Rect) -> list[tuple[int, int]]:
        """The tiles meeting `area` still to paint, nearest its centre first, once a new month's changes
        are in (at once, as patches: a month shows whole)."""
        wanted = grid.tiles_meeting(area)
        self._update_stale(grid, layout, [i for i in wanted if self._tiles.get(grid.key, i) is not None])
        centre = area.center
        return sorted((i for i in wanted if not self._fresh(grid, layout, i)),
                      key=lambda i: _distance(grid.tile_rect(i).center, centre))

    def _paint_tiles(self, grid: Grid, layout: LabelLayout, area: pygame.Rect,
                     deadline: float | None) -> set[tuple[int, int]]:
        """Paint the tiles meeting `area` until `deadline` (None: all); returns those still missing."""
        missing = self._missing(grid, layout, area)
        if missing and not layout.advance(deadline):
            return set(missing)
        if deadline is None and len(missing) > 1:  # all at once: one paint of each layer over them all
            self._paint_bases(grid, [i for i in missing if self._bases.get(grid.key, i) is None])
            box = grid.tile_rect(missing[0]).unionall([grid.tile_rect(i) for i in missing[1:]])
            self._compose(grid, layout, missing, box, new=True)
            return set()
        for n, index in enumerate(missing):
            if _late(deadline):
                return set(missing[n:])
            self._compose(grid, layout, [index], grid.tile_rect(index), new=True)
        return set()

    def _update_stale(self, grid: Grid, layout: LabelLayout, present: list[tuple[int, int]]) -> None:
        """Tiles painted for another month: patch the few changed regions, else recompose them, at once (a
        month shows whole). Tiles of another label layout count as missing."""
        groups: dict[int, list[tuple[int, int]]] = {}
        for index in present:
            tile = self._tiles.get(grid.key, index)
            if tile.state is not self._state and tile.layout is layout:
                groups.setdefault(id(tile.state), []).append(index)
        for indices in groups.values():
            box = grid.tile_rect(indices[0]).unionall([grid.tile_rect(i) for i in indices[1:]])
            rects = self._dirty(grid, layout, self._tiles.get(grid.key, indices[0]).state, box)
            if rects is None:
                self._compose(grid, layout, indices, box, new=True)
                continue
            for rect in rects:
                self._compose(grid, layout, [i for i in indices if grid.tile_rect(i).colliderect(rect)], rect,
                              new=False)
            for index in indices:
                self._tiles.get(grid.key, index).state = self._state

    def _dirty(self, grid: Grid, layout: LabelLayout, old: _State, box: pygame.Rect) -> list[pygame.Rect] | None:
        """Grid rectangles a change from `old` touches inside `box`, or None when a repaint is cheaper."""
        owner_ids = map_dirty.changed_regions(old.owners, self._state.owners)
        unrest_ids = map_dirty.changed_regions({r: (lv, rv) for r, lv, rv in old.levels},
                                               {r: (lv, rv) for r, lv, rv in self._state.levels})
        rects = map_dirty.dirty_rects(self.scene, grid.view(), owner_ids, unrest_ids, layout.layer.placed)
        rects = [r.clip(box) for r in rects if r.colliderect(box)]
        return rects if not rects or map_dirty.worth_partial(rects, box.size) else None

    def _compose(self, grid: Grid, layout: LabelLayout, indices: list[tuple[int, int]], area: pygame.Rect,
                 new: bool) -> None:
        """Base, owners, names and flames of `area` (grid pixels) into these tiles: fresh tiles from their
        base when `new`, else in place. The overlay is painted once for the whole area, with a margin."""
        if not indices:
            return
        layout.advance()
        state = self._state
        paint = area.inflate(2 * map_dirty.PAINT_MARGIN_PX, 2 * map_dirty.PAINT_MARGIN_PX)
        pview = grid.view(paint)
        overlay = paint_owners(self.scene, tuple(pview.origin), grid.zoom, paint.size, state.owners, state.unrest,
                               self.overlay_supersample)
        placed = layout.layer.placed
        for index in indices:
            rect = grid.tile_rect(index)
            base = self._base(grid, index)
            tile = self._tiles.get(grid.key, index)
            if new or tile is None:
                tile = _Tile(base.copy(), state, layout)
                self._tiles.put(grid.key, index, tile)
            surface = tile.surface
            local = area.clip(rect).move(-rect.x, -rect.y)
            surface.set_clip(local)
            if not new:
                surface.blit(base, local, local)
            surface.blit(overlay, (paint.x - rect.x, paint.y - rect.y))
            layout.layer.draw(surface, rect.topleft, local.move(rect.x, rect.y))
            flames = {rid: placed[rid].move(-rect.x, -rect.y) for rid in state.unrest if rid in placed}
            draw_unrest_icons(surface, self.scene, grid.view(rect), state.unrest, flames)
            surface.set_clip(None)
            tile.state, tile.layout = state, layout

    def _base(self, grid: Grid, index: tuple[int, int]) -> pygame.Surface:
        base = self._bases.get(grid.key, index)
        if base is None:
            self._paint_bases(grid, [index])
            base = self._bases.get(grid.key, index)
        return base

    def _paint_bases(self, grid: Grid, indices: list[tuple[int, int]]) -> None:
        """The base of these tiles from one paint of their bounding box (with a margin), cut into tiles: a
        tile painted alone or with others differs at most by a wide line's pixel along its edges."""
        if not indices:
            return
        box = grid.tile_rect(indices[0]).unionall([grid.tile_rect(i) for i in indices[1:]])
        paint = box.inflate(2 * BASE_MARGIN_PX, 2 * BASE_MARGIN_PX)
        big = paint_base(self.scene, tuple(grid.view(paint).origin), grid.zoom, paint.size, self.supersample)
        for index in indices:
            rect = grid.tile_rect(index)
            self._bases.put(grid.key, index, _fast(big.subsurface(rect.move(-paint.x, -paint.y)).copy()))

    def _other_grids(self, grid: Grid) -> list[Grid]:
        return [self._grids[k] for k in self._tiles.grids() if k != grid.key and k in self._grids]

    def _make_stand_in(self, camera: Camera, grid: Grid, holes: list[pygame.Rect]) -> None:
        """Fill tiles not painted yet from other zooms' tiles (scaled) on a canvas the size of the view, so no
        frame waits for them. While the camera stays, the canvas is kept: the holes only shrink."""
        key = (camera.offset, camera.zoom, camera.viewport, grid.key)
        if self._standin is None or self._standin[0] != key:
            self._standin = (key, pygame.Surface(camera.viewport), set())
        _, canvas, done = self._standin
        todo = [hole for hole in holes if tuple(hole) not in done]
        if todo:
            sources = [(g, partial(self._any_tile, g.key)) for g in nearest_first(self._other_grids(grid), grid.zoom)]
            stand_in(canvas, camera.offset, camera.zoom, todo, sources, theme.SEA_DEEP)
            done.update(tuple(hole) for hole in todo)

    def _any_tile(self, grid_key: tuple, index: tuple[int, int]) -> pygame.Surface | None:
        tile = self._tiles.get(grid_key, index)
        return tile.surface if tile is not None else None

    def _paint_ahead(self, grid: Grid, camera: Camera, visible: pygame.Rect, deadline: float | None) -> bool:
        """Idle frames: the tiles around the view, the whole map at the fitting zoom (every stand-in's last
        resort, kept), then the names of the zoom rungs next to this one, each within the frame's budget.
        True when nothing is left to do."""
        around = visible.inflate(TILE_PX, TILE_PX)
        if self._paint_tiles(grid, self._layout_for(grid, camera), around, deadline):
            return False
        overview = self._grids.setdefault(*_keyed(Grid.for_view(self.world_size, camera.fit_zoom, camera.viewport)))
        self._tiles.pinned = {overview.key}
        if _late(deadline):
            return False
        fit = dataclasses.replace(camera, zoom=camera.fit_zoom)
        if self._paint_tiles(overview, self._layout_for(overview, fit), pygame.Rect((0, 0), overview.size),
                             deadline):
            return False
        on_ladder = math.isclose(camera.zoom, camera.fit_zoom * ZOOM_LADDER[camera.rung])
        for rung in (camera.rung + 1, camera.rung - 1) if on_ladder else ():
            if 0 <= rung < len(ZOOM_LADDER) and not _late(deadline):
                near = dataclasses.replace(camera, zoom=camera.fit_zoom * ZOOM_LADDER[rung], rung=rung)
                near_grid = self._grids.setdefault(*_keyed(Grid.for_view(self.world_size, near.zoom, near.viewport)))
                if not self._layout_for(near_grid, near).advance(deadline):
                    return False
        return not _late(deadline)

    def _draw_highlight(self, surface, grid: Grid, shift, style: str, ids: frozenset[str]) -> pygame.Rect:
        key = (grid.key, style, ids)
        if key not in self._highlight_cache:
            if len(self._highlight_cache) > 16:
                self._highlight_cache.clear()
            self._highlight_cache[key] = self._paint_highlight(grid, style, ids)
        layer, rect = self._highlight_cache[key]
        surface.blit(layer, (rect.x - shift[0], rect.y - shift[1]))
        return rect.move(-shift[0], -shift[1])

    def _paint_highlight(self, grid: Grid, style: str, ids: frozenset[str]):
        outline, fill, alpha = theme.HIGHLIGHT_STYLES.get(style, theme.HIGHLIGHT_STYLES["reachable"])
        view = grid.view()
        rings = [ring for rid in ids if rid in self.scene.regions for ring in self.scene.regions[rid].rings]
        if not rings:
            return pygame.Surface((1, 1), pygame.SRCALPHA), pygame.Rect(0, 0, 1, 1)
        pts = [p for ring in rings for p in view.pts(ring)]
        xs, ys = [p[0] for p in pts], [p[1] for p in pts]
        rect = pygame.Rect(math.floor(min(xs)) - 4, math.floor(min(ys)) - 4, 0, 0)
        rect.size = (math.ceil(max(xs)) - rect.x + 8, math.ceil(max(ys)) - rect.y + 8)
        layer = pygame.Surface(rect.size, pygame.SRCALPHA)
        local = View((view.origin[0] + rect.x / view.scale, view.origin[1] + rect.y / view.scale), view.scale,
                     rect.size)
        for ring in rings:
            pygame.draw.polygon(layer, (*fill, alpha), local.pts(ring))
        stroke_lines(layer, local, rings, (*theme.FRAME, 230), 4.5, closed=True)
        stroke_lines(layer, local, rings, (*outline, 255), 2.2, closed=True)
        return layer, rect

    def _outline(self, surface, view: View, rid: str, colour, width: float) -> None:
        stroke_lines(surface, view, self.scene.regions[rid].rings, colour, width, closed=True)

    def _pulse(self, surface, view: View, unrest: Mapping[str, int], time_ms: int | None) -> list[pygame.Rect]:
        """High unrest: a red border breathing once a second, so trouble catches the eye."""
        hot = [rid for rid, v in unrest.items() if v >= PULSE_AT and rid in self.scene.regions]
        if not hot:
            return []
        t = (pygame.time.get_ticks() if time_ms is None else time_ms) / 1000.0
        k = 0.5 + 0.5 * math.sin(t * 2 * math.pi)
        colour = tuple(round(a + (b - a) * k) for a, b in zip((120, 20, 10), theme.UNREST, strict=True))
        for rid in hot:
            self._outline(surface, view, rid, colour, 2 + 2 * k)
        return [self._screen_bbox(rid, view) for rid in hot]

    def _draw_furniture(self, surface: pygame.Surface, camera: Camera) -> None:
        """Compass rose and scale bar on a small plate, fixed to the screen's lower-left corner."""
        plate = furniture(round(camera.zoom, 6), theme.ui_scale())
        surface.blit(plate, plate.get_rect(bottomleft=(theme.px(10), surface.get_height() - theme.px(10))))


def _distance(a: tuple[int, int], b: tuple[int, int]) -> float:
    return math.hypot(a[0] - b[0], a[1] - b[1])


def _late(deadline: float | None) -> bool:
    return deadline is not None and time.perf_counter() >= deadline


def _keyed(grid: Grid) -> tuple[tuple, Grid]:
    return grid.key, grid


def _fast(surface: pygame.Surface) -> pygame.Surface:
    """Match the display's pixel format when there is one: blits then skip conversion."""
    return surface.convert() if pygame.display.get_surface() is not None else surface
