"""Movement: points by troop mix, costs by terrain and season, contact stops, off-map steps, sea crossings."""

from __future__ import annotations

import pytest

from game.engine import Embark, MoveArmy, Rejected
from game.engine.context import Context
from game.engine.rng import Rng
from game.engine.rules.movement import entry_cost, movement_points, resolve_movement
from game.engine.state import ArmyState, Plan


def test_movement_points_set_by_the_slowest_troops() -> None:
    assert movement_points(ArmyState("a", "umayyad", [], "x", cavalry=10)) == 5
    assert movement_points(ArmyState("a", "berber", [], "x", light=10)) == 4
    assert movement_points(ArmyState("a", "umayyad", [], "x", cavalry=10, infantry=1)) == 3


def test_mountains_cost_more_in_winter_and_deserts_in_summer(tiny_game) -> None:
    tables = tiny_game.tables
    assert entry_cost(tables, "ghomara", 0) == 5  # January, mountains
    assert entry_cost(tables, "ghomara", 3) == 3  # April
    assert entry_cost(tables, "damascus", 6) == 4  # July, desert
    assert entry_cost(tables, "sebou", 6) == 1


def test_reachable_respects_points_and_stops_at_enemy_garrisons(tiny_game) -> None:
    reach = tiny_game.reachable("berber_host")  # 3 points from Ghomara: Sebou (1), Tangier (1), Tlemcen (1+2)
    assert reach == {"sebou": 1, "tangier": 1, "tlemcen": 3}
    # Tangier holds an Umayyad garrison: the route cannot pass through it (Ghomara -> Tangier only).
    assert "kairouan" not in reach


def test_offmap_steps_take_the_whole_month(tiny_game) -> None:
    reach = tiny_game.reachable("syrians")
    assert reach["damascus"] == movement_points(tiny_game.state.armies["syrians"])
    assert "damascus" not in tiny_game.reachable("berber_host")


def test_move_plan_resolves_at_month_end(tiny_game) -> None:
    tiny_game.submit(MoveArmy("umayyad", "syrians", "tlemcen"))
    assert tiny_game.state.armies["syrians"].region == "kairouan"  # a plan, not yet a march
    events = tiny_game.end_turn()
    assert tiny_game.state.armies["syrians"].region == "tlemcen"
    assert any(e.kind == "ArmyMoved" and e.army == "syrians" for e in events)


def test_armies_stop_on_contact(make_game) -> None:
    game = make_game()
    state = game.state
    # A Berber army in Sebou blocks the Umayyad march from Tlemcen to Tangier's side.
    state.armies["syrians"].region = "tlemcen"
    state.armies["berber_host"].region = "sebou"
    state.plans.clear()
    state.plans["syrians"] = Plan("move", "ghomara", ["sebou", "ghomara"])
    resolve_movement(state, Context(game.tables), Rng(1))
    assert state.armies["syrians"].region == "sebou"


def test_embark_needs_a_held_port_and_crosses_the_strait(make_game) -> None:
    game = make_game()
    assert game.check(Embark("umayyad", "syrians", "strait")).code == "not_at_port"
    game.state.armies["syrians"].region = "tangier"
    assert game.check(Embark("umayyad", "syrians", "strait")) is None
    game.submit(Embark("umayyad", "syrians", "strait"))
    events = game.end_turn()
    assert game.state.armies["syrians"].region == "algeciras"
    assert [e.kind for e in events[:2]] == ["ArmyEmbarked", "ArmyLanded"]
    game.state.regions["tangier"].owner = "berber"
    game.state.armies["ifriqiyans"].region = "tangier"
    assert game.check(Embark("umayyad", "ifriqiyans", "strait")).code == "no_port"


def _at_tangier(game, side: str, army: str):
    """Put `army` in Tangier, a port held by its side."""
    game.state.regions["tangier"].owner = side
    game.state.armies[army].region = "tangier"
    return game


def _umayyad_ships(data) -> None:
    data["sea_links"][0]["sides"] = ["umayyad"]


def test_a_side_without_ships_cannot_embark_and_is_not_offered_the_crossing(make_game) -> None:
    game = _at_tangier(make_game(_umayyad_ships), "berber", "berber_host")
    before = game.state_hash()
    bad = Embark("berber", "berber_host", "strait")
    rejection = game.check(bad)
    assert rejection.code == "no_ships"
    assert rejection.message == "The Berbers have no ships for the Strait of Gibraltar."
    with pytest.raises(Rejected) as caught:
        game.submit(bad)
    assert caught.value.rejection == rejection
    assert game.state_hash() == before and game.log.entries == []
    assert not [cmd for cmd in game.legal_commands("berber") if isinstance(cmd, Embark)]


def test_the_side_with_the_ships_embarks(make_game) -> None:
    game = _at_tangier(make_game(_umayyad_ships), "umayyad", "syrians")
    cmd = Embark("umayyad", "syrians", "strait")
    assert game.check(cmd) is None and cmd in game.legal_commands("umayyad")
    game.submit(cmd)
    game.end_turn()
    assert game.state.armies["syrians"].region == "algeciras"


def test_an_empty_sides_list_lets_any_side_sail(make_game) -> None:
    game = _at_tangier(make_game(), "berber", "berber_host")
    assert game.tables.links["strait"].sides == []
    cmd = Embark("berber", "berber_host", "strait")
    assert game.check(cmd) is None and cmd in game.legal_commands("berber")
