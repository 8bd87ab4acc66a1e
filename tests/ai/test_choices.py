"""AI players answer the event choices waiting for their side, reading the choices as a player would."""

from __future__ import annotations

import pytest

from game.ai import make_player
from game.engine import Game

from .crafted import build


def _with_choice(data):
    data["events"] = [{
        "id": "council", "title": "The council", "trigger": {"kind": "date", "month": "740-03"},
        "chooser": "berber",
        "choices": [
            {"id": "wait", "label": "Wait", "ai_weight": 50},
            {"id": "rally", "label": "Rally the tribes", "ai_weight": 50,
             "effects": [{"kind": "add_manpower", "side": "berber", "amount": 5000}]},
        ],
    }]
    data["armies"] = [{"id": "host", "name": "Host", "side": "berber", "region": "west", "light": 2000}]


@pytest.mark.parametrize("level", ["easy", "normal", "hard_fixed"])
def test_player_answers_a_pending_choice(level):
    game = Game.new(build(_with_choice), seed=1)
    game.end_turn()
    assert game.view_for("berber").pending == ["council"]
    make_player(level, "berber", 1).play_turn(game, "berber")
    assert game.view_for("berber").pending == []


def test_normal_prefers_the_choice_whose_effects_help_it():
    game = Game.new(build(_with_choice), seed=1)
    game.end_turn()
    assert make_player("normal", "berber", 1).choose(game, "berber", "council") == "rally"
