"""Shared borders between region polygons, and the land adjacency they imply.

Borders are returned once per pair so the renderer strokes each line a single time; the adjacency lets
the scenario team check their hand-written neighbour lists against the drawn map.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import shapely
from shapely.geometry.base import BaseGeometry
from shapely.ops import linemerge

from game.geo.projection import DEFAULT_PROJECTION, Projection
from game.geo.regions import RegionShape

SNAP_KM = 0.05  # cells share bisector edges up to float noise
MIN_BORDER_KM = 10.0  # shorter contacts (a corner, a cape, a tip of desert) do not make neighbours


def region_borders(
    shapes: Mapping[str, RegionShape],
    projection: Projection = DEFAULT_PROJECTION,
    min_length_km: float = MIN_BORDER_KM,
) -> dict[tuple[str, str], BaseGeometry]:
    """(a, b) with a < b -> the lon/lat line(s) the two regions share on land."""
    ids = sorted(shapes)
    world = [projection.project_geometry(shapes[rid].polygon) for rid in ids]
    tree = shapely.STRtree(world)
    out: dict[tuple[str, str], BaseGeometry] = {}
    for i, geom in enumerate(world):
        for j in tree.query(geom.buffer(SNAP_KM * 4)):
            if j <= i:
                continue
            line = _shared_line(geom, world[j])
            if line is not None and line.length >= min_length_km:
                out[(ids[i], ids[j])] = projection.unproject_geometry(line)
    return out


def _shared_line(a: BaseGeometry, b: BaseGeometry) -> BaseGeometry | None:
    shared = a.boundary.intersection(b.buffer(SNAP_KM, quad_segs=2))
    lines = [g for g in getattr(shared, "geoms", [shared]) if g.geom_type in ("LineString", "MultiLineString")]
    if not lines:
        return None
    merged = linemerge(shapely.union_all(lines)) if len(lines) > 1 else lines[0]
    return merged if not merged.is_empty else None


def region_adjacency(
    shapes: Mapping[str, RegionShape], projection: Projection = DEFAULT_PROJECTION
) -> dict[str, frozenset[str]]:
    """Region id -> ids of the regions it shares a land border with (symmetric)."""
    adj: dict[str, set[str]] = {rid: set() for rid in shapes}
    for a, b in region_borders(shapes, projection):
        adj[a].add(b)
        adj[b].add(a)
    return {rid: frozenset(n) for rid, n in adj.items()}


def adjacency_differences(
    shapes: Mapping[str, RegionShape], declared: Mapping[str, Iterable[str]]
) -> list[str]:
    """Readable lines where a declared land-neighbour list and the drawn borders disagree."""
    drawn = region_adjacency(shapes)
    notes: list[str] = []
    pairs_declared = {tuple(sorted((a, b))) for a, ns in declared.items() for b in ns if b in shapes and a in shapes}
    pairs_drawn = {tuple(sorted((a, b))) for a, ns in drawn.items() for b in ns}
    for a, b in sorted(pairs_declared - pairs_drawn):
        notes.append(f"{a} - {b}: declared neighbours, but their polygons share no border")
    for a, b in sorted(pairs_drawn - pairs_declared):
        notes.append(f"{a} - {b}: polygons share a border, but they are not declared neighbours")
    return notes
