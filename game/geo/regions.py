"""Region polygons: Voronoi cells of the region centres, per land domain, clipped to land and reach.

Pure and cached: the same centres always give the same shapes. Geometry is returned in lon/lat; the
Voronoi itself runs in projected kilometres so that cell edges are true perpendicular bisectors.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import shapely
from shapely.geometry import MultiPoint, Point, Polygon
from shapely.geometry.base import BaseGeometry
from shapely.ops import nearest_points, polylabel

from game.geo.landmass import Domain, domain_for, domains
from game.geo.projection import DEFAULT_PROJECTION, Projection

LatLon = tuple[float, float]
REACH_KM = 300.0  # no region stretches further from its centre: desert cells stop in the sand
ISLET_REACH_KM = 45.0  # islets closer than this to a region join it (Kerkennah -> Kairouan)


@dataclass(frozen=True)
class RegionShape:
    """One region's land. `polygon` and `label_point` are lon/lat; `area` is in km²."""

    id: str
    polygon: BaseGeometry  # Polygon or MultiPolygon
    label_point: tuple[float, float]  # (lon, lat), deep inside the largest part
    area: float
    centre: tuple[float, float]  # (lon, lat) as given
    seed: tuple[float, float]  # (lon, lat) the cell was grown from: the centre, moved ashore if at sea
    domain: str


def build_region_shapes(
    centres: dict[str, LatLon],
    borders: dict[str, list[LatLon]] | None = None,
    anchors: dict[str, list[LatLon]] | None = None,
    projection: Projection = DEFAULT_PROJECTION,
    reach_km: float = REACH_KM,
) -> dict[str, RegionShape]:
    """Region id -> RegionShape from centres given as (lat, lon).

    `borders` gives a region an explicit outline instead of its cell; `anchors` adds extra seed points
    whose cells join the region (a shape hint: pull Gabes along the coast road towards Tripoli).
    Anchors for unknown ids are ignored, so one hint file serves several scenarios.
    """
    key_centres = tuple(sorted((k, (float(v[0]), float(v[1]))) for k, v in centres.items()))
    key_borders = tuple(sorted((k, tuple(map(tuple, v))) for k, v in (borders or {}).items()))
    key_anchors = tuple(
        sorted((k, tuple((float(a), float(b)) for a, b in v)) for k, v in (anchors or {}).items() if k in centres)
    )
    return dict(_build(key_centres, key_borders, key_anchors, projection, reach_km))


@lru_cache(maxsize=8)
def _build(centres, borders, anchors, projection: Projection, reach_km: float):
    proj = projection.project_geometry
    frame = proj(shapely.box(projection.lon_min, projection.lat_min, projection.lon_max, projection.lat_max))
    explicit = {rid: proj(Polygon([(lon, lat) for lat, lon in ring])) for rid, ring in borders}
    by_domain, domain_of, seeds = _seed_regions(centres, proj)
    taken = shapely.union_all(list(explicit.values())) if explicit else None
    cells: dict[str, BaseGeometry] = {}
    for dom, ids in by_domain.items():
        land = proj(dom.polygon).intersection(frame)
        cells.update({rid: _clean(explicit[rid].intersection(land)) for rid in ids if rid in explicit})
        free = [rid for rid in ids if rid not in explicit]
        if taken is not None:
            land = land.difference(taken)
        extra = [(rid, proj(Point(lon, lat))) for rid, pts in anchors if rid in free for lat, lon in pts]
        cells.update(_voronoi(free, seeds, land, reach_km, extra))
    _attach_islets(cells, projection, frame, {dom.key for dom in by_domain})
    return tuple((rid, _shape(rid, cells[rid], latlon, seeds[rid], domain_of[rid], projection))
                 for rid, latlon in centres)


def _seed_regions(centres, proj):
    """Group the centres by land domain and put each seed ashore in its own domain."""
    by_domain: dict[Domain, list[str]] = defaultdict(list)
    domain_of: dict[str, str] = {}
    seeds: dict[str, Point] = {}
    for rid, (lat, lon) in centres:
        dom = domain_for(lon, lat)
        by_domain[dom].append(rid)
        domain_of[rid] = dom.key
        seeds[rid] = _ashore(proj(Point(lon, lat)), proj(dom.polygon))
    return by_domain, domain_of, seeds


def _ashore(seed: Point, land: BaseGeometry) -> Point:
    """A centre placed in the sea (a port drawn off the coast) moves ashore, within 6 km of the coast."""
    if land.contains(seed):
        return seed
    shore = nearest_points(land, seed)[0]
    return land.intersection(shore.buffer(6.0)).representative_point()


def _voronoi(ids: list[str], seeds: dict[str, Point], land: BaseGeometry, reach_km: float, extra=()):
    """Cells of the seeds (plus anchor seeds, merged into their region), each cut to land and reach."""
    if not ids:
        return {}
    owners = list(ids) + [rid for rid, _ in extra]
    points = _distinct([seeds[rid] for rid in ids] + [pt for _, pt in extra])
    if len(points) == 1:
        return {ids[0]: _clean(land.intersection(_reach(points[0], reach_km)))}
    extent = land.envelope.buffer(reach_km * 2)
    polys = shapely.voronoi_polygons(MultiPoint(points), extend_to=extent, ordered=True).geoms
    parts: dict[str, list[BaseGeometry]] = defaultdict(list)
    for rid, pt, cell in zip(owners, points, polys, strict=True):
        parts[rid].append(cell.intersection(land).intersection(_reach(pt, reach_km)))
    return {rid: _clean(shapely.union_all(parts[rid])) for rid in ids}


def _distinct(points: list[Point]) -> list[Point]:
    """Nudge repeated seeds apart (half a km each) so every seed keeps a Voronoi cell of its own."""
    seen: set[tuple[float, float]] = set()
    out = []
    for pt in points:
        x, y = pt.x, pt.y
        while (round(x, 3), round(y, 3)) in seen:
            x, y = x + 0.5, y + 0.5
        seen.add((round(x, 3), round(y, 3)))
        out.append(Point(x, y))
    return out


def _reach(seed: Point, reach_km: float) -> Polygon:
    """A disc of about `reach_km` whose rim wanders (deterministically), so desert edges look surveyed
    by caravans rather than drawn with compasses."""
    rng = np.random.default_rng(int(abs(seed.x) * 1000 + abs(seed.y) * 7))
    phases = rng.uniform(0, 2 * np.pi, 3)
    theta = np.linspace(0, 2 * np.pi, 96, endpoint=False)
    wobble = 1 + 0.08 * np.sin(3 * theta + phases[0]) + 0.05 * np.sin(5 * theta + phases[1]) \
        + 0.025 * np.sin(11 * theta + phases[2])
    r = reach_km * wobble / 1.08
    return Polygon(np.column_stack([seed.x + r * np.cos(theta), seed.y + r * np.sin(theta)]))


def _clean(geom: BaseGeometry) -> BaseGeometry:
    """Keep only the polygonal parts of an intersection (drop slivers of lines and points)."""
    parts = [g for g in getattr(geom, "geoms", [geom]) if g.geom_type == "Polygon" and g.area > 0.5]
    return shapely.union_all(parts) if parts else geom


def _attach_islets(cells: dict[str, BaseGeometry], projection: Projection, frame, used: set[str]) -> None:
    """Small islands near a region's coast become part of that region (Kerkennah, the Chafarinas)."""
    if not cells:
        return
    ids = list(cells)
    tree = shapely.STRtree([cells[rid] for rid in ids])
    for dom in domains():
        if dom.is_mainland or dom.key in used:
            continue
        islet = projection.project_geometry(dom.polygon).intersection(frame)
        if islet.is_empty:
            continue
        idx, dist = tree.query_nearest(islet, max_distance=ISLET_REACH_KM, return_distance=True)
        if len(idx):
            rid = ids[int(idx[0])]
            cells[rid] = shapely.union_all([cells[rid], islet])


def _shape(rid: str, cell: BaseGeometry, centre: LatLon, seed: Point, domain: str, projection: Projection):
    if cell.is_empty or cell.area <= 0:  # a centre off the map box: a token disc, so nothing downstream breaks
        cell = seed.buffer(5.0, quad_segs=4)
    largest = max(getattr(cell, "geoms", [cell]), key=lambda p: p.area)
    label = polylabel(largest, tolerance=2.0) if largest.area > 10 else largest.representative_point()
    return RegionShape(
        id=rid,
        polygon=projection.unproject_geometry(cell),
        label_point=projection.unproject(label.x, label.y),
        area=float(cell.area),
        centre=(centre[1], centre[0]),
        seed=projection.unproject(seed.x, seed.y),
        domain=domain,
    )
