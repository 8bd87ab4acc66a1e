"""The last phase: the month turns. Plans and per-month counters are cleared; a finished game stays put."""

from __future__ import annotations

from game.engine.calendar import month_label
from game.engine.context import Context
from game.engine.events import Event, MonthBegan
from game.engine.rng import Rng
from game.engine.state import GameState


def advance_calendar(state: GameState, ctx: Context, rng: Rng) -> list[Event]:
    state.plans.clear()
    state.preaching.clear()
    for side in state.sides.values():
        side.preached = 0
    if state.over:
        return []
    state.month += 1
    return [MonthBegan(month_label(ctx.tables.start, state.month))]
