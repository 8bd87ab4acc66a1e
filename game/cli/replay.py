"""`berber-revolt replay [--scenario ID_OR_PATH] --headless [--json]`: plays history month by month and prints
the narration (rich on a terminal, plain text when piped), or one JSON document. Exits 1 when a checkpoint
fails (listing the failures), 2 on a scenario or start-up problem. Never a traceback.

Without --headless the replay opens in the client's replay viewer (`game.ui.replay_viewer.open_replay`).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

NAME = "replay"
HELP = "Replay the revolt as history played it (headless narration, JSON, or in the client)."
DEFAULT_SCENARIO = "berber_revolt_740"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--scenario", default=DEFAULT_SCENARIO, metavar="ID_OR_PATH",
                        help=f"scenario id or file (default: {DEFAULT_SCENARIO})")
    parser.add_argument("--headless", action="store_true", help="print the replay instead of opening the client")
    parser.add_argument("--json", action="store_true", help="with --headless: print one JSON document")
    parser.add_argument("--seed", type=int, default=None, help="random seed (default: the replay's own)")


def run(args: argparse.Namespace) -> int:
    scenario = _load(args.scenario)
    if scenario is None:
        return 2
    from game.replay import DEFAULT_SEED, Replay

    seed = DEFAULT_SEED if args.seed is None else args.seed
    try:
        replay = Replay(scenario, seed)
    except Exception as exc:  # the engine refused the scenario: say so plainly
        print(f"error: cannot start the replay: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 2
    if not args.headless:
        return _open_in_client(replay)
    try:
        result = replay.run()
    except Exception as exc:
        print(f"error: the replay stopped: {type(exc).__name__}: {exc}; please report it", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(result.to_json(), ensure_ascii=False, indent=None))
    else:
        _print_text(result, scenario, sys.stdout.isatty())
    if result.failed:
        print(f"{len(result.failed)} checkpoint(s) failed:", file=sys.stderr)
        for failure in result.failed:
            print(f"  {failure}", file=sys.stderr)
        return 1
    return 0


def _load(name: str) -> Any:
    from game.scenario import ScenarioError, load_scenario, load_scenario_id

    try:
        path = Path(name)
        if path.suffix in (".yaml", ".yml") or path.is_file():
            return load_scenario(path)
        return load_scenario_id(name)
    except ScenarioError as exc:
        print(exc, file=sys.stderr)
        return None
    except OSError as exc:
        print(f"error: cannot read {name}: {exc.strerror or exc}", file=sys.stderr)
        return None


def _open_in_client(replay: Any) -> int:
    try:
        from game.ui.replay_viewer import open_replay  # type: ignore[import-not-found]
    except ImportError:
        print("The client has no replay viewer yet; use `berber-revolt replay --headless` to read the replay.",
              file=sys.stderr)
        return 2
    return int(open_replay(replay) or 0)


# --------------------------------------------------------------------------- text output


SIDE_LABELS = {"umayyad": "Umayyads", "berber": "Berbers", "asturias": "Asturians", "neutral": "Neutrals"}


def _lines(turn: Any, names: dict[str, str], regions: dict[str, str]) -> list[tuple[str, str]]:
    """(style, text) lines for one month; the style is ignored in plain output."""
    out: list[tuple[str, str]] = []
    if turn.narration:
        out.append(("narration", turn.narration))
    for event in turn.events:
        out.append(("event", f"* {event.title}. {event.narration}" if event.narration else f"* {event.title}."))
    for note in turn.notes:
        out.append(("note", f"  {note}"))
    for b in turn.battles:
        losses = ", ".join(f"{SIDE_LABELS.get(s, s)} {men:,}" for s, men in b.losses.items())
        killed = f"; killed: {', '.join(names.get(k, k) for k in b.leaders_killed)}" if b.leaders_killed else ""
        out.append(("battle", f"Battle: {b.name} ({regions.get(b.region, b.region)}): "
                              f"{SIDE_LABELS.get(b.winner, b.winner)} win; losses {losses}{killed}"))
    ok = [c for c in turn.checks if c.ok]
    if ok:
        out.append(("ok", f"  checkpoints: {len(ok)} held"))
    for check in turn.checks:
        if not check.ok:
            out.append(("fail", f"  checkpoint FAILED: {check}"))
    for divergence in turn.divergences:
        out.append(("note", f"  diverged from history: {divergence}"))
    return out


def _print_text(result: Any, scenario: Any, rich_output: bool) -> None:
    names = {leader.id: leader.name for leader in scenario.leaders}
    regions = {region.id: region.name for region in scenario.regions}
    if rich_output:
        try:
            _print_rich(result, scenario, names, regions)
            return
        except ImportError:
            pass
    print(f"{scenario.metadata.title}: the historical replay")
    for turn in result.turns:
        lines = _lines(turn, names, regions)
        if not lines:
            continue
        print(f"\n== {turn.date} ==")
        for _, text in lines:
            print(text)
    print(f"\ncheckpoints: {len(result.passed)} passed, {len(result.failed)} failed")


def _print_rich(result: Any, scenario: Any, names: dict[str, str], regions: dict[str, str]) -> None:
    from rich.console import Console
    from rich.rule import Rule
    from rich.text import Text

    styles = {"narration": "italic", "event": "bold yellow", "note": "dim", "battle": "bold red",
              "ok": "green", "fail": "bold red"}
    console = Console()
    console.print(Text(f"{scenario.metadata.title}: the historical replay", style="bold"))
    for turn in result.turns:
        lines = _lines(turn, names, regions)
        if not lines:
            continue
        console.print(Rule(Text(turn.date, style="bold")))
        for style, text in lines:
            console.print(Text(text, style=styles.get(style, "")))
    colour = "green" if not result.failed else "red"
    console.print(Text(f"checkpoints: {len(result.passed)} passed, {len(result.failed)} failed", style=colour))
