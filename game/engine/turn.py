"""The month as a pipeline of named phases, read like the rulebook. Each phase is `(state, ctx, rng) ->
list[Event]`; empty armies are swept after each phase (that can leave any); the RNG state is written back at
the end.
"""

from __future__ import annotations

from collections.abc import Callable

from game.engine.armies import sweep_empty
from game.engine.context import Context
from game.engine.events import Event
from game.engine.rng import Rng
from game.engine.rules.asturias import asturian_opportunism
from game.engine.rules.battle import resolve_battles
from game.engine.rules.calendar_phase import advance_calendar
from game.engine.rules.control import resolve_control
from game.engine.rules.economy import economy
from game.engine.rules.friction import update_friction
from game.engine.rules.movement import resolve_movement
from game.engine.rules.reinforcements import reinforcements
from game.engine.rules.scenario_events import scenario_events
from game.engine.rules.siege import resolve_sieges
from game.engine.rules.supply import supply_and_attrition
from game.engine.rules.unrest import unrest_and_revolt
from game.engine.rules.victory import check_victory
from game.engine.state import GameState

Phase = Callable[[GameState, Context, Rng], list[Event]]

PHASES: tuple[tuple[str, Phase], ...] = (
    ("movement", resolve_movement),
    ("battles", resolve_battles),
    ("sieges", resolve_sieges),
    ("control", resolve_control),
    ("friction", update_friction),
    ("supply", supply_and_attrition),
    ("economy", economy),
    ("unrest", unrest_and_revolt),
    ("asturias", asturian_opportunism),
    ("scenario_events", scenario_events),
    ("reinforcements", reinforcements),
    ("victory", check_victory),
    ("calendar", advance_calendar),
)


# Phases that never take men from an army nor add one: the previous phase's sweep left no empty army, so a
# sweep after them would find nothing and is skipped (a test holds them to that).
KEEP_MEN = frozenset({"friction", "economy", "unrest", "asturias", "victory", "calendar"})


def resolve_month(state: GameState, ctx: Context) -> list[Event]:
    """Run every phase in order on `state` (mutated in place) and return the events, in order."""
    rng = Rng(state.rng)
    events: list[Event] = []
    for name, phase in PHASES:
        events += phase(state, ctx, rng)
        if name not in KEEP_MEN:
            events += sweep_empty(state)
    state.rng = rng.state
    return events
