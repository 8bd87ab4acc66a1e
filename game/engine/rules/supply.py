"""Supply and attrition: armies eat. Holding towns feeds them; enemy land without supply costs men.

An army is supplied in a region its side holds, next to one, or (Berbers) among Berber tribes. Supply is a
store (0-100): it refills by 50 a month when supplied and empties by 25 when not; a starving army loses 8% of
its men a month. Deserts in summer and mountains in winter cost 4% more whatever the supply. At home an army
regains 5 morale a month plus its leader's charisma (up to 90).
"""

from __future__ import annotations

from game.engine.armies import armies_by_id, command_rating, take_percent
from game.engine.calendar import season
from game.engine.context import Context
from game.engine.events import AttritionSuffered, Event
from game.engine.rng import Rng
from game.engine.state import ArmyState, GameState

STARVING_LOSS = 8
HARSH_LOSS = 4


def is_supplied(state: GameState, ctx: Context, army: ArmyState) -> bool:
    return army.region in supplied_regions(state, ctx, army.side)


def supplied_regions(state: GameState, ctx: Context, side: str) -> set[str]:
    """Where the side's armies are supplied: regions it holds, those next to one it holds that is not under
    siege (adjacency is symmetric), and for the Berbers the Berber tribes' lands."""
    tables = ctx.tables
    found: set[str] = set()
    for region, rs in state.regions.items():
        if rs.owner == side:
            found.add(region)
            if not rs.siege_by:
                found.update(tables.neighbors[region])
    if side == "berber":  # the tribes feed their own
        found.update(rid for rid, info in tables.regions.items() if info.population == "berber")
    return found


def supply_and_attrition(state: GameState, ctx: Context, rng: Rng) -> list[Event]:
    events: list[Event] = []
    tables = ctx.tables
    when = season(tables.start, state.month)
    supplied: dict[str, set[str]] = {}  # side -> regions, found once per side
    for army in armies_by_id(state):
        if army.at_sea or army.region in tables.offmap:
            continue
        if army.side not in supplied:
            supplied[army.side] = supplied_regions(state, ctx, army.side)
        if army.region in supplied[army.side]:
            army.supply = min(100, army.supply + 50)
            if state.regions[army.region].owner == army.side:
                rally = 5 + command_rating(tables, army.leader, "charisma")  # a beloved leader heartens them
                army.morale = min(90, army.morale + rally) if army.morale < 90 else army.morale
        else:
            army.supply = max(0, army.supply - 25)
        if army.supply == 0:
            lost = take_percent(army, STARVING_LOSS)
            army.morale = max(0, army.morale - 5)
            if lost:
                events.append(AttritionSuffered(army.id, "hunger", men_change=-lost))
        terrain = tables.regions[army.region].terrain
        if (terrain, when) in (("desert", "summer"), ("mountains", "winter")):
            lost = take_percent(army, HARSH_LOSS)
            if lost:
                events.append(AttritionSuffered(army.id, f"{terrain} in {when}", men_change=-lost))
    return events
