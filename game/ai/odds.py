"""Battle, siege and assault odds as a player could work them out from the published rules and the map.

Mirrors the formulas of `game.engine.rules.battle` and `siege` (importing their public tables so a rules
change follows here) but only from what a Situation shows: the dice are never read, only their spread.
"""

from __future__ import annotations

from functools import lru_cache

from game.ai.situation import ArmyInfo, Situation
from game.engine.rules.battle import VALUE

DICE = (75, 125)  # each side's battle roll, percent


def command(sit: Situation, leader: str, rating: str = "command") -> int:
    info = sit.tables.leaders.get(leader) if leader else None
    return int(getattr(info, rating)) if info is not None else 0


def strength(sit: Situation, region: str, armies: list[ArmyInfo], defending: bool) -> int:
    """A stack's fighting strength in `region` before dice (as battle.strength computes it)."""
    men = sum(a.men for a in armies)
    if men == 0:
        return 0
    terrain = sit.tables.regions[region].terrain
    base = sum(a.cavalry * VALUE["cavalry"][terrain] + a.infantry * VALUE["infantry"][terrain]
               + a.light * VALUE["light"][terrain] for a in armies)
    percent = 50 + sum(a.morale * a.men for a in armies) // men
    percent += 8 * max(command(sit, a.leader) for a in armies)
    if armies[0].side == "berber":
        percent += sit.regions[region].fervour // 5
    if len({f for a in armies for f in a.factions}) > 1:
        percent -= 5 + sit.friction // 4
    if defending:
        percent += 20 if terrain in ("hills", "mountains") else 10
    return base * max(percent, 10) // 100


@lru_cache(maxsize=4096)
def _win(ratio_hundredths: int) -> float:
    """P(a * X > b * Y) for X, Y uniform on the dice, with a/b = ratio (a 21 x 21 grid is plenty)."""
    ratio = ratio_hundredths / 100
    low, high = DICE
    steps = [low + (high - low) * i / 20 for i in range(21)]
    wins = sum(1 for x in steps for y in steps if ratio * x > y) + 0.5 * sum(
        1 for x in steps for y in steps if ratio * x == y)
    return wins / (len(steps) ** 2)


def win_probability(attack: int, defence: int) -> float:
    if defence <= 0:
        return 1.0
    if attack <= 0:
        return 0.0
    return _win(min(400, round(100 * attack / defence)))


def attack_odds(sit: Situation, region: str, attackers: list[ArmyInfo]) -> float:
    """Chance that `attackers` beat every hostile army visible in `region`."""
    defenders = sit.hostile_at(region)
    if not defenders:
        return 1.0
    owner = sit.regions[region].owner
    mine = strength(sit, region, attackers, attackers[0].side == owner)
    theirs = strength(sit, region, defenders, defenders[0].side == owner)
    return win_probability(mine, theirs)


def assault_odds(sit: Situation, region: str, attackers: list[ArmyInfo]) -> float:
    """Chance that storming the walls succeeds (siege.assault without the dice)."""
    garrison = sit.regions[region].garrison
    if garrison <= 0:
        return 1.0
    fortress = sit.tables.regions[region].fortress
    craft = max(command(sit, a.leader, "siegecraft") for a in attackers)
    attack = sum(a.infantry * 10 + a.light * 7 + a.cavalry * 5 for a in attackers) * (100 + 10 * craft) // 100
    defence = garrison * 10 * (1 + fortress)
    return win_probability(attack, defence) if attack < 2.0 * defence else 1.0


def siege_chance(sit: Situation, region: str, attackers: list[ArmyInfo], months: int) -> float:
    """Monthly chance a siege in its `months`-th month takes the town."""
    garrison = sit.regions[region].garrison
    if garrison <= 0:
        return 1.0
    if months < 2:
        return 0.0
    fortress = sit.tables.regions[region].fortress
    craft = max(command(sit, a.leader, "siegecraft") for a in attackers)
    men = sum(a.men for a in attackers)
    odds = 5 * months + 10 * craft + min(20, men // max(1, garrison * 5)) - 15 * fortress
    return max(5, min(90, odds)) / 100
