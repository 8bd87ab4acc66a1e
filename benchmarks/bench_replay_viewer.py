"""Replay viewer figures: opening it, seeking to any month (target < 100 ms, frame included), the frame
time while it plays (median and p99), and the process's peak memory (target < 200 MB).

`run()` returns a dict of figures for `python -m benchmarks` (measured in a child interpreter, so the
memory figure is the viewer's alone); run this file to print them.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.memory import peak_rss_mb

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

SEEK_ORDER = (0, 47, 12, 30, 5, 41, 23, 17, 36, 2, 44, 9, 28, 33, 20, 14, 39, 7, 25, 46)


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def run() -> dict:
    """Measures in a fresh interpreter, so the peak memory is the viewer's own, not the benchmark run's."""
    root = Path(__file__).resolve().parents[1]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(root), os.environ.get("PYTHONPATH")])))
    done = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--json"], check=False, cwd=root, env=env,
                          capture_output=True, text=True, timeout=900)
    if done.returncode != 0:
        raise RuntimeError(done.stderr.strip().splitlines()[-1] if done.stderr.strip() else "the child failed")
    return json.loads(done.stdout.strip().splitlines()[-1])


def measure() -> dict:
    from game.ui.app import App, Settings
    from game.ui.replay_source import replay_for
    from game.ui.screens.replay import ReplayScreen

    app = App(headless=True, settings=Settings(window_size=(1600, 900)))
    t0 = time.perf_counter()
    screen = ReplayScreen(app, scenario_id="berber_revolt_740")
    app.push(screen)
    app.step([])
    first_frame_ms = (time.perf_counter() - t0) * 1000
    screen.wait_ready()
    app.step([])
    open_ms = (time.perf_counter() - t0) * 1000

    months = len(replay_for("berber_revolt_740"))
    cold, warm = [], []  # "first visit" months may already be resolved by the idle frames' prefetching
    for visit in (cold, warm):
        for index in (i % months for i in SEEK_ORDER):
            t0 = time.perf_counter()
            screen.seek(index)
            app.step([])  # the seek is only done when the new month is on screen
            visit.append((time.perf_counter() - t0) * 1000)

    screen.seek(0)
    screen.act("toggle")
    frames = []
    for _ in range(600):  # ten seconds of play at 1x: about three months, marches, flashes and all
        t0 = time.perf_counter()
        app.step([], dt=1 / 60)
        frames.append((time.perf_counter() - t0) * 1000)

    peak_mb = peak_rss_mb()
    return {
        "replay_viewer_first_frame_ms": round(first_frame_ms, 1),
        "replay_viewer_ready_ms": round(open_ms, 1),
        "replay_seek_first_visit_median_ms": round(statistics.median(cold), 2),
        "replay_seek_first_visit_max_ms": round(max(cold), 2),
        "replay_seek_revisit_median_ms": round(statistics.median(warm), 2),
        "replay_seek_revisit_max_ms": round(max(warm), 2),
        "replay_frame_median_ms": round(statistics.median(frames), 2),
        "replay_frame_p99_ms": round(_percentile(frames, 0.99), 2),
        "replay_frame_max_ms": round(max(frames), 2),  # a month turning: the owners layer repainted
        "replay_months_played_in_bench": screen.index,
        "peak_rss_mb": round(peak_mb, 1),
    }


if __name__ == "__main__":
    if "--json" in sys.argv:
        print(json.dumps(measure()))
    else:
        for name, value in run().items():
            print(f"{name:40s} {value}")
