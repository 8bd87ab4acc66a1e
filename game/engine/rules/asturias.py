"""Asturian opportunism: the third side, played by the engine.

When the Berber garrisons of the north-west marched south in 741, Alfonso of Asturias took the empty lands.
Each month every region next to Asturian land, north of latitude 40, with no garrison and no army, may fall
to the Asturians: 25% a month if the Berbers hold it (their garrisons left), 10% otherwise.
"""

from __future__ import annotations

from game.engine.context import Context
from game.engine.events import AsturiansAdvanced, Event
from game.engine.rng import Rng
from game.engine.state import GameState

NORTH_OF_LATITUDE = 40.0
CHANCE_FROM_BERBERS = 25
CHANCE_OTHERWISE = 10


def candidates(state: GameState, ctx: Context) -> list[str]:
    tables = ctx.tables
    occupied = {a.region for a in state.armies.values() if not a.at_sea}
    found = []
    for region in tables.region_ids:
        rs = state.regions[region]
        info = tables.regions[region]
        if (region in tables.offmap or rs.owner == "asturias" or rs.garrison > 0 or region in occupied
                or info.lat < NORTH_OF_LATITUDE):
            continue
        if any(state.regions[n].owner == "asturias" for n in tables.neighbors[region]):
            found.append(region)
    return found


def asturian_opportunism(state: GameState, ctx: Context, rng: Rng) -> list[Event]:
    if "asturias" not in state.sides and not any(r.owner == "asturias" for r in state.regions.values()):
        return []
    events: list[Event] = []
    for region in candidates(state, ctx):
        rs = state.regions[region]
        if rng.chance(CHANCE_FROM_BERBERS if rs.owner == "berber" else CHANCE_OTHERWISE):
            events.append(AsturiansAdvanced(region, rs.owner))
            rs.owner, rs.siege_by, rs.siege_months = "asturias", "", 0
    return events
