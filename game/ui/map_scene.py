"""Everything the map draws, in world kilometres, computed once per region list: no pygame here.

The renderer only scales these coordinates; keeping geometry work (shapely) out of the frame loop is
what lets a zoom re-render stay under a few hundred milliseconds.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np
import shapely
from shapely.geometry import Point, box
from shapely.geometry.base import BaseGeometry

from game.geo import (
    DEFAULT_PROJECTION,
    Projection,
    build_region_shapes,
    load_coastlines,
    load_land,
    load_region_anchors,
    load_rivers,
    load_sea_labels,
    region_borders,
)
from game.ui.map_data import MapData, RegionRecord, SeaRecord

SHALLOW_KM = (55.0, 28.0, 13.0, 5.0)  # sea shading rings, offshore to inshore
Rings = list[np.ndarray]  # each an (n, 2) float array of world km


@dataclass
class RegionGeo:
    record: RegionRecord
    world: BaseGeometry
    rings: Rings  # exterior rings of every part (region cells have no holes)
    label: tuple[float, float]
    marker: tuple[float, float]  # the city: the given centre, moved ashore when drawn at sea
    area: float


@dataclass
class MapScene:
    """World-space geometry of one map: land, sea shading, rivers, coast, regions, borders, glyphs."""

    data: MapData
    projection: Projection = DEFAULT_PROJECTION
    regions: dict[str, RegionGeo] = field(init=False)

    def __post_init__(self) -> None:
        proj = self.projection
        centres = {r.id: (r.lat, r.lon) for r in self.data.regions}
        borders = {r.id: list(r.border) for r in self.data.regions if r.border}
        shapes = build_region_shapes(centres, borders or None, anchors=load_region_anchors(), projection=proj)
        self.shapes = shapes
        self.regions = {}
        for rec in self.data.regions:
            s = shapes[rec.id]
            world = proj.project_geometry(s.polygon)
            self.regions[rec.id] = RegionGeo(rec, world, exterior_rings(world), proj.project(*s.label_point),
                                             proj.project(*s.seed), s.area)
        self._ids = list(self.regions)
        self._tree = shapely.STRtree([self.regions[i].world for i in self._ids])

    @property
    def size(self) -> tuple[float, float]:
        return self.projection.size

    @cached_property
    def frame(self) -> BaseGeometry:
        """The data box with a margin: land beyond it is never drawn."""
        w, h = self.size
        return box(-400, -300, w + 400, h + 300)

    @cached_property
    def seas(self) -> tuple[SeaRecord, ...]:
        """The scenario's sea zones, or the shipped sea names when it has none."""
        if self.data.seas:
            return self.data.seas
        return tuple(SeaRecord(name.lower().replace(" ", "_"), name, lat, lon) for name, lat, lon in load_sea_labels())

    @cached_property
    def land(self) -> list[np.ndarray]:
        geoms = [self.projection.project_geometry(m.polygon).intersection(self.frame) for m in load_land()]
        return [ring for g in geoms for ring in exterior_rings(g)]

    @cached_property
    def shallows(self) -> list[Rings]:
        """Land buffered by each SHALLOW_KM distance, simplified: the sea's depth bands."""
        land = shapely.union_all([self.projection.project_geometry(m.polygon) for m in load_land()])
        grown = land.intersection(self.frame).simplify(1.0)  # 1 km: invisible under a 5 km band
        bands, reached = [], 0.0
        for d in sorted(SHALLOW_KM):  # growing the last band is cheaper than the land again (discs add up)
            grown = grown.buffer(d - reached, quad_segs=6).simplify(d / 15)
            bands.append(exterior_rings(grown))
            reached = d
        return bands[::-1]

    @cached_property
    def coast(self) -> list[np.ndarray]:
        return line_arrays(self.projection.project_geometry(load_coastlines()))

    @cached_property
    def rivers(self) -> list[tuple[str, list[np.ndarray]]]:
        return [(r.name, line_arrays(self.projection.project_geometry(r.line))) for r in load_rivers()]

    @cached_property
    def borders(self) -> dict[tuple[str, str], list[np.ndarray]]:
        raw = region_borders(self.shapes, self.projection)
        return {pair: line_arrays(self.projection.project_geometry(g)) for pair, g in raw.items()}

    @cached_property
    def graticule(self) -> list[tuple[str, np.ndarray]]:
        """Meridians and parallels every 5 degrees, each with its label text."""
        p, lines = self.projection, []
        for lon in range(-10, 15, 5):
            lines.append((f"{abs(lon)}°{'W' if lon < 0 else 'E'}",
                          np.array([p.project(lon, lat) for lat in (p.lat_min, p.lat_max)])))
        for lat in range(30, 45, 5):
            lines.append((f"{lat}°N", np.array([p.project(lon, lat) for lon in (p.lon_min, p.lon_max)])))
        return lines

    @cached_property
    def glyphs(self) -> list[tuple[float, float, str, float]]:
        """Terrain symbols (x, y, kind, jitter) scattered on a jittered grid inside each region."""
        rng = np.random.default_rng(740)
        out: list[tuple[float, float, str, float]] = []
        for geo in self.regions.values():
            rec = geo.record
            kinds = [k for k in (rec.terrain, rec.terrain_secondary) if k in GLYPH_SPACING]
            if not kinds:
                continue
            spacing = GLYPH_SPACING[kinds[0]]
            x0, y0, x1, y1 = geo.world.bounds
            gy, gx = np.mgrid[y0:y1:spacing * 0.87, x0:x1:spacing]
            gx = gx + (np.arange(gx.shape[0])[:, None] % 2) * spacing / 2  # offset rows: a hex-like grid
            xs = gx.ravel() + rng.uniform(-0.3, 0.3, gx.size) * spacing
            ys = gy.ravel() + rng.uniform(-0.3, 0.3, gy.size) * spacing
            keep = shapely.contains_xy(geo.world.buffer(-9.0), xs, ys)
            second = rng.random(xs.size) >= 0.7
            jitter = rng.random(xs.size)
            for x, y, sec, j in zip(xs[keep], ys[keep], second[keep], jitter[keep], strict=True):
                out.append((float(x), float(y), kinds[1] if sec and len(kinds) > 1 else kinds[0], float(j)))
        out.sort(key=lambda g: g[1])  # paint north to south so southern peaks overlap northern ones
        return out

    @cached_property
    def offmap_points(self) -> dict[str, tuple[float, float, float]]:
        """Off-map node id -> (x, y, angle): where its route leaves the map box and which way it points."""
        w, h = self.size
        out = {}
        for node in self.data.offmap:
            lat, lon = node.entry or (node.lat, node.lon)
            ex, ey = self.projection.project(lon, lat)
            ex, ey = min(max(ex, 30.0), w - 30.0), min(max(ey, 30.0), h - 30.0)
            tx, ty = self.projection.project(node.lon, node.lat)
            out[node.id] = (ex, ey, math.atan2(ty - ey, tx - ex))
        return out

    def anchor(self, place_id: str) -> tuple[float, float]:
        """World point for a region (its label anchor) or an off-map node (its edge badge)."""
        if place_id in self.regions:
            return self.regions[place_id].label
        x, y, _ = self.offmap_points[place_id]
        return (x, y)

    def region_at_world(self, x: float, y: float) -> str | None:
        """The region containing a world point (STRtree + exact test), or None for sea and frontier."""
        hits = self._tree.query(Point(x, y), predicate="intersects")
        return self._ids[int(hits[0])] if len(hits) else None


GLYPH_SPACING = {"mountains": 30.0, "hills": 40.0, "desert": 22.0, "marsh": 30.0}


def exterior_rings(geom: BaseGeometry) -> Rings:
    parts = getattr(geom, "geoms", [geom])
    return [np.asarray(p.exterior.coords) for p in parts if p.geom_type == "Polygon" and not p.is_empty]


def line_arrays(geom: BaseGeometry) -> list[np.ndarray]:
    parts = getattr(geom, "geoms", [geom])
    out = []
    for p in parts:
        if p.geom_type == "LineString" and len(p.coords) > 1:
            out.append(np.asarray(p.coords))
        elif p.geom_type in ("MultiLineString", "GeometryCollection"):
            out.extend(line_arrays(p))
    return out


def ring_length(ring: np.ndarray) -> float:
    return float(np.hypot(*np.diff(ring, axis=0).T).sum()) if len(ring) > 1 else 0.0


def angle_of(a: tuple[float, float], b: tuple[float, float]) -> float:
    return math.atan2(b[1] - a[1], b[0] - a[0])
