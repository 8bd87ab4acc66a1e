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


def test_map_yardsticks_belong_to_the_tables_they_were_built_for(scenario, monkeypatch):
    """A later scenario allocated where a freed one lived gets its own distances, not the old map's. Address
    reuse is simulated by making every object report the same id."""
    from game.ai import situation
    from game.engine.tables import tables_for

    doc = scenario.model_dump()
    for link in doc["sea_links"]:
        link["months"] += 3  # every crossing three months longer
    slow = type(scenario).model_validate(doc)
    monkeypatch.setattr(situation, "id", lambda _obj: 1, raising=False)
    fast_tables, slow_tables = tables_for(scenario), tables_for(slow)
    fast, far = situation.distances(fast_tables, "tangier"), situation.distances(slow_tables, "tangier")
    assert far["algeciras"] == fast["algeciras"] + 3
