"""Scenario events: triggers checked at month end, effects applied, choices left pending for a side.

A choice fired at the end of one month stays pending through the next; if its side has not chosen by the end
of that month the default is taken: the `historical` choice in the replay, else the highest `ai_weight`.
"""

from __future__ import annotations

from typing import Any

from game.engine.context import Context
from game.engine.effects import apply_effects
from game.engine.events import ChoiceMade, Event, EventFired
from game.engine.rng import Rng
from game.engine.state import GameState
from game.engine.tables import Tables
from game.engine.triggers import earliest_month, holds


def default_choice(event: Any, historical: bool) -> Any:
    if historical:
        for choice in event.choices:
            if choice.historical:
                return choice
    return max(event.choices, key=lambda c: c.ai_weight)  # first of the best on ties


def make_choice(state: GameState, tables: Tables, event_id: str, choice_id: str, by_default: bool) -> list[Event]:
    event = tables.events[event_id]
    choice = next(c for c in event.choices if c.id == choice_id)
    side = state.pending.pop(event_id)
    state.pending_since.pop(event_id, None)
    return [ChoiceMade(event_id, side, choice_id, by_default), *apply_effects(choice.effects, state, tables)]


def can_fire(event: Any, state: GameState, ctx: Context) -> bool:
    if event.historical_only and not ctx.historical:
        return False
    if event.once and state.fired.get(event.id, 0):
        return False
    if event.id in state.pending:
        return False
    return holds(event.trigger, state, ctx.tables)


def fire(event: Any, state: GameState, ctx: Context) -> list[Event]:
    state.fired[event.id] = state.fired.get(event.id, 0) + 1
    has_choice = bool(event.chooser and event.choices)
    events: list[Event] = [EventFired(event.id, event.title, event.narration,
                                      event.chooser if has_choice else "",
                                      [c.id for c in event.choices] if has_choice else [])]
    events += apply_effects(event.effects, state, ctx.tables)
    if has_choice:
        state.pending[event.id] = event.chooser
        state.pending_since[event.id] = state.month
    return events


def scenario_events(state: GameState, ctx: Context, rng: Rng) -> list[Event]:
    tables = ctx.tables
    events: list[Event] = []
    for event_id in sorted(state.pending):
        if state.pending_since.get(event_id, state.month) < state.month:
            choice = default_choice(tables.events[event_id], ctx.historical)
            events += make_choice(state, tables, event_id, choice.id, by_default=True)
    for event, earliest in zip(tables.scenario.events, _earliest_months(tables)):
        if state.month >= earliest and can_fire(event, state, ctx):
            events += fire(event, state, ctx)
    return events


def _earliest_months(tables: Tables) -> list[int]:
    """For each scenario event, the month before which its trigger cannot hold (cached on the tables): most
    events wait for a date, and checking that first spares evaluating the rest of the trigger every month."""
    return tables.derived("earliest_months", lambda t: [earliest_month(e.trigger, t) for e in t.scenario.events])
