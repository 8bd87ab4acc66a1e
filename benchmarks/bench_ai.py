"""AI figures on the real 740 scenario: decision time per turn of each level (wall clock, targets: normal
median < 100 ms, hard within its 1 s budget), and small matchups (win percentages per side) plus the balance
of normal against normal. The default is a quick sample so `python -m benchmarks` stays a few minutes; set
BENCH_AI_SCALE=10 (or more) for larger samples, and use `berber-revolt simulate` for the full figures
recorded in docs/ai.md. Games are played with `simulate`'s own `play_one`, so seeds match that command.
"""

from __future__ import annotations

import os
import statistics
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SCENARIO = ROOT / "scenarios" / "berber_revolt_740.yaml"
SCALE = max(1, int(os.environ.get("BENCH_AI_SCALE", "1")))
WORKERS = 2
MATCHUPS = (  # (tested level, opponent, games per side at scale 1)
    ("normal", "random", 10),
    ("normal", "easy", 10),
    ("hard_fixed", "normal", 1),
)
BALANCE_GAMES = 20
TIMED_GAMES = 3
HARD_TIMED_TURNS = 4

_CACHE: dict[str, Any] = {}


def _scenario() -> Any:
    if "scenario" not in _CACHE:
        from game.scenario.loader import load_scenario

        _CACHE["scenario"] = load_scenario(SCENARIO)
    return _CACHE["scenario"]


def _game(job: tuple[int, str, str]) -> dict[str, Any]:
    from game.cli.simulate import play_one

    seed, umayyad, berber = job
    return play_one(_scenario(), seed, umayyad, berber)


def _play_all(jobs: list[tuple[int, str, str]]) -> list[dict[str, Any]]:
    with ProcessPoolExecutor(WORKERS) as pool:
        return list(pool.map(_game, jobs))


def decision_times(level: str, games: int, max_turns: int = 999) -> list[float]:
    """Milliseconds per play_turn of `level` (both sides) against normal, on fresh games."""
    from game.ai import make_player
    from game.engine import Game

    times: list[float] = []
    for seed in range(games):
        game = Game.new(_scenario(), seed)
        players = {"umayyad": make_player(level, "umayyad", seed), "berber": make_player(level, "berber", seed)}
        for _ in range(max_turns):
            if game.is_over():
                break
            for side, player in players.items():
                started = time.perf_counter()
                player.play_turn(game, side)
                times.append((time.perf_counter() - started) * 1000)
            game.end_turn()
    return times


def _pct(part: int, whole: int) -> float:
    return round(100.0 * part / whole, 1) if whole else 0.0


def matchup(level: str, opponent: str, games: int) -> dict[str, Any]:
    """Win percentage of `level` as each side against `opponent` over `games` games per side."""
    out: dict[str, Any] = {}
    for side in ("umayyad", "berber"):
        jobs = [(seed, level, opponent) if side == "umayyad" else (seed, opponent, level) for seed in range(games)]
        rows = _play_all(jobs)
        out[f"{level}_vs_{opponent}_as_{side}_win_percent"] = _pct(sum(r["winner"] == side for r in rows), games)
    return out


def balance(games: int) -> dict[str, Any]:
    started = time.perf_counter()
    rows = _play_all([(seed, "normal", "normal") for seed in range(games)])
    seconds = time.perf_counter() - started
    return {
        "balance_games": games,
        "balance_umayyad_win_percent": _pct(sum(r["winner"] == "umayyad" for r in rows), games),
        "balance_berber_win_percent": _pct(sum(r["winner"] == "berber" for r in rows), games),
        "balance_draw_percent": _pct(sum(r["winner"] is None for r in rows), games),
        "balance_close_to_history_percent": _pct(sum(r["close_to_history"] for r in rows), games),
        "balance_mean_turns": round(sum(r["turns"] for r in rows) / games, 1),
        "normal_2_workers_games_per_second": round(games / seconds, 2),
    }


def run() -> dict:
    figures: dict[str, Any] = {"scale": SCALE}
    normal = decision_times("normal", TIMED_GAMES)
    easy = decision_times("easy", 1)
    hard = decision_times("hard", 1, HARD_TIMED_TURNS)
    figures.update({
        "normal_turn_median_ms": round(statistics.median(normal), 2),
        "normal_turn_p95_ms": round(sorted(normal)[int(0.95 * (len(normal) - 1))], 2),
        "easy_turn_median_ms": round(statistics.median(easy), 2),
        "hard_turn_median_ms": round(statistics.median(hard), 1),
        "hard_turn_max_ms": round(max(hard), 1),
    })
    for level, opponent, games in MATCHUPS:
        figures.update(matchup(level, opponent, games * SCALE))
    figures.update(balance(BALANCE_GAMES * SCALE))
    return figures


if __name__ == "__main__":
    import json

    print(json.dumps(run(), indent=2))
