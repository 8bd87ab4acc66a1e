"""Split the land into the domains that regions may fill: Africa, Iberia (cut at the Pyrenees), islands.

Voronoi cells are computed per domain so a cell never jumps a strait; the Pyrenees cut keeps Iberian
cells out of Francia, which is beyond the frontier in 740.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

import shapely
from shapely.geometry import Point, Polygon, box

from game.geo.data import load_land

# The Franco-Spanish watershed from Hendaye to Cap Cerbère, as (lon, lat): south of it is Iberia.
PYRENEES_LINE: tuple[tuple[float, float], ...] = (
    (-1.78, 43.37), (-1.40, 43.05), (-0.75, 42.93), (0.00, 42.70), (0.70, 42.86),
    (1.45, 42.60), (1.72, 42.50), (2.50, 42.35), (3.17, 42.43),
)
IBERIA_MASK = Polygon(
    [(-12.0, 34.0), (-12.0, 46.0), (-1.78, 46.0), *PYRENEES_LINE, (6.0, 42.43), (6.0, 34.0)]
)


class Domain(NamedTuple):
    """A piece of land regions can fill; `key` is 'africa', 'iberia' or an island's name."""

    key: str
    polygon: Polygon
    is_mainland: bool


@lru_cache(maxsize=1)
def domains() -> tuple[Domain, ...]:
    """The mainland domains first, then every island (named or not), all in lon/lat."""
    masses = load_land()
    out: list[Domain] = []
    for i, mass in enumerate(masses):
        name = mass.name or ""
        if name.startswith("Africa"):
            out.append(Domain("africa", mass.polygon, True))
        elif name.startswith("Europe"):
            iberia = shapely.make_valid(mass.polygon.intersection(IBERIA_MASK))
            out.append(Domain("iberia", _largest(iberia), True))
        else:
            out.append(Domain(name.lower().replace(" ", "_") or f"islet_{i}", mass.polygon, False))
    return tuple(out)


def _largest(geom) -> Polygon:
    parts = getattr(geom, "geoms", [geom])
    return max((p for p in parts if p.geom_type == "Polygon"), key=lambda p: p.area)


def domain_for(lon: float, lat: float) -> Domain:
    """The domain containing the point, else the nearest one (a centre drawn just off a cape)."""
    point = Point(lon, lat)
    candidates = domains()
    for dom in candidates:
        if dom.polygon.contains(point):
            return dom
    return min(candidates, key=lambda d: d.polygon.distance(point))


def map_box(lon_min: float, lon_max: float, lat_min: float, lat_max: float) -> Polygon:
    return box(lon_min, lat_min, lon_max, lat_max)
