"""Client figures: start-up to the main menu (a fresh interpreter), and the play screen's frame time at
1600x900 over a scripted session (scrolling, hovering, selecting, ending months with the AI thinking in its
thread, armies gliding) as median and p99 (targets: < 4 ms median, < 16.7 ms p99), plus peak memory.

`run()` returns a dict of figures for `python -m benchmarks`; run this file alone to print them.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.memory import peak_rss_mb, reset_peak

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

ROOT = Path(__file__).resolve().parents[1]
STARTUP = """
import time; t0 = time.perf_counter()
from game.ui.app import App
from game.ui.screens.title import TitleScreen
from game.ui.screens.main_menu import MainMenuScreen
app = App(headless=True); app.push(TitleScreen(app)); app.replace(MainMenuScreen(app)); app.step([])
print(time.perf_counter() - t0)
"""


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def startup_seconds() -> float:
    """Median of three cold starts to the first drawn main-menu frame, in a fresh interpreter each."""
    env = dict(os.environ, SDL_VIDEODRIVER="dummy", PYTHONPATH=str(ROOT))
    with tempfile.TemporaryDirectory() as tmp:
        env["BERBER_REVOLT_CONFIG_DIR"] = env["BERBER_REVOLT_DATA_DIR"] = tmp
        runs = [float(subprocess.run([sys.executable, "-c", STARTUP], env=env, capture_output=True, text=True,
                                     check=True, cwd=ROOT).stdout.strip().splitlines()[-1]) for _ in range(3)]
    return statistics.median(runs)


def play_frames(months: int = 4) -> dict:
    import pygame

    from game.ui.app import App, Settings
    from game.ui.screens.play import PlayScreen
    from game.ui.session import Session, Setup

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["BERBER_REVOLT_DATA_DIR"] = tmp
        app = App(headless=True, settings=Settings(window_size=(1600, 900), animation_speed=1.0))
        screen = PlayScreen(app, Session.new(Setup(mode="berber", ai_level="normal"), app.data_dir))
        app.push(screen)
        screen.view.renderer.progressive = True  # the map paints as on a real display, not whole frames
        for _ in range(30):  # warm-up: first paints of the map layers are a one-off cost, reported apart
            app.step([])
        frames: list[float] = []
        turn_frames: list[float] = []

        def frame(events=(), into=frames) -> None:
            t0 = time.perf_counter()
            app.step(list(events), dt=1 / 60)
            into.append((time.perf_counter() - t0) * 1000)

        def key(k, down=True):
            return pygame.event.Event(pygame.KEYDOWN if down else pygame.KEYUP, key=k, mod=0, unicode="", scancode=0)

        for _month in range(months):
            for k in (pygame.K_RIGHT, pygame.K_DOWN, pygame.K_LEFT, pygame.K_UP):  # scroll with the keys
                frame([key(k)])
                for _ in range(20):
                    frame()
                frame([key(k, False)])
            for x in range(60, 1180, 14):  # hover across the map: tooltips of regions and armies
                frame([pygame.event.Event(pygame.MOUSEMOTION, pos=(x, 300 + x // 3), rel=(0, 0), buttons=(0, 0, 0))])
            army = next((a for a in sorted(screen.game.state.armies) if screen.game.state.armies[a].side == "berber"
                         and screen.view.army_rect(a)), None)
            if army:
                rect = screen.view.army_rect(army)
                for kind in (pygame.MOUSEBUTTONDOWN, pygame.MOUSEBUTTONUP):
                    frame([pygame.event.Event(kind, pos=rect.center, button=1)])
                for _ in range(30):
                    frame()
            frame([key(pygame.K_RETURN)], into=turn_frames)
            deadline = time.monotonic() + 60
            while (screen.session.busy or screen.flow.queue or screen.view.animating or screen.dialogs) \
                    and time.monotonic() < deadline:
                if screen.dialogs and not screen.view.animating:
                    frame([key(pygame.K_RETURN)], into=turn_frames)  # read the report, continue
                else:
                    frame(into=turn_frames)
        everything = frames + turn_frames
        return {
            "play_frame_median_ms": round(statistics.median(everything), 2),
            "play_frame_p99_ms": round(_percentile(everything, 0.99), 2),
            "play_frame_max_ms": round(max(everything), 1),
            "turn_frame_median_ms": round(statistics.median(turn_frames), 2),
            "turn_frame_p99_ms": round(_percentile(turn_frames, 0.99), 2),
            "frames": len(everything),
            "months_played": months,
        }


def run() -> dict:
    figures = {"startup_to_menu_s": round(startup_seconds(), 3)}
    reset_peak()  # earlier benchmarks in this process must not count
    figures.update(play_frames())
    figures["peak_memory_mb"] = round(peak_rss_mb(), 1)
    return figures


if __name__ == "__main__":
    for name, value in run().items():
        print(f"{name:28} {value}")
