"""MapRenderer: the pygame map of the western Mediterranean with pan, zoom, picking and highlights.

Layers are cached: the base (sea, land, terrain, rivers, coast, borders) per zoom rung and window, the
political overlay and labels on top of it per owner/unrest state; a frame is then one blit plus a few
outlines. Inputs are plain data (region records, an owners dict), never engine objects.

    renderer = MapRenderer(map_data_from_dict(scenario_doc, load_offmap_entries()))
    camera = renderer.make_camera((1600, 900))         # camera.pan(dx, dy); camera.zoom_at(pos, +1)
    renderer.highlight(["toledo", "merida"], "reachable")
    renderer.draw(screen, camera, owners, unrest, selected="cordoba", hovered=renderer.region_at(mouse))
"""

from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import pygame

from game.ui import map_dirty, theme
from game.ui.map_base import paint_base
from game.ui.map_camera import Camera
from game.ui.map_data import MapData, RegionRecord, region_record
from game.ui.map_labels import LabelLayer, paint_labels
from game.ui.map_legend import furniture
from game.ui.map_overlay import REVOLT_AT, draw_unrest_icons, paint_owners, unrest_level
from game.ui.map_paint import View, stroke_lines
from game.ui.map_scene import MapScene

FULL_WINDOW_PX = 2000 * 1400  # below this many pixels the whole world is painted at once: pans are free
PAN_MARGIN_PX = 280  # otherwise: the viewport plus this margin, repainted when the view leaves it
PULSE_AT = 80  # unrest at which a region's border pulses red


@dataclass
class _Window:
    key: tuple
    origin: tuple[float, float]  # world km at the window's top-left pixel
    zoom: float
    size: tuple[int, int]
    base: pygame.Surface


class MapRenderer:
    """Draws the map for a camera. Build once per scenario; call `draw` every frame."""

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
        self._windows: OrderedDict[tuple, _Window] = OrderedDict()
        self._composed_key: tuple | None = None
        self._composed: pygame.Surface | None = None
        self._composed_state: tuple | None = None  # owners, unrest levels, unrest of the composed layer
        self._labels: LabelLayer | None = None
        self._labels_key: tuple | None = None
        self._highlights: dict[str, frozenset[str]] = {}
        self._highlight_cache: dict[tuple, tuple[pygame.Surface, pygame.Rect]] = {}
        self._camera: Camera | None = None
        self._shift = (0, 0)  # window pixel at the screen's top-left in the last frame
        self._last_offset: tuple[tuple[float, float], float] | None = None

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
        """Screen rectangles of the region names shown in the last frame (for tooltips and tests)."""
        if not self._labels:
            return {}
        return {rid: rect.move(-self._shift[0], -self._shift[1]) for rid, rect in self._labels.placed.items()}

    # --- drawing ----------------------------------------------------------------------------
    def prepare(self, camera: Camera, owners: Mapping[str, str], unrest: Mapping[str, int] | None = None) -> None:
        """Paint the cached layers for this camera now (e.g. behind a loading screen), without drawing."""
        self._camera = camera
        self._compose(self._window_for(camera), owners, unrest or {})

    def draw(self, surface: pygame.Surface, camera: Camera, owners: Mapping[str, str],
             unrest: Mapping[str, int] | None = None, selected: str | None = None,
             highlights: Mapping[str, Iterable[str]] | None = None, hovered: str | None = None,
             time_ms: int | None = None) -> None:
        """Paint the map into `surface` (the camera's viewport); cheap when nothing but the camera moved."""
        self._camera = camera
        unrest = unrest or {}
        window = self._window_for(camera)
        composed = self._compose(window, owners, unrest)
        sx = round((camera.offset[0] - window.origin[0]) * camera.zoom)
        sy = round((camera.offset[1] - window.origin[1]) * camera.zoom)
        self._shift = (sx, sy)
        surface.blit(composed, (0, 0), pygame.Rect(sx, sy, *camera.viewport))
        view = View(camera.offset, camera.zoom, camera.viewport)
        styles = {k: frozenset(v) for k, v in highlights.items()} if highlights is not None else self._highlights
        touched: list[pygame.Rect] = []
        for style, ids in styles.items():
            touched.append(self._draw_highlight(surface, window, (sx, sy), style, ids))
        if hovered in self.scene.regions and hovered != selected:
            self._outline(surface, view, hovered, theme.HIGHLIGHT_STYLES["hover"][0], 2)
            touched.append(self._screen_bbox(hovered, view))
        touched += self._pulse(surface, view, unrest, time_ms)
        if selected in self.scene.regions:
            self._outline(surface, view, selected, theme.FRAME, 6)
            self._outline(surface, view, selected, theme.SELECTED, 3)
            touched.append(self._screen_bbox(selected, view))
        self._restore_labels(surface, touched, (sx, sy))
        self._draw_furniture(surface, camera)

    def _restore_labels(self, surface: pygame.Surface, touched: list[pygame.Rect], shift) -> None:
        """Outlines drawn this frame must not cross names or icons: re-blit those they pass under."""
        if not touched or self._labels is None:
            return
        for rect in self._labels.drawn:
            on_screen = rect.move(-shift[0], -shift[1])
            if on_screen.collidelist(touched) != -1:
                surface.blit(self._labels.surface, on_screen, rect)

    def _screen_bbox(self, rid: str, view: View) -> pygame.Rect:
        x0, y0, x1, y1 = self.scene.regions[rid].world.bounds
        (a, b), (c, d) = view.pt(x0, y0), view.pt(x1, y1)
        return pygame.Rect(a - 4, b - 4, c - a + 8, d - b + 8)

    def _window_for(self, camera: Camera) -> _Window:
        zoom = camera.zoom
        vw, vh = camera.viewport
        ww, wh = self.world_size[0] * zoom, self.world_size[1] * zoom
        if ww * wh <= FULL_WINDOW_PX or (ww + vw) * (wh + vh) <= FULL_WINDOW_PX:
            mx, my = max(0.0, (vw - ww) / 2) + 8, max(0.0, (vh - wh) / 2) + 8
            origin = (-mx / zoom, -my / zoom)
            size = (math.ceil(ww + 2 * mx), math.ceil(wh + 2 * my))
            key = (round(zoom, 6), "full", size)
        else:
            x0, y0, x1, y1 = camera.visible_world_rect()
            hit = next((w for w in self._windows.values() if w.zoom == zoom and w.origin[0] <= x0 and
                        w.origin[1] <= y0 and w.origin[0] + w.size[0] / zoom >= x1 and
                        w.origin[1] + w.size[1] / zoom >= y1), None)
            if hit is not None:
                self._windows.move_to_end(hit.key)
                return hit
            lead = self._pan_lead(camera)
            origin = (x0 - PAN_MARGIN_PX * (1 - 0.75 * lead[0]) / zoom,
                      y0 - PAN_MARGIN_PX * (1 - 0.75 * lead[1]) / zoom)
            size = (vw + 2 * PAN_MARGIN_PX, vh + 2 * PAN_MARGIN_PX)
            key = (round(zoom, 6), round(origin[0], 3), round(origin[1], 3), size)
        if key not in self._windows:
            base = paint_base(self.scene, origin, zoom, size, self.supersample)
            self._windows[key] = _Window(key, origin, zoom, size, _fast(base))
            while len(self._windows) > 3:
                self._windows.popitem(last=False)
        self._windows.move_to_end(key)
        return self._windows[key]

    def _pan_lead(self, camera: Camera) -> tuple[int, int]:
        """Which way the view is travelling (-1, 0, 1 per axis): a repainted window reaches further that way."""
        last, self._last_offset = self._last_offset, (camera.offset, camera.zoom)
        if last is None or last[1] != camera.zoom:
            return (0, 0)
        dx, dy = camera.offset[0] - last[0][0], camera.offset[1] - last[0][1]
        return (int(math.copysign(1, dx)) if abs(dx) > 1e-9 else 0, int(math.copysign(1, dy)) if abs(dy) > 1e-9 else 0)

    def _compose(self, window: _Window, owners: Mapping[str, str], unrest: Mapping[str, int]) -> pygame.Surface:
        levels = tuple(sorted((rid, unrest_level(v), v >= REVOLT_AT) for rid, v in unrest.items() if v >= 40))
        key = (window.key, tuple(sorted(owners.items())), levels, theme.ui_scale())
        if key == self._composed_key and self._composed is not None:
            return self._composed
        if self._patch(window, key, owners, unrest, levels):
            return self._composed
        composed = window.base.copy()
        composed.blit(paint_owners(self.scene, window.origin, window.zoom, window.size, owners, unrest,
                                   self.overlay_supersample), (0, 0))
        labels_key = self._labels_key_for(window)
        if self._labels is None or self._labels_key != labels_key:
            self._labels = paint_labels(self.scene, window.origin, window.zoom, window.size, labels_key[1])
            self._labels_key = labels_key
        composed.blit(self._labels.surface, (0, 0))
        draw_unrest_icons(composed, self.scene, View(window.origin, window.zoom, window.size), unrest,
                          self._labels.placed)
        self._composed, self._composed_key = _fast(composed), key
        self._composed_state = (dict(owners), levels, dict(unrest))
        self._highlight_cache.clear()
        return self._composed

    def _labels_key_for(self, window: _Window) -> tuple:
        zoom_factor = window.zoom / Camera.fit(self.world_size, self._camera.viewport).zoom if self._camera else 1.0
        return (window.key, zoom_factor, theme.ui_scale())

    def _patch(self, window: _Window, key: tuple, owners, unrest, levels) -> bool:
        """A turn's few owner/unrest changes: recompose only the touched rectangles (see map_dirty)."""
        old_key, state = self._composed_key, self._composed_state
        if old_key is None or state is None or self._composed is None or self._labels is None:
            return False
        if old_key[0] != key[0] or old_key[3] != key[3] or self._labels_key != self._labels_key_for(window):
            return False  # another window or UI scale: nothing to patch
        old_owners, old_levels, _ = state
        owner_ids = map_dirty.changed_regions(old_owners, owners)
        unrest_ids = map_dirty.changed_regions({r: (lv, rv) for r, lv, rv in old_levels},
                                               {r: (lv, rv) for r, lv, rv in levels})
        view = View(window.origin, window.zoom, window.size)
        rects = map_dirty.dirty_rects(self.scene, view, owner_ids, unrest_ids, self._labels.placed)
        if not map_dirty.worth_partial(rects, window.size):
            return False
        composed = self._composed
        for rect in rects:
            paint = rect.inflate(2 * map_dirty.PAINT_MARGIN_PX, 2 * map_dirty.PAINT_MARGIN_PX)
            origin = (window.origin[0] + paint.x / window.zoom, window.origin[1] + paint.y / window.zoom)
            overlay = paint_owners(self.scene, origin, window.zoom, paint.size, owners, unrest,
                                   self.overlay_supersample)
            composed.set_clip(rect)
            composed.blit(window.base, rect, rect)
            composed.blit(overlay, paint)
            composed.blit(self._labels.surface, rect, rect)
            draw_unrest_icons(composed, self.scene, view, unrest, self._labels.placed)
        composed.set_clip(None)
        self._composed_key = key
        self._composed_state = (dict(owners), levels, dict(unrest))
        return True

    def _draw_highlight(self, surface, window: _Window, shift, style: str, ids: frozenset[str]) -> pygame.Rect:
        key = (window.key, style, ids)
        if key not in self._highlight_cache:
            self._highlight_cache[key] = self._paint_highlight(window, style, ids)
        layer, rect = self._highlight_cache[key]
        surface.blit(layer, (rect.x - shift[0], rect.y - shift[1]))
        return rect.move(-shift[0], -shift[1])

    def _paint_highlight(self, window: _Window, style: str, ids: frozenset[str]):
        outline, fill, alpha = theme.HIGHLIGHT_STYLES.get(style, theme.HIGHLIGHT_STYLES["reachable"])
        view = View(window.origin, window.zoom, window.size)
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


def _fast(surface: pygame.Surface) -> pygame.Surface:
    """Match the display's pixel format when there is one: blits then skip conversion."""
    return surface.convert() if pygame.display.get_surface() is not None else surface
