"""Scenario files: typed YAML in, a frozen `Scenario` out, or a `ScenarioError` listing every problem.

Public API (pinned by tests/scenario/test_public_api.py):
    load_scenario(path) / load_scenario_id(id) -> Scenario     raise ScenarioError
    ScenarioError.problems -> list[Problem(file, line, column, key_path, message, hint)]
    scenario_hash(scenario) -> str                              sha256 of the canonical JSON
    discover_scenarios() -> list[ScenarioInfo]                  shipped scenarios, shipped and player mods
    user_mods_dir() -> Path                                     where a player drops mods
Importing this package is cheap; YAML and pydantic load on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from game.scenario.errors import Problem, ScenarioError

if TYPE_CHECKING:
    from game.scenario.discovery import ScenarioInfo, discover_scenarios, user_mods_dir
    from game.scenario.hashing import scenario_hash
    from game.scenario.loader import load_scenario, load_scenario_id

__all__ = [
    "Problem",
    "ScenarioError",
    "ScenarioInfo",
    "discover_scenarios",
    "load_scenario",
    "load_scenario_id",
    "scenario_hash",
    "user_mods_dir",
]

_LAZY = {
    "load_scenario": "game.scenario.loader",
    "load_scenario_id": "game.scenario.loader",
    "scenario_hash": "game.scenario.hashing",
    "discover_scenarios": "game.scenario.discovery",
    "ScenarioInfo": "game.scenario.discovery",
    "user_mods_dir": "game.scenario.discovery",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'game.scenario' has no attribute {name!r}")
