"""Battles: troop types against terrain, casualties, retreat or destruction, leaders and their successors,
and the historical pins."""

from __future__ import annotations

from game.engine.context import Context
from game.engine.rng import Rng
from game.engine.rules.battle import fight, resolve_battles, strength
from game.engine.state import ArmyState


def _ctx(game):
    return Context(game.tables, game.historical)


def test_cavalry_is_strong_on_plains_and_weak_in_mountains(tiny_game) -> None:
    horse = [ArmyState("h", "umayyad", [], "sebou", cavalry=1000, morale=70)]
    ctx = _ctx(tiny_game)
    assert strength(tiny_game.state, ctx, "sebou", horse, False) > strength(tiny_game.state, ctx, "ghomara", horse,
                                                                            False)


def test_light_troops_are_strong_in_mountains(tiny_game) -> None:
    light = [ArmyState("l", "berber", [], "sebou", light=1000, morale=70)]
    ctx = _ctx(tiny_game)
    assert strength(tiny_game.state, ctx, "ghomara", light, False) > strength(tiny_game.state, ctx, "sebou", light,
                                                                              False)


def test_mixed_faction_stacks_fight_worse(tiny_game) -> None:
    ctx = _ctx(tiny_game)
    one = [ArmyState("a", "umayyad", ["syrian_junds"], "sebou", infantry=1000),
           ArmyState("b", "umayyad", ["syrian_junds"], "sebou", infantry=1000)]
    mixed = [ArmyState("a", "umayyad", ["syrian_junds"], "sebou", infantry=1000),
             ArmyState("b", "umayyad", ["ifriqiyan_arabs"], "sebou", infantry=1000)]
    assert strength(tiny_game.state, ctx, "sebou", mixed, False) < strength(tiny_game.state, ctx, "sebou", one, False)


def test_battle_kills_men_and_the_loser_leaves_the_field(tiny_game) -> None:
    state = tiny_game.state
    state.armies["berber_host"].region = "sebou"
    state.armies["syrians"].region = "sebou"
    before = state.armies["berber_host"].men + state.armies["syrians"].men
    events = resolve_battles(state, _ctx(tiny_game), Rng(5))
    battle = next(e for e in events if e.kind == "BattleFought")
    after = sum(a.men for a in state.armies.values() if a.id in ("berber_host", "syrians"))
    assert after == before + battle.men_change < before
    sides_left = {a.side for a in state.armies.values() if a.region == "sebou"}
    assert sides_left == {battle.winner}
    assert state.battles == [[0, battle.winner, "sebou"]]


def test_beaten_army_without_a_way_out_is_destroyed(tiny_game) -> None:
    state = tiny_game.state
    # A tiny Berber band caught in Kairouan: every neighbour is Umayyad or off-map.
    state.armies["berber_host"].region = "kairouan"
    state.armies["berber_host"].light, state.armies["berber_host"].infantry = 100, 0
    events = resolve_battles(state, _ctx(tiny_game), Rng(1))
    assert "berber_host" not in state.armies
    assert any(e.kind == "ArmyDestroyed" and e.army == "berber_host" for e in events)


def test_a_leader_whose_army_is_destroyed_rides_to_the_nearest_leaderless_army(tiny_game) -> None:
    from game.engine.state import ArmyState

    state = tiny_game.state
    host = state.armies["berber_host"]
    host.region, host.light, host.infantry = "kairouan", 100, 0  # doomed, with Maysara at its head
    state.armies["far_band"] = ArmyState("far_band", "berber", [], "galicia", light=500)
    state.armies["near_band"] = ArmyState("near_band", "berber", [], "sebou", light=500)
    events = resolve_battles(state, _ctx(tiny_game), Rng(1))
    assert "berber_host" not in state.armies
    assert state.leaders["maysara"].status == "active"  # he survives with these dice
    assert state.armies["near_band"].leader == "maysara" and state.armies["far_band"].leader == ""
    assert any(e.kind == "LeaderActivated" and e.army == "near_band" for e in events)


def test_battle_pin_fixes_the_result_in_historical_mode(make_game) -> None:
    game = make_game(historical=True)
    state = game.state
    state.armies["syrians"].region = "sebou"
    state.armies["berber_host"].region = "sebou"
    state.armies["berber_host"].light = 100  # hopeless odds: only the pin can make the Berbers win
    events = fight(state, _ctx(game), Rng(1), "sebou", "umayyad", "berber")
    battle = events[0]
    assert battle.winner == "berber" and battle.pinned == "battle_of_the_nobles"
    assert battle.losses["umayyad"] == 5000
    assert state.leaders["kulthum"].status == "dead"
    assert state.armies["syrians"].leader == "balj"  # the designated successor takes over


def test_without_historical_mode_the_pin_is_ignored(make_game) -> None:
    game = make_game()
    state = game.state
    state.armies["syrians"].region = "sebou"
    state.armies["berber_host"].region = "sebou"
    state.armies["berber_host"].light, state.armies["berber_host"].infantry = 100, 0
    events = fight(state, _ctx(game), Rng(1), "sebou", "umayyad", "berber")
    assert events[0].winner == "umayyad" and events[0].pinned == ""


def test_battle_with_sides_that_keep_no_tally_does_not_fail(tiny_game) -> None:
    """Neutral or Asturian armies have no SideState: a battle involving them still resolves, and only
    the sides that keep counts are charged."""
    state = tiny_game.state
    for other in ("neutral", "asturias"):
        state.sides.pop(other, None)
        state.armies = {"band": ArmyState("band", other, [], "sebou", light=800, morale=60),
                        "syrians": ArmyState("syrians", "umayyad", ["syrian_junds"], "sebou", cavalry=1500,
                                             morale=70)}
        assert other not in state.sides
        killed = state.sides["umayyad"].killed
        events = fight(state, _ctx(tiny_game), Rng(3), "sebou", other, "umayyad")
        battle = next(e for e in events if e.kind == "BattleFought")
        assert state.sides["umayyad"].killed == killed + battle.losses[other]
        assert other not in state.sides
