"""Control: who holds each region after the fighting.

An army alone in an enemy region takes it if no garrison holds it; an open town's garrison skirmishes and
falls to a much larger army; walled towns need a siege or an assault. Off-map nodes never change hands.
"""

from __future__ import annotations

from game.engine.armies import armies_by_id, hostile
from game.engine.context import Context
from game.engine.events import Event, GarrisonSkirmished, RegionTaken
from game.engine.rng import Rng
from game.engine.rules.economy import plunder
from game.engine.state import ArmyState, GameState

OVERRUN_RATIO = 3  # an army this many times the open town's garrison overruns it


def change_owner(state: GameState, region: str, side: str, population: str) -> str:
    """Hand a region to `side`: the siege ends and the people react. Returns the previous owner."""
    rs = state.regions[region]
    previous = rs.owner
    rs.owner, rs.siege_by, rs.siege_months = side, "", 0
    if side == "berber" and population in ("berber", "mixed"):
        rs.unrest = max(0, rs.unrest - 30)  # liberated, as the tribes see it
    elif side == "umayyad" and population in ("berber", "mixed"):
        rs.unrest = min(100, rs.unrest + 20)  # reconquered and resentful
    return previous


def resolve_control(state: GameState, ctx: Context, rng: Rng) -> list[Event]:
    events: list[Event] = []
    tables = ctx.tables
    by_region: dict[str, list[ArmyState]] = {}
    for army in armies_by_id(state):
        if not army.at_sea:
            by_region.setdefault(army.region, []).append(army)
    for region in sorted(by_region):
        present = by_region[region]
        if region in tables.offmap or len({a.side for a in present}) != 1:
            continue
        side = present[0].side
        rs = state.regions[region]
        if not hostile(rs.owner, side) or rs.siege_by == side:
            continue
        if rs.garrison > 0 and tables.regions[region].fortress > 0:
            continue  # walls: a siege or an assault is needed
        slain = 0
        if rs.garrison > 0:
            if sum(a.men for a in present) < OVERRUN_RATIO * rs.garrison:
                events.append(_skirmish(state, region, present))
                if rs.garrison > 0:
                    continue
            slain = rs.garrison
            rs.garrison = 0
            if side in state.sides:
                state.sides[side].killed += slain
            if rs.owner in state.sides:
                state.sides[rs.owner].lost += slain
        events.append(RegionTaken(region, side, change_owner(state, region, side, tables.regions[region].population),
                                  men_change=-slain, plunder=plunder(state, ctx, region, side)))
    return events


def _skirmish(state: GameState, region: str, present: list[ArmyState]) -> GarrisonSkirmished:
    """An open town's garrison and a small army trade losses: the garrison loses a quarter of the army's
    numbers, the army a quarter of the garrison's (foot soldiers first)."""
    rs = state.regions[region]
    side = present[0].side
    killed = min(rs.garrison, sum(a.men for a in present) // 4)
    per_army = rs.garrison // 4 // len(present)
    lost = 0
    for army in present:
        take = min(army.men, per_army)
        army.infantry, army.light, army.cavalry = _take_foot_first(army, take)
        lost += take
    rs.garrison -= killed
    if side in state.sides:
        state.sides[side].lost += lost
        state.sides[side].killed += killed
    if rs.owner in state.sides:
        state.sides[rs.owner].lost += killed
    return GarrisonSkirmished(region, side, men_change=-(killed + lost))


def _take_foot_first(army: ArmyState, men: int) -> tuple[int, int, int]:
    inf = min(army.infantry, men)
    light = min(army.light, men - inf)
    cav = min(army.cavalry, men - inf - light)
    return army.infantry - inf, army.light - light, army.cavalry - cav
