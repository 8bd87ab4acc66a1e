"""The facade: rejections leave the state untouched, undo, clone, serialisation, views, legal commands."""

from __future__ import annotations

import pytest

from game.engine import (
    ChooseOption,
    Game,
    Garrison,
    MergeArmies,
    MoveArmy,
    Recruit,
    Rejected,
    SetTaxPolicy,
    SplitArmy,
    command_to_json,
)

from .tiny import scenario_from, tiny_data


def test_illegal_command_is_rejected_with_a_readable_reason_and_no_change(tiny_game) -> None:
    before = tiny_game.state_hash()
    bad = MoveArmy("berber", "syrians", "sebou")
    rejection = tiny_game.check(bad)
    assert rejection.code == "not_yours" and "does not obey" in rejection.message
    with pytest.raises(Rejected) as caught:
        tiny_game.submit(bad)
    assert caught.value.rejection == rejection
    assert tiny_game.state_hash() == before and tiny_game.log.entries == []


def test_malformed_commands_are_rejected_not_raised(tiny_game) -> None:
    assert tiny_game.check(Garrison("umayyad", "syrians", "many")).code in ("bad_number", "bad_command")
    assert tiny_game.check(SplitArmy("umayyad", "syrians", "Bad Id", 0, 10, 0)).code == "bad_id"
    assert tiny_game.check(object()).code == "unknown_command"


def test_administrative_orders_apply_at_once(tiny_game) -> None:
    state = tiny_game.state
    tiny_game.submit(Garrison("umayyad", "syrians", 1000))
    assert state.regions["kairouan"].garrison == 3000 and state.armies["syrians"].men == 9000
    tiny_game.submit(SplitArmy("umayyad", "syrians", "vanguard", 1000, 0, 0, "kulthum"))
    assert state.armies["vanguard"].leader == "kulthum" and state.armies["syrians"].leader == ""
    tiny_game.submit(MergeArmies("umayyad", "ifriqiyans", "vanguard"))
    assert "ifriqiyans" not in state.armies and state.armies["vanguard"].factions == ["ifriqiyan_arabs",
                                                                                      "syrian_junds"]
    tiny_game.submit(SetTaxPolicy("umayyad", "high"))
    assert state.sides["umayyad"].tax_policy == "high"


def test_recruit_costs_gold_and_manpower(tiny_game) -> None:
    ss = tiny_game.state.sides["umayyad"]
    events = tiny_game.submit(Recruit("umayyad", "kairouan", cavalry=500, infantry=1000))
    assert ss.treasury == 500 - 60 and ss.manpower == 5000 - 1500
    assert events[0].army == "ifriqiyans" and tiny_game.state.armies["ifriqiyans"].men == 4500  # first army there
    events = tiny_game.submit(Recruit("umayyad", "tlemcen", infantry=1000))
    assert tiny_game.state.armies[events[0].army].men == 1000 and events[0].army.startswith("umayyad_army_")
    assert tiny_game.check(Recruit("umayyad", "kairouan", light=100)).code == "no_light"
    assert tiny_game.check(Recruit("umayyad", "kairouan", infantry=150)).code == "bad_number"
    assert tiny_game.check(Recruit("umayyad", "kairouan", infantry=9000)).code == "no_manpower"
    assert tiny_game.check(Recruit("berber", "ghomara", light=2000)) is None  # fervour 60: tribal levy
    tiny_game.submit(Recruit("berber", "ghomara", light=2000))
    assert tiny_game.state.sides["berber"].treasury == 200 - 2000 * 30 // 1000 // 2  # half price where fervent


def test_undo_takes_back_only_the_sides_last_order(tiny_game) -> None:
    start = tiny_game.state_hash()
    tiny_game.submit(SetTaxPolicy("umayyad", "high"))
    after_tax = tiny_game.state_hash()
    tiny_game.submit(MoveArmy("berber", "berber_host", "sebou"))
    tiny_game.submit(Garrison("umayyad", "syrians", 500))
    assert tiny_game.undo("umayyad")
    assert tiny_game.state.regions["kairouan"].garrison == 2000
    assert tiny_game.state.plans["berber_host"].target == "sebou"
    assert tiny_game.undo("berber") and tiny_game.state_hash() == after_tax
    assert tiny_game.undo("umayyad") and tiny_game.state_hash() == start
    assert not tiny_game.undo("umayyad")


def test_clone_is_independent(tiny_game) -> None:
    twin = tiny_game.clone()
    twin.submit(MoveArmy("umayyad", "syrians", "tlemcen"))
    twin.end_turn()
    assert tiny_game.state.armies["syrians"].region == "kairouan" and tiny_game.turn == 0
    tiny_game.submit(MoveArmy("umayyad", "syrians", "tlemcen"))
    tiny_game.end_turn()
    assert tiny_game.state_hash() == twin.state_hash()


def test_json_round_trip_keeps_the_hash_and_this_months_orders(tiny_game, tiny_scenario) -> None:
    tiny_game.end_turn()
    tiny_game.submit(SetTaxPolicy("umayyad", "low"))
    tiny_game.submit(MoveArmy("berber", "berber_host", "sebou"))
    copy = Game.from_json(tiny_scenario, tiny_game.to_json())
    assert copy.state_hash() == tiny_game.state_hash()
    assert copy.undo("umayyad") and copy.state.sides["umayyad"].tax_policy == "normal"
    assert [command_to_json(e.command) for e in copy.log.entries] == [
        command_to_json(MoveArmy("berber", "berber_host", "sebou"))]


def test_view_hides_what_a_side_cannot_see(tiny_game) -> None:
    tiny_game.submit(MoveArmy("umayyad", "syrians", "tlemcen"))
    view = tiny_game.view_for("berber")
    assert "syrians" not in view.armies  # Kairouan is beyond the Berbers' sight
    assert view.plans == {} and view.own.treasury == 200
    assert view.regions["kairouan"].garrison == 0
    umayyad = tiny_game.view_for("umayyad")
    # Ghomara borders Umayyad Sebou
    assert umayyad.plans["syrians"].target == "tlemcen" and "berber_host" in umayyad.armies
    tiny_game.state.armies["berber_host"].light = 8049
    assert tiny_game.view_for("umayyad").armies["berber_host"].light == 8000  # rounded to the hundred
    with pytest.raises(ValueError, match="not a side"):
        tiny_game.view_for("franks")


def test_every_listed_legal_command_is_accepted(tiny_game) -> None:
    for side in ("umayyad", "berber"):
        commands = tiny_game.legal_commands(side)
        kinds = {type(c).__name__ for c in commands}
        assert {"MoveArmy", "Garrison", "SplitArmy", "Recruit", "SetTaxPolicy"} <= kinds
        for cmd in commands:
            assert tiny_game.check(cmd) is None, cmd
    assert tiny_game.legal_commands("asturias") == []


def test_legal_commands_for_one_army(tiny_game) -> None:
    mine = tiny_game.legal_commands("umayyad", army="syrians")
    assert mine and all(getattr(cmd, "army", None) == "syrians" for cmd in mine)
    assert {type(cmd).__name__ for cmd in mine} >= {"MoveArmy", "Garrison", "SplitArmy", "MergeArmies"}
    assert tiny_game.legal_commands("umayyad", army="berber_host") == []


def _tribute_council_game() -> Game:
    """A tiny game at 740-03 whose Umayyad choice 'negotiate' pays the penniless Berbers a tribute: a Berber
    levy is affordable only after that choice."""
    data = tiny_data()
    next(s for s in data["sides"] if s["id"] == "berber")["treasury"] = 0
    council = next(e for e in data["events"] if e["id"] == "caliph_council")
    council["choices"][1]["effects"].append({"kind": "add_treasury", "side": "berber", "amount": 1000})
    game = Game.new(scenario_from(data), seed=1)
    game.end_turn()
    game.end_turn()
    return game


def test_undo_withdraws_an_order_that_needed_the_one_taken_back() -> None:
    game = _tribute_council_game()
    levy = Recruit("berber", "ghomara", light=8000)
    assert game.check(levy).code == "no_gold"
    start = game.state_hash()
    game.submit(ChooseOption("umayyad", "caliph_council", "negotiate"))
    game.submit(levy)
    game.submit(MoveArmy("umayyad", "syrians", "tlemcen"))
    assert game.undo("umayyad") and game.undo("umayyad")  # the move, then the choice that paid the tribute
    assert game.state_hash() == start  # the levy paid with the tribute went with it
    assert game.log.entries == [] and not game.undo("berber")


def test_clone_for_keeps_only_what_the_side_knows(tiny_game) -> None:
    tiny_game.submit(MoveArmy("umayyad", "syrians", "tlemcen"))
    tiny_game.submit(SetTaxPolicy("umayyad", "high"))
    tiny_game.submit(MoveArmy("berber", "berber_host", "sebou"))
    before = tiny_game.state_hash()
    sim = tiny_game.clone_for("berber", dice=5)
    assert tiny_game.state_hash() == before  # the real game is untouched
    assert set(sim.state.armies) == {"berber_host"}  # the Umayyads in Kairouan are out of the Berbers' sight
    assert sim.state.sides["umayyad"].tax_policy == "normal" and "syrians" not in sim.state.plans
    assert sim.state.plans["berber_host"].target == "sebou"  # its own orders stand
    assert sim.state.rng != tiny_game.state.rng
    assert sim.clone_for("berber", dice=5).state_hash() == tiny_game.clone_for("berber", dice=5).state_hash()
    sim.end_turn()  # and the clone plays on
    assert sim.state.armies["berber_host"].region == "sebou"
