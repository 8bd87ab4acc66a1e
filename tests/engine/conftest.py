"""Fixtures for engine tests: games on the tiny scenario of tiny.py."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest

from game.engine import Game
from game.scenario.models import Scenario

from .tiny import scenario_from, tiny_data


@pytest.fixture
def tiny_scenario() -> Scenario:
    return scenario_from(tiny_data())


@pytest.fixture
def tiny_game(tiny_scenario: Scenario) -> Game:
    return Game.new(tiny_scenario, seed=1)


@pytest.fixture
def make_game() -> Callable[..., Game]:
    """Build a game from a modified copy of the tiny scenario: make_game(lambda d: ..., seed=1)."""

    def build(change: Callable[[dict[str, Any]], None] | None = None, seed: int = 1,
              historical: bool = False) -> Game:
        data = copy.deepcopy(tiny_data())
        if change is not None:
            change(data)
        return Game.new(scenario_from(data), seed=seed, historical=historical)

    return build
