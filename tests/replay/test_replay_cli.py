"""`berber-revolt replay`: narration, the JSON document, exit codes, and no tracebacks."""

from __future__ import annotations

import json
import sys

from game.cli import main
from tests.replay.conftest import SCENARIO_PATH


def test_replay_cli_json_shape(capsys):
    code = main(["replay", "--headless", "--json"])
    out = capsys.readouterr().out
    assert code == 0
    doc = json.loads(out)
    assert set(doc) >= {"turns", "checkpoints"}
    assert set(doc["checkpoints"]) == {"passed", "failed"}
    assert doc["checkpoints"]["failed"] == [] and doc["checkpoints"]["passed"]
    assert len(doc["turns"]) == 48
    for turn in doc["turns"]:
        assert set(turn) >= {"date", "events", "battles", "control"}
        for event in turn["events"]:
            assert set(event) == {"id", "title"}
        for battle in turn["battles"]:
            assert set(battle) == {"id", "name", "region", "attacker", "defender", "winner", "losses",
                                   "leaders_killed"}
            assert all(isinstance(v, int) for v in battle["losses"].values())
    bagdoura = [b for t in doc["turns"] for b in t["battles"] if b["id"] == "battle_of_bagdoura"]
    assert bagdoura and bagdoura[0]["winner"] == "berber"
    assert {"kulthum", "habib"} <= set(bagdoura[0]["leaders_killed"])


def test_replay_cli_plain_text_when_piped(capsys):
    code = main(["replay", "--headless", "--scenario", str(SCENARIO_PATH)])
    out = capsys.readouterr().out
    assert code == 0
    assert "== 741-10 ==" in out
    assert "The Battle of Bagdoura" in out
    assert "\x1b[" not in out  # no terminal colours in a pipe


def test_replay_cli_failed_checkpoint_exits_1_and_lists_it(tmp_path, capsys):
    text = SCENARIO_PATH.read_text(encoding="utf-8")
    target = "owners: {tangier: berber, tlemcen: berber, sebou_fez: berber"
    assert text.count(target) == 1
    broken = tmp_path / "berber_revolt_740.yaml"
    broken.write_text(text.replace(target, target.replace("tangier: berber", "tangier: umayyad")), encoding="utf-8")
    code = main(["replay", "--headless", "--scenario", str(broken)])
    err = capsys.readouterr().err
    assert code == 1
    assert "743-12 owner tangier=umayyad (got berber)" in err
    assert "Traceback" not in err


def test_replay_cli_unknown_scenario_exits_2_without_traceback(capsys):
    code = main(["replay", "--headless", "--scenario", "no_such_scenario"])
    captured = capsys.readouterr()
    assert code == 2
    assert "no_such_scenario" in captured.err
    assert "Traceback" not in captured.err + captured.out


def test_replay_cli_without_viewer_suggests_headless(monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "game.ui.replay_viewer", None)  # importing it now fails
    code = main(["replay"])
    err = capsys.readouterr().err
    assert code == 2
    assert "--headless" in err
