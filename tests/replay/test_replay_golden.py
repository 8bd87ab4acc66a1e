"""A golden chronicle of the historical replay, reviewed as a text diff: per month the events fired and the
battles fought (winner, leaders killed), plus end-of-war control. Losses are left out on purpose, so that
retuning the combat rules does not churn the file; a change in what happens does.

Regenerate after an intended change with `UPDATE_GOLDEN=1 python -m pytest tests/replay/test_replay_golden.py`.
"""

from __future__ import annotations

import os
from pathlib import Path

GOLDEN = Path(__file__).with_name("golden") / "berber_revolt_740.txt"


def chronicle(result) -> str:
    lines = []
    for turn in result.turns:
        parts = [f"event {e.id}" for e in turn.events]
        for b in turn.battles:
            killed = f" killed={','.join(b.leaders_killed)}" if b.leaders_killed else ""
            parts.append(f"battle {b.id} at {b.region}: {b.attacker} attacks {b.defender}, {b.winner} wins{killed}")
        lines += [f"{turn.date}  {part}" for part in parts]
    final = result.turns[-1].control
    lines += [f"end  {region} {side}" for region, side in sorted(final.items())]
    return "\n".join(lines) + "\n"


def test_replay_matches_the_golden_chronicle(result):
    text = chronicle(result)
    if os.environ.get("UPDATE_GOLDEN"):
        GOLDEN.parent.mkdir(exist_ok=True)
        GOLDEN.write_text(text, encoding="utf-8")
    assert GOLDEN.exists(), "no golden chronicle yet: run with UPDATE_GOLDEN=1"
    assert text == GOLDEN.read_text(encoding="utf-8")
