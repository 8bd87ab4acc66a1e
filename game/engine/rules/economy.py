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
UNPAID_MORALE = 5  # morale an unpaid army loses a month (10 until 2026-12-08: docs/ai.md, "Unpaid troops")
PLUNDER_MONTHS = 2


def plunder(state: GameState, ctx: Context, region: str, side: str) -> int:
    """Gold the conqueror of `region` carries off (paid into its treasury); returns the amount."""
    gold = ctx.tables.regions[region].revenue * PLUNDER_MONTHS
    if side in state.sides:
        state.sides[side].treasury += gold
    return gold


def income(state: GameState, ctx: Context, side: str) -> tuple[int, int]:
    """(gold, manpower) the side collects this month; besieged regions pay nothing, unrest cuts the take."""
    gold, men, _cost = accounts(state, ctx).get(side, (0, 0, 0))
    return gold, men


def paid_men(army) -> int:
    """Men who draw pay: everyone but the Berber light troops."""
    return army.cavalry + army.infantry + (0 if army.side == "berber" else army.light)


def upkeep(state: GameState, ctx: Context, side: str) -> int:
    """Gold the side's armies and garrisons cost this month."""
    return accounts(state, ctx).get(side, (0, 0, 0))[2]


def accounts(state: GameState, ctx: Context) -> dict[str, tuple[int, int, int]]:
    """Side -> (gold, manpower, upkeep) this month for every side holding a region or an army: `income` and
    `upkeep` of all sides in one pass over the regions and one over the armies."""
    tables = ctx.tables
    gold: dict[str, int] = {}
    men: dict[str, int] = {}
    paid: dict[str, int] = {}  # men drawing pay
    rates: dict[str, int] = {}
    for region in tables.region_ids:
        rs = state.regions[region]
        side = rs.owner
        paid[side] = paid.get(side, 0) + rs.garrison  # garrisons draw pay, besieged or not
        if rs.siege_by:
            continue
        rate = rates.get(side)
        if rate is None:
            ss = state.sides.get(side)
            rate = rates[side] = TAX_RATE[ss.tax_policy if ss is not None else "normal"]
        info = tables.regions[region]
        gold[side] = gold.get(side, 0) + info.revenue * rate * (100 - rs.unrest // 2) // 10000
        levied = info.manpower * (100 - rs.unrest // 2) // 100
        if side == "berber":
            levied += info.manpower * rs.fervour // 200  # fervour brings volunteers
        men[side] = men.get(side, 0) + levied
    for army in state.armies.values():
        paid[army.side] = paid.get(army.side, 0) + paid_men(army)
    per_1000 = tables.settings.upkeep_per_1000
    return {side: (gold.get(side, 0), men.get(side, 0), paid[side] * per_1000 // 1000) for side in paid}


def economy(state: GameState, ctx: Context, rng: Rng) -> list[Event]:
    events: list[Event] = []
    month = accounts(state, ctx)  # treasuries and morale change below, but neither feeds another side's take
    for side in sorted(state.sides):
        if side == "neutral":
            continue
        ss = state.sides[side]
        gold, men, cost = month.get(side, (0, 0, 0))
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
