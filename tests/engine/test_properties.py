"""Properties over random legal command sequences (hypothesis) and full random games.

Men are conserved except where an event says otherwise; no army stands in two places or lacks a region;
leaders lead at most one army; hashes are reproducible; clones are independent; a save/load round trip in
the middle of a game changes nothing; rejected commands leave the hash unchanged.
"""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.ai import make_player
from game.engine import Game, MoveArmy, Rejected
from game.engine.events import men_change

from .tiny import campaign_scenario, scenario_from, tiny_data

TINY = scenario_from(tiny_data())
SIDES = ("umayyad", "berber")


def men_under_arms(game: Game) -> int:
    state = game.state
    return sum(a.men for a in state.armies.values()) + sum(r.garrison for r in state.regions.values())


def check_invariants(game: Game) -> None:
    state = game.state
    leaders_seen: set[str] = set()
    for aid, army in state.armies.items():
        assert army.id == aid and army.region in state.regions
        assert min(army.cavalry, army.infantry, army.light) >= 0 and army.men > 0
        assert 0 <= army.morale <= 100 and 0 <= army.supply <= 100 and army.at_sea >= 0
        if army.leader:
            assert army.leader not in leaders_seen, f"{army.leader} leads two armies"
            leaders_seen.add(army.leader)
            assert state.leaders[army.leader].status == "active"
    for region in state.regions.values():
        assert 0 <= region.unrest <= 100 and 0 <= region.fervour <= 100 and region.garrison >= 0
    for side in state.sides.values():
        assert side.treasury >= 0 and side.manpower >= 0
    assert set(state.plans) <= set(state.armies)


def play_script(game: Game, draws: list[int], check: bool = True) -> None:
    """Each draw either ends the month (1 in 6) or gives a legal command of the side whose turn it is."""
    for i, draw in enumerate(draws):
        if game.is_over():
            return
        before = men_under_arms(game)
        if draw % 6 == 0:
            events = game.end_turn()
        else:
            commands = game.legal_commands(SIDES[i % 2])
            if not commands:
                continue
            events = game.submit(commands[draw % len(commands)])
        if check:
            assert men_under_arms(game) - before == men_change(events), [e for e in events if e.kind]
            check_invariants(game)


scripts = st.lists(st.integers(min_value=0, max_value=10_000), min_size=5, max_size=80)
fast = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@fast
@given(seed=st.integers(0, 2**32), draws=scripts)
def test_random_sequences_conserve_men_and_keep_invariants(seed: int, draws: list[int]) -> None:
    game = Game.new(TINY, seed)
    play_script(game, draws)
    for side in SIDES:
        assert [cmd for cmd in game.legal_commands(side) if game.check(cmd) is not None] == []


@fast
@given(seed=st.integers(0, 2**32), draws=scripts)
def test_same_seed_and_commands_give_the_same_hash(seed: int, draws: list[int]) -> None:
    a, b = Game.new(TINY, seed), Game.new(TINY, seed)
    play_script(a, draws, check=False)
    play_script(b, draws, check=False)
    assert a.state_hash() == b.state_hash() and a.log.month_hashes == b.log.month_hashes


@fast
@given(seed=st.integers(0, 2**32), first=scripts, second=scripts)
def test_save_load_continue_equals_never_saving(seed: int, first: list[int], second: list[int]) -> None:
    game = Game.new(TINY, seed)
    play_script(game, first, check=False)
    restored = Game.from_json(TINY, game.to_json())
    assert restored.state_hash() == game.state_hash()
    play_script(game, second, check=False)
    play_script(restored, second, check=False)
    assert restored.state_hash() == game.state_hash()


@fast
@given(seed=st.integers(0, 2**32), first=scripts, second=scripts)
def test_clone_is_independent_of_its_original(seed: int, first: list[int], second: list[int]) -> None:
    game = Game.new(TINY, seed)
    play_script(game, first, check=False)
    frozen = game.state_hash()
    twin = game.clone()
    play_script(twin, second, check=False)
    assert game.state_hash() == frozen


@fast
@given(seed=st.integers(0, 2**32), draws=scripts,
       target=st.sampled_from(sorted(r["id"] for r in tiny_data()["regions"])))
def test_rejected_commands_leave_the_hash_unchanged(seed: int, draws: list[int], target: str) -> None:
    game = Game.new(TINY, seed)
    play_script(game, draws, check=False)
    for army in sorted(game.state.armies):
        for side in SIDES:
            cmd = MoveArmy(side, army, target)
            if game.check(cmd) is not None:
                before = game.state_hash()
                with pytest.raises(Rejected):
                    game.submit(cmd)
                assert game.state_hash() == before


@pytest.mark.parametrize("seed", [1, 2])
def test_random_players_finish_the_campaign(seed: int) -> None:
    scenario = campaign_scenario()
    game = Game.new(scenario, seed)
    players = {side: make_player("random", side, seed) for side in SIDES}
    while not game.is_over():
        before = men_under_arms(game)
        events = []
        if game.turn % 5 == 0:  # the menu never lists an order the rules refuse
            for side in SIDES:
                assert [cmd for cmd in game.legal_commands(side) if game.check(cmd) is not None] == []
        for side in SIDES:
            log_size = len(game.log.events)
            players[side].play_turn(game, side)
            events += [e for _m, e in game.log.events[log_size:]]
        events += game.end_turn()
        assert men_under_arms(game) - before == men_change(events)
        check_invariants(game)
    outcome = game.outcome()
    assert outcome.final and outcome.level in ("decisive", "marginal", "draw")
    assert len(game.log.month_hashes) == game.turn
    kinds = {e.kind for _m, e in game.log.events}
    assert {"ArmyMoved", "BattleFought", "RevenueCollected", "MonthBegan", "GameEnded"} <= kinds
    for _month, event in game.log.events:  # every event is plain data a transcript can print
        assert json.loads(json.dumps(event.to_dict()))["kind"] == event.kind


def test_a_game_finished_with_orders_in_its_last_month_round_trips() -> None:
    game = Game.new(TINY, 0)
    play_script(game, [0] * 11 + [1, 0], check=False)  # orders in the final month, then the war ends
    assert game.is_over() and any(e.month == game.state.month for e in game.log.entries)
    restored = Game.from_json(TINY, game.to_json())
    assert restored.state_hash() == game.state_hash() and restored.log.entries == game.log.entries
