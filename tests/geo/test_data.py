"""Shipped map data loads, and the projection round-trips."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from game.geo import DEFAULT_PROJECTION, load_coastlines, load_land, load_rivers

ROOT = Path(__file__).resolve().parents[2]


def test_land_loads_with_both_mainlands_first():
    land = load_land()
    assert len(land) > 40
    assert land[0].name.startswith("Africa") and land[1].name.startswith("Europe")


def test_coastlines_load_as_long_lines():
    coast = load_coastlines()
    assert len(coast.geoms) > 40
    assert coast.length > 150  # degrees of coastline


def test_rivers_include_the_hand_traced_maghreb_rivers_and_stay_on_land():
    rivers = {r.name: r for r in load_rivers()}
    assert {"Guadalquivir", "Chelif", "Medjerda"} <= rivers.keys()
    assert rivers["Medjerda"].hand_traced and not rivers["Ebro"].hand_traced


@pytest.mark.parametrize("lon,lat", [(-10.5, 44.5), (14.5, 29.5), (-5.6, 36.0)])
def test_projection_round_trips(lon, lat):
    x, y = DEFAULT_PROJECTION.project(lon, lat)
    assert DEFAULT_PROJECTION.unproject(x, y) == pytest.approx((lon, lat))


def test_projection_puts_north_up_and_origin_at_north_west():
    assert DEFAULT_PROJECTION.project(-10.5, 44.5) == pytest.approx((0.0, 0.0))
    width, height = DEFAULT_PROJECTION.size
    assert 2000 < width < 2400 and 1600 < height < 1750  # km


def test_geo_package_does_not_import_pygame():
    code = "import sys, game.geo; sys.exit(1 if 'pygame' in sys.modules else 0)"
    assert subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=False).returncode == 0
