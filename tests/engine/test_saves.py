"""Save files: round trips, atomic writes, and clear errors for every broken save."""

from __future__ import annotations

import json
import os

import pytest

from game.engine import Game, MoveArmy, SetTaxPolicy
from game.saves import FORMAT_VERSION, SaveError, load_game, load_save, read_header, save_game

from .tiny import scenario_from, tiny_data


def _played(game: Game) -> Game:
    game.submit(MoveArmy("berber", "berber_host", "sebou"))
    game.end_turn()
    game.submit(SetTaxPolicy("umayyad", "high"))
    game.end_turn()
    game.submit(MoveArmy("umayyad", "syrians", "tlemcen"))  # an order of the month in progress
    return game


def test_save_then_load_replays_to_the_same_game(tiny_game, tiny_scenario, tmp_path) -> None:
    _played(tiny_game)
    path = save_game(tiny_game, tmp_path / "slot1.json")
    header = read_header(path)
    assert header["format_version"] == FORMAT_VERSION and header["scenario_id"] == "tiny"
    assert header["month"] == "740-03" and len(header["month_hashes"]) == 2
    loaded = load_save(path, tiny_scenario)
    assert loaded.replayed and loaded.game.state_hash() == tiny_game.state_hash()
    assert not loaded.scenario_changed
    tiny_game.end_turn()
    loaded.game.end_turn()
    assert loaded.game.state_hash() == tiny_game.state_hash()


def test_saving_replaces_the_previous_save_atomically(tiny_game, tmp_path, monkeypatch) -> None:
    path = save_game(tiny_game, tmp_path / "slot.json")
    good = path.read_bytes()
    tiny_game.end_turn()

    def crash(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(SaveError, match="No space left"):
        save_game(tiny_game, path)
    assert path.read_bytes() == good
    assert [p.name for p in tmp_path.iterdir()] == ["slot.json"]  # no temp file left behind


@pytest.mark.parametrize("damage, message", [
    (lambda text: text[: len(text) // 2], "damaged"),
    (lambda text: "\x00garbage", "damaged"),
    (lambda text: json.dumps({"hello": 1}), "not a Berber Revolt save"),
    (lambda text: text.replace(f'"format_version":{FORMAT_VERSION}', '"format_version":99'), "format 99"),
    (lambda text: text.replace('"scenario_id":"tiny"', '"scenario_id":"other"'), "scenario 'other'"),
])
def test_broken_saves_raise_clear_errors(tiny_game, tiny_scenario, tmp_path, damage, message) -> None:
    path = save_game(_played(tiny_game), tmp_path / "s.json")
    path.write_text(damage(path.read_text()))
    with pytest.raises(SaveError, match=message):
        load_game(path, tiny_scenario)


def test_missing_save_is_a_clear_error(tiny_scenario, tmp_path) -> None:
    with pytest.raises(SaveError, match="no save file"):
        load_game(tmp_path / "nothing.json", tiny_scenario)


def test_a_changed_scenario_falls_back_to_the_snapshot(tiny_game, tmp_path) -> None:
    path = save_game(_played(tiny_game), tmp_path / "s.json")
    data = tiny_data()
    data["regions"][2]["revenue"] = 999  # Sebou pays more: the replay's hashes no longer match
    changed = scenario_from(data)
    loaded = load_save(path, changed)
    assert not loaded.replayed and "expected" in loaded.divergence and loaded.scenario_changed
    assert loaded.game.state_hash() == tiny_game.state_hash()
    with pytest.raises(SaveError, match="diverged at 740-01"):
        load_save(path, changed, fallback_to_snapshot=False)


def test_a_tampered_snapshot_is_refused(tiny_game, tmp_path) -> None:
    path = save_game(_played(tiny_game), tmp_path / "s.json")
    data = json.loads(path.read_text())
    data["snapshot"]["sides"]["berber"]["treasury"] = 10**6
    data["month_hashes"][0] = "0" * 64
    path.write_text(json.dumps(data))
    with pytest.raises(SaveError, match="snapshot does not match"):
        load_game(path, scenario_from(tiny_data()))
