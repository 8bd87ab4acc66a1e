"""Unrest, preaching and revolt; Asturian opportunism."""

from __future__ import annotations

from game.engine import Preach
from game.engine.context import Context
from game.engine.rng import Rng
from game.engine.rules.asturias import asturian_opportunism
from game.engine.rules.unrest import monthly_unrest, revolt, unrest_and_revolt


def test_high_taxes_anger_berber_lands_more_than_arab_ones(tiny_game) -> None:
    state, ctx = tiny_game.state, Context(tiny_game.tables)
    state.sides["umayyad"].tax_policy = "high"
    high_sebou = monthly_unrest(state, ctx, "sebou")
    state.sides["umayyad"].tax_policy = "low"
    low_sebou = monthly_unrest(state, ctx, "sebou")
    assert high_sebou > low_sebou
    state.sides["umayyad"].tax_policy = "high"
    assert high_sebou > monthly_unrest(state, ctx, "kairouan")


def test_garrisons_calm_unrest(tiny_game) -> None:
    state, ctx = tiny_game.state, Context(tiny_game.tables)
    calm = monthly_unrest(state, ctx, "sebou")
    state.regions["sebou"].garrison = 3000
    assert monthly_unrest(state, ctx, "sebou") == calm - 3


def test_unrest_past_the_threshold_turns_the_region_berber_and_raises_a_levy(tiny_game) -> None:
    state, ctx = tiny_game.state, Context(tiny_game.tables)
    state.regions["sebou"].unrest = 95
    events = unrest_and_revolt(state, ctx, Rng(1))
    revolt_event = next(e for e in events if e.kind == "RegionRevolted")
    assert state.regions["sebou"].owner == "berber"
    levy = state.armies[revolt_event.levy]
    assert levy.side == "berber" and levy.light == revolt_event.men_change > 0
    assert state.regions["tlemcen"].unrest >= 30 + 10 - 5  # spread to the neighbours (minus the month's calm)


def test_a_strong_walled_garrison_keeps_its_town_and_is_besieged(tiny_game) -> None:
    state, ctx = tiny_game.state, Context(tiny_game.tables)
    state.regions["tangier"].garrison = 5000
    events = revolt(state, ctx, "tangier")
    assert state.regions["tangier"].owner == "umayyad"
    assert state.regions["tangier"].siege_by == "berber" and events[0].levy in state.armies


def test_preaching_is_berber_only_limited_and_raises_fervour(tiny_game) -> None:
    assert tiny_game.check(Preach("umayyad", "sebou")).code == "not_berber"
    assert tiny_game.check(Preach("berber", "kairouan")).code == "out_of_reach"
    tiny_game.submit(Preach("berber", "sebou"))
    assert tiny_game.check(Preach("berber", "sebou")).code == "already_preaching"
    tiny_game.submit(Preach("berber", "tangier"))
    assert tiny_game.check(Preach("berber", "ghomara")).code == "preach_limit"
    fervour = tiny_game.state.regions["sebou"].fervour
    events = tiny_game.end_turn()
    assert any(e.kind == "Preached" and e.region == "sebou" for e in events)
    assert tiny_game.state.regions["sebou"].fervour > fervour


def test_asturians_take_empty_berber_lands_in_the_north_west(tiny_game) -> None:
    state, ctx = tiny_game.state, Context(tiny_game.tables)
    rng = Rng(1)
    for _ in range(60):
        asturian_opportunism(state, ctx, rng)
    assert state.regions["galicia"].owner == "asturias"
    assert state.regions["algeciras"].owner == "umayyad"  # garrisoned and south of latitude 40


def test_asturians_leave_garrisoned_regions_alone(tiny_game) -> None:
    state, ctx = tiny_game.state, Context(tiny_game.tables)
    state.regions["galicia"].garrison = 100
    rng = Rng(1)
    for _ in range(60):
        assert asturian_opportunism(state, ctx, rng) == []
