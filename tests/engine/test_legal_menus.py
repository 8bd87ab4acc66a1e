"""The per-army and administrative menus the random player samples from agree with the side's whole menu,
and the per-state memo of legal_commands is emptied by every change made through the facade."""

from __future__ import annotations

from game.ai import make_player
from game.engine import Game

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
