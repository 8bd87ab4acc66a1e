"""The engine's shortcuts agree with the long way round, over whole random games: phases in KEEP_MEN never leave
an army to sweep, `preaching_reach` is the set of regions `can_preach_in` accepts, cached routes equal a fresh
search, no trigger holds before its earliest month, and the month's start kept as text is what undo, clones
and saves come back to."""

from __future__ import annotations

from game.ai import make_player
from game.engine import Game, turn
from game.engine.armies import sweep_empty
from game.engine.orders.policy import can_preach_in, preaching_reach
from game.engine.rules.movement import _search, blocked_regions, movement_points, routes
from game.engine.state import GameState
from game.engine.triggers import earliest_month, holds

from .tiny import campaign_scenario

SIDES = ("umayyad", "berber")


def _games(seeds: range):
    for seed in seeds:
        game = Game.new(campaign_scenario(), seed)
        players = {side: make_player("random", side, seed) for side in SIDES}
        while not game.is_over():
            for side in SIDES:
                players[side].play_turn(game, side)
            yield game
            game.end_turn()


def test_phases_that_keep_men_leave_nothing_to_sweep(monkeypatch) -> None:
    def checked(name, phase):
        def run(state, ctx, rng):
            events = phase(state, ctx, rng)
            if name in turn.KEEP_MEN:
                assert sweep_empty(state.copy()) == [], name
            return events
        return name, run

    monkeypatch.setattr(turn, "PHASES", tuple(checked(name, phase) for name, phase in turn.PHASES))
    assert {name for name, _ in turn.PHASES} >= turn.KEEP_MEN
    for _game in _games(range(3)):
        pass


def test_preaching_reach_is_where_preachers_can_go() -> None:
    for game in _games(range(2)):
        state, tables = game.state, game.tables
        assert preaching_reach(state, tables) == {r for r in tables.region_ids if can_preach_in(state, tables, r)}


def test_undo_and_saves_restore_the_month_start_kept_by_end_turn() -> None:
    """After an end_turn the month's start is the copy it kept for the month's hash, shared with clones:
    undoing every order, a clone's undo and a mid-month save all come back to it."""
    seen = 0
    for game in _games(range(2)):
        if not game.log.month_hashes or not game.log.entries or game.log.entries[-1].month != game.state.month:
            continue
        start = game.log.month_hashes[-1]
        restored = Game.from_json(game.scenario, game.to_json())
        assert restored.state_hash() == game.state_hash()
        twin = game.clone()
        while twin.undo("umayyad") or twin.undo("berber"):
            pass
        assert twin.state_hash() == start
        seen += 1
    assert seen > 10


def test_cached_routes_equal_a_fresh_search() -> None:
    """The route cache (open routes, then searches keyed by the blocked regions an army could march on from)
    gives what a search under every blocked region gives."""
    for game in _games(range(3)):
        state, tables = game.state, game.tables
        for army in state.armies.values():
            points = movement_points(army)
            if army.at_sea or points == 0:
                continue
            blocked = blocked_regions(state, army.side)
            fresh = _search(state, tables, army.region, army.side, points, blocked)
            assert routes(state, tables, army, blocked) == fresh


def test_no_trigger_holds_before_its_earliest_month() -> None:
    for game in _games(range(2)):
        for event in game.tables.scenario.events:
            if game.state.month < earliest_month(event.trigger, game.tables):
                assert not holds(event.trigger, game.state, game.tables), event.id


def test_the_month_start_kept_by_end_turn_equals_a_copy() -> None:
    game = Game.new(campaign_scenario(), 4)
    players = {side: make_player("random", side, 4) for side in SIDES}
    for _month in range(6):
        expected = game.state.copy()
        for side in SIDES:
            players[side].play_turn(game, side)
        if game.log.month_hashes:  # the first month's start is copied at its first order; later ones end_turn kept
            rebuilt = game._start_state()
            assert rebuilt == expected
            assert all(list(getattr(rebuilt, n)) == list(getattr(expected, n))
                       for n in GameState.__slots__ if isinstance(getattr(expected, n), dict))
        game.end_turn()


def test_month_hashes_read_later_equal_hashes_taken_at_each_month_end() -> None:
    """The hashes end_turn defers are those of the state as it was then, not as it is when read; a clone's
    reading does not change the original's."""
    game = Game.new(campaign_scenario(), 5)
    players = {side: make_player("random", side, 5) for side in SIDES}
    taken = []
    for _month in range(8):
        for side in SIDES:
            players[side].play_turn(game, side)
        game.end_turn()
        taken.append(game.state_hash())
    twin = game.clone()
    assert list(twin.log.month_hashes) == taken
    assert game.log.month_hashes == taken and game.log.month_hashes[2:4] == taken[2:4]
    assert len(set(taken)) == len(taken)  # each month really changed the state
