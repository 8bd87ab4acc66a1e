"""Map geometry for the western Mediterranean, 740: land, coasts, rivers, projection and region shapes.

Pure Python on shapely and the GeoJSON in assets/map; no pygame, no network, no scenario classes.

Public API::

    load_land() -> tuple[LandMass(name, polygon), ...]          lon/lat, largest first
    load_coastlines() -> MultiLineString                         coast without data-box clip edges
    load_rivers() -> tuple[River(name, line, hand_traced), ...]  clipped to land
    load_region_anchors() -> {id: [(lat, lon), ...]}             shape hints for the 740 regions
    load_offmap_entries() -> {id: (lat, lon)}                    where off-map routes leave the map
    load_sea_labels() -> ((name, lat, lon), ...)                 default sea names
    Projection(lon_min, lon_max, lat_min, lat_max, standard_parallel)
        .project(lon, lat) -> (x_km, y_km)   .unproject(x, y) -> (lon, lat)
        .project_geometry(g) / .unproject_geometry(g)   .size -> (width_km, height_km)
    DEFAULT_PROJECTION  box lon -10.5..14.5, lat 29.5..44.5, standard parallel 37 N
    build_region_shapes(centres: {id: (lat, lon)}, borders=None, anchors=None)   # {id: [(lat, lon)]}
        -> {id: RegionShape(id, polygon, label_point, area, centre, seed, domain)}
    region_borders(shapes) -> {(a, b): line}       each shared land border once, a < b
    region_adjacency(shapes) -> {id: frozenset(ids)}
    adjacency_differences(shapes, declared_neighbours) -> [readable line, ...]
    domains() / domain_for(lon, lat)               the land pieces regions fill (africa, iberia, islands)
"""

from game.geo.borders import adjacency_differences, region_adjacency, region_borders
from game.geo.data import (
    LandMass,
    River,
    load_coastlines,
    load_land,
    load_offmap_entries,
    load_region_anchors,
    load_rivers,
    load_sea_labels,
)
from game.geo.landmass import Domain, domain_for, domains
from game.geo.projection import DEFAULT_PROJECTION, Projection
from game.geo.regions import RegionShape, build_region_shapes

__all__ = [
    "DEFAULT_PROJECTION",
    "Domain",
    "LandMass",
    "Projection",
    "RegionShape",
    "River",
    "adjacency_differences",
    "build_region_shapes",
    "domain_for",
    "domains",
    "load_coastlines",
    "load_land",
    "load_offmap_entries",
    "load_region_anchors",
    "load_rivers",
    "load_sea_labels",
    "region_adjacency",
    "region_borders",
]
