"""Fixtures for AI tests: the real 740 scenario (loaded once) and a game wrapper exposing only the public API."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from game.engine import Game

SCENARIO = Path(__file__).resolve().parents[2] / "scenarios" / "berber_revolt_740.yaml"
PUBLIC = ("legal_commands", "check", "submit", "undo", "reachable", "view_for", "clone", "clone_for", "outcome",
          "state_hash", "is_over", "scenario", "tables", "month", "turn")


class PublicGame:
    """A game an AI may only talk to through the documented API: reading `state` or `log` raises, and every
    submitted command is recorded (the engine's own submit still raises Rejected on an illegal one)."""

    def __init__(self, game: Game) -> None:
        object.__setattr__(self, "_game", game)
        object.__setattr__(self, "submitted", [])

    def __getattr__(self, name: str) -> Any:
        if name not in PUBLIC:
            raise AttributeError(f"an AI must not use Game.{name}")
        return getattr(self._game, name)

    def submit(self, cmd: Any) -> Any:
        self.submitted.append(cmd)
        return self._game.submit(cmd)


@pytest.fixture(scope="session")
def scenario() -> Any:
    from game.scenario.loader import load_scenario

    return load_scenario(SCENARIO)


def play(scenario: Any, umayyad: Any, berber: Any, seed: int, months: int = 999) -> Game:
    """Play up to `months` months (or to the end) with two players; returns the finished game."""
    game = Game.new(scenario, seed)
    players = {"umayyad": umayyad, "berber": berber}
    for _ in range(months):
        if game.is_over():
            break
        for side, player in players.items():
            player.play_turn(game, side)
        game.end_turn()
    return game
