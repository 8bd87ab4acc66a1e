"""The per-army and administrative menus the random player samples from agree with the side's whole menu,
and the facade's memo of computations on regions and armies is never stale: plan-only orders leave regions
and armies alone, garrisons, splits, merges and recruits into an army prune what they touch, and every other
change empties it."""

from __future__ import annotations

from game.ai import make_player
from game.engine import Game
from game.engine.commands import Garrison, Recruit
from game.engine.legal import _camps, _fresh_id, legal_commands
from game.engine.orders import PLAN_ONLY
from game.engine.rules.movement import blocked_regions, routes

from .tiny import campaign_scenario

SIDES = ("umayyad", "berber")


def _menus_agree(game: Game, side: str) -> None:
    whole = game.legal_commands(side)
    armies = sorted(a.id for a in game.state.armies.values() if a.side == side and not a.at_sea)
    parts = [cmd for aid in armies for cmd in game.legal_commands(side, army=aid)] + game.admin_commands(side)
    assert parts == whole
    assert [cmd for cmd in parts if game.check(cmd) is not None] == []


def test_per_army_and_admin_menus_make_up_the_whole_menu_month_after_month() -> None:
    game = Game.new(campaign_scenario(), 3)
    players = {side: make_player("random", side, 3) for side in SIDES}
    while not game.is_over():
        for side in SIDES:
            _menus_agree(game, side)
            players[side].play_turn(game, side)
            _menus_agree(game, side)  # after the player's orders: the memo must not be stale
        game.end_turn()
    assert game.admin_commands("berber") == [] and game.legal_commands("berber") == []


class _Watched(Game):
    """A game that, after every order, compares its memoised menus and routes with fresh ones."""

    __slots__ = ()

    def submit(self, cmd):  # type: ignore[no-untyped-def]
        before = (self.state.to_dict()["regions"], self.state.to_dict()["armies"])
        events = super().submit(cmd)
        if isinstance(cmd, PLAN_ONLY):
            assert (self.state.to_dict()["regions"], self.state.to_dict()["armies"]) == before
        _memo_is_fresh(self)
        for side in SIDES:
            assert self.legal_commands(side) == legal_commands(self.state, self.tables, side)
            for army in self.state.armies.values():
                if army.side == side and not army.at_sea:
                    fresh = legal_commands(self.state, self.tables, side, army.id)
                    assert self.legal_commands(side, army=army.id) == fresh
        return events


def test_memoised_menus_equal_fresh_ones_after_every_order() -> None:
    game = _Watched.new(campaign_scenario(), 5)
    players = {side: make_player("random", side, 5) for side in SIDES}
    while not game.is_over():
        for side in SIDES:
            players[side].play_turn(game, side)
        game.end_turn()


def _memo_is_fresh(game: Game) -> None:
    """Every entry the layout memo holds equals a fresh computation."""
    for (kind, key), value in game._layout_memo().items():
        if kind == "routes":
            assert key in game.state.armies and value == routes(game.state, game.tables, game.state.armies[key])
        elif kind == "camps":
            assert value == _camps(game.state, key, None)
        elif kind == "fresh":
            assert value == _fresh_id(game.state, key)
        else:
            assert value == blocked_regions(game.state, key)


def test_memo_is_fresh_after_a_whole_army_garrisons_and_recruits_join_armies() -> None:
    game = _Watched.new(campaign_scenario(), 7)
    for side in SIDES:
        game.legal_commands(side)  # fill the memo
        held = [a for a in sorted(game.state.armies.values(), key=lambda a: a.id)
                if a.side == side and not a.at_sea and game.state.regions[a.region].owner == side]
        for army in held:
            recruits = [cmd for cmd in game.admin_commands(side)
                        if isinstance(cmd, Recruit) and cmd.region == army.region]
            if recruits:
                game.submit(recruits[0])  # joins the army standing there
                assert army.id in game.state.armies
        whole = Garrison(side, held[0].id, game.state.armies[held[0].id].men)
        game.legal_commands(side)
        game.submit(whole)  # the army goes into the garrison and is disbanded
        assert held[0].id not in game.state.armies
