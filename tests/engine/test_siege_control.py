"""Sieges, assaults, and who holds a region after the fighting."""

from __future__ import annotations

from game.engine import Assault, Besiege
from game.engine.context import Context
from game.engine.rng import Rng
from game.engine.rules.control import resolve_control
from game.engine.rules.siege import resolve_sieges
from game.engine.state import Plan


def test_besiege_needs_an_enemy_walled_town(tiny_game) -> None:
    assert tiny_game.check(Besiege("berber", "berber_host")).code == "nothing_to_besiege"
    tiny_game.state.armies["berber_host"].region = "tangier"
    assert tiny_game.check(Besiege("berber", "berber_host")) is None


def test_siege_starves_the_garrison_and_the_town_falls(tiny_game) -> None:
    state = tiny_game.state
    state.armies["berber_host"].region = "tangier"
    state.plans["berber_host"] = Plan("besiege", "tangier")
    ctx = Context(tiny_game.tables)
    rng = Rng(3)
    events = resolve_sieges(state, ctx, rng)
    assert [e.kind for e in events][:1] == ["SiegeBegan"] and state.regions["tangier"].siege_by == "berber"
    state.plans.clear()
    for _ in range(24):
        events += resolve_sieges(state, ctx, rng)
        if state.regions["tangier"].owner == "berber":
            break
    assert state.regions["tangier"].owner == "berber"
    fell = [e for e in events if e.kind == "CityFell"]
    assert fell and fell[0].how == "siege" and fell[0].men_change < 0


def test_a_long_siege_starves_the_garrison(tiny_game) -> None:
    state = tiny_game.state
    state.armies["berber_host"].region = "kairouan"  # great walls: it will hold for months
    state.regions["kairouan"].siege_by = "berber"
    ctx, rng = Context(tiny_game.tables), Rng(4)
    events = []
    for _ in range(3):
        events += resolve_sieges(state, ctx, rng)
    starved = [e for e in events if e.kind == "SiegeContinued" and e.men_change < 0]
    assert [e.months for e in starved] == [3] and starved[0].men_change == -200  # a tenth of 2000 in month 3


def test_siege_lifts_when_the_besiegers_leave(tiny_game) -> None:
    state = tiny_game.state
    state.regions["tangier"].siege_by, state.regions["tangier"].siege_months = "berber", 2
    events = resolve_sieges(state, Context(tiny_game.tables), Rng(1))
    assert events[-1].kind == "SiegeLifted" and state.regions["tangier"].siege_by == ""


def test_assault_with_overwhelming_numbers_takes_the_town_at_a_price(tiny_game) -> None:
    state = tiny_game.state
    host = state.armies["berber_host"]
    host.region = "tangier"
    host.infantry = 20000
    before = host.men
    assert tiny_game.check(Assault("berber", "berber_host")) is None
    state.plans["berber_host"] = Plan("assault", "tangier")
    events = resolve_sieges(state, Context(tiny_game.tables), Rng(1))
    assert events[0].kind == "CityFell" and events[0].how == "assault"
    assert state.regions["tangier"].owner == "berber" and state.regions["tangier"].garrison == 0
    assert host.men < before


def test_assault_against_great_walls_fails_and_bleeds(tiny_game) -> None:
    state = tiny_game.state
    host = state.armies["berber_host"]
    host.region = "kairouan"
    state.armies["syrians"].region = state.armies["ifriqiyans"].region = "tlemcen"
    state.plans["berber_host"] = Plan("assault", "kairouan")
    before = host.men
    events = resolve_sieges(state, Context(tiny_game.tables), Rng(1))
    assert events[0].kind == "AssaultFailed"
    assert state.regions["kairouan"].owner == "umayyad" and host.men < before
    assert events[0].men_change == -(before - host.men) - (2000 - state.regions["kairouan"].garrison)


def test_an_army_alone_takes_an_ungarrisoned_region(tiny_game) -> None:
    state = tiny_game.state
    state.armies["berber_host"].region = "sebou"
    events = resolve_control(state, Context(tiny_game.tables), Rng(1))
    assert state.regions["sebou"].owner == "berber"
    assert events[0].kind == "RegionTaken" and events[0].previous == "umayyad"


def test_an_open_town_garrison_is_overrun_by_a_large_army(make_game) -> None:
    def garrison_sebou(data):
        next(r for r in data["regions"] if r["id"] == "sebou")["garrison"] = 1000

    game = make_game(garrison_sebou)
    state = game.state
    state.armies["berber_host"].region = "sebou"  # 9000 men >= 3 x 1000
    events = resolve_control(state, Context(game.tables), Rng(1))
    assert state.regions["sebou"].owner == "berber" and state.regions["sebou"].garrison == 0
    assert events[0].men_change == -1000


def test_a_small_army_skirmishes_with_an_open_town_garrison(make_game) -> None:
    def garrison_sebou(data):
        next(r for r in data["regions"] if r["id"] == "sebou")["garrison"] = 4000

    game = make_game(garrison_sebou)
    state = game.state
    host = state.armies["berber_host"]
    host.region = "sebou"  # 9000 men < 3 x 4000
    events = resolve_control(state, Context(game.tables), Rng(1))
    assert [e.kind for e in events] == ["GarrisonSkirmished"]
    assert state.regions["sebou"].garrison == 4000 - 9000 // 4 and host.men == 9000 - 1000
    assert events[0].men_change == -(2250 + 1000) and state.regions["sebou"].owner == "umayyad"


def test_walled_towns_are_not_taken_by_walking_in(tiny_game) -> None:
    state = tiny_game.state
    state.armies["berber_host"].region = "tangier"
    resolve_control(state, Context(tiny_game.tables), Rng(1))
    assert state.regions["tangier"].owner == "umayyad"


def test_off_map_nodes_never_change_hands(tiny_game) -> None:
    state = tiny_game.state
    state.armies["berber_host"].region = "damascus"
    resolve_control(state, Context(tiny_game.tables), Rng(1))
    assert state.regions["damascus"].owner == "umayyad"
