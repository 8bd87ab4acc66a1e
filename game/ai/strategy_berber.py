"""The rebels' plan, after 740: preach the revolt from tribe to tribe, cut off Tangier and the far Maghreb,
fall on isolated Arab columns (the Nobles, Bagdoura), then march on Kairouan (Tubna, Baja, al-Asnam).

Gives objectives for `military.army_orders` and the month's politics (tax, levies, preaching).
"""

from __future__ import annotations

from typing import Any

from game.ai.garrisons import STRONGHOLD_CAP, man_the_walls, strongholds
from game.ai.military import Objective, region_worth
from game.ai.odds import command
from game.ai.player import submit
from game.ai.situation import Situation
from game.engine import Preach, Recruit, SetTaxPolicy
from game.engine.rules.unrest import LEVY_PER_FERVOUR, PREACH_UNREST

FAR_WEST = ("Maghreb al-Aqsa",)  # the first to rise; holding it all cuts Tangier off from Kairouan
MAX_LEVY = 4000
STRAGGLERS = 500  # armies smaller than this are not worth a battle


def objectives(sit: Situation) -> list[Objective]:
    out = []
    capital = sit.tables.sides["umayyad"].capital
    for region, info in sorted(sit.regions.items()):
        if region in sit.tables.offmap or info.owner == "berber":
            continue
        static = sit.tables.regions[region]
        worth = region_worth(sit, region)
        if static.population in ("berber", "mixed"):
            worth *= 1.2
        if static.area in FAR_WEST:
            worth += 4
        if region == capital:
            worth *= 1.3  # the prize that ends the war
        if info.owner == "asturias":
            continue  # the Christian north is not the war
        if info.owner == "neutral":
            worth *= 0.3  # better preached into the revolt than conquered
        walled = info.garrison > 0 and static.fortress > 0
        out.append(Objective(region, worth, "siege" if walled else "take"))
    for army in sit.hostile_armies():
        if army.side != "umayyad" or army.men < STRAGGLERS:
            continue
        value = army.men / 1000 * 1.5
        if not any(o.id != army.id and sit.dist(o.region, army.region) <= 1 for o in sit.hostile_armies()):
            value *= 2.0  # an isolated column: destroy it before it is reinforced
        out.append(Objective(army.region, value, "attack"))
    return out


def politics(game: Any, sit: Situation) -> None:
    """Tax, levies and preaching; Berber lands do not grumble at their own taxes, so tax them."""
    if sit.tax_policy != "high":
        submit(game, SetTaxPolicy(sit.side, "high"))
    _levy(game, sit)
    man_the_walls(game, sit, [r for r in strongholds(sit) if r not in sit.seats()], cap=STRONGHOLD_CAP)
    man_the_walls(game, sit, [r for r in strongholds(sit) if r in sit.seats()])
    for region in preaching_targets(sit)[:3]:
        submit(game, Preach(sit.side, region))


def preaching_targets(sit: Situation) -> list[str]:
    """Regions where preaching soonest turns unrest into a revolt that wins, best first."""
    charisma = max([command(sit, a.leader, "charisma") for a in sit.mine()] or [0])
    threshold = sit.tables.settings.revolt_threshold
    scored = []
    for region, info in sit.regions.items():
        static = sit.tables.regions[region]
        if region in sit.tables.offmap or static.population not in ("berber", "mixed"):
            continue
        if info.owner == "berber":
            if info.fervour < 60 and sit.hostile_at(region) == [] and _frontier(sit, region):
                scored.append((0.5 + (60 - info.fervour) / 100, region))
            continue
        gain = PREACH_UNREST + charisma
        months = max(0, threshold - info.unrest) / gain
        levy = (info.fervour + 10 + 2 * charisma) * LEVY_PER_FERVOUR + static.manpower * 2
        holds = static.fortress > 0 and info.garrison * (1 + static.fortress) >= levy
        worth = region_worth(sit, region) * (0.4 if holds else 1.0)
        if info.owner != "umayyad":
            worth *= 0.6
        scored.append((worth / (1.0 + months), region))
    return [r for _, r in sorted(scored, key=lambda x: (-x[0], x[1]))]


def _frontier(sit: Situation, region: str) -> bool:
    return any(sit.regions[n].owner != "berber" for n in sit.tables.neighbors.get(region, ()))


def _levy(game: Any, sit: Situation) -> None:
    """Raise light troops where the tribes are fervent and the front is near (a third of the price)."""
    per_1000 = sit.tables.settings.recruit_cost_per_1000
    spots = sorted((-sit.regions[r].fervour, r) for r in sit.owned("berber") if _frontier(sit, r))
    gold, men = sit.treasury - 2 * sit.upkeep(), sit.manpower
    for _, region in spots[:2]:
        cheap = 2 if sit.regions[region].fervour >= 50 else 1
        afford = gold * 3000 * cheap // max(1, per_1000)
        light = min(men, afford, MAX_LEVY) // 100 * 100
        if light >= 500 and submit(game, Recruit(sit.side, region, light=light)):
            gold -= light * per_1000 // 3000 // cheap
            men -= light
