"""Scenario triggers: when an event fires or a sudden-death victory is declared. Each kind is evaluated once
here. A date trigger holds from its month on; battle_won holds once the side has won a battle (there) this game.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from game.engine.calendar import month_index
from game.engine.state import GameState
from game.engine.tables import Tables


def _date(t: Any, state: GameState, tables: Tables) -> bool:
    return state.month >= month_index(tables.start, t.month)


def _owner(t: Any, state: GameState, tables: Tables) -> bool:
    rs = state.regions.get(t.region)
    return rs is not None and rs.owner == t.side


def _leader_dead(t: Any, state: GameState, tables: Tables) -> bool:
    status = state.leaders.get(t.leader)
    return status is not None and status.status == "dead"


def _battle_won(t: Any, state: GameState, tables: Tables) -> bool:
    return any(b[1] == t.side and (t.region is None or b[2] == t.region) for b in state.battles)


def _flag(t: Any, state: GameState, tables: Tables) -> bool:
    return state.flags.get(t.flag, False) == t.value


def _army_exists(t: Any, state: GameState, tables: Tables) -> bool:
    return (t.army in state.armies) == t.value


def _all(t: Any, state: GameState, tables: Tables) -> bool:
    return all(holds(x, state, tables) for x in t.of)


def _any(t: Any, state: GameState, tables: Tables) -> bool:
    return any(holds(x, state, tables) for x in t.of)


def _not(t: Any, state: GameState, tables: Tables) -> bool:
    return not holds(t.of, state, tables)


TRIGGERS: dict[str, Callable[[Any, GameState, Tables], bool]] = {
    "date": _date,
    "owner": _owner,
    "leader_dead": _leader_dead,
    "battle_won": _battle_won,
    "flag": _flag,
    "army_exists": _army_exists,
    "all": _all,
    "any": _any,
    "not": _not,
}


def earliest_month(trigger: Any, tables: Tables) -> int:
    """A month index before which the trigger cannot hold (0 when no date bounds it): its date, or the latest
    date an `all` requires."""
    if trigger.kind == "date":
        return month_index(tables.start, trigger.month)
    if trigger.kind == "all":
        return max((earliest_month(x, tables) for x in trigger.of), default=0)
    return 0


def holds(trigger: Any, state: GameState, tables: Tables) -> bool:
    return TRIGGERS[trigger.kind](trigger, state, tables)
