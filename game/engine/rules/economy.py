"""Revenue, manpower, upkeep and plunder. Tax policy trades gold for unrest (see unrest.py): the lever whose
abuse, the tribute of Berber slaves and taxes on converts, lit the revolt. Berber light troops are tribesmen
who live off the land and fight for faith and booty: they draw no pay, and the taking of towns pays the war.
"""

from __future__ import annotations

from game.engine.context import Context
from game.engine.events import Event, RevenueCollected
from game.engine.rng import Rng
from game.engine.state import GameState

TAX_RATE = {"low": 60, "normal": 100, "high": 150}  # percent of a region's listed revenue
UNPAID_MORALE = 10
PLUNDER_MONTHS = 2


def plunder(state: GameState, ctx: Context, region: str, side: str) -> int:
    """Gold the conqueror of `region` carries off (paid into its treasury); returns the amount."""
    gold = ctx.tables.regions[region].revenue * PLUNDER_MONTHS
    if side in state.sides:
        state.sides[side].treasury += gold
    return gold


def income(state: GameState, ctx: Context, side: str) -> tuple[int, int]:
    """(gold, manpower) the side collects this month; besieged regions pay nothing, unrest cuts the take."""
    tables = ctx.tables
    ss = state.sides.get(side)
    rate = TAX_RATE[ss.tax_policy if ss is not None else "normal"]
    gold = men = 0
    for region in tables.region_ids:
        rs = state.regions[region]
        if rs.owner != side or rs.siege_by:
            continue
        info = tables.regions[region]
        gold += info.revenue * rate * (100 - rs.unrest // 2) // 10000
        men += info.manpower * (100 - rs.unrest // 2) // 100
        if side == "berber":
            men += info.manpower * rs.fervour // 200  # fervour brings volunteers
    return gold, men


def paid_men(army) -> int:
    """Men who draw pay: everyone but the Berber light troops."""
    return army.cavalry + army.infantry + (0 if army.side == "berber" else army.light)


def upkeep(state: GameState, ctx: Context, side: str) -> int:
    men = sum(paid_men(a) for a in state.armies.values() if a.side == side)
    men += sum(rs.garrison for rs in state.regions.values() if rs.owner == side)
    return men * ctx.tables.settings.upkeep_per_1000 // 1000


def economy(state: GameState, ctx: Context, rng: Rng) -> list[Event]:
    events: list[Event] = []
    for side in sorted(state.sides):
        if side == "neutral":
            continue
        ss = state.sides[side]
        gold, men = income(state, ctx, side)
        cost = upkeep(state, ctx, side)
        ss.treasury += gold - cost
        ss.manpower += men
        unpaid = ss.treasury < 0
        if unpaid:
            ss.treasury = 0
            for army in state.armies.values():
                if army.side == side and paid_men(army):
                    army.morale = max(0, army.morale - UNPAID_MORALE)
        events.append(RevenueCollected(side, gold, cost, men, unpaid))
    return events
