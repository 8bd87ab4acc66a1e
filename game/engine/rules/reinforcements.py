"""Reinforcements: armies the scenario schedules, arriving at the start of their month (Kulthum's Syrians
from Damascus, Hanzala's Egyptians). An army already in play under that id (spawned by an event) is skipped.
"""

from __future__ import annotations

from game.engine.context import Context
from game.engine.effects import place_army
from game.engine.events import Event, ReinforcementsArrived
from game.engine.rng import Rng
from game.engine.state import GameState


def arrive(state: GameState, ctx: Context, month: int) -> list[Event]:
    events: list[Event] = []
    for reinforcement in ctx.tables.reinforcements.get(month, ()):
        army = place_army(state, ctx.tables, reinforcement.army)
        if army is not None:
            events.append(ReinforcementsArrived(army.id, army.region, men_change=army.men))
    return events


def reinforcements(state: GameState, ctx: Context, rng: Rng) -> list[Event]:
    """Armies due next month appear now, so their side can order them from the first day of that month."""
    if state.month >= ctx.tables.last:
        return []
    return arrive(state, ctx, state.month + 1)
