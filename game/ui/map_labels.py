"""The label layer: city markers, region names in small caps, sea names, off-map badges, graticule degrees.

Placement is greedy with collision avoidance: markers and badges first, then region names from the
smallest region up (small regions have the fewest spots), each trying positions, a two-line break and
smaller sizes before giving up at this zoom. Placed rectangles are kept for tests and hit-testing.

The renderer places the labels of a zoom once over the whole map (a step at a time, within frames' time
budgets) and keeps what they draw as blits, so each map tile replays only the blits that meet it.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache, partial

import pygame
from shapely.geometry import Point

from game.ui import map_icons, theme
from game.ui.map_paint import View
from game.ui.map_scene import MapScene

OFFSETS = ((0, 0), (0, -0.75), (0, 0.75), (-0.3, 0), (0.3, 0), (0, -1.5), (0, 1.5), (-0.35, -0.75),
           (0.35, -0.75), (-0.35, 0.75), (0.35, 0.75), (-0.6, 0), (0.6, 0))
FAR_OFFSETS = ((-0.55, -1.2), (0.55, -1.2), (-0.55, 1.2), (0.55, 1.2), (-1.0, 0), (1.0, 0), (0, -2.2), (0, 2.2))


@dataclass
class LabelLayer:
    """What the label layer draws, as blits of small transparent images in layer pixels: any part of the
    layer (a tile of the map) is painted by replaying the blits that meet it."""

    blits: list[tuple[pygame.Rect, pygame.Surface]] = field(default_factory=list)
    placed: dict[str, pygame.Rect] = field(default_factory=dict)  # region id -> its name's rectangle
    dropped: list[str] = field(default_factory=list)  # names with no room at this zoom
    drawn: list[pygame.Rect] = field(default_factory=list)  # every name, icon and badge on the layer

    def blit(self, image: pygame.Surface, dest) -> None:
        """Record a blit (the label painters' `surface.blit`)."""
        self.blits.append((pygame.Rect((int(dest[0]), int(dest[1])), image.get_size()), image))

    def sketch(self, box: pygame.Rect, paint: Callable[[pygame.Surface, tuple[int, int]], None]) -> None:
        """Record vector drawing inside `box` (layer pixels): `paint(surface, offset)` draws at layer point
        p onto surface point p - offset, on a transparent image as it would on the whole layer."""
        image = pygame.Surface(box.size, pygame.SRCALPHA)
        paint(image, box.topleft)
        self.blit(image, box.topleft)

    def draw(self, target: pygame.Surface, offset: tuple[int, int] = (0, 0), area: pygame.Rect | None = None) -> None:
        """Replay the blits meeting `area` (layer pixels; all by default) onto `target`, whose top-left is
        the layer pixel `offset`."""
        for rect, image in self.blits:
            if area is None or rect.colliderect(area):
                target.blit(image, (rect.x - offset[0], rect.y - offset[1]))


class LabelLayout:
    """Places the labels of a window step by step (a region a step), so a frame can do a few within its
    time budget; `layer` is complete once `done`."""

    def __init__(self, scene: MapScene, origin: tuple[float, float], zoom: float, size: tuple[int, int],
                 zoom_factor: float = 1.0) -> None:
        self.layer = LabelLayer()
        self.done = False
        self._steps = self._place(scene, View(origin, zoom, size), zoom, zoom_factor)

    def advance(self, deadline: float | None = None) -> bool:
        """Place labels until done or until `time.perf_counter()` passes `deadline` (None: to the end)."""
        while not self.done:
            try:
                next(self._steps)
            except StopIteration:
                self.done = True
            if deadline is not None and time.perf_counter() >= deadline:
                break
        return self.done

    def _place(self, scene: MapScene, view: View, zoom: float, zoom_factor: float) -> Iterator[None]:
        layer, taken = self.layer, []
        _graticule_labels(layer, scene, view, taken)
        _offmap_badges(layer, scene, view, taken)
        yield
        _markers(layer, scene, view, taken, zoom_factor)
        yield
        yield from _region_labels(layer, scene, view, taken, zoom, zoom_factor)
        _sea_labels(layer, scene, view, taken, zoom_factor)
        yield
        if zoom_factor >= 2.0:
            _river_labels(layer, scene, view, taken)
        layer.drawn = taken


def paint_labels(scene: MapScene, origin: tuple[float, float], zoom: float, size: tuple[int, int],
                 zoom_factor: float = 1.0) -> LabelLayer:
    """All labels for a window; `zoom_factor` is zoom / fit zoom (city names appear from 1.6)."""
    layout = LabelLayout(scene, origin, zoom, size, zoom_factor)
    layout.advance()
    return layout.layer


def _region_labels(layer: LabelLayer, scene: MapScene, view: View, taken: list[pygame.Rect], zoom: float,
                   zoom_factor: float) -> Iterator[None]:
    bounds = pygame.Rect((0, 0), view.size)
    for geo in sorted(scene.regions.values(), key=lambda g: g.area):
        lx, ly = view.pt(*geo.label)
        if not bounds.collidepoint(lx, ly):
            continue
        base = max(12.0 + 0.8 * zoom_factor, min(18.0 + 2.5 * zoom_factor, 8.0 + math.sqrt(geo.area) * zoom * 0.05))
        spot = _find_spot(geo, view, taken, (lx, ly), base, bounds)
        yield
        if spot is None:
            layer.dropped.append(geo.record.id)
            continue
        surf, rect = spot
        layer.blit(surf, rect)
        taken.append(rect.inflate(4, 2))
        layer.placed[geo.record.id] = rect


def _find_spot(geo, view: View, taken, anchor, base: float, bounds: pygame.Rect):
    """Inside the region if possible; a small coastal region may then put its name just offshore."""
    text = geo.record.label
    tracking = 0.08 if base < 16 else 0.2
    for inside in (True, False):
        for scale in (1.0, 0.88) if inside else (0.92,):
            for lines in _line_variants(text):
                size = max(11.5, base * scale)
                surf = label_surface(lines, "place", round(size), theme.LABEL_TEXT, theme.LABEL_HALO, tracking)
                spot = _try_offsets(geo, view, taken, anchor, surf, bounds, inside)
                if spot is not None:
                    return surf, spot
    return None


def _try_offsets(geo, view: View, taken, anchor, surf: pygame.Surface, bounds: pygame.Rect, inside: bool):
    w, h = surf.get_size()
    offsets = OFFSETS if inside else OFFSETS + FAR_OFFSETS
    for fx, fy in offsets:
        rect = surf.get_rect(center=(anchor[0] + fx * w, anchor[1] + fy * h))
        if not bounds.contains(rect) or rect.collidelist(taken) != -1:
            continue
        wx, wy = view.origin + (rect.centerx / view.scale, rect.centery / view.scale)
        if geo.world.contains(Point(wx, wy)) if inside else geo.world.distance(Point(wx, wy)) * view.scale < h:
            return rect
    return None


def _line_variants(text: str) -> list[tuple[str, ...]]:
    """The name on one line, then broken at '&' or at the middle space."""
    variants = [(text,)]
    if " & " in text:
        a, b = text.split(" & ", 1)
        variants.append((a + " &", b))
    elif " " in text:
        words = text.split(" ")
        cut = min(range(1, len(words)), key=lambda i: abs(len(" ".join(words[:i])) - len(" ".join(words[i:]))))
        variants.append((" ".join(words[:cut]), " ".join(words[cut:])))
    return variants


def _markers(surface: LabelLayer, scene: MapScene, view: View, taken: list[pygame.Rect], zf: float) -> None:
    grow = min(1.6, 0.9 + 0.15 * zf)
    for geo in scene.regions.values():
        rec = geo.record
        if not rec.has_city:
            continue
        x, y = view.pt(*geo.marker)
        if rec.fortress >= 2 or rec.capital:
            icon = map_icons.walled_city(theme.px((24 if rec.capital else 17) * grow), rec.capital)
        else:
            icon = map_icons.town(theme.px(11 * grow))
        rect = icon.get_rect(center=(round(x), round(y)))
        surface.blit(icon, rect)
        taken.append(rect.inflate(2, 2))
        if rec.port:
            a = map_icons.anchor(theme.px(13 * grow))
            arect = a.get_rect(midleft=(rect.right + 1, rect.centery + rect.h // 4))
            surface.blit(a, arect)
            taken.append(arect)
        if zf >= 1.6 and rec.city and rec.city != rec.label:
            name = label_surface((rec.city,), "italic", 13 * min(1.3, grow), theme.INK, theme.LABEL_HALO, 0.0)
            below, right, left = (rect.centerx, rect.bottom + 3), (rect.right + 3, rect.centery), \
                (rect.left - 3, rect.centery)
            for pos in ({"midtop": below}, {"midleft": right}, {"midright": left}):
                nrect = name.get_rect(**pos)
                if nrect.collidelist(taken) == -1:
                    surface.blit(name, nrect)
                    taken.append(nrect)
                    break


SEA_OFFSETS = ((0, 0), (0, -1), (0, 1), (-0.4, 0), (0.4, 0), (0, -2), (0, 2), (-0.4, -1), (0.4, 1))
STRAIT_OFFSETS = ((-0.9, 1.6), (-1.0, 2.6), (0.9, -1.8), (-1.1, 0.0))  # offshore, with a leader line


def _sea_labels(surface: LabelLayer, scene: MapScene, view: View, taken: list[pygame.Rect], zf: float) -> None:
    """Sea names in spaced italic; a strait too narrow for its name gets it offshore with a leader line."""
    bounds = pygame.Rect((0, 0), view.size)
    for sea in sorted(scene.seas, key=lambda s: "strait" not in s.name.lower()):
        x, y = view.pt(*scene.projection.project(sea.lon, sea.lat))
        lines = _line_variants(sea.name)[-1] if len(sea.name) > 14 else (sea.name,)
        size = 15 * min(1.4, 0.8 + 0.2 * zf) * (1.5 if sea.name.startswith("Mediterranean") else 1.0)
        surf = label_surface(lines, "italic", size, theme.SEA_LABEL, None, 0.22)
        strait = "strait" in sea.name.lower()
        for dx, dy in SEA_OFFSETS + (STRAIT_OFFSETS if strait else ()):
            rect = surf.get_rect(center=(round(x + dx * surf.get_width()), round(y + dy * surf.get_height() * 0.6)))
            if bounds.contains(rect) and rect.collidelist(taken) == -1:
                if abs(dx) > 0.6 or abs(dy) > 1.5:
                    end = (min(max(x, rect.left), rect.right), min(max(y, rect.top), rect.bottom))
                    surface.sketch(_box_around((end, (x, y)), 4), partial(_leader, end=end, at=(x, y)))
                surface.blit(surf, rect)
                taken.append(rect)
                break


def _river_labels(surface: LabelLayer, scene: MapScene, view: View, taken: list[pygame.Rect]) -> None:
    """River names in small italic, turned along the river near the middle of its longest stretch."""
    bounds = pygame.Rect((0, 0), view.size)
    for name, lines in scene.rivers:
        line = max(lines, key=len)
        if len(line) < 4:
            continue
        for frac in (0.5, 0.35, 0.65, 0.2, 0.8):
            i = max(1, min(len(line) - 2, int(len(line) * frac)))
            (x0, y0), (x1, y1) = view.pt(*line[i - 1]), view.pt(*line[i + 1])
            angle = -math.degrees(math.atan2(y1 - y0, x1 - x0))
            angle = angle - 180 if angle > 90 else angle + 180 if angle < -90 else angle  # never upside down
            text = pygame.transform.rotate(label_surface((name,), "italic", 12, theme.RIVER, theme.LABEL_HALO, 0.1),
                                           angle)
            mx, my = view.pt(*line[i])
            rect = text.get_rect(center=(mx, my - 7))
            if bounds.contains(rect) and rect.collidelist(taken) == -1:
                surface.blit(text, rect)
                taken.append(rect)
                break


def _graticule_labels(surface: LabelLayer, scene: MapScene, view: View, taken: list[pygame.Rect]) -> None:
    f = theme.font("italic", 11)
    for text, line in scene.graticule:
        (x0, y0), (x1, _y1) = view.pt(*line[0]), view.pt(*line[-1])
        surf = f.render(text, True, theme.SEA_LABEL)
        vertical = abs(x1 - x0) < 1
        rect = surf.get_rect(midtop=(x0, y0 + 6)) if vertical else surf.get_rect(midleft=(x0 + 8, y0))
        surface.blit(surf, rect)
        taken.append(rect)


def _offmap_badges(surface: LabelLayer, scene: MapScene, view: View, taken: list[pygame.Rect]) -> None:
    for node in scene.data.offmap:
        ex, ey, angle = scene.offmap_points[node.id]
        taken.append(_badge(surface, node.name.split("(")[0].strip(), view.pt(ex, ey), angle))


def _badge(surface: LabelLayer, text: str, at: tuple[float, float], angle: float) -> pygame.Rect:
    """A dark plate with a gold rim and an arrow pointing off the map toward the place."""
    arrow = map_icons.arrow(theme.px(34), theme.px(7), theme.FRAME_GOLD)
    arrow = pygame.transform.rotate(arrow, -math.degrees(angle))
    tip = (at[0] + math.cos(angle) * theme.px(14), at[1] + math.sin(angle) * theme.px(14))
    arect = arrow.get_rect(center=tip)
    f = theme.font("title", 15)
    label = f.render(text, True, (244, 230, 196))
    plate = label.get_rect().inflate(theme.px(14), theme.px(4))
    back = -1 if math.cos(angle) > 0.3 else 1
    plate.center = (round(at[0] + back * (plate.w / 2 + theme.px(6)) * abs(math.cos(angle))),
                    round(at[1] - (plate.h + theme.px(6)) * math.sin(angle) * (abs(math.sin(angle)) > 0.7)))

    def paint(image: pygame.Surface, offset: tuple[int, int]) -> None:
        local = plate.move(-offset[0], -offset[1])
        image.blit(arrow, arect.move(-offset[0], -offset[1]))
        pygame.draw.rect(image, (*theme.FRAME, 235), local, border_radius=theme.px(4))
        pygame.draw.rect(image, theme.FRAME_GOLD, local, 1, border_radius=theme.px(4))
        image.blit(label, label.get_rect(center=local.center))

    surface.sketch(plate.union(arect), paint)
    return plate.union(arect)


def _leader(image: pygame.Surface, offset: tuple[int, int], end: tuple[float, float], at: tuple[float, float]) -> None:
    """A strait's leader line from its name to the strait, with a dot at the strait."""
    a, b = (end[0] - offset[0], end[1] - offset[1]), (at[0] - offset[0], at[1] - offset[1])
    pygame.draw.aaline(image, (*theme.SEA_LABEL, 255), a, b)
    pygame.draw.circle(image, (*theme.SEA_LABEL, 255), b, 2)


def _box_around(points, pad: int) -> pygame.Rect:
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    x0, y0 = math.floor(min(xs)) - pad, math.floor(min(ys)) - pad
    return pygame.Rect(x0, y0, math.ceil(max(xs)) + pad - x0, math.ceil(max(ys)) + pad - y0)


def label_surface(lines: tuple[str, ...], role: str, size: float, colour, halo, tracking: float) -> pygame.Surface:
    """Text lines centred, letter-spaced by `tracking` em, with an optional soft halo for legibility."""
    return _label_surface(lines, role, size, colour, halo, tracking, theme.ui_scale())


@lru_cache(maxsize=1024)
def _label_surface(lines, role, size, colour, halo, tracking, scale) -> pygame.Surface:
    f = theme.font(role, size)
    rendered = [_tracked(f, line, colour, tracking) for line in lines]
    pad = 3 if halo else 0
    lh = f.get_linesize()
    w = max(r.get_width() for r in rendered) + 2 * pad
    h = lh * (len(lines) - 1) + rendered[-1].get_height() + 2 * pad
    out = pygame.Surface((w, h), pygame.SRCALPHA)
    for i, r in enumerate(rendered):
        pos = ((w - r.get_width()) // 2, pad + i * lh)
        if halo:
            ghost = _tracked(f, lines[i], halo, tracking)
            for dx, dy in ((-2, 0), (2, 0), (0, -2), (0, 2), (-1, -1), (1, 1), (-1, 1), (1, -1)):
                out.blit(ghost, (pos[0] + dx, pos[1] + dy))
        out.blit(r, pos)
    return out


def _tracked(f: pygame.font.Font, text: str, colour, tracking: float) -> pygame.Surface:
    if tracking <= 0:
        return f.render(text, True, colour)
    extra = round(f.get_height() * tracking * 0.5)
    glyphs = [f.render(ch, True, colour) for ch in text]
    w = sum(g.get_width() for g in glyphs) + extra * (len(glyphs) - 1)
    out = pygame.Surface((max(1, w), f.get_height()), pygame.SRCALPHA)
    x = 0
    for g in glyphs:
        out.blit(g, (x, 0))
        x += g.get_width() + extra
    return out
