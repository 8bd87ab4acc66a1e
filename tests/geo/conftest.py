"""Fixtures for the geometry tests: the 740 region centres (scenario file, else the shared proposal)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from game.geo import build_region_shapes, load_region_anchors

ROOT = Path(__file__).resolve().parents[2]
SCENARIO = ROOT / "scenarios" / "berber_revolt_740.yaml"
PROPOSALS = (ROOT.parent / "shared" / "reference" / "map_regions.md", Path("/work/shared/reference/map_regions.md"))

# A fallback copy of a few centres so the tests still run without the shared folder.
FALLBACK = {
    "tangier": (35.70, -5.85), "ceuta": (35.89, -5.32), "ghomara": (35.15, -4.90),
    "sebou_fez": (34.20, -5.60), "algeciras": (36.10, -5.55), "medina_sidonia": (36.55, -5.95),
    "rayyu": (36.90, -4.50), "cordoba": (37.88, -4.78), "kairouan": (35.68, 10.10),
    "gabes": (33.88, 10.10), "djerba": (33.81, 10.85), "tripoli": (32.89, 13.19),
    "wargla": (31.95, 5.33), "sijilmasa": (31.28, -4.27), "asturias": (43.35, -5.90),
}


def _region_dicts() -> list[dict]:
    if SCENARIO.exists():
        doc = yaml.safe_load(SCENARIO.read_text(encoding="utf-8")) or {}
        regions = [r for r in doc.get("regions") or [] if not r.get("offmap") and "lat" in r]
        if regions:
            return regions
    for proposal in PROPOSALS:
        if proposal.exists():
            text = proposal.read_text(encoding="utf-8")
            return yaml.safe_load(text.split("```yaml", 1)[1].split("```", 1)[0])["land_regions"]
    return [{"id": k, "lat": v[0], "lon": v[1]} for k, v in FALLBACK.items()]


@pytest.fixture(scope="session")
def region_records() -> list[dict]:
    return _region_dicts()


@pytest.fixture(scope="session")
def centres(region_records) -> dict[str, tuple[float, float]]:
    return {r["id"]: (r["lat"], r["lon"]) for r in region_records}


@pytest.fixture(scope="session")
def shapes(centres):
    return build_region_shapes(centres, anchors=load_region_anchors())
