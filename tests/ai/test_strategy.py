"""The normal level's side strategies on crafted boards: preaching spreads the revolt, columns gather before
giving battle, and normal beats the random baseline."""

from __future__ import annotations

from game.ai import make_player
from game.engine import Game

from .conftest import play
from .crafted import build


def test_normal_berber_preaches_a_boiling_region_into_revolt():
    def boiling(data):
        data["regions"][1].update(unrest=72, fervour=40)  # `middle`, next to Berber-held `west`
        data["armies"] = [{"id": "host", "name": "Host", "side": "berber", "region": "west", "light": 3000}]

    game = Game.new(build(boiling), seed=1)
    make_player("normal", "berber", 1).play_turn(game, "berber")
    assert "middle" in game.view_for("berber").preaching
    game.end_turn()
    assert game.view_for("berber").regions["middle"].owner == "berber"


def _two_columns(data):
    data["regions"][1].update(owner="berber", unrest=0, fervour=0)  # the Berber host holds `middle`
    data["armies"] = [
        {"id": "host", "name": "Host", "side": "berber", "region": "middle", "infantry": 8000},
        {"id": "first", "name": "First", "side": "umayyad", "region": "north", "infantry": 6000},
        {"id": "second", "name": "Second", "side": "umayyad", "region": "south", "infantry": 5000},
    ]


def test_normal_umayyad_gathers_its_columns_before_attacking():
    game = Game.new(build(_two_columns), seed=1)
    player = make_player("normal", "umayyad", 1)
    player.play_turn(game, "umayyad")
    plans = game.view_for("umayyad").plans
    assert all(p.target != "middle" for p in plans.values())  # neither column attacks alone
    assert plans["second"].target == "north"  # the smaller one joins the larger
    game.end_turn()
    player.play_turn(game, "umayyad")
    state = game.state
    umayyads = [a for a in state.armies.values() if a.side == "umayyad"]
    assert len(umayyads) == 1 and umayyads[0].men >= 10000  # merged into one army...
    assert state.plans[umayyads[0].id].target == "middle"  # ...which now attacks


def test_normal_beats_random_in_most_games(scenario):
    wins = 0
    for seed in range(5):
        for side in ("umayyad", "berber"):
            other = "berber" if side == "umayyad" else "umayyad"
            players = {side: make_player("normal", side, seed), other: make_player("random", other, seed)}
            game = play(scenario, players["umayyad"], players["berber"], seed)
            wins += game.outcome().winner == side
    assert wins >= 8
