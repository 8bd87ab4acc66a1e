"""Friction between the Syrian junds and the Ifriqiyan and Andalusian Arabs (the quarrel that wrecked Kulthum).

A meter 0-100: each region where one side's armies of different factions stand together at month end adds 3;
it eases by 1 a month otherwise. Battles fought by mixed stacks suffer (see battle.py). The engine raises
the flags `friction_high` (>= 50) and `friction_critical` (>= 80) so scenario events can react.
"""

from __future__ import annotations

from game.engine.context import Context
from game.engine.events import Event, FrictionChanged
from game.engine.rng import Rng
from game.engine.state import GameState

MIXED_STACK_FRICTION = 3
EASING = 1


def mixed_stacks(state: GameState) -> int:
    """Regions where armies of one side but different factions stand together (merged armies count)."""
    factions: dict[tuple[str, str], set[str]] = {}
    for army in state.armies.values():
        if not army.at_sea:
            factions.setdefault((army.region, army.side), set()).update(army.factions)
    return sum(1 for fs in factions.values() if len(fs) > 1)


def update_friction(state: GameState, ctx: Context, rng: Rng) -> list[Event]:
    mixed = mixed_stacks(state)
    delta = MIXED_STACK_FRICTION * mixed if mixed else -EASING
    value = max(0, min(100, state.friction + delta))
    delta, state.friction = value - state.friction, value
    state.flags["friction_high"] = value >= 50
    state.flags["friction_critical"] = value >= 80
    return [FrictionChanged(value, delta)] if delta else []
