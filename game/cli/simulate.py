"""`berber-revolt simulate`: play N headless games between AI players and report each result.

Same arguments, same hashes: game i uses seed S+i, and each player draws from its own seed derived from it.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

NAME = "simulate"
HELP = "Play headless games between AI players and print each result (seed, winner, level, turns, hash)."
DEFAULT_SCENARIO = Path(__file__).resolve().parents[2] / "scenarios" / "berber_revolt_740.yaml"

_WORKER: dict[str, Any] = {}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--games", type=int, default=10, metavar="N", help="games to play (default 10)")
    parser.add_argument("--seed", type=int, default=0, metavar="S", help="seed of the first game (default 0)")
    parser.add_argument("--umayyad", default="random", metavar="PLAYER", help="Umayyad player (default random)")
    parser.add_argument("--berber", default="random", metavar="PLAYER", help="Berber player (default random)")
    parser.add_argument("--scenario", default=str(DEFAULT_SCENARIO), metavar="PATH_OR_ID",
                        help="scenario file or id (default: the 740 scenario)")
    parser.add_argument("--historical", action="store_true", help="apply battle pins and historical-only events")
    parser.add_argument("--save-dir", metavar="DIR", help="write each finished game as a save file here")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    parser.add_argument("--workers", type=int, default=1, metavar="W", help="processes to use (default 1)")


def load(scenario_arg: str) -> Any:
    """The scenario by path, else by id; raises the loader's ScenarioError."""
    from game.scenario.loader import load_scenario, load_scenario_id

    path = Path(scenario_arg)
    if path.exists() or path.suffix in (".yaml", ".yml") or "/" in scenario_arg:
        return load_scenario(path)
    return load_scenario_id(scenario_arg)


def play_one(scenario: Any, seed: int, umayyad: str, berber: str, historical: bool = False,
             save_dir: str | None = None) -> dict[str, Any]:
    """Play one game to its end; returns its result row (and writes its save if asked)."""
    from game.ai import make_player
    from game.engine import Game

    game = Game.new(scenario, seed, historical=historical)
    players = {"umayyad": make_player(umayyad, "umayyad", seed * 2 + 1),
               "berber": make_player(berber, "berber", seed * 2 + 2)}
    while not game.is_over():
        for side in ("umayyad", "berber"):
            players[side].play_turn(game, side)
        game.end_turn()
    outcome = game.outcome()
    if save_dir:
        from game.saves import save_game

        save_game(game, Path(save_dir) / f"{scenario.metadata.id}_seed{seed}.json")
    return {"seed": seed, "winner": outcome.winner, "level": outcome.level, "turns": game.turn,
            "state_hash": game.state_hash(), "umayyad": umayyad, "berber": berber,
            "scores": outcome.scores, "close_to_history": outcome.close_to_history}


def _init_worker(scenario_arg: str) -> None:
    _WORKER["scenario"] = load(scenario_arg)


def _play_in_worker(job: tuple[int, str, str, bool, str | None]) -> dict[str, Any]:
    seed, umayyad, berber, historical, save_dir = job
    return play_one(_WORKER["scenario"], seed, umayyad, berber, historical, save_dir)


def summarise(rows: list[dict[str, Any]], seconds: float) -> dict[str, Any]:
    wins: dict[str, int] = {"umayyad": 0, "berber": 0, "draw": 0}
    levels: dict[str, int] = {}
    for row in rows:
        wins[row["winner"] or "draw"] += 1
        levels[row["level"]] = levels.get(row["level"], 0) + 1
    count = len(rows)
    return {"games": count, "wins": wins, "levels": dict(sorted(levels.items())),
            "mean_turns": round(sum(r["turns"] for r in rows) / count, 2) if count else 0,
            "close_to_history": sum(1 for r in rows if r["close_to_history"]),
            "seconds": round(seconds, 3)}


def run(args: argparse.Namespace) -> int:
    import time

    from game.ai import levels
    from game.saves import SaveError
    from game.scenario.errors import ScenarioError

    if args.games < 1 or args.workers < 1:
        print("error: --games and --workers must be at least 1", file=sys.stderr)
        return 2
    known = levels()
    for side, level in (("umayyad", args.umayyad), ("berber", args.berber)):
        if level not in known:
            print(f"error: unknown {side} player '{level}' (known: {', '.join(known)})", file=sys.stderr)
            return 2
    try:
        scenario = load(args.scenario)
    except ScenarioError as exc:
        print(exc, file=sys.stderr)
        return 1
    jobs = [(args.seed + i, args.umayyad, args.berber, args.historical, args.save_dir) for i in range(args.games)]
    started = time.perf_counter()
    try:
        rows = _play_all(scenario, args, jobs)
    except SaveError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:  # a bug of ours or of a player: say so plainly, never with a traceback
        print(f"error: internal error while simulating ({type(exc).__name__}: {exc}); please report it",
              file=sys.stderr)
        return 2
    rows.sort(key=lambda r: r["seed"])
    summary = summarise(rows, time.perf_counter() - started)
    if args.json:
        import json

        print(json.dumps({"games": rows, "summary": summary}, sort_keys=True))
    else:
        _print_table(rows, summary)
    return 0


def _play_all(scenario: Any, args: argparse.Namespace, jobs: list[tuple]) -> list[dict[str, Any]]:
    show_progress = sys.stdout.isatty() and not args.json
    if args.workers == 1:
        iterator: Iterator[dict[str, Any]] = (play_one(scenario, *job) for job in jobs)
    else:
        import multiprocessing

        pool = multiprocessing.get_context("spawn").Pool(args.workers, _init_worker, (args.scenario,))
        iterator = pool.imap_unordered(_play_in_worker, jobs)
    try:
        if not show_progress:
            return list(iterator)
        from rich.progress import Progress

        rows = []
        with Progress(transient=True) as progress:
            task = progress.add_task("playing", total=len(jobs))
            for row in iterator:
                rows.append(row)
                progress.advance(task)
        return rows
    finally:
        if args.workers > 1:
            pool.close()
            pool.join()


def _print_table(rows: list[dict[str, Any]], summary: dict[str, Any]) -> None:
    header = ("seed", "winner", "level", "turns", "state hash")
    cells = [(str(r["seed"]), r["winner"] or "-", r["level"], str(r["turns"]), r["state_hash"][:16]) for r in rows]
    wins = summary["wins"]
    line = (f"{summary['games']} games in {summary['seconds']} s: Umayyads {wins['umayyad']}, Berbers "
            f"{wins['berber']}, draws {wins['draw']}; mean {summary['mean_turns']} turns")
    if sys.stdout.isatty():
        from rich.console import Console
        from rich.table import Table

        table = Table(*header, title=f"{rows[0]['umayyad']} (Umayyads) vs {rows[0]['berber']} (Berbers)")
        for row in cells:
            table.add_row(*row)
        console = Console()
        console.print(table)
        console.print(line)
        return
    widths = [max(len(h), *(len(c[i]) for c in cells)) for i, h in enumerate(header)]
    for row in [header, *cells]:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip())
    print(line)
