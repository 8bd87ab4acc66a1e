"""`berber-revolt simulate`: reproducible results, JSON output, saves, and clear errors."""

from __future__ import annotations

import json

import pytest
import yaml

from game.cli import main
from game.saves import load_save
from game.scenario.loader import load_scenario

from .tiny import tiny_data


@pytest.fixture
def tiny_yaml(tmp_path):
    path = tmp_path / "tiny.yaml"
    path.write_text(yaml.safe_dump(tiny_data(), sort_keys=False), encoding="utf-8")
    return path


def _simulate(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["simulate", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_simulate_json_is_reproducible(capsys, tiny_yaml) -> None:
    args = ("--games", "3", "--seed", "11", "--scenario", str(tiny_yaml), "--json")
    code, first, _ = _simulate(capsys, *args)
    assert code == 0
    again = _simulate(capsys, *args)[1]
    data = json.loads(first)
    assert [g["seed"] for g in data["games"]] == [11, 12, 13]
    assert {"seed", "winner", "level", "turns", "state_hash", "umayyad", "berber"} <= set(data["games"][0])
    assert data["summary"]["games"] == 3 and data["games"][0]["turns"] <= 12
    assert [g["state_hash"] for g in json.loads(again)["games"]] == [g["state_hash"] for g in data["games"]]


def test_simulate_plain_table_and_saves(capsys, tiny_yaml, tmp_path) -> None:
    saves = tmp_path / "saves"
    code, out, _ = _simulate(capsys, "--games", "2", "--scenario", str(tiny_yaml), "--save-dir", str(saves))
    assert code == 0 and out.splitlines()[0].split()[:3] == ["seed", "winner", "level"]
    files = sorted(saves.iterdir())
    assert len(files) == 2
    loaded = load_save(files[0], load_scenario(tiny_yaml))
    assert loaded.replayed and loaded.game.is_over()
    assert loaded.game.state_hash()[:16] in out


def test_simulate_refuses_unknown_players_and_bad_scenarios(capsys, tmp_path) -> None:
    code, _, err = _simulate(capsys, "--games", "1", "--berber", "oracle")
    assert code == 2 and "unknown berber player 'oracle'" in err and "Traceback" not in err
    broken = tmp_path / "broken.yaml"
    broken.write_text("metadata: [unclosed\n", encoding="utf-8")
    code, out, err = _simulate(capsys, "--games", "1", "--scenario", str(broken))
    assert code == 1 and "broken.yaml" in out + err and "Traceback" not in out + err


def test_simulate_reports_a_crashing_player_without_a_traceback(capsys, tiny_yaml, monkeypatch) -> None:
    from game.ai import random_player

    def explode(self, game, side):
        raise RuntimeError("the dice fell off the table")

    monkeypatch.setattr(random_player.RandomPlayer, "play_turn", explode)
    code, out, err = _simulate(capsys, "--games", "1", "--scenario", str(tiny_yaml))
    assert code == 2 and "the dice fell off the table" in err and "Traceback" not in out + err
