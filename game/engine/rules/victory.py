"""Victory: sudden-death triggers each month; at the end, key-region points decide by the scenario's margins.

Points: each side scores the key regions it holds (the scenario's victory.<side>.key_regions) plus
points_per_1000_enemy_killed. A margin of decisive_margin or more is a decisive victory, marginal_margin or
more a marginal one, less a draw. A side left with no army and no region on the map loses at once.
"""

from __future__ import annotations

from typing import Any

from game.engine.context import Context
from game.engine.events import Event, GameEnded
from game.engine.rng import Rng
from game.engine.state import GameState
from game.engine.tables import PLAYABLE, Tables
from game.engine.triggers import holds

HISTORY_CLOSE_PERCENT = 75


def scores(state: GameState, tables: Tables) -> dict[str, int]:
    out = {}
    for side in PLAYABLE:
        rules = getattr(tables.victory, side)
        points = sum(k.points for k in rules.key_regions
                     if k.region in state.regions and state.regions[k.region].owner == side)
        killed = state.sides[side].killed if side in state.sides else 0
        points += int(rules.points_per_1000_enemy_killed * killed) // 1000
        out[side] = points
    return out


def judge(state: GameState, tables: Tables) -> tuple[str, str]:
    """(winner or "", level) from the points at the end of the game."""
    s = scores(state, tables)
    margin = s["umayyad"] - s["berber"]
    leader = "umayyad" if margin > 0 else "berber"
    if abs(margin) >= tables.victory.decisive_margin:
        return leader, "decisive"
    if abs(margin) >= tables.victory.marginal_margin:
        return leader, "marginal"
    return "", "draw"


def collapsed(state: GameState, tables: Tables, side: str) -> bool:
    """No army and no region on the map left."""
    if any(a.side == side for a in state.armies.values()):
        return False
    return not any(rs.owner == side and rid not in tables.offmap for rid, rs in state.regions.items())


def _end(state: GameState, winner: str, level: str, reason: str) -> list[Event]:
    state.over = True
    state.result = {"winner": winner, "level": level, "reason": reason}
    return [GameEnded(winner, level, reason)]


def check_victory(state: GameState, ctx: Context, rng: Rng) -> list[Event]:
    tables = ctx.tables
    for rule in tables.victory.sudden_death:
        if holds(rule.trigger, state, tables):
            return _end(state, rule.side, rule.level, rule.text or rule.id)
    for side, other in (("umayyad", "berber"), ("berber", "umayyad")):
        if side in state.sides and collapsed(state, tables, side):
            return _end(state, other, "decisive", f"the {side} cause has collapsed")
    if state.month >= tables.last:
        winner, level = judge(state, tables)
        return _end(state, winner, level, "the last month has passed")
    return []


def historical_owners(tables: Tables) -> dict[str, str]:
    """Who held what when history's story ends: the last timeline checkpoint that lists owners, else the
    documented default (Berbers in the far Maghreb, Umayyads in Kairouan and Córdoba), for regions that exist."""
    for month in reversed(tables.scenario.timeline):
        if month.checkpoint is not None and month.checkpoint.owners:
            return dict(month.checkpoint.owners)
    owners = {rid: "berber" for rid, r in tables.regions.items() if "aqsa" in r.area.lower()}
    owners.update({rid: "umayyad" for rid in ("kairouan", "cordoba") if rid in tables.regions})
    return owners


def history_match(state: GameState, tables: Tables) -> int:
    """Percent of the historical end-state owners this state agrees with (100 when there is nothing to match)."""
    owners: dict[str, Any] = historical_owners(tables)
    known = [(rid, side) for rid, side in sorted(owners.items()) if rid in state.regions]
    if not known:
        return 100
    return 100 * sum(1 for rid, side in known if state.regions[rid].owner == side) // len(known)
