"""`python -m benchmarks [--json] [TOPIC...]`: run every benchmarks/bench_*.py (or the named topics) and print
their figures, one a line as `topic.figure: value unit` (for example `engine.random_games_per_second: 31.2
games/s`), the unit read from the end of the figure's name. A benchmark that fails is reported as such; the
others still run (exit 1 if any failed)."""

from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def topics() -> list[str]:
    return sorted(m.name[len("bench_"):] for m in pkgutil.iter_modules([str(HERE)]) if m.name.startswith("bench_"))


def run_topic(topic: str) -> dict:
    module = importlib.import_module(f"benchmarks.bench_{topic}")
    return dict(module.run())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("topics", nargs="*", help=f"topics to run (default all: {', '.join(topics())})")
    parser.add_argument("--json", action="store_true", help="print one JSON object {topic: {figure: value}}")
    args = parser.parse_args(argv)
    chosen = args.topics or topics()
    unknown = sorted(set(chosen) - set(topics()))
    if unknown:
        print(f"error: unknown benchmark {', '.join(unknown)} (known: {', '.join(topics())})", file=sys.stderr)
        return 2
    results: dict[str, dict] = {}
    failed = False
    for topic in chosen:
        started = time.perf_counter()
        try:
            results[topic] = run_topic(topic)
        except Exception as exc:  # report and go on: one broken benchmark must not hide the others
            results[topic] = {"error": f"{type(exc).__name__}: {exc}"}
            failed = True
        results[topic]["benchmark_wall_seconds"] = round(time.perf_counter() - started, 2)
    if args.json:
        print(json.dumps(results, indent=2, sort_keys=True))
    else:
        for topic, figures in results.items():
            for name, value in figures.items():
                print(line(topic, name, value))
    return 1 if failed else 0


# A figure's name ends with its unit (checked in this order: "_ms" before "_s"); other names are counts,
# ratios, flags or labels, printed without one.
SUFFIX_UNITS = (("_ms", "ms"), ("_us", "us"), ("_seconds", "s"), ("_s", "s"), ("_mb", "MB"), ("_kb", "KB"),
                ("_percent", "%"))
PER_SECOND = "_per_second"


def unit(name: str) -> str:
    """The unit a figure's name ends with: `x_per_second` counts x a second (`games_per_second` ->
    "games/s"), `_ms` -> "ms", `_mb` -> "MB" and so on; "" when the name tells none."""
    if name.endswith(PER_SECOND):
        counted = name[:-len(PER_SECOND)].rsplit("_", 1)[-1]
        return f"{counted}/s" if counted else "per s"
    return next((label for suffix, label in SUFFIX_UNITS if name.endswith(suffix)), "")


def line(topic: str, name: str, value: object) -> str:
    """`topic.name: value unit`, or `topic.name: value` for a figure without a unit."""
    label = unit(name)
    return f"{topic}.{name}: {value} {label}" if label else f"{topic}.{name}: {value}"


if __name__ == "__main__":
    raise SystemExit(main())
