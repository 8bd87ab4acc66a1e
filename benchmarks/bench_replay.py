"""The historical replay: a full headless run of 740-01..743-12 (target < 2 s) and seeking to a month with
`Replay.game_at` once the replay has run (target < 100 ms), plus seeking cold (replaying up to the month)."""

from __future__ import annotations

import time
from pathlib import Path

SCENARIO = Path(__file__).resolve().parents[1] / "scenarios" / "berber_revolt_740.yaml"
RUNS = 3


def _best(fn, repeat: int = RUNS) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def run() -> dict:
    from game.replay import Replay
    from game.scenario import load_scenario

    start = time.perf_counter()
    scenario = load_scenario(SCENARIO)
    load_s = time.perf_counter() - start

    full_s = _best(lambda: Replay(scenario).run())
    replay = Replay(scenario)
    result = replay.run()
    months = replay.months()
    seeks = []
    for month in months:
        start = time.perf_counter()
        replay.game_at(month)
        seeks.append(time.perf_counter() - start)
    cold_s = _best(lambda: Replay(scenario).game_at("743-12"))
    return {
        "scenario_load_s": round(load_s, 3),
        "full_replay_s": round(full_s, 3),
        "full_replay_target_s": 2.0,
        "months": len(result.turns),
        "seek_max_ms": round(max(seeks) * 1000, 2),
        "seek_mean_ms": round(sum(seeks) / len(seeks) * 1000, 2),
        "seek_target_ms": 100.0,
        "seek_cold_to_743_12_s": round(cold_s, 3),
        "checkpoints_passed": len(result.passed),
        "checkpoints_failed": len(result.failed),
    }
