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


def test_determinize_survives_an_undo_whose_redo_is_refused(scenario):
    from game.ai.hard import determinize
    from game.engine import Rejected
    from game.engine.commands import Rejection

    game = Game.new(scenario, 2)

    class Twin:
        """A clone whose undo raises the engine's refusal mid-redo, as one did in a 200-game run."""

        def __init__(self, real):
            self.real = real
            self.state = real.state

        def undo(self, side):
            raise Rejected(Rejection("not_held", "You can only garrison a region you hold."))

        def view_for(self, side):
            return self.real.view_for(side)

    class Source:
        def clone(self):
            return Twin(game.clone())

    sim = determinize(Source(), "berber", 7)
    assert all(a.side == "berber" or a.id in game.view_for("berber").armies for a in sim.state.armies.values())
