"""Checks shared by every order: the side may act, the army exists, is its own and stands on land."""

from __future__ import annotations

from game.engine.commands import Rejection
from game.engine.state import ArmyState, GameState
from game.engine.tables import PLAYABLE


def check_side(state: GameState, side: str) -> Rejection | None:
    if state.over:
        return Rejection("game_over", "The war is over; no more orders can be given.")
    if side not in PLAYABLE or side not in state.sides:
        return Rejection("bad_side", f"'{side}' is not a side a player can command.")
    return None


def own_army(state: GameState, side: str, army_id: str) -> tuple[ArmyState | None, Rejection | None]:
    """The side's army on land, or the reason it cannot take orders."""
    bad = check_side(state, side)
    if bad:
        return None, bad
    army = state.armies.get(army_id)
    if army is None:
        return None, Rejection("no_army", f"There is no army '{army_id}'.")
    if army.side != side:
        return None, Rejection("not_yours", f"The army '{army_id}' does not obey you.")
    if army.at_sea:
        return None, Rejection("at_sea", f"The army '{army_id}' is at sea and cannot take orders.")
    return army, None


def valid_men(*numbers: int) -> Rejection | None:
    if any(not isinstance(n, int) or isinstance(n, bool) or n < 0 for n in numbers):
        return Rejection("bad_number", "Numbers of men must be whole numbers, zero or more.")
    return None
