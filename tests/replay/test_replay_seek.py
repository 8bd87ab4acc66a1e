"""`Replay.game_at(month)`: the cached historical game at the start of a month equals replaying to it."""

from __future__ import annotations

import pytest


def _replayed_to(scenario, month):
    """A fresh historical game driven month by month by the controller up to the start of `month`."""
    from game.ai.historical import HistoricalController
    from game.engine.game import Game
    from game.replay import DEFAULT_SEED

    game = Game.new(scenario, seed=DEFAULT_SEED, historical=True)
    controller = HistoricalController(scenario)
    while game.month != month:
        controller.play_month(game)
        game.end_turn()
    return game


@pytest.mark.parametrize("month", ["740-01", "740-10", "741-10", "742-03", "742-12", "743-12"])
def test_game_at_equals_replaying_to_that_month(scenario, replay, month):
    assert replay.game_at(month).state_hash() == _replayed_to(scenario, month).state_hash()


def test_game_at_starts_the_named_month(replay):
    assert replay.game_at("742-02").month == "742-02"


def test_game_at_returns_an_independent_copy(replay):
    first = replay.game_at("741-06")
    before = first.state_hash()
    first.end_turn()
    assert replay.game_at("741-06").state_hash() == before


def test_game_at_outside_the_scenario_is_refused(replay):
    with pytest.raises(ValueError):
        replay.game_at("739-12")
    with pytest.raises(ValueError):
        replay.game_at("745-01")


def test_game_at_works_before_run(scenario):
    from game.replay import Replay

    fresh = Replay(scenario)
    assert fresh.game_at("740-05").state_hash() == _replayed_to(scenario, "740-05").state_hash()


def test_replay_bookmarks_are_reachable(scenario, replay):
    assert len(scenario.bookmarks) >= 3
    for bookmark in scenario.bookmarks:
        assert replay.game_at(bookmark.month).month == bookmark.month
