"""Supply and attrition, revenue and upkeep, and the friction meter."""

from __future__ import annotations

from game.engine.context import Context
from game.engine.rng import Rng
from game.engine.rules.control import resolve_control
from game.engine.rules.economy import UNPAID_MORALE, economy, income, upkeep
from game.engine.rules.friction import update_friction
from game.engine.rules.supply import is_supplied, supply_and_attrition


def test_armies_are_supplied_at_home_and_starve_deep_in_enemy_land(make_game) -> None:
    def far(data):
        next(r for r in data["regions"] if r["id"] == "kairouan")["owner"] = "berber"

    game = make_game(far)
    state, ctx = game.state, Context(game.tables)
    syrians = state.armies["syrians"]  # Kairouan now Berber; neighbours Tlemcen (Umayyad): still supplied
    assert is_supplied(state, ctx, syrians)
    state.regions["tlemcen"].owner = "berber"
    state.regions["damascus"].owner = "berber"
    assert not is_supplied(state, ctx, syrians)
    before = syrians.men
    for _ in range(4):
        supply_and_attrition(state, ctx, Rng(1))
    assert syrians.supply == 0
    events = supply_and_attrition(state, ctx, Rng(1))
    hunger = [e for e in events if e.army == "syrians" and e.cause == "hunger"]
    assert hunger and syrians.men < before and hunger[0].men_change < 0


def test_berber_tribes_feed_berber_armies(tiny_game) -> None:
    state, ctx = tiny_game.state, Context(tiny_game.tables)
    host = state.armies["berber_host"]
    host.region = "tangier"  # Umayyad-held, Berber population
    state.regions["ghomara"].owner = "umayyad"
    assert is_supplied(state, ctx, host)


def test_mountains_in_winter_cost_men_whatever_the_supply(tiny_game) -> None:
    state, ctx = tiny_game.state, Context(tiny_game.tables)  # January
    host = state.armies["berber_host"]
    before = host.men
    events = supply_and_attrition(state, ctx, Rng(1))
    assert any(e.army == "berber_host" and "mountains" in e.cause for e in events)
    assert host.men == before * 96 // 100 or host.men == before - before * 4 // 100


def test_high_taxes_bring_more_gold_than_low(tiny_game) -> None:
    state, ctx = tiny_game.state, Context(tiny_game.tables)
    state.sides["umayyad"].tax_policy = "low"
    low, _ = income(state, ctx, "umayyad")
    state.sides["umayyad"].tax_policy = "high"
    high, _ = income(state, ctx, "umayyad")
    assert high > low > 0


def test_unpaid_troops_lose_morale(tiny_game) -> None:
    state, ctx = tiny_game.state, Context(tiny_game.tables)
    state.sides["umayyad"].treasury = 0
    for region in state.regions.values():
        if region.owner == "umayyad":
            region.unrest = 100
    state.armies["syrians"].infantry = 400_000
    morale = state.armies["syrians"].morale
    events = economy(state, ctx, Rng(1))
    umayyad = next(e for e in events if e.side == "umayyad")
    assert umayyad.unpaid and state.sides["umayyad"].treasury == 0
    assert state.armies["syrians"].morale == morale - UNPAID_MORALE > 0


def test_friction_grows_with_mixed_stacks_and_raises_flags(tiny_game) -> None:
    state, ctx = tiny_game.state, Context(tiny_game.tables)
    # Syrians and Ifriqiyans stand together in Kairouan at the start.
    for _ in range(17):
        update_friction(state, ctx, Rng(1))
    assert state.friction == 51 and state.flags["friction_high"] and not state.flags["friction_critical"]
    state.armies["ifriqiyans"].region = "tlemcen"
    update_friction(state, ctx, Rng(1))
    assert state.friction == 50


def test_berber_light_troops_draw_no_pay(tiny_game) -> None:
    state, ctx = tiny_game.state, Context(tiny_game.tables)
    # Berbers: 1000 infantry in the host (8000 light are free); Umayyads: 13000 men + 3000 in garrisons.
    assert upkeep(state, ctx, "berber") == 1000 * 4 // 1000
    assert upkeep(state, ctx, "umayyad") == (13000 + 2000 + 300 + 500 + 200) * 4 // 1000


def test_unpaid_tribesmen_keep_their_morale(tiny_game) -> None:
    from game.engine.state import ArmyState

    state, ctx = tiny_game.state, Context(tiny_game.tables)
    host = state.armies["berber_host"]
    host.infantry = 0  # light troops only
    state.armies["regulars"] = ArmyState("regulars", "berber", [], "galicia", infantry=5000, morale=70)
    state.sides["berber"].treasury = 0
    state.regions["ghomara"].owner = state.regions["galicia"].owner = "umayyad"  # no revenue at all
    morale = host.morale
    events = economy(state, ctx, Rng(1))
    assert next(e for e in events if e.side == "berber").unpaid
    assert host.morale == morale and state.armies["regulars"].morale == 70 - UNPAID_MORALE


def test_taking_a_region_by_arms_pays_plunder(tiny_game) -> None:
    state, ctx = tiny_game.state, Context(tiny_game.tables)
    state.armies["berber_host"].region = "sebou"  # revenue 20
    treasury = state.sides["berber"].treasury
    events = resolve_control(state, ctx, Rng(1))
    assert events[0].plunder == 40 and state.sides["berber"].treasury == treasury + 40


def test_armies_at_home_regain_morale_faster_under_a_charismatic_leader(tiny_game) -> None:
    state, ctx = tiny_game.state, Context(tiny_game.tables)
    state.month = 3  # April: no mountain winter
    host, ifriqiyans = state.armies["berber_host"], state.armies["ifriqiyans"]
    host.morale = ifriqiyans.morale = 50
    supply_and_attrition(state, ctx, Rng(1))
    assert host.morale == 50 + 5 + 4  # Maysara's charisma is 4
    assert ifriqiyans.morale == 55  # no leader
