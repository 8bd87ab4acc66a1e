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
from game.engine.tables import Tables

STARVING_LOSS = 8
HARSH_LOSS = 4


def is_supplied(state: GameState, ctx: Context, army: ArmyState) -> bool:
    return army.region in supplied_regions(state, ctx, army.side)


def supplied_regions(state: GameState, ctx: Context, side: str) -> set[str]:
    """Where the side's armies are supplied: regions it holds, those next to one it holds that is not under
    siege (adjacency is symmetric), and for the Berbers the Berber tribes' lands."""
    return supplied_by_side(state, ctx.tables).get(side, set())


def supplied_by_side(state: GameState, tables: Tables) -> dict[str, set[str]]:
    """`supplied_regions` of every side holding a region, and of the Berbers, in one pass over the regions."""
    found: dict[str, set[str]] = {"berber": set(tables.derived("berber_lands", _berber_lands))}
    neighbors = tables.neighbors
    for region, rs in state.regions.items():
        mine = found.get(rs.owner)
        if mine is None:
            mine = found[rs.owner] = set()
        mine.add(region)
        if not rs.siege_by:
            mine.update(neighbors[region])
    return found


def _berber_lands(tables: Tables) -> frozenset[str]:
    """The Berber tribes' lands, where they feed Berber armies."""
    return frozenset(rid for rid, info in tables.regions.items() if info.population == "berber")


def _harsh_regions(tables: Tables, when: str) -> dict[str, str]:
    """Region -> the cause of its attrition, for the regions whose terrain wears armies down in season `when`."""
    harsh = {("desert", "summer"), ("mountains", "winter")}
    return {rid: f"{info.terrain} in {when}" for rid, info in tables.regions.items() if (info.terrain, when) in harsh}


def supply_and_attrition(state: GameState, ctx: Context, rng: Rng) -> list[Event]:
    events: list[Event] = []
    tables = ctx.tables
    when = season(tables.start, state.month)
    harsh = tables.derived(("harsh", when), lambda t: _harsh_regions(t, when))
    supplied = supplied_by_side(state, tables)
    nowhere: set[str] = set()
    for army in armies_by_id(state):
        region = army.region
        if army.at_sea or region in tables.offmap:
            continue
        if region in supplied.get(army.side, nowhere):
            army.supply = min(100, army.supply + 50)
            if state.regions[region].owner == army.side:
                rally = 5 + command_rating(tables, army.leader, "charisma")  # a beloved leader heartens them
                army.morale = min(90, army.morale + rally) if army.morale < 90 else army.morale
        else:
            army.supply = max(0, army.supply - 25)
        if army.supply == 0:
            lost = take_percent(army, STARVING_LOSS)
            army.morale = max(0, army.morale - 5)
            if lost:
                events.append(AttritionSuffered(army.id, "hunger", men_change=-lost))
        cause = harsh.get(region)
        if cause is not None:
            lost = take_percent(army, HARSH_LOSS)
            if lost:
                events.append(AttritionSuffered(army.id, cause, men_change=-lost))
    return events
