"""The state at the first month, built from the scenario: owners, garrisons, armies, leaders, purses."""

from __future__ import annotations

from typing import Any

from game.engine.context import Context
from game.engine.effects import place_army
from game.engine.rng import seed_state
from game.engine.rules.reinforcements import arrive
from game.engine.state import GameState, LeaderState, RegionState, SideState
from game.engine.tables import PLAYABLE, Tables


def initial_state(tables: Tables, seed: int) -> GameState:
    scenario: Any = tables.scenario
    state = GameState(
        month=0,
        rng=seed_state(seed),
        regions={r.id: RegionState(r.owner, r.garrison, r.unrest, r.fervour) for r in scenario.regions},
        armies={},
        leaders={ld.id: LeaderState("active" if ld.active else "inactive") for ld in scenario.leaders},
        sides={s.id: SideState(s.treasury, s.manpower, s.tax_policy) for s in scenario.sides if s.id != "neutral"},
    )
    for side in PLAYABLE:
        state.sides.setdefault(side, SideState(0, 0, "normal"))
    for definition in scenario.armies:
        place_army(state, tables, definition)
    arrive(state, Context(tables), 0)
    return state
