"""Sieges over months and assaults on walls.

Walls (fortress 1-3) make a garrison hard to dislodge: a besieger waits while hunger thins the defenders and
his siegecraft finds a way in (Kairouan was never taken; Tlemcen fell to its townsfolk). An assault is quicker
and bloody: the walls multiply the garrison's strength.
"""

from __future__ import annotations

from game.engine.armies import armies_at, command_rating, hostile, take_losses
from game.engine.context import Context
from game.engine.events import AssaultFailed, CityFell, Event, SiegeBegan, SiegeContinued, SiegeLifted
from game.engine.rng import Rng
from game.engine.rules.control import change_owner
from game.engine.rules.economy import plunder
from game.engine.state import ArmyState, GameState

STARVATION_FROM_MONTH = 3  # months of siege before hunger kills 10% of the garrison each month


def resolve_sieges(state: GameState, ctx: Context, rng: Rng) -> list[Event]:
    """Assaults ordered this month first, then new sieges begin and every running siege advances a month."""
    events = _assaults(state, ctx, rng) + _begin_sieges(state)
    for region in ctx.tables.region_ids:
        rs = state.regions[region]
        if not rs.siege_by:
            continue
        besiegers = [a for a in armies_at(state, region) if a.side == rs.siege_by]
        if not besiegers or rs.owner == rs.siege_by:
            events.append(SiegeLifted(region, rs.siege_by))
            rs.siege_by, rs.siege_months = "", 0
            continue
        events += _advance_siege(state, ctx, rng, region, besiegers)
    return events


def _begin_sieges(state: GameState) -> list[Event]:
    events: list[Event] = []
    for aid, plan in sorted(state.plans.items()):
        army = state.armies.get(aid)
        if plan.kind != "besiege" or army is None or army.at_sea:
            continue
        rs = state.regions[army.region]
        if rs.siege_by or not hostile(rs.owner, army.side) or rs.garrison == 0 or _enemy_army_present(state, army):
            continue
        rs.siege_by, rs.siege_months = army.side, 0
        events.append(SiegeBegan(army.region, army.side))
    return events


def _advance_siege(state: GameState, ctx: Context, rng: Rng, region: str, besiegers: list[ArmyState]):
    rs = state.regions[region]
    side = rs.siege_by
    rs.siege_months += 1
    starved = 0
    if rs.siege_months >= STARVATION_FROM_MONTH and rs.garrison > 0:
        starved = max(min(50, rs.garrison), rs.garrison // 10)
        rs.garrison -= starved
    events: list[Event] = [SiegeContinued(region, side, rs.siege_months, men_change=-starved)]
    fortress = ctx.tables.regions[region].fortress
    craft = max(command_rating(ctx.tables, a.leader, "siegecraft") for a in besiegers)
    men = sum(a.men for a in besiegers)
    odds = 5 * rs.siege_months + 10 * craft + min(20, men // max(1, rs.garrison * 5)) - 15 * fortress
    if rs.garrison == 0 or (rs.siege_months >= 2 and rng.chance(max(5, min(90, odds)))):
        events.append(_fall(state, ctx, region, side, "siege"))
    return events


def _fall(state: GameState, ctx: Context, region: str, side: str, how: str) -> CityFell:
    """The town opens its gates: its garrison is slain or marched off, the besieger takes it and plunders it."""
    rs = state.regions[region]
    previous, lost = rs.owner, rs.garrison
    if side in state.sides:
        state.sides[side].killed += lost
    if previous in state.sides:
        state.sides[previous].lost += lost
    rs.garrison = 0
    change_owner(state, region, side, ctx.tables.regions[region].population)
    return CityFell(region, side, previous, how, men_change=-lost, plunder=plunder(state, ctx, region, side))


def _assaults(state: GameState, ctx: Context, rng: Rng) -> list[Event]:
    events: list[Event] = []
    by_region: dict[tuple[str, str], list[ArmyState]] = {}
    for aid, plan in sorted(state.plans.items()):
        army = state.armies.get(aid)
        if plan.kind != "assault" or army is None or army.at_sea:
            continue
        rs = state.regions[army.region]
        if hostile(rs.owner, army.side) and not _enemy_army_present(state, army):
            by_region.setdefault((army.region, army.side), []).append(army)
    for (region, side), attackers in sorted(by_region.items()):
        events += assault(state, ctx, rng, region, side, attackers)
    return events


def _enemy_army_present(state: GameState, army: ArmyState) -> bool:
    return any(o.region == army.region and not o.at_sea and hostile(o.side, army.side)
               for o in state.armies.values())


def assault(state: GameState, ctx: Context, rng: Rng, region: str, side: str, attackers: list[ArmyState]):
    """Storm the walls: attack = men (ladders favour foot) x siegecraft x dice against garrison x (1 + walls)."""
    rs = state.regions[region]
    fortress = ctx.tables.regions[region].fortress
    craft = max(command_rating(ctx.tables, a.leader, "siegecraft") for a in attackers)
    attack = sum(a.infantry * 10 + a.light * 7 + a.cavalry * 5 for a in attackers)
    attack = attack * (100 + 10 * craft) // 100 * rng.roll(70, 130)
    defence = rs.garrison * 10 * (1 + fortress) * rng.roll(70, 130)
    success = attack > defence
    pct = 10 + 5 * fortress + (0 if success else 10)
    lost = sum(take_losses(a, a.men * pct // 100) for a in attackers)
    for army in attackers:
        army.morale = max(0, min(100, army.morale + (10 if success else -15)))
    if side in state.sides:
        state.sides[side].lost += lost
    if rs.owner in state.sides:
        state.sides[rs.owner].killed += lost
    if success:
        fell = _fall(state, ctx, region, side, "assault")
        return [CityFell(region, side, fell.previous, "assault", men_change=fell.men_change - lost,
                         plunder=fell.plunder)]
    killed = min(rs.garrison, lost // 3)
    rs.garrison -= killed
    if side in state.sides:
        state.sides[side].killed += killed
    if rs.owner in state.sides:
        state.sides[rs.owner].lost += killed
    return [AssaultFailed(region, side, {side: lost, rs.owner: killed}, men_change=-(lost + killed))]
