"""Fixtures for the historical replay: the shipped 740 scenario loaded by the real loader, and its replay
(played once per test session; tests must not mutate it)."""

from __future__ import annotations

from pathlib import Path

import pytest

SCENARIO_PATH = Path(__file__).resolve().parents[2] / "scenarios" / "berber_revolt_740.yaml"


@pytest.fixture(scope="session")
def scenario():
    from game.scenario import load_scenario

    return load_scenario(SCENARIO_PATH)


@pytest.fixture(scope="session")
def replay(scenario):
    from game.replay import Replay

    return Replay(scenario)


@pytest.fixture(scope="session")
def result(replay):
    return replay.run()
