"""What one side may see: its own forces and purse in full; enemy armies only where its own armies,
garrisons or lands stand next to them (or in the same region); enemy numbers rounded to the hundred, and
never the enemy's plans, purse or pending choices.
"""

from __future__ import annotations

from dataclasses import dataclass

from game.engine.state import ArmyState, GameState, Plan, RegionState, SideState
from game.engine.tables import Tables


@dataclass(slots=True)
class SideView:
    side: str
    month: int
    regions: dict[str, RegionState]
    armies: dict[str, ArmyState]
    own: SideState
    plans: dict[str, Plan]
    pending: list[str]
    preaching: list[str]
    friction: int
    flags: dict[str, bool]


def _round(n: int) -> int:
    return (n + 50) // 100 * 100


def visible_regions(state: GameState, tables: Tables, side: str) -> set[str]:
    eyes = {rid for rid, rs in state.regions.items() if rs.owner == side}
    eyes |= {a.region for a in state.armies.values() if a.side == side and not a.at_sea}
    seen = set(eyes)
    for region in eyes:
        seen.update(tables.neighbors[region])
    return seen


def view_for(state: GameState, tables: Tables, side: str) -> SideView:
    seen = visible_regions(state, tables, side)
    regions = {}
    for rid, rs in state.regions.items():
        copy = rs.copy()
        if rs.owner != side:
            copy.garrison = _round(rs.garrison) if rid in seen else 0
        regions[rid] = copy
    armies = {}
    for aid, army in state.armies.items():
        if army.side == side:
            armies[aid] = army.copy()
        elif not army.at_sea and army.region in seen:
            copy = army.copy()
            copy.cavalry, copy.infantry, copy.light = _round(army.cavalry), _round(army.infantry), _round(army.light)
            copy.supply = 0
            armies[aid] = copy
    plans = {aid: p.copy() for aid, p in state.plans.items() if aid in armies and armies[aid].side == side}
    return SideView(
        side=side,
        month=state.month,
        regions=regions,
        armies=armies,
        own=state.sides[side].copy(),
        plans=plans,
        pending=sorted(e for e, s in state.pending.items() if s == side),
        preaching=list(state.preaching) if side == "berber" else [],
        friction=state.friction,
        flags=dict(state.flags),
    )
