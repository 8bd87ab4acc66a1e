"""The loader's public API: what the engine, replay and menu call."""

from __future__ import annotations

from pathlib import Path

import pydantic
import pytest

import game.scenario
from game.scenario import (
    Problem,
    ScenarioError,
    discover_scenarios,
    load_scenario,
    load_scenario_id,
    scenario_hash,
    user_mods_dir,
)

REPO = Path(__file__).parents[2]


def test_public_api_is_pinned() -> None:
    assert sorted(game.scenario.__all__) == sorted([
        "Problem", "ScenarioError", "ScenarioInfo", "discover_scenarios", "load_scenario", "load_scenario_id",
        "scenario_hash", "user_mods_dir"])
    for name in game.scenario.__all__:
        assert getattr(game.scenario, name) is not None


def test_problem_prints_like_a_compiler_error() -> None:
    problem = Problem("scenarios/x.yaml", 42, 7, "regions[3].neighbors[1]", "unknown region 'tanjer'",
                      "did you mean 'tangier'?")
    assert str(problem) == ("scenarios/x.yaml:42:7: error: regions[3].neighbors[1]: unknown region 'tanjer' "
                            "(did you mean 'tangier'?)")


def test_error_lists_every_problem_sorted(write_mod) -> None:
    path = write_mod("extends: tiny\nmetadata: {id: m}\nleaders:\n  - {id: khalid, command: 9}\n"
                     "  - {id: maysara, charisma: x}\narmies:\n  - {id: rebels, morale: -1}\n")
    with pytest.raises(ScenarioError) as caught:
        load_scenario(path)
    lines = [p.line for p in caught.value.problems]
    assert lines == [4, 5, 7] and str(caught.value).count("\n") == 2


def test_shipped_scenario_loads_and_hash_is_stable() -> None:
    first = load_scenario(REPO / "scenarios/berber_revolt_740.yaml")
    again = load_scenario_id("berber_revolt_740")
    assert first == again and scenario_hash(first) == scenario_hash(again)
    assert len(scenario_hash(first)) == 64 and first.metadata.id == "berber_revolt_740"


def test_models_are_frozen(tiny_path: Path) -> None:
    scenario = load_scenario(tiny_path)
    with pytest.raises(pydantic.ValidationError, match="frozen"):
        scenario.regions[0].owner = "berber"  # type: ignore[misc]


def test_unknown_id_is_a_problem_with_a_hint() -> None:
    with pytest.raises(ScenarioError) as caught:
        load_scenario_id("berber_revolt_741")
    assert "did you mean 'berber_revolt_740'?" in str(caught.value)


def test_load_by_id_finds_player_mods(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BERBER_REVOLT_MODS", str(tmp_path))
    (tmp_path / "my_mod.yaml").write_text("extends: berber_revolt_740\nmetadata: {id: my_mod, title: Mine}\n",
                                          encoding="utf-8")
    assert user_mods_dir() == tmp_path
    assert load_scenario_id("my_mod").metadata.title == "Mine"


def test_discover_lists_shipped_scenarios_mods_and_player_mods(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BERBER_REVOLT_MODS", str(tmp_path))
    (tmp_path / "mine.yaml").write_text("extends: berber_revolt_740\nmetadata: {id: mine, title: Mine}\n",
                                        encoding="utf-8")
    (tmp_path / "broken.yaml").write_text("a: [\n", encoding="utf-8")
    infos = {info.id: info for info in discover_scenarios()}
    assert infos["berber_revolt_740"].is_mod is False and infos["berber_revolt_740"].title
    assert infos["no_syrian_army"].extends == "berber_revolt_740"
    assert infos["mine"].title == "Mine" and infos["mine"].path == tmp_path / "mine.yaml"
    assert infos["broken"].problem and "invalid YAML" in infos["broken"].problem


def test_type_errors_and_reference_errors_come_together(write_mod) -> None:
    path = write_mod("extends: tiny\nmetadata: {id: m}\narmies:\n  - id: rebels\n    leader: maysra\n"
                     "    moral: 90\n")
    with pytest.raises(ScenarioError) as caught:
        load_scenario(path)
    messages = [(p.line, p.message) for p in caught.value.problems]
    assert messages == [(5, "unknown leader 'maysra'"), (6, "unknown key 'moral'")]


def test_an_invalid_entry_is_not_also_reported_as_unknown(write_mod) -> None:
    path = write_mod("extends: tiny\nmetadata: {id: m}\nregions:\n  - {id: fez, lat: north}\n")
    with pytest.raises(ScenarioError) as caught:
        load_scenario(path)
    assert [p.message for p in caught.value.problems] == ["expected a number, found 'north'"]


@pytest.mark.parametrize("bad_id", ["../berber_revolt_740", "/etc/passwd", "mods/no_syrian_army", ""])
def test_load_by_id_refuses_paths(bad_id: str) -> None:
    with pytest.raises(ScenarioError) as caught:
        load_scenario_id(bad_id)
    assert "not a scenario id" in str(caught.value)


SHIPPED = sorted((REPO / "scenarios").glob("*.yaml")) + sorted((REPO / "scenarios" / "mods").glob("*.yaml"))


@pytest.mark.parametrize("path", SHIPPED, ids=[p.stem for p in SHIPPED])
def test_every_shipped_file_passes_the_modders_validator(path: Path, capsys: pytest.CaptureFixture) -> None:
    from game.cli import main

    assert main(["validate", str(path)]) == 0, capsys.readouterr().out
    assert ": ok — " in capsys.readouterr().out
    assert load_scenario(path).metadata.id == path.stem  # so load_scenario_id finds it by its file name


def test_discover_flags_a_player_mod_that_reuses_a_shipped_id(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BERBER_REVOLT_MODS", str(tmp_path))
    (tmp_path / "copy.yaml").write_text("extends: berber_revolt_740\nmetadata: {id: no_syrian_army}\n",
                                        encoding="utf-8")
    clashes = [i for i in discover_scenarios() if i.id == "no_syrian_army"]
    assert [i.problem is None for i in clashes] == [True, False]
    assert "already used" in (clashes[1].problem or "")


def test_hash_is_the_same_in_another_interpreter(tiny_path: Path) -> None:
    import os
    import subprocess
    import sys

    code = ("import sys; from game.scenario import load_scenario, scenario_hash; "
            "print(scenario_hash(load_scenario(sys.argv[1])))")
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    out = subprocess.run([sys.executable, "-c", code, str(tiny_path)], cwd=REPO, env=env, capture_output=True,
                         text=True, timeout=60).stdout.strip()
    assert out == scenario_hash(load_scenario(tiny_path))
