"""A scenario's fingerprint: saves record it so a replay knows it runs on the same data."""

from __future__ import annotations

import hashlib
import json

from game.scenario.models import Scenario


def canonical_json(scenario: Scenario) -> str:
    """Sorted keys, no spaces, UTF-8 text: the same model always gives the same bytes."""
    return json.dumps(scenario.model_dump(mode="json"), sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def scenario_hash(scenario: Scenario) -> str:
    """sha256 (hex) of the canonical JSON of the resolved scenario (mods included)."""
    return hashlib.sha256(canonical_json(scenario).encode("utf-8")).hexdigest()
