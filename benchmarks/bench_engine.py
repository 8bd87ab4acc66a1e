"""Engine figures on the real 740 scenario: complete random games per second on one core (target >= 20),
end_turn median and p99 (target < 10 ms), legal_commands median, and peak memory of a headless game
(tracemalloc, target < 100 MB). Times are CPU time of this process (time.process_time), so other work on the
machine disturbs them less; games per second is the best of ROUNDS rounds of the same games (timeit's rule:
noise only ever slows a run, so the fastest round is the truest; the median round is printed beside it).
Needs the real scenario.
"""

from __future__ import annotations

import statistics
import time
import tracemalloc
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SCENARIO = ROOT / "scenarios" / "berber_revolt_740.yaml"
GAMES = 12
PLAIN_GAMES = 4  # a round
ROUNDS = 5


def _scenario() -> tuple[Any, str]:
    from game.scenario.loader import load_scenario

    if SCENARIO.exists():
        return load_scenario(SCENARIO), SCENARIO.name
    raise FileNotFoundError(f"{SCENARIO} is missing; the engine benchmark needs the real scenario")


def _play(scenario: Any, seed: int, end_turn_ms: list[float] | None = None,
          legal_ms: list[float] | None = None) -> int:
    """One complete random game; with lists given, also time end_turn and an extra legal_commands call."""
    from game.ai import make_player
    from game.engine import Game

    game = Game.new(scenario, seed)
    players = {side: make_player("random", side, seed * 2 + i) for i, side in enumerate(("umayyad", "berber"))}
    while not game.is_over():
        for side, player in players.items():
            if legal_ms is not None:
                t = time.process_time()
                game.legal_commands(side)
                legal_ms.append((time.process_time() - t) * 1000)
            player.play_turn(game, side)
        t = time.process_time()
        game.end_turn()
        if end_turn_ms is not None:
            end_turn_ms.append((time.process_time() - t) * 1000)
    return game.turn


def run() -> dict:
    scenario, name = _scenario()
    end_turn_ms: list[float] = []
    legal_ms: list[float] = []
    _play(scenario, 999)  # warm caches
    started = time.process_time()
    turns = sum(_play(scenario, seed, end_turn_ms, legal_ms) for seed in range(GAMES))
    elapsed = time.process_time() - started
    rounds = []
    for _round in range(ROUNDS):
        plain_started = time.process_time()
        for seed in range(GAMES, GAMES + PLAIN_GAMES):
            _play(scenario, seed)
        rounds.append((time.process_time() - plain_started) / PLAIN_GAMES)
    tracemalloc.start()
    _play(scenario, 12345)
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    tracemalloc.start()  # the whole headless run: load the scenario (tables built afresh), then play
    _play(_scenario()[0], 12345)
    _current, peak_with_load = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    end_turn_ms.sort()
    return {
        "scenario": name,
        "random_games_per_second": round(1 / min(rounds), 1),
        "median_round_random_games_per_second": round(1 / statistics.median(rounds), 1),
        "mean_turns_per_game": round(turns / GAMES, 1),
        "end_turn_median_ms": round(statistics.median(end_turn_ms), 2),
        "end_turn_p99_ms": round(end_turn_ms[int(len(end_turn_ms) * 0.99) - 1], 2),
        "legal_commands_median_ms": round(statistics.median(legal_ms), 2),
        "instrumented_seconds": round(elapsed, 2),
        "peak_memory_game_mb": round(peak / 1e6, 2),
        "peak_memory_load_and_game_mb": round(peak_with_load / 1e6, 2),
    }


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key:28} {value}")
