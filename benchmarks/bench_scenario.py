"""Scenario loading on the real 740 file: load + validate in process (median of several runs, target
< 300 ms), each stage apart, the example mod, a billion-laughs refusal, and `validate` as a user runs it
from the shell (a fresh interpreter, target < 1 s)."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SCENARIO = ROOT / "scenarios" / "berber_revolt_740.yaml"
MOD = ROOT / "scenarios" / "mods" / "no_syrian_army.yaml"
BOMB = ROOT / "tests" / "scenario" / "broken" / "billion_laughs.yaml"
RUNS = 7


def _median_ms(action: Callable[[], Any], runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return round(statistics.median(times), 1)


def _refuse(path: Path) -> None:
    from game.scenario import ScenarioError, load_scenario

    try:
        load_scenario(path)
    except ScenarioError:
        return
    raise AssertionError(f"{path} was accepted")


def run() -> dict[str, Any]:
    from game.scenario import load_scenario, scenario_hash
    from game.scenario.crossref import check_scenario
    from game.scenario.models import Scenario
    from game.scenario.yaml_reader import read_yaml_file

    scenario = load_scenario(SCENARIO)  # warm imports once
    data = read_yaml_file(SCENARIO)
    started = time.perf_counter()
    shell = subprocess.run([sys.executable, "-m", "game", "validate", str(SCENARIO)], cwd=ROOT,
                           capture_output=True, text=True, timeout=60)
    shell_ms = (time.perf_counter() - started) * 1000
    if shell.returncode != 0:
        raise RuntimeError(f"validate failed: {shell.stdout.strip()[:300]}")
    load_ms = _median_ms(lambda: load_scenario(SCENARIO))
    return {
        "file KB": round(SCENARIO.stat().st_size / 1024, 1),
        "load+validate 740 ms (target <300)": load_ms,
        "  yaml read ms": _median_ms(lambda: read_yaml_file(SCENARIO)),
        "  pydantic ms": _median_ms(lambda: Scenario.model_validate(data)),
        "  cross-checks ms": _median_ms(lambda: check_scenario(scenario, data, SCENARIO.name)),
        "scenario_hash ms": _median_ms(lambda: scenario_hash(scenario)),
        "load mod no_syrian_army ms": _median_ms(lambda: load_scenario(MOD)),
        "refuse billion laughs ms": _median_ms(lambda: _refuse(BOMB)),
        "shell validate ms (target <1000)": round(shell_ms, 1),
        "load within target": load_ms < 300 and shell_ms < 1000,
    }


if __name__ == "__main__":
    for name, value in run().items():
        print(f"{name:40} {value}")
