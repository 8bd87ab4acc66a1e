"""Tiny scenarios built in Python (no YAML, no loader) so engine tests stay fast and self-contained.

`tiny_data()` is an eight-region map of the Maghreb and a corner of al-Andalus; tests change a copy and
validate it with `scenario_from(data)`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from game.scenario.models import Scenario

REAL_SCENARIO = Path(__file__).resolve().parents[2] / "scenarios" / "berber_revolt_740.yaml"


def _region(rid: str, terrain: str, lat: float, neighbors: list[str], **extra: Any) -> dict[str, Any]:
    return {"id": rid, "name": rid.title(), "lat": lat, "lon": -5.0, "terrain": terrain, "neighbors": neighbors,
            **extra}


def tiny_data() -> dict[str, Any]:
    return {
        "metadata": {"id": "tiny", "title": "Tiny", "start": "740-01", "end": "740-12"},
        "sides": [
            {"id": "umayyad", "name": "Umayyads", "treasury": 500, "manpower": 5000},
            {"id": "berber", "name": "Berbers", "treasury": 200, "manpower": 8000, "tax_policy": "low"},
            {"id": "asturias", "name": "Asturias", "playable": False},
        ],
        "factions": [
            {"id": "syrian_junds", "name": "Syrian junds", "side": "umayyad"},
            {"id": "ifriqiyan_arabs", "name": "Ifriqiyan Arabs", "side": "umayyad"},
            {"id": "sufrites", "name": "Sufrites", "side": "berber"},
        ],
        "regions": [
            _region("kairouan", "plain", 35.7, ["tlemcen", "damascus"], city="Kairouan", fortress=3, port=True,
                    population="arab", revenue=100, manpower=500, garrison=2000),
            _region("tlemcen", "hills", 34.9, ["kairouan", "sebou"], city="Tlemcen", fortress=1,
                    population="mixed", revenue=30, manpower=300, garrison=300, unrest=30, fervour=20),
            _region("sebou", "plain", 34.2, ["tlemcen", "tangier", "ghomara"], revenue=20, manpower=200,
                    unrest=40, fervour=30),
            _region("tangier", "coast", 35.7, ["sebou", "ghomara"], city="Tangier", fortress=1, port=True,
                    revenue=40, manpower=200, garrison=500, unrest=50, fervour=40),
            _region("ghomara", "mountains", 35.1, ["sebou", "tangier"], owner="berber", manpower=400, fervour=60),
            _region("algeciras", "coast", 36.1, ["galicia"], city="Algeciras", port=True, population="mixed",
                    revenue=20, manpower=100, garrison=200),
            _region("galicia", "hills", 42.5, ["algeciras", "asturias"], owner="berber", manpower=100),
            _region("asturias", "mountains", 43.3, ["galicia"], owner="asturias", population="christian"),
            _region("damascus", "desert", 33.5, ["kairouan"], owner="umayyad", offmap=True, population="arab"),
        ],
        "sea_links": [{"id": "strait", "name": "Strait of Gibraltar", "a": "tangier", "b": "algeciras"}],
        "leaders": [
            {"id": "kulthum", "name": "Kulthum", "side": "umayyad", "faction": "syrian_junds", "command": 3,
             "siegecraft": 2, "successor": "balj"},
            {"id": "balj", "name": "Balj", "side": "umayyad", "faction": "syrian_junds", "command": 3,
             "successor": "thalaba"},
            {"id": "thalaba", "name": "Tha'laba", "side": "umayyad", "faction": "syrian_junds", "active": False},
            {"id": "maysara", "name": "Maysara", "side": "berber", "command": 3, "charisma": 4},
        ],
        "armies": [
            {"id": "syrians", "name": "Syrian army", "side": "umayyad", "faction": "syrian_junds",
             "region": "kairouan", "leader": "kulthum", "cavalry": 6000, "infantry": 4000},
            {"id": "ifriqiyans", "name": "Ifriqiyan army", "side": "umayyad", "faction": "ifriqiyan_arabs",
             "region": "kairouan", "infantry": 3000},
            {"id": "berber_host", "name": "Berber host", "side": "berber", "faction": "sufrites",
             "region": "ghomara", "leader": "maysara", "light": 8000, "infantry": 1000},
        ],
        "reinforcements": [
            {"month": "740-03", "army": {"id": "egyptians", "name": "Egyptians", "side": "umayyad",
                                         "region": "damascus", "cavalry": 2000, "infantry": 2000}},
        ],
        "events": [
            {"id": "tangier_falls", "title": "Tangier falls", "narration": "The Berbers hold Tangier.",
             "trigger": {"kind": "owner", "region": "tangier", "side": "berber"},
             "effects": [{"kind": "set_flag", "flag": "tangier_lost"}]},
            {"id": "caliph_council", "title": "The caliph's council", "chooser": "umayyad",
             "trigger": {"kind": "date", "month": "740-02"},
             "choices": [
                 {"id": "send_syrians", "label": "Send the Syrians", "historical": True, "ai_weight": 1,
                  "effects": [{"kind": "add_treasury", "side": "umayyad", "amount": 100}]},
                 {"id": "negotiate", "label": "Negotiate", "ai_weight": 5,
                  "effects": [{"kind": "add_unrest", "regions": ["tangier"], "amount": -20}]},
             ]},
            {"id": "chronicle", "title": "A chronicler writes", "historical_only": True,
             "trigger": {"kind": "date", "month": "740-01"},
             "effects": [{"kind": "narrate", "text": "So it began."}]},
        ],
        "victory": {
            "umayyad": {"key_regions": [{"region": "kairouan", "points": 20}, {"region": "tangier", "points": 10}]},
            "berber": {"key_regions": [{"region": "tangier", "points": 10}, {"region": "sebou", "points": 10},
                                       {"region": "ghomara", "points": 5}]},
            "decisive_margin": 20,
            "marginal_margin": 8,
            "sudden_death": [{"id": "kairouan_falls", "side": "berber",
                              "trigger": {"kind": "owner", "region": "kairouan", "side": "berber"}}],
        },
        "timeline": [
            {"month": "740-01", "battles": [
                {"id": "battle_of_the_nobles", "name": "Battle of the Nobles", "region": "sebou",
                 "winner": "berber", "losses": {"umayyad": 5000, "berber": 500}, "leaders_killed": ["kulthum"]}]},
        ],
    }


def scenario_from(data: dict[str, Any]) -> Scenario:
    return Scenario.model_validate(data)


def campaign_scenario() -> Scenario:
    """The real 740 scenario if it exists and loads, else the tiny one (random-game tests run on either)."""
    if REAL_SCENARIO.exists():
        try:
            from game.scenario.loader import load_scenario

            return load_scenario(REAL_SCENARIO)
        except Exception:  # noqa: BLE001 - a broken scenario is the scenario tests' business, not ours
            pass
    return scenario_from(tiny_data())

