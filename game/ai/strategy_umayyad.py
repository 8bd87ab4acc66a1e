"""The governors' plan, after 740-742: hold Kairouan and Córdoba whatever else burns, gather the columns and
the Syrian and Egyptian reinforcements into one army before giving battle (Bagdoura was lost piecemeal),
ease the taxes when the Berber lands boil, and besiege the towns that fell.

Gives objectives for `military.army_orders` and the month's administration (tax, garrisons, recruits).
"""

from __future__ import annotations

from typing import Any

from game.ai.garrisons import (
    STRONGHOLD_CAP,
    man_the_walls,
    strongholds,
    wanted_garrison,
)
from game.ai.military import Objective, region_worth
from game.ai.player import submit
from game.ai.situation import Situation
from game.engine import Recruit, SetTaxPolicy

MAX_RECRUIT = 5000
MENACE_MEN = 1000
LOW_TAX_RESERVE = 4  # months of pay in the treasury before taxes are eased
SEAT_GARRISON_PER_WALL = 3000  # scripted risings can put 30,000 Berbers before Córdoba within two months


def seats(sit: Situation) -> list[str]:
    """The towns to protect: those whose fall ends the war, the capital, and key regions worth 20 or more."""
    found = set(sit.seats())
    capital = sit.tables.sides[sit.side].capital
    if capital:
        found.add(capital)
    found |= {r for r in sit.regions if sit.key_points(sit.side, r) >= 20}
    return sorted(found)


def threat(sit: Situation, region: str, steps: int = 2) -> list:
    """Berber armies within `steps` of `region` big enough to matter (stragglers do not tie an army down)."""
    return [a for a in sit.hostile_armies()
            if a.side == "berber" and a.men >= MENACE_MEN and sit.dist(a.region, region) <= steps]


def objectives(sit: Situation) -> list[Objective]:
    out = []
    for seat in seats(sit):
        info = sit.regions[seat]
        if info.owner != sit.side or info.siege_by or sit.hostile_at(seat):  # even stragglers can starve it
            out.append(Objective(seat, region_worth(sit, seat) * 1.5, "defend"))  # relieve it or lose the war
        elif threat(sit, seat, 3):
            out.append(Objective(seat, region_worth(sit, seat) * 0.8, "defend"))
    for region, info in sorted(sit.regions.items()):
        if region in sit.tables.offmap or info.owner == sit.side:
            continue
        if info.owner != "berber":
            continue  # neutral tribes and Asturias are not the war
        worth = region_worth(sit, region)
        walled = info.garrison > 0 and sit.tables.regions[region].fortress > 0
        out.append(Objective(region, worth, "siege" if walled else "take"))
    target = campaign_target(sit)
    if target is not None:  # safe and stronger: carry the war to the Berbers' best town
        info = sit.regions[target]
        walled = info.garrison > 0 and sit.tables.regions[target].fortress > 0
        main = max((a for a in sit.mine() if not a.at_sea), key=lambda a: (a.men, a.id))
        road = 1.0 + 0.5 * sit.dist(main.region, target)  # the march must not lose to every nearer errand
        value = CAMPAIGN_WEIGHT * road * (region_worth(sit, target) + sit.key_points(sit.side, target))
        out.append(Objective(target, value, "siege" if walled else "take"))
    for army in sit.hostile_armies():
        if army.side != "berber" or army.men < MENACE_MEN:
            continue  # stragglers retreat from every fight and the winner still pays its 3%
        near_seat = min((sit.dist(army.region, s) for s in seats(sit)), default=99)
        menace = min(1.0, army.men / 5000)  # a band of stragglers is not worth chasing
        value = army.men / 1000 + (6.0 * menace if near_seat <= 2 else 0.0)
        out.append(Objective(army.region, value, "attack"))
    return out


CAMPAIGN_WEIGHT = 2.0  # the campaign target against the other Berber-held regions
CAMPAIGN_RANGE = 4  # steps from a seat of the war (Kairouan, Córdoba) the campaign may go
CAMPAIGN_EDGE = 1.2  # field men over the visible Berber men before the governors march out
CAMPAIGN_WATCH = 3  # steps around a seat that must be clear of Berber armies (1,000+ men)
CAMPAIGN_WALLS = 2  # the seats' garrisons are doubled before the field army leaves them


def on_the_offensive(sit: Situation) -> bool:
    """No seat lost or within reach of a Berber army (stragglers aside: the walls and the defend objectives
    deal with them), and the field armies outnumber the Berbers'."""
    for seat in seats(sit):
        if sit.regions[seat].owner != sit.side or threat(sit, seat, CAMPAIGN_WATCH):
            return False
    field = sum(a.men for a in sit.mine() if not a.at_sea)
    foes = sum(a.men for a in sit.hostile_armies() if a.side == "berber")
    return field > 0 and field >= CAMPAIGN_EDGE * foes


def campaign_target(sit: Situation) -> str | None:
    """The Berber-held region worth marching on: victory points and worth against the main army's road."""
    if not on_the_offensive(sit):
        return None
    armies = [a for a in sit.mine() if not a.at_sea and a.men > 0]
    if not armies:
        return None
    main = max(armies, key=lambda a: (a.men, a.id))
    home = [s for s in sit.seats() if sit.regions[s].owner == sit.side]
    best, choice = 0.0, None
    for region, info in sorted(sit.regions.items()):
        if region in sit.tables.offmap or info.owner != "berber":
            continue
        swing = sit.key_points(sit.side, region) + sit.key_points(sit.enemy, region)
        if swing <= 0:
            continue  # only the points win the war
        if min((sit.dist(region, s) for s in home), default=99) > CAMPAIGN_RANGE:
            continue  # a column too far from the seats comes back to find Kairouan taken
        value = region_worth(sit, region) + swing
        score = value / (1.0 + 0.3 * sit.dist(main.region, region))
        if score > best:
            best, choice = score, region
    return choice


def tethers(sit: Situation) -> dict[str, str]:
    """A threatened seat keeps its nearest army as a home guard (Córdoba's army stays in al-Andalus while
    the Andalusian Berbers are up); unthreatened seats trust their walls and free every army."""
    out: dict[str, str] = {}
    for seat in seats(sit):
        if sit.regions[seat].owner != sit.side or not threat(sit, seat, 3):
            continue
        near = [a for a in sit.mine() if not a.at_sea and a.id not in out and sit.dist(a.region, seat) <= 2]
        if near:
            out[min(near, key=lambda a: (sit.dist(a.region, seat), -a.men, a.id)).id] = seat
    return out


def administration(game: Any, sit: Situation) -> None:
    _set_tax(game, sit)
    away = on_the_offensive(sit)  # the field army may march off: the walls of the war's seats hold alone
    for seat in seats(sit):
        extra = CAMPAIGN_WALLS if away and seat in sit.seats() else 1
        man_the_walls(game, sit, [seat], base=extra * seat_garrison(sit, seat))
    man_the_walls(game, sit, [r for r in strongholds(sit) if r not in seats(sit)], cap=STRONGHOLD_CAP)
    _recruit(game, sit)


def _set_tax(game: Any, sit: Situation) -> None:
    """High taxes light the revolt, but unpaid junds lose heart everywhere at once: tax high when normal
    taxes cannot pay the armies and the treasury is short, ease them when many Berber lands boil and the
    treasury is full."""
    threshold = sit.tables.settings.revolt_threshold
    boiling = sum(1 for r in sit.owned(sit.side)
                  if sit.tables.regions[r].population in ("berber", "mixed") and sit.regions[r].unrest >= threshold - 20)
    upkeep = sit.upkeep()
    if sit.treasury < 3 * upkeep and boiling == 0:
        policy = "high"
    elif boiling >= 2 and sit.treasury >= LOW_TAX_RESERVE * upkeep:
        policy = "low"
    else:
        policy = "normal"
    if policy != sit.tax_policy:
        submit(game, SetTaxPolicy(sit.side, policy))


def _recruit(game: Any, sit: Situation) -> None:
    """Enlist foot where a seat's walls are short of men (else the seat nearest the front), keeping a reserve
    of two months' pay: unpaid troops lose heart."""
    per_1000 = sit.tables.settings.recruit_cost_per_1000
    upkeep_per_1000 = max(1, sit.tables.settings.upkeep_per_1000)
    spare = sit.treasury - 2 * sit.upkeep() - 50
    payable = (sit.income() - sit.upkeep()) * 1000 // upkeep_per_1000  # men the surplus can keep paid
    held = [s for s in seats(sit) if sit.regions[s].owner == sit.side and not sit.regions[s].siege_by
            and not sit.hostile_at(s)]
    if spare <= 0 or not held:
        return
    pressed = max(held, key=lambda s: (_shortfall(sit, s), -_front_distance(sit, s), s))
    men = min(sit.manpower, spare * 1000 // max(1, per_1000), MAX_RECRUIT, payable) // 100 * 100
    if men >= 500:
        submit(game, Recruit(sit.side, pressed, infantry=men))


def _shortfall(sit: Situation, seat: str) -> int:
    return max(0, wanted_garrison(sit, seat, seat_garrison(sit, seat)) - sit.regions[seat].garrison)


def seat_garrison(sit: Situation, seat: str) -> int:
    """Men a seat keeps on its walls even in quiet months: scripted risings come without warning."""
    return SEAT_GARRISON_PER_WALL * sit.tables.regions[seat].fortress


def _front_distance(sit: Situation, region: str) -> int:
    """Steps from `region` to the nearest Berber-held region."""
    return min((sit.dist(region, r) for r in sit.owned("berber")), default=99)
