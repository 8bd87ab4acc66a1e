"""Same seeds, same game: the AI draws only from its own seeded stream (hard_fixed never looks at the clock)."""

from __future__ import annotations

import pytest

from game.ai import make_player
from game.ai.hard import HardPlayer

from .conftest import play


@pytest.mark.parametrize("level", ["easy", "normal"])
def test_level_is_deterministic_for_a_seed(scenario, level):
    hashes = set()
    for _ in range(2):
        game = play(scenario, make_player(level, "umayyad", 5), make_player(level, "berber", 6), seed=9)
        hashes.add(game.state_hash())
    assert len(hashes) == 1


def test_hard_without_clock_is_deterministic(scenario):
    hashes = set()
    for _ in range(2):
        umayyad = HardPlayer("umayyad", 5, budget=None, max_rollouts=3, depth=1)
        game = play(scenario, umayyad, make_player("normal", "berber", 6), seed=9, months=3)
        hashes.add(game.state_hash())
    assert len(hashes) == 1


def test_hard_fixed_is_registered_without_a_clock():
    player = make_player("hard_fixed", "berber", 1)
    assert isinstance(player, HardPlayer) and player.budget is None
