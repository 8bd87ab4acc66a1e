"""Load the shipped Natural Earth GeoJSON from assets/map as shapely geometries in lon/lat degrees.

Owns file access for map geometry; knows nothing about regions, projection or drawing.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

import numpy as np
import shapely
from shapely.geometry import LineString, MultiLineString, Polygon, shape

ASSET_DIR = Path(__file__).resolve().parents[2] / "assets" / "map"


class LandMass(NamedTuple):
    """One land polygon of coast.geojson; `name` is None for the small unnamed islets."""

    name: str | None
    polygon: Polygon


class River(NamedTuple):
    name: str
    line: LineString | MultiLineString
    hand_traced: bool


def _features(filename: str, asset_dir: Path | None = None) -> list[dict]:
    path = (asset_dir or ASSET_DIR) / filename
    with path.open(encoding="utf-8") as fh:
        return json.load(fh)["features"]


SMOOTHING = 2  # Chaikin passes: the 0.02-degree data turns from jagged to drawn-by-hand when zoomed in


def chaikin(coords: np.ndarray, passes: int = SMOOTHING, closed: bool = False) -> np.ndarray:
    """Corner-cutting smoothing (each pass keeps 1/4 and 3/4 points of every segment); ends stay put."""
    pts = np.asarray(coords, dtype=float)
    for _ in range(passes):
        if len(pts) < 3:
            break
        a, b = pts[:-1], pts[1:]
        cut = np.empty((2 * len(a), 2))
        cut[0::2] = 0.75 * a + 0.25 * b
        cut[1::2] = 0.25 * a + 0.75 * b
        pts = np.vstack([cut, cut[:1]]) if closed else np.vstack([pts[:1], cut, pts[-1:]])
    return pts


def _smooth_polygon(poly: Polygon) -> Polygon:
    if len(poly.exterior.coords) < 12:  # islets keep their shape rather than shrink to dots
        return poly
    smooth = Polygon(chaikin(np.asarray(poly.exterior.coords), closed=True),
                     [chaikin(np.asarray(r.coords), closed=True) for r in poly.interiors])
    return smooth if smooth.is_valid else shapely.make_valid(smooth).buffer(0)


@lru_cache(maxsize=4)
def load_land(asset_dir: Path | None = None) -> tuple[LandMass, ...]:
    """Every land polygon, smoothed, largest first (Africa, then Europe, then the islands)."""
    masses = [
        LandMass(f["properties"].get("name"), _smooth_polygon(shapely.make_valid(shape(f["geometry"]))))
        for f in _features("coast.geojson", asset_dir)
    ]
    return tuple(sorted(masses, key=lambda m: -m.polygon.area))


@lru_cache(maxsize=4)
def load_coastlines(asset_dir: Path | None = None) -> MultiLineString:
    """The coast as lines, smoothed like the land, without the edges where the data box clipped it."""
    lines: list[LineString] = []
    for feature in _features("coastline_lines.geojson", asset_dir):
        geom = shape(feature["geometry"])
        for line in getattr(geom, "geoms", [geom]):
            coords = np.asarray(line.coords)
            ring = len(coords) > 3 and np.allclose(coords[0], coords[-1])
            keep = len(coords) >= 12
            lines.append(LineString(chaikin(coords, closed=ring)) if keep else line)
    return MultiLineString(lines)


@lru_cache(maxsize=4)
def load_rivers(asset_dir: Path | None = None, clip_to_land: bool = True) -> tuple[River, ...]:
    """Natural Earth rivers plus the project's hand-traced ones, clipped to the land."""
    rivers: list[River] = []
    land = shapely.union_all([m.polygon for m in load_land(asset_dir)]) if clip_to_land else None
    for filename, traced in (("rivers.geojson", False), ("rivers_extra.geojson", True)):
        if not ((asset_dir or ASSET_DIR) / filename).exists():
            continue
        for feature in _features(filename, asset_dir):
            geom = shape(feature["geometry"])
            parts = getattr(geom, "geoms", [geom])
            geom = MultiLineString([chaikin(np.asarray(p.coords), passes=1) for p in parts])
            if land is not None:
                geom = geom.intersection(land)
            if not geom.is_empty:
                rivers.append(River(feature["properties"]["name"], geom, traced))
    return tuple(rivers)


def _hints(asset_dir: Path | None) -> dict:
    path = (asset_dir or ASSET_DIR) / "map_hints.json"
    if not path.exists():
        return {}
    with path.open(encoding="utf-8") as fh:
        return json.load(fh)


@lru_cache(maxsize=4)
def load_region_anchors(asset_dir: Path | None = None) -> dict[str, list[tuple[float, float]]]:
    """Shape hints for the 740 regions: id -> extra (lat, lon) seeds. Empty if the file is absent."""
    raw = _hints(asset_dir).get("anchors", {})
    return {rid: [(float(lat), float(lon)) for lat, lon in pts] for rid, pts in raw.items()}


@lru_cache(maxsize=4)
def load_offmap_entries(asset_dir: Path | None = None) -> dict[str, tuple[float, float]]:
    """Off-map node id -> (lat, lon) where its route leaves the map (Egypt: the coast road east)."""
    raw = _hints(asset_dir).get("offmap_entries", {})
    return {nid: (float(lat), float(lon)) for nid, (lat, lon) in raw.items()}


@lru_cache(maxsize=4)
def load_sea_labels(asset_dir: Path | None = None) -> tuple[tuple[str, float, float], ...]:
    """(name, lat, lon) of the seas the map names when a scenario lists none."""
    return tuple((str(n), float(lat), float(lon)) for n, lat, lon in _hints(asset_dir).get("sea_labels", []))
