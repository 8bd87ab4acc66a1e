"""The README's promises: its first section gives the two fresh-machine commands, and CI runs the test one."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _quick_start_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    first_section = text.split("\n## ", 2)[1]
    assert first_section.startswith("Quick start"), "the README's first section must be the quick start"
    return re.findall(r"```bash\n(.+?)\n```", first_section)


def test_readme_quick_start_has_play_and_test_commands():
    commands = _quick_start_commands()
    assert len(commands) == 2
    play, test = commands
    assert "pip install" in play and "python3 -m game" in play
    assert "pip install" in test and "pytest" in test


def test_ci_runs_the_readme_test_command():
    _, test = _quick_start_commands()
    ci_script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert test in ci_script
