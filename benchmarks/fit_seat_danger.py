"""Refit `hard`'s endgame yardsticks: `python -m benchmarks.fit_seat_danger [--games N] [--seed S] [--umayyad LEVEL]`.

Plays N games of the 740 scenario (seeds S..S+N-1, two processes), the Umayyads played by LEVEL (`normal` by
default) and the Berbers by `normal`; records at the start of every month of the last HORIZON the model's
features for each of the Umayyads' lone seats as the Umayyads see them, labels each row with whether that seat
was lost by the end, and fits a logistic regression (Newton's method with a light ridge) on the first three
quarters of the games. Prints the held-out log loss against a constant guess, then the WEIGHTS tuple to paste
into `game/ai/seat_danger.py` (fitted on all games), and the MARGIN_SPREAD of `game/ai/evaluation.py`: how far
the points margin wanders in a month (one standard deviation, from the games the seat survived), with its
drift (the mean walk a month). `--rows FILE` keeps the played rows in a JSON file and reads them back on the
next run with the same file, so a refit need not replay the games. numpy comes with shapely, a runtime
dependency; nothing in the game imports this module.
"""

from __future__ import annotations

import argparse
import json
import math
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np

SCENARIO = Path(__file__).resolve().parents[1] / "scenarios" / "berber_revolt_740.yaml"
SIDE = "umayyad"
RIDGE = 1.0
NEWTON_STEPS = 30


Row = tuple[list[float], bool, float, int]  # features, seat lost by the end, margin's walk to the end, months


def play(seed: int, umayyad: str = "normal") -> list[Row]:
    """One game against `normal` Berbers: a row for each lone seat and month of the horizon."""
    from game.ai import make_player
    from game.ai.seat_danger import HORIZON, features
    from game.ai.situation import situation_for
    from game.engine import Game
    from game.scenario.loader import load_scenario

    game = Game.new(load_scenario(SCENARIO), seed)
    players = {side: make_player(level, side, seed * 2 + k)
               for k, side, level in ((1, "umayyad", umayyad), (2, "berber", "normal"))}
    seen: list[tuple[str, list[float], int, int]] = []
    while not game.is_over():
        sit = situation_for(game, SIDE)
        if sit.months_left <= HORIZON:
            margin = _margin(game)
            seen += [(seat, features(sit, seat), margin, sit.months_left) for seat in sit.lone_seats()]
        for side, player in players.items():
            player.play_turn(game, side)
        game.end_turn()
    final, end = game.view_for(SIDE).regions, _margin(game)
    return [(row, final[seat].owner != SIDE, float(end - margin), left + 1) for seat, row, margin, left in seen]


def _margin(game: Any) -> int:
    scores = game.outcome().scores
    return scores.get(SIDE, 0) - max((v for k, v in scores.items() if k != SIDE), default=0)


def fit(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Logistic regression by Newton's method; the ridge keeps rare features (a siege) from running away."""
    w = np.zeros(x.shape[1])
    ridge = RIDGE * np.eye(x.shape[1])
    for _ in range(NEWTON_STEPS):
        p = 1.0 / (1.0 + np.exp(-x @ w))
        hessian = x.T @ (x * (p * (1 - p))[:, None]) + ridge
        w -= np.linalg.solve(hessian, x.T @ (p - y) + ridge @ w)
    return w


def log_loss(p: np.ndarray, y: np.ndarray) -> float:
    p = np.clip(p, 1e-9, 1 - 1e-9)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def matrix(games: list[list[Row]]) -> tuple[np.ndarray, np.ndarray]:
    rows = [row for game in games for row in game]
    return np.array([r for r, *_ in rows]), np.array([float(lost) for _, lost, *_ in rows])


def margin_walk(games: list[list[Row]]) -> tuple[float, float]:
    """The margin's drift and spread a month over the rows whose seat held to the end, read as a random walk
    whose variance grows with the months walked: the drift is the total walk over the total months, the spread
    the root mean square of each row's walk less its drift, scaled by the square root of its months."""
    held = [(walk, months) for game in games for _, lost, walk, months in game if not lost]
    drift = sum(walk for walk, _ in held) / sum(months for _, months in held)
    spread = math.sqrt(sum((walk - drift * months) ** 2 / months for walk, months in held) / len(held))
    return drift, spread


def played_games(args: argparse.Namespace) -> list[list[Row]]:
    """The games' rows: read from `--rows` when it holds the same games, played (and kept there) otherwise."""
    key = {"games": args.games, "seed": args.seed, "umayyad": args.umayyad}
    cache = Path(args.rows) if args.rows else None
    if cache is not None and cache.exists():
        saved = json.loads(cache.read_text(encoding="utf-8"))
        if saved.get("key") == key:
            return [[(row, lost, walk, months) for row, lost, walk, months in game] for game in saved["games"]]
    seeds = range(args.seed, args.seed + args.games)
    with ProcessPoolExecutor(args.workers) as pool:
        games: list[list[Row]] = list(pool.map(play, seeds, [args.umayyad] * args.games))
    if cache is not None:
        cache.write_text(json.dumps({"key": key, "games": games}), encoding="utf-8")
    return games


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.fit_seat_danger", description=__doc__)
    parser.add_argument("--games", type=int, default=800)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--umayyad", default="normal", help="the Umayyads' level (the Berbers are `normal`)")
    parser.add_argument("--rows", help="a JSON file to keep the played rows in, and to read them from")
    args = parser.parse_args(argv)
    games = played_games(args)
    split = len(games) * 3 // 4
    x_train, y_train = matrix(games[:split])
    x_test, y_test = matrix(games[split:])
    weights = fit(x_train, y_train)
    guess = np.full(len(y_test), y_train.mean())
    print(f"{len(y_train)} rows to fit, {len(y_test)} held out; seat lost in {y_train.mean():.1%} of the rows")
    print(f"held-out log loss: model {log_loss(1 / (1 + np.exp(-x_test @ weights)), y_test):.4f}, "
          f"constant {log_loss(guess, y_test):.4f} (lower is better; {math.log(2):.4f} is a coin)")
    x_all, y_all = matrix(games)
    print("WEIGHTS = (" + ", ".join(f"{w:.3f}" for w in fit(x_all, y_all)) + ")")
    drift, spread = margin_walk(games)
    print(f"MARGIN_SPREAD = {spread:.2f}  (drift {drift:+.2f} points a month)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
