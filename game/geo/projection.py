"""Map projection: equirectangular with a standard parallel, in kilometres, y growing southwards.

At these latitudes (29.5-44.5 N) one standard parallel at 37 N keeps east-west distortion under 7%,
which is finer than a board game needs, and keeps straight graticules that read as a period map.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

EARTH_RADIUS_KM = 6371.0


@dataclass(frozen=True)
class Projection:
    """lon/lat degrees <-> world kilometres; world (0, 0) is the north-west corner of the map box."""

    lon_min: float = -10.5
    lon_max: float = 14.5
    lat_min: float = 29.5
    lat_max: float = 44.5
    standard_parallel: float = 37.0
    _kx: float = field(init=False, repr=False)
    _ky: float = field(init=False, repr=False)

    def __post_init__(self) -> None:
        ky = EARTH_RADIUS_KM * math.pi / 180.0
        object.__setattr__(self, "_ky", ky)
        object.__setattr__(self, "_kx", ky * math.cos(math.radians(self.standard_parallel)))

    @property
    def size(self) -> tuple[float, float]:
        """Width and height of the map box in km."""
        return self.project(self.lon_max, self.lat_min)

    def project(self, lon: float, lat: float) -> tuple[float, float]:
        return ((lon - self.lon_min) * self._kx, (self.lat_max - lat) * self._ky)

    def unproject(self, x: float, y: float) -> tuple[float, float]:
        """Inverse of `project`: returns (lon, lat)."""
        return (self.lon_min + x / self._kx, self.lat_max - y / self._ky)

    def project_latlon(self, lat: float, lon: float) -> tuple[float, float]:
        """Same as `project` for the (lat, lon) order the scenario data uses."""
        return self.project(lon, lat)

    def project_geometry(self, geom: BaseGeometry) -> BaseGeometry:
        """Any shapely geometry from lon/lat to world km (vectorised)."""
        return shapely.transform(geom, self._forward)

    def unproject_geometry(self, geom: BaseGeometry) -> BaseGeometry:
        return shapely.transform(geom, self._inverse)

    def _forward(self, coords: np.ndarray) -> np.ndarray:
        out = np.empty_like(coords)
        out[:, 0] = (coords[:, 0] - self.lon_min) * self._kx
        out[:, 1] = (self.lat_max - coords[:, 1]) * self._ky
        return out

    def _inverse(self, coords: np.ndarray) -> np.ndarray:
        out = np.empty_like(coords)
        out[:, 0] = self.lon_min + coords[:, 0] / self._kx
        out[:, 1] = self.lat_max - coords[:, 1] / self._ky
        return out


DEFAULT_PROJECTION = Projection()
