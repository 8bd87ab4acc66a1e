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



class _Scripted(HardPlayer):
    """A search whose rollouts score plan k as k and count the rollouts each plan got (no game is played)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.tried: dict[int, int] = {}

    def rollout(self, game, side, plan, world):
        self.tried[plan[0]] = self.tried.get(plan[0], 0) + 1
        return float(plan[0])


def test_hard_gives_every_candidate_three_rollouts_before_dropping_any():
    player = _Scripted("umayyad", 2, budget=None, max_rollouts=100)
    best = player.search(None, "umayyad", [[k] for k in range(4)])
    assert best == [3]
    assert player.tried == {0: 3, 1: 3, 2: 6, 3: 6}  # the worse half goes after three rounds, then again
    assert player.rollouts_done == 18
