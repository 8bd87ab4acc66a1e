"""The closed vocabulary of scenario effects, each implemented once. Data says what; this says how.

Every effect returns the events that record what it changed (men gained or lost carry `men_change`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from game.engine.armies import assign_leader, depose_leader, destroy_army, kill_leader
from game.engine.events import Event, LeaderActivated, Narrated, ScenarioChanged
from game.engine.rules.control import change_owner
from game.engine.state import ArmyState, GameState
from game.engine.tables import Tables


def army_from_definition(definition: Any, tables: Tables) -> ArmyState:
    """A fresh ArmyState from a scenario Army (start armies, reinforcements, spawn_army)."""
    faction = definition.faction
    return ArmyState(
        definition.id, definition.side, [faction] if faction else [], definition.region,
        leader=definition.leader or "", cavalry=definition.cavalry, infantry=definition.infantry,
        light=definition.light, morale=definition.morale,
    )


def place_army(state: GameState, tables: Tables, definition: Any) -> ArmyState | None:
    """Put a scenario army on the map (None if its id is already in play); activates its leader."""
    if definition.id in state.armies or definition.region not in state.regions:
        return None
    army = army_from_definition(definition, tables)
    leader = army.leader
    army.leader = ""
    state.armies[army.id] = army
    if leader and leader in state.leaders and state.leaders[leader].status in ("active", "inactive"):
        assign_leader(state, leader, army.id)
    return army


def _spawn_army(e, state, tables) -> list[Event]:
    army = place_army(state, tables, e.army)
    return [ScenarioChanged("spawn_army", e.army.id, men_change=army.men)] if army else []


def _remove_army(e, state, tables) -> list[Event]:
    return destroy_army(state, e.army, "scenario") if e.army in state.armies else []


def _move_army(e, state, tables) -> list[Event]:
    army = state.armies.get(e.army)
    if army is None or e.region not in state.regions:
        return []
    army.region, army.at_sea = e.region, 0
    state.plans.pop(e.army, None)
    return [ScenarioChanged("move_army", e.army)]


def _add_men(e, state, tables) -> list[Event]:
    army = state.armies.get(e.army)
    if army is None:
        return []
    before = army.men
    for name in ("cavalry", "infantry", "light"):
        amount = getattr(e, name)
        if amount >= 0:
            setattr(army, name, getattr(army, name) + amount)
        else:
            setattr(army, name, max(0, getattr(army, name) + amount))
    return [ScenarioChanged("add_men", e.army, men_change=army.men - before)]


def _activate_leader(e, state, tables) -> list[Event]:
    status = state.leaders.get(e.leader)
    if status is None or status.status in ("dead", "deposed"):
        return []
    status.status = "active"
    if e.army and e.army in state.armies:
        assign_leader(state, e.leader, e.army)
    return [LeaderActivated(e.leader, e.army or "")]


def _kill_leader(e, state, tables) -> list[Event]:
    return kill_leader(state, tables, e.leader, e.cause)


def _depose_leader(e, state, tables) -> list[Event]:
    return depose_leader(state, tables, e.leader)


def _assign_leader(e, state, tables) -> list[Event]:
    status = state.leaders.get(e.leader)
    if status is None or status.status in ("dead", "deposed") or e.army not in state.armies:
        return []
    assign_leader(state, e.leader, e.army)
    return [LeaderActivated(e.leader, e.army)]


def _set_owner(e, state, tables) -> list[Event]:
    rs = state.regions.get(e.region)
    if rs is None or e.region in tables.offmap:
        return []
    change_owner(state, e.region, e.side, tables.regions[e.region].population)
    before = rs.garrison
    if e.garrison is not None:
        rs.garrison = e.garrison
    return [ScenarioChanged("set_owner", e.region, men_change=rs.garrison - before)]


def _add_unrest(e, state, tables) -> list[Event]:
    for region in e.regions:
        if region in state.regions:
            rs = state.regions[region]
            rs.unrest = max(0, min(100, rs.unrest + e.amount))
    return [ScenarioChanged("add_unrest", ",".join(e.regions))]


def _add_fervour(e, state, tables) -> list[Event]:
    for region in e.regions:
        if region in state.regions:
            rs = state.regions[region]
            rs.fervour = max(0, min(100, rs.fervour + e.amount))
    return [ScenarioChanged("add_fervour", ",".join(e.regions))]


def _add_treasury(e, state, tables) -> list[Event]:
    if e.side not in state.sides:
        return []
    ss = state.sides[e.side]
    ss.treasury = max(0, ss.treasury + e.amount)
    return [ScenarioChanged("add_treasury", e.side)]


def _add_manpower(e, state, tables) -> list[Event]:
    if e.side not in state.sides:
        return []
    ss = state.sides[e.side]
    ss.manpower = max(0, ss.manpower + e.amount)
    return [ScenarioChanged("add_manpower", e.side)]


def _set_tax_policy(e, state, tables) -> list[Event]:
    if e.side not in state.sides:
        return []
    state.sides[e.side].tax_policy = e.policy
    return [ScenarioChanged("set_tax_policy", e.side)]


def _set_flag(e, state, tables) -> list[Event]:
    state.flags[e.flag] = e.value
    return [ScenarioChanged("set_flag", e.flag)]


def _narrate(e, state, tables) -> list[Event]:
    return [Narrated(e.text)]


EFFECTS: dict[str, Callable[[Any, GameState, Tables], list[Event]]] = {
    "spawn_army": _spawn_army,
    "remove_army": _remove_army,
    "move_army": _move_army,
    "add_men": _add_men,
    "activate_leader": _activate_leader,
    "kill_leader": _kill_leader,
    "depose_leader": _depose_leader,
    "assign_leader": _assign_leader,
    "set_owner": _set_owner,
    "add_unrest": _add_unrest,
    "add_fervour": _add_fervour,
    "add_treasury": _add_treasury,
    "add_manpower": _add_manpower,
    "set_tax_policy": _set_tax_policy,
    "set_flag": _set_flag,
    "narrate": _narrate,
}


def apply_effects(effects: Any, state: GameState, tables: Tables) -> list[Event]:
    events: list[Event] = []
    for effect in effects:
        events += EFFECTS[effect.kind](effect, state, tables)
    return events
