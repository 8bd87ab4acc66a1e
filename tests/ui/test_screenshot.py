"""`berber-revolt screenshot`: every scene renders headless to a PNG of the requested size; mistakes in the
command line end with a clear message and a non-zero status, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pygame
import pytest

from game.cli import main
from game.ui.screenshot_scenes import SCENES

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def private_dirs(tmp_path, monkeypatch):
    monkeypatch.setenv("BERBER_REVOLT_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("BERBER_REVOLT_CONFIG_DIR", str(tmp_path / "config"))


@pytest.mark.parametrize("scene", SCENES)
def test_screenshot_writes_a_png_of_the_requested_size(scene, tmp_path):
    out = tmp_path / "shots" / f"{scene}.png"
    assert main(["screenshot", "--scene", scene, "--out", str(out), "--size", "1280x720"]) == 0
    picture = pygame.image.load(str(out))
    assert picture.get_size() == (1280, 720)
    colours = {picture.get_at((x, y))[:3] for x in range(0, 1280, 61) for y in range(0, 720, 53)}
    assert len(colours) > 10  # a drawn scene, not an empty window


def test_screenshot_at_a_month_shows_that_month_of_the_replay(tmp_path, capsys):
    out = tmp_path / "replay.png"
    assert main(["screenshot", "--scene", "replay", "--out", str(out), "--at", "741-10"]) == 0
    assert "wrote" in capsys.readouterr().out
    assert pygame.image.load(str(out)).get_size() == (1600, 900)


def _cli(*args: str, tmp_path: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT), BERBER_REVOLT_DATA_DIR=str(tmp_path / "d"),
               BERBER_REVOLT_CONFIG_DIR=str(tmp_path / "c"))
    return subprocess.run([sys.executable, "-m", "game", "screenshot", *args], check=False, cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=240)


def test_screenshot_in_a_fresh_process_exits_zero_without_traceback(tmp_path):
    out = tmp_path / "replay.png"
    done = _cli("--scene", "replay", "--out", str(out), "--size", "1280x720", tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert pygame.image.load(str(out)).get_size() == (1280, 720)


def test_unknown_scene_exits_non_zero_naming_the_scenes(tmp_path):
    done = _cli("--scene", "battlefield", "--out", str(tmp_path / "x.png"), tmp_path=tmp_path)
    assert done.returncode != 0
    assert "Traceback" not in done.stderr
    assert "invalid choice: 'battlefield'" in done.stderr and "replay" in done.stderr
    assert not (tmp_path / "x.png").exists()


@pytest.mark.parametrize("args, message", [
    (("--size", "big"), "'big' is not a size like 1600x900"),
    (("--at", "741-13"), "'741-13' is not a month like 741-10"),
])
def test_bad_size_or_month_exits_non_zero_with_the_reason(args, message, tmp_path):
    done = _cli("--scene", "menu", "--out", str(tmp_path / "x.png"), *args, tmp_path=tmp_path)
    assert done.returncode != 0
    assert message in done.stderr and "Traceback" not in done.stderr


def test_screenshots_never_touch_the_players_saves(tmp_path, monkeypatch):
    monkeypatch.delenv("BERBER_REVOLT_DATA_DIR")
    monkeypatch.delenv("BERBER_REVOLT_CONFIG_DIR")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home" / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "home" / "config"))
    assert main(["screenshot", "--scene", "play", "--out", str(tmp_path / "play.png"), "--size", "1280x720"]) == 0
    assert not (tmp_path / "home").exists()  # the play session autosaved into a scratch folder, now gone
    assert "BERBER_REVOLT_DATA_DIR" not in os.environ
