"""`berber-revolt validate`: summaries for good files, every problem for bad ones, never a traceback."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from game.cli import main

REPO = Path(__file__).parents[2]
SUMMARY = re.compile(r"^.+\.yaml: ok — '.+' \d{3,4}-\d\d\.\.\d{3,4}-\d\d, \d+ regions, \d+ leaders, \d+ armies, "
                     r"\d+ events, \d+ timeline months$")


def run(capsys: pytest.CaptureFixture, *args: str) -> tuple[int, str]:
    code = main(["validate", *args])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out


def test_good_file_prints_one_summary_line(capsys: pytest.CaptureFixture, tiny_path: Path) -> None:
    code, out = run(capsys, str(tiny_path))
    assert code == 0 and SUMMARY.match(out.strip()), out
    assert "'Tiny Revolt' 740-01..741-12, 5 regions, 3 leaders, 2 armies, 2 events, 2 timeline months" in out


def test_missing_file_is_a_problem(capsys: pytest.CaptureFixture, tmp_path: Path) -> None:
    code, out = run(capsys, str(tmp_path / "nothing.yaml"))
    assert code == 1 and "nothing.yaml: error: no such file" in out


def test_folder_stands_for_the_files_in_it(capsys: pytest.CaptureFixture, tmp_path: Path, tiny_path: Path) -> None:
    (tmp_path / "a.yaml").write_text(tiny_path.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not a scenario", encoding="utf-8")
    code, out = run(capsys, str(tmp_path))
    assert code == 0 and out.count(": ok — ") == 1


def test_empty_folder_is_a_problem(capsys: pytest.CaptureFixture, tmp_path: Path) -> None:
    code, out = run(capsys, str(tmp_path))
    assert code == 1 and "is a directory" in out


def test_mixed_files_report_both_and_exit_1(capsys: pytest.CaptureFixture, tiny_path: Path) -> None:
    broken = REPO / "tests/scenario/broken/misspelled_neighbor.yaml"
    code, out = run(capsys, str(tiny_path), str(broken))
    assert code == 1
    assert ": ok — " in out and "unknown region 'tanjer' (did you mean 'tangier'?)" in out
    assert out.strip().endswith("misspelled_neighbor.yaml: 2 problems")


def test_an_internal_bug_is_reported_without_traceback(capsys: pytest.CaptureFixture, tiny_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    import game.scenario.loader as loader

    def explode(*args: object, **kwargs: object) -> None:
        raise KeyError("boom")

    monkeypatch.setattr(loader, "check_scenario", explode, raising=False)
    monkeypatch.setattr("game.scenario.crossref.check_scenario", explode)
    code, out = run(capsys, str(tiny_path))
    assert code == 2 and "internal error" in out and "please report it" in out
