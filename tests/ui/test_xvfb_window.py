"""The client in a REAL X window: Xvfb as the display server, SDL's x11 driver, a month played with
synthetic key presses, and a picture of the window saved for review."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pygame
import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(
    shutil.which("Xvfb") is None, reason="Xvfb is not installed (Debian: apt-get install xvfb; .ci/run does it)"
)


@pytest.fixture
def x_display():
    """A private Xvfb server; -displayfd makes it pick a free display number and tell us which."""
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1600x900x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as pipe:
            number = pipe.readline().strip()
        if not number.isdigit():
            pytest.fail(f"Xvfb did not report a display number (exit status {server.poll()})")
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_client_plays_a_month_in_a_real_x_window(x_display, tmp_path):
    out = tmp_path / "xvfb_window.png"
    env = dict(os.environ, DISPLAY=x_display, SDL_VIDEODRIVER="x11", SDL_AUDIODRIVER="dummy",
               BERBER_REVOLT_DATA_DIR=str(tmp_path / "data"), BERBER_REVOLT_CONFIG_DIR=str(tmp_path / "config"),
               PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-m", "game.ui.xvfb_probe", "--out", str(out)], check=False, env=env,
                          cwd=ROOT,
                          capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert "video driver 'x11'" in done.stdout  # a real display server, not the dummy driver
    assert "with a right-click and ended the month with Enter" in done.stdout  # a turn played by input
    picture = pygame.image.load(str(out))
    assert picture.get_size() == (1600, 900)
    colours = {picture.get_at((x, y))[:3] for x in range(0, 1600, 97) for y in range(0, 900, 89)}
    assert len(colours) > 20  # a drawn screen, not a blank window
