"""Region polygons: inside their centres, disjoint, never across the Strait, sane in the desert."""

from __future__ import annotations

import itertools

import pytest
from shapely.geometry import Point

from game.geo import build_region_shapes, domains, region_adjacency, region_borders


def _is_iberian(lon: float, lat: float) -> bool:
    """Independent of the code under test: north of 36 N and west of 3.3 E is Iberia (Ceuta: 35.89 N)."""
    return lat > 36.0 and lon < 3.3


def test_region_centre_lies_inside_its_own_polygon(shapes):
    for rid, shape in shapes.items():
        assert shape.polygon.buffer(1e-9).contains(Point(shape.seed)), rid
        assert shape.polygon.distance(Point(shape.centre)) < 0.05, rid  # a port may sit just off the coast


def test_region_label_point_lies_inside_its_own_polygon(shapes):
    for rid, shape in shapes.items():
        assert shape.polygon.contains(Point(shape.label_point)), rid


def test_region_polygons_do_not_overlap(shapes):
    for a, b in itertools.combinations(shapes.values(), 2):
        assert a.polygon.intersection(b.polygon).area < 1e-6, (a.id, b.id)


def test_iberian_regions_do_not_cross_the_strait(shapes):
    africa = next(d.polygon for d in domains() if d.key == "africa")
    iberian = [s for s in shapes.values() if _is_iberian(*s.centre)]
    assert iberian, "the fixture should contain Iberian regions"
    for shape in iberian:
        assert shape.domain == "iberia", shape.id
        assert shape.polygon.intersection(africa).area < 1e-9, shape.id


def test_african_regions_stay_in_africa(shapes):
    iberia = next(d.polygon for d in domains() if d.key == "iberia")
    for shape in shapes.values():
        if not _is_iberian(*shape.centre):
            assert shape.polygon.intersection(iberia).area < 1e-9, shape.id


def test_djerba_with_its_own_centre_is_an_island_region():
    shapes = build_region_shapes({"gabes": (33.88, 10.10), "djerba": (33.81, 10.85), "kairouan": (35.68, 10.10)})
    assert shapes["djerba"].domain == "djerba"
    assert shapes["djerba"].area < 1000  # km²: the island, not a slice of the mainland
    assert shapes["gabes"].polygon.intersection(shapes["djerba"].polygon).area == 0


def test_djerba_without_a_centre_joins_the_nearest_region():
    shapes = build_region_shapes({"gabes": (33.88, 10.10), "kairouan": (35.68, 10.10)})
    assert shapes["gabes"].polygon.contains(Point(10.9, 33.8))  # Djerba


def test_desert_regions_stop_within_reach_of_their_centre(shapes):
    for rid in ("wargla", "sijilmasa"):
        if rid in shapes:
            centre = Point(shapes[rid].centre)
            assert shapes[rid].polygon.hausdorff_distance(centre) < 4.0, rid  # degrees, about 350 km


def test_region_shapes_are_cached_and_order_independent(centres):
    first = build_region_shapes(centres)
    again = build_region_shapes(dict(reversed(list(centres.items()))))
    assert first.keys() == again.keys()
    assert all(first[k].polygon.equals(again[k].polygon) for k in first)


def test_explicit_border_replaces_the_voronoi_cell():
    centres = {"a": (37.5, -5.0), "b": (37.5, -3.0)}
    square = [(37.0, -5.5), (38.0, -5.5), (38.0, -4.5), (37.0, -4.5)]
    shapes = build_region_shapes(centres, borders={"a": square})
    assert shapes["a"].polygon.bounds == pytest.approx((-5.5, 37.0, -4.5, 38.0), abs=1e-6)
    assert shapes["b"].polygon.intersection(shapes["a"].polygon).area < 1e-9


def test_borders_are_shared_once_and_match_adjacency(shapes):
    borders = region_borders(shapes)
    adjacency = region_adjacency(shapes)
    assert all(a < b for a, b in borders)
    assert ("algeciras", "medina_sidonia") in borders
    assert "tangier" not in adjacency["algeciras"]  # the Strait is not a land border
    for a, b in borders:
        assert b in adjacency[a] and a in adjacency[b]


def test_odd_inputs_still_give_a_polygon_per_region():
    shapes = build_region_shapes({"a": (37.5, -4.0), "twin": (37.5, -4.0), "far": (20.0, -30.0)})
    assert set(shapes) == {"a", "twin", "far"}
    assert all(s.area > 0 for s in shapes.values())
    assert shapes["a"].polygon.intersection(shapes["twin"].polygon).area < 1e-9
