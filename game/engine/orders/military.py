"""Military orders: plans for the month (move, besiege, assault, embark), resolved when the month ends.
A new plan for an army replaces its earlier one; plans can be undone until the month ends.
"""

from __future__ import annotations

from game.engine.armies import hostile
from game.engine.commands import Assault, Besiege, Embark, MoveArmy, Rejection
from game.engine.events import Event
from game.engine.orders.common import own_army
from game.engine.rules.movement import army_routes
from game.engine.state import GameState, Plan
from game.engine.tables import Tables


def validate_move_army(state: GameState, tables: Tables, cmd: MoveArmy,
                       memo: dict | None = None) -> Rejection | None:
    army, bad = own_army(state, cmd.side, cmd.army)
    if bad:
        return bad
    if cmd.to not in tables.regions:
        return Rejection("no_region", f"There is no region '{cmd.to}'.")
    if cmd.to == army.region:
        return Rejection("already_there", "The army is already there.")
    if cmd.to not in army_routes(state, tables, army, memo):
        return Rejection("out_of_reach", f"{cmd.army} cannot reach {cmd.to} this month.")
    return None


def apply_move_army(state: GameState, tables: Tables, cmd: MoveArmy, memo: dict | None = None) -> list[Event]:
    army = state.armies[cmd.army]
    _cost, path = army_routes(state, tables, army, memo)[cmd.to]
    state.plans[cmd.army] = Plan("move", cmd.to, list(path))
    return []


def _walled_enemy(state: GameState, tables: Tables, region: str, side: str) -> bool:
    rs = state.regions[region]
    return hostile(rs.owner, side) and rs.garrison > 0 and region not in tables.offmap


def validate_besiege(state: GameState, tables: Tables, cmd: Besiege) -> Rejection | None:
    army, bad = own_army(state, cmd.side, cmd.army)
    if bad:
        return bad
    rs = state.regions[army.region]
    if not _walled_enemy(state, tables, army.region, army.side) or tables.regions[army.region].fortress == 0:
        return Rejection("nothing_to_besiege", "There is no enemy-held walled town here to besiege.")
    if rs.siege_by == army.side:
        return Rejection("already_besieged", "Your armies already besiege this town.")
    return None


def apply_besiege(state: GameState, tables: Tables, cmd: Besiege) -> list[Event]:
    state.plans[cmd.army] = Plan("besiege", state.armies[cmd.army].region)
    return []


def validate_assault(state: GameState, tables: Tables, cmd: Assault) -> Rejection | None:
    army, bad = own_army(state, cmd.side, cmd.army)
    if bad:
        return bad
    if not _walled_enemy(state, tables, army.region, army.side):
        return Rejection("nothing_to_assault", "There is no enemy garrison here to assault.")
    return None


def apply_assault(state: GameState, tables: Tables, cmd: Assault) -> list[Event]:
    state.plans[cmd.army] = Plan("assault", state.armies[cmd.army].region)
    return []


_PEOPLE = {"umayyad": "Umayyads", "berber": "Berbers", "asturias": "Asturians", "neutral": "unaligned tribes"}


def has_ships(link: object, side: str) -> bool:
    """May `side` use the sea link? An empty `sides` list means any side has the ships."""
    sides = getattr(link, "sides", None) or ()
    return not sides or side in sides


def validate_embark(state: GameState, tables: Tables, cmd: Embark) -> Rejection | None:
    army, bad = own_army(state, cmd.side, cmd.army)
    if bad:
        return bad
    if cmd.link not in tables.links:
        return Rejection("no_link", f"There is no sea crossing '{cmd.link}'.")
    if cmd.link not in tables.links_from[army.region]:
        return Rejection("not_at_port", f"The crossing '{cmd.link}' does not leave from {army.region}.")
    link = tables.links[cmd.link]
    if not has_ships(link, army.side):
        name = link.name[4:] if link.name.lower().startswith("the ") else link.name
        people = _PEOPLE.get(army.side, army.side)
        return Rejection("no_ships", f"The {people} have no ships for the {name}.")
    info, rs = tables.regions[army.region], state.regions[army.region]
    if not info.port or rs.owner != army.side or rs.siege_by:
        return Rejection("no_port", "Embarking needs a port you hold, not under siege, at the start of the crossing.")
    destination = tables.other_end(cmd.link, army.region)
    if destination in tables.offmap and state.regions[destination].owner != army.side:
        return Rejection("hostile_offmap", "That off-map land does not receive your ships.")
    return None


def apply_embark(state: GameState, tables: Tables, cmd: Embark) -> list[Event]:
    state.plans[cmd.army] = Plan("embark", cmd.link)
    return []
