"""How good a (simulated) position is for one side: the number `hard` maximises at the end of a rollout.

Victory points decide the game, so they dominate; men under arms and the safety of the seats break ties
between plans that end level on points. A finished game scores far above any unfinished one. A siege of a town
whose fall alone ends the war is scored as the war's expected loss (or gain): a rollout of a few months rarely
shows a siege of a year, yet walls fall at least 5% a month (`rules/siege.py`).

In the last year, a side that can lose the war in one town is scored by its expected result instead: the town's
fitted fall chance (`seat_danger`) and the chance that the points margin ends above or below the bar, so a
siege and a few points near the bar are weighed in the same coin (docs/ai.md, "the last year").
"""

from __future__ import annotations

import math
from typing import Any

from game.ai.seat_danger import HORIZON, fall_chance
from game.ai.situation import Situation, situation_for

WIN = 1000.0
MEN_WEIGHT = 0.4  # points per thousand men of advantage
SEAT_WEIGHT = 15.0  # points per seat held unbesieged (a town whose loss ends the war)
SIEGE_FLOOR = 0.05  # the least chance a month that a besieged town falls (rules/siege.py)
MARGIN_SPREAD = 5.25  # points the margin walks in a month, one standard deviation (normal mirror, 740; docs/ai.md)
SIEGE_RISK_CAP = 0.5  # a long siege is often lifted or relieved: never count a town as more than half lost


def evaluate(game: Any, side: str) -> float:
    """Score of `game` for `side`, higher is better."""
    other = "berber" if side == "umayyad" else "umayyad"
    outcome = game.outcome()
    if game.is_over():
        if outcome.winner == side:
            return WIN + (500.0 if outcome.level == "decisive" else 0.0)
        if outcome.winner == other:
            return -WIN - (500.0 if outcome.level == "decisive" else 0.0)
    margin = float(outcome.scores.get(side, 0) - outcome.scores.get(other, 0))
    sit = situation_for(game, side)
    lone = sit.lone_seats() if sit.months_left <= HORIZON else []
    if lone:
        result = 0.0 if game.is_over() else _expected_result(sit, margin, lone)  # a finished draw is a draw
        return (WIN * result + MEN_WEIGHT * _men_balance(sit)
                + SEAT_WEIGHT * _seats_held(sit))
    return (margin + MEN_WEIGHT * _men_balance(sit) + SEAT_WEIGHT * _seats_held(sit)
            + WIN * _fatal_sieges(sit))


def _men_balance(sit: Situation) -> float:
    """Own men minus the enemy men this side can see, in thousands."""
    mine = sum(a.men for a in sit.mine())
    theirs = sum(a.men for a in sit.hostile_armies() if a.side == sit.enemy)
    return (mine - theirs) / 1000


def _seats_held(sit: Situation) -> int:
    return sum(1 for r in sit.seats() if sit.regions[r].owner == sit.side and not sit.regions[r].siege_by)


def _fatal_sieges(sit: Situation) -> float:
    """Expected share of the war won (+) or lost (-) through sieges of towns whose fall alone ends it: a
    sudden death on one region's owner, with that region besieged by the side it would hand the war to."""
    risk = min(SIEGE_RISK_CAP, 1.0 - (1.0 - SIEGE_FLOOR) ** max(0, sit.months_left))
    total = 0.0
    for rule in sit.tables.victory.sudden_death:
        trigger = rule.trigger
        if trigger.kind != "owner" or trigger.side != rule.side:
            continue
        info = sit.regions.get(trigger.region)
        if info is not None and info.siege_by == rule.side:
            total += risk if rule.side == sit.side else -risk
    return total


def _expected_result(sit: Situation, margin: float, lone_seats: list[str]) -> float:
    """Chance of winning minus chance of losing, in the last months of a war this side can lose in one town:
    the town falls (`seat_danger`), or the war ends on points, the margin drifting like a random walk until the
    last month and a win needing `marginal_margin`."""
    safe = 1.0
    for seat in lone_seats:
        safe *= 1.0 - fall_chance(sit, seat)
    spread = MARGIN_SPREAD * math.sqrt(sit.months_left + 1)
    bar = sit.tables.victory.marginal_margin - 0.5  # margins are whole points
    win = _below((margin - bar) / spread)
    loss = _below((-bar - margin) / spread)
    return safe * (win - loss) - (1.0 - safe)


def _below(z: float) -> float:
    """The standard normal distribution's cumulative chance."""
    return 0.5 * (1.0 + math.erf(z / math.sqrt(2.0)))
