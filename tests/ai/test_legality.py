"""Every level gives only legal orders, through the public API alone, over whole games."""

from __future__ import annotations

import pytest

from game.ai import make_player
from game.ai.hard import HardPlayer
from game.engine import Game

from .conftest import PublicGame


def _play_public(scenario, players, seed, months=999):
    game = Game.new(scenario, seed)
    given = 0
    for _ in range(months):
        if game.is_over():
            break
        for side, player in players.items():
            public = PublicGame(game)
            player.play_turn(public, side)  # raises Rejected on an illegal order, AttributeError on a peek
            given += len(public.submitted)
        game.end_turn()
    return game, given


@pytest.mark.parametrize("umayyad,berber", [("easy", "normal"), ("normal", "easy"), ("normal", "normal")])
def test_levels_give_only_legal_orders_over_full_games(scenario, umayyad, berber):
    for seed in (1, 2):
        players = {"umayyad": make_player(umayyad, "umayyad", seed), "berber": make_player(berber, "berber", seed)}
        game, given = _play_public(scenario, players, seed)
        assert game.is_over()
        assert given > 20  # they did play


def test_hard_gives_only_legal_orders(scenario):
    players = {"umayyad": HardPlayer("umayyad", 3, budget=None, max_rollouts=4, depth=1),
               "berber": HardPlayer("berber", 4, budget=None, max_rollouts=4, depth=1)}
    _game, given = _play_public(scenario, players, seed=3, months=4)
    assert given > 0
