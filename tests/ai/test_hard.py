"""The search level keeps to its rollout cap and its time budget."""

from __future__ import annotations

from game.ai.hard import HardPlayer
from game.engine import Game


def test_hard_respects_its_rollout_cap(scenario):
    game = Game.new(scenario, 2)
    player = HardPlayer("umayyad", 2, budget=None, max_rollouts=5, depth=1)
    player.play_turn(game, "umayyad")
    assert 0 < player.rollouts_done <= 5


def test_hard_stops_when_its_budget_is_spent(scenario):
    game = Game.new(scenario, 2)
    player = HardPlayer("berber", 2, budget=0.0, max_rollouts=50, depth=2)
    player.play_turn(game, "berber")
    assert player.rollouts_done <= 1
    assert game.view_for("berber").plans  # it still gives normal's plan
