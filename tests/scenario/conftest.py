"""Fixtures for scenario tests: the tiny scenario every test builds on, and a mod folder that finds it."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.scenario.discovery import MODS_ENV

HERE = Path(__file__).parent
DATA = HERE / "data"
BROKEN = HERE / "broken"
REPO = HERE.parents[1]


@pytest.fixture
def data_dir() -> Path:
    return DATA


@pytest.fixture
def tiny_path() -> Path:
    return DATA / "tiny.yaml"


@pytest.fixture(autouse=True)
def tiny_in_mod_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    """Points the player's mod folder at tests/scenario/data, so `extends: tiny` resolves."""
    monkeypatch.setenv(MODS_ENV, str(DATA))


@pytest.fixture
def write_mod(tmp_path: Path):
    """Writes a mod beside a copy of the tiny scenario and returns its path."""
    (tmp_path / "tiny.yaml").write_text((DATA / "tiny.yaml").read_text(encoding="utf-8"), encoding="utf-8")

    def write(text: str, name: str = "mod.yaml") -> Path:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path

    return write
