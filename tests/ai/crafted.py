"""Small hand-made scenarios for AI tests, built as plain data and validated by the scenario models.

A five-region plain: `west` - `middle` - `east` in a line, with `north` and `south` both bordering `middle`
(and each other), so armies can be placed to test preaching, gathering before battle and event choices.
"""

from __future__ import annotations

import copy
from typing import Any

from game.scenario.models import Scenario

NEIGHBORS = {
    "west": ["middle"],
    "middle": ["west", "east", "north", "south"],
    "east": ["middle"],
    "north": ["middle", "south"],
    "south": ["middle", "north"],
}


def region(rid: str, owner: str, **extra: Any) -> dict[str, Any]:
    data = {"id": rid, "name": rid.title(), "lat": 35.0, "lon": 0.0, "terrain": "plain", "owner": owner,
            "population": "berber", "revenue": 10, "manpower": 100, "neighbors": NEIGHBORS[rid]}
    data.update(extra)
    return data


def army(aid: str, side: str, where: str, **men: int) -> dict[str, Any]:
    return {"id": aid, "name": aid, "side": side, "region": where, **men}


def base_data() -> dict[str, Any]:
    return {
        "metadata": {"id": "ai_test", "title": "AI test", "start": "740-03", "end": "740-12"},
        "sides": [
            {"id": "umayyad", "name": "Umayyads", "treasury": 500, "manpower": 2000},
            {"id": "berber", "name": "Berbers", "treasury": 100, "manpower": 2000},
            {"id": "asturias", "name": "Asturias", "playable": False},
            {"id": "neutral", "name": "Neutral", "playable": False},
        ],
        "regions": [
            region("west", "berber"),
            region("middle", "umayyad", garrison=0, unrest=50, fervour=40),
            region("east", "umayyad", fortress=2, garrison=1000, population="arab"),
            region("north", "umayyad"),
            region("south", "umayyad"),
        ],
        "armies": [],
        "victory": {
            "umayyad": {"key_regions": [{"region": "east", "points": 10}, {"region": "middle", "points": 5}]},
            "berber": {"key_regions": [{"region": "middle", "points": 5}, {"region": "west", "points": 5}]},
        },
    }


def build(change: Any = None) -> Scenario:
    data = copy.deepcopy(base_data())
    if change is not None:
        change(data)
    return Scenario.model_validate(data)
