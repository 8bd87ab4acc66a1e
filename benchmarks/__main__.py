"""`python -m benchmarks [--json] [TOPIC...]`: run every benchmarks/bench_*.py (or the named topics) and print
their figures. A benchmark that fails is reported as such; the others still run (exit 1 if any failed)."""

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
        results[topic]["_seconds"] = round(time.perf_counter() - started, 2)
    if args.json:
        print(json.dumps(results, indent=2, sort_keys=True))
    else:
        _print_table(results)
    return 1 if failed else 0


def _print_table(results: dict[str, dict]) -> None:
    rows = [(topic, name, str(value)) for topic, figures in results.items() for name, value in figures.items()]
    widths = [max(len(r[i]) for r in rows + [("benchmark", "figure", "value")]) for i in range(3)]
    for row in [("benchmark", "figure", "value"), *rows]:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip())


if __name__ == "__main__":
    raise SystemExit(main())
