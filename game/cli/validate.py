"""`berber-revolt validate PATH...`: checks scenario and mod files the way the game loads them and prints
every problem as file:line:col (exit 1), or one summary line per good file (exit 0). Never a traceback."""

from __future__ import annotations

import argparse
from pathlib import Path

NAME = "validate"
HELP = "Check scenario and mod files; print every problem with its file, line and column."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help="scenario or mod files, or folders of them")


def run(args: argparse.Namespace) -> int:
    worst = 0
    for path in _expand([Path(p) for p in args.paths]):
        worst = max(worst, _validate_one(path))
    return worst


def _expand(paths: list[Path]) -> list[Path]:
    """Folders stand for the scenario files inside them (recursively); other paths are kept as given."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file())
            files += found or [path]
        else:
            files.append(path)
    return files


def _validate_one(path: Path) -> int:
    from game.scenario import ScenarioError, load_scenario

    try:
        scenario = load_scenario(path)
    except ScenarioError as exc:
        print(exc)
        count = len(exc.problems)
        print(f"{path}: {count} problem{'s' if count != 1 else ''}")
        return 1
    except Exception as exc:  # a bug of ours: say so plainly, never with a traceback
        print(f"{path}: error: internal error while checking this file ({type(exc).__name__}: {exc}); "
              "please report it")
        return 2
    print(summary(path, scenario))
    return 0


def summary(path: Path, scenario: object) -> str:
    meta = scenario.metadata  # type: ignore[attr-defined]
    counts = [
        f"{len(scenario.regions)} regions",  # type: ignore[attr-defined]
        f"{len(scenario.leaders)} leaders",  # type: ignore[attr-defined]
        f"{len(scenario.armies)} armies",  # type: ignore[attr-defined]
        f"{len(scenario.events)} events",  # type: ignore[attr-defined]
        f"{len(scenario.timeline)} timeline months",  # type: ignore[attr-defined]
    ]
    return f"{path}: ok — {meta.title!r} {meta.start}..{meta.end}, {', '.join(counts)}"
