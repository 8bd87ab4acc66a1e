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
LOAD_TARGET_MS = 300.0  # load + validate in process
SHELL_TARGET_MS = 1000.0  # `validate` from the shell


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
        "file_kb": round(SCENARIO.stat().st_size / 1024, 1),
        "load_and_validate_ms": load_ms,
        "load_and_validate_target_ms": LOAD_TARGET_MS,
        "load_yaml_read_ms": _median_ms(lambda: read_yaml_file(SCENARIO)),
        "load_pydantic_ms": _median_ms(lambda: Scenario.model_validate(data)),
        "load_cross_checks_ms": _median_ms(lambda: check_scenario(scenario, data, SCENARIO.name)),
        "scenario_hash_ms": _median_ms(lambda: scenario_hash(scenario)),
        "load_mod_no_syrian_army_ms": _median_ms(lambda: load_scenario(MOD)),
        "refuse_billion_laughs_ms": _median_ms(lambda: _refuse(BOMB)),
        "shell_validate_ms": round(shell_ms, 1),
        "shell_validate_target_ms": SHELL_TARGET_MS,
        "load_within_target": load_ms < LOAD_TARGET_MS and shell_ms < SHELL_TARGET_MS,
    }


if __name__ == "__main__":
    for name, value in run().items():
        print(f"{name:40} {value}")
