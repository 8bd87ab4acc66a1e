"""Every file in tests/scenario/broken/ is refused with a problem at the line (and with the words) its first
line declares: `# expect: LINE: FRAGMENT`, or `# expect-in FILE: LINE: FRAGMENT` for a problem reported in
the base scenario a mod changes."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from game.cli import main
from game.scenario import ScenarioError, load_scenario

BROKEN = Path(__file__).parent / "broken"
REPO = Path(__file__).parents[2]

CASES = sorted(p for p in BROKEN.iterdir() if p.suffix == ".yaml")
HEADER = re.compile(r"^# expect(?:-in (?P<file>\S+))?: (?P<line>\d+): (?P<fragment>.+)$")


def expectation(path: Path) -> tuple[str, int, str]:
    first = path.read_bytes().split(b"\n", 1)[0].decode("ascii")
    match = HEADER.match(first)
    assert match, f"{path.name} lacks an '# expect: LINE: FRAGMENT' header"
    return match["file"] or path.name, int(match["line"]), match["fragment"]


def test_corpus_is_large_enough() -> None:
    assert len(CASES) >= 30


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_broken_file_reports_line_and_message(path: Path) -> None:
    file, line, fragment = expectation(path)
    with pytest.raises(ScenarioError) as caught:
        load_scenario(path)
    problems = caught.value.problems
    matching = [p for p in problems if Path(p.file).name == file and p.line == line and fragment in str(p)]
    assert matching, f"expected {file}:{line}: ...{fragment}... in:\n{caught.value}"


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_broken_file_through_cli_exits_1_without_traceback(path: Path, capsys: pytest.CaptureFixture) -> None:
    _, _, fragment = expectation(path)
    assert main(["validate", str(path)]) == 1
    out, err = capsys.readouterr()
    assert fragment in out
    assert "Traceback" not in out + err


@pytest.mark.parametrize("name", ["python_tag.yaml", "billion_laughs.yaml", "binary_garbage.yaml"])
def test_cli_subprocess_prints_problem_not_traceback(name: str) -> None:
    env_path = str(BROKEN.parent / "data")
    result = subprocess.run([sys.executable, "-m", "game", "validate", str(BROKEN / name)], cwd=REPO,
                            capture_output=True, text=True, timeout=30,
                            env={"BERBER_REVOLT_MODS": env_path, "PATH": "/usr/bin:/bin"})
    assert result.returncode == 1
    assert "error:" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr
