"""Garrisons for the towns a side cannot lose: walls hold only with men on them.

An army leaving a captured town leaves it empty, and any enemy column can walk in; this puts enough men on
the walls of a threatened seat (the regions in the enemy's sudden-death victories) to beat a storm.
"""

from __future__ import annotations

from typing import Any

from game.ai.player import submit
from game.ai.situation import Situation
from game.engine import Garrison

BASE_GARRISON = 1000
STRONGHOLD_CAP = 3000  # a secondary town never swallows a field army
GUARD_PREFIX = "guard_"  # a home guard army (strategy_umayyad): it never leaves its town, but its men may
# still go onto the walls like any army's (kept off them, the Umayyads won 73% against easy instead of 88%)


def is_guard(army_id: str) -> bool:
    return army_id.startswith(GUARD_PREFIX)


def storm_power(sit: Situation, region: str, steps: int = 2) -> int:
    """Assault strength (siege.assault without dice) of the visible enemies within `steps` of `region`."""
    return sum(a.infantry * 10 + a.light * 7 + a.cavalry * 5
               for a in sit.hostile_armies() if a.side == sit.enemy and sit.dist(a.region, region) <= steps)


def wanted_garrison(sit: Situation, region: str, base: int = BASE_GARRISON) -> int:
    fortress = sit.tables.regions[region].fortress
    storm = storm_power(sit, region)
    return max(base, int(1.3 * storm / (10 * (1 + fortress))))


def strongholds(sit: Situation) -> list[str]:
    """Walled towns of ours worth keeping: seats, key regions of either side, the scenario's AI priorities."""
    out = []
    for region in sit.owned(sit.side):
        if sit.tables.regions[region].fortress <= 0:
            continue
        if (region in sit.seats() or sit.key_points(sit.side, region) or sit.key_points(sit.enemy, region)
                or sit.priority(region)):
            out.append(region)
    return out


def man_the_walls(game: Any, sit: Situation, regions: list[str], keep: int = 1000,
                  base: int = BASE_GARRISON, cap: int | None = None) -> None:
    """Move men from armies standing in each region into its garrison until it can beat a storm.

    Each army keeps at least `keep` men (or half its strength) so it can still take the field; only where
    no `cap` is set (the seats) does an army too weak to fight go onto the walls whole."""
    for region in regions:
        info = sit.regions.get(region)
        if info is None or info.owner != sit.side or sit.tables.regions[region].fortress <= 0:
            continue
        wanted = wanted_garrison(sit, region, base)
        short = (wanted if cap is None else min(wanted, cap)) - info.garrison
        storm = storm_power(sit, region)
        for army in sit.friends_at(region):
            if short <= 0:
                break
            hopeless = cap is None and army.men * 10 < storm // 2  # too weak for the field: all to the walls
            spare = army.men if hopeless else army.men - (keep if storm else max(keep, army.men // 2))
            men = min(short, spare) // 100 * 100
            if men >= 100 and submit(game, Garrison(sit.side, army.id, men)):
                short -= men
