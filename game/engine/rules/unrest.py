"""Unrest, preaching and revolt.

Each month unrest moves with the owner's tax policy (harsher on Berber lands under Umayyad rule), falls where
garrisons and loyal armies stand, and rises with Kharijite fervour. Berber preachers raise fervour and unrest.
When unrest reaches the scenario's threshold in a Berber or mixed region the people rise: the region goes
Berber (unless a strong walled garrison holds the town), a levy of light troops may take the field, and the
unrest spreads to the neighbours.
"""

from __future__ import annotations

from game.engine.armies import armies_at, command_rating, new_army_id
from game.engine.context import Context
from game.engine.events import Event, Preached, RegionRevolted
from game.engine.rng import Rng
from game.engine.rules.control import change_owner
from game.engine.state import ArmyState, GameState

TAX_UNREST = {"low": -2, "normal": 0, "high": 4}
BERBER_GRIEVANCE = {"low": 0, "normal": 1, "high": 3}  # extra unrest on Berber lands under Umayyad taxes
PREACH_FERVOUR = 10
PREACH_UNREST = 8
LEVY_PER_FERVOUR = 40  # light troops who rise per point of fervour
MIN_LEVY = 500


def monthly_unrest(state: GameState, ctx: Context, region: str, camps: set[tuple[str, str]] | None = None) -> int:
    """The month's change of unrest in a region (before preaching and revolt). `camps`: the (region, side)
    pairs where armies stand, if the caller has them at hand."""
    tables = ctx.tables
    rs = state.regions[region]
    info = tables.regions[region]
    if rs.owner == "berber":
        return -5  # the people are with the revolt
    policy = state.sides[rs.owner].tax_policy if rs.owner in state.sides else "normal"
    delta = TAX_UNREST[policy] - 1
    if rs.owner == "umayyad" and info.population in ("berber", "mixed"):
        delta += BERBER_GRIEVANCE[policy] + rs.fervour // 20
    delta -= min(5, rs.garrison // 1000)
    if camps is None:
        camps = {(a.region, a.side) for a in armies_at(state, region)}
    if (region, rs.owner) in camps:
        delta -= 2
    return delta


def unrest_and_revolt(state: GameState, ctx: Context, rng: Rng) -> list[Event]:
    tables = ctx.tables
    events: list[Event] = _preaching(state, ctx)
    camps = {(a.region, a.side) for a in state.armies.values() if not a.at_sea}
    for region in tables.region_ids:
        if region in tables.offmap:
            continue
        rs = state.regions[region]
        rs.unrest = max(0, min(100, rs.unrest + monthly_unrest(state, ctx, region, camps)))
        if rs.owner == "berber":
            rs.fervour = min(100, rs.fervour + 1)
    threshold = tables.settings.revolt_threshold
    for region in tables.region_ids:
        rs = state.regions[region]
        if (region in tables.offmap or rs.owner == "berber" or rs.unrest < threshold
                or tables.regions[region].population not in ("berber", "mixed")):
            continue
        events += revolt(state, ctx, region)
    return events


def _preaching(state: GameState, ctx: Context) -> list[Event]:
    events: list[Event] = []
    if not state.preaching:
        return events
    charisma = max([command_rating(ctx.tables, a.leader, "charisma")
                    for a in state.armies.values() if a.side == "berber"] or [0])
    for region in sorted(set(state.preaching)):
        rs = state.regions[region]
        rs.fervour = min(100, rs.fervour + PREACH_FERVOUR + 2 * charisma)
        if rs.owner != "berber":
            rs.unrest = min(100, rs.unrest + PREACH_UNREST + charisma)
        events.append(Preached(region, rs.fervour, rs.unrest))
    return events


def revolt(state: GameState, ctx: Context, region: str) -> list[Event]:
    """The region rises. A walled garrison of (1 + walls) x its men >= the levy keeps the town; the levy
    still takes the field to besiege it."""
    tables = ctx.tables
    rs = state.regions[region]
    info = tables.regions[region]
    levy_men = rs.fervour * LEVY_PER_FERVOUR + info.manpower * 2
    holds = info.fortress > 0 and rs.garrison * (1 + info.fortress) >= levy_men
    previous, slain = rs.owner, 0
    if not holds:
        slain = rs.garrison
        rs.garrison = 0
        change_owner(state, region, "berber", info.population)
    levy = ""
    if levy_men >= MIN_LEVY:
        levy = new_army_id(state, "berber")
        state.armies[levy] = ArmyState(levy, "berber", [], region, light=levy_men, morale=60, supply=100)
        if holds:
            rs.siege_by, rs.siege_months = "berber", 0
    else:
        levy_men = 0
    rs.unrest = 20
    spread = tables.settings.unrest_spread
    for n in tables.neighbors[region]:
        nrs = state.regions[n]
        if n not in tables.offmap and nrs.owner != "berber":
            nrs.unrest = min(100, nrs.unrest + spread)
            nrs.fervour = min(100, nrs.fervour + 5)
    return [RegionRevolted(region, previous, levy, men_change=levy_men - slain)]
