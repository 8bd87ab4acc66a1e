"""The governors' plan, after 740-742: hold Kairouan and Córdoba whatever else burns (a home guard inside
Kairouan, the field army called home whenever the war is not quiet), gather the columns and the Syrian and
Egyptian reinforcements into one army before giving battle (Bagdoura was lost piecemeal), carry the war to the
Berbers' towns worth points while it is quiet (across the Strait too: the Umayyads own the ships), ease the
taxes when the Berber lands boil, and besiege the towns that fell.

Gives objectives for `military.army_orders` and the month's administration (tax, garrisons, recruits).
"""

from __future__ import annotations

from typing import Any

from game.ai.garrisons import (
    GUARD_PREFIX,
    STRONGHOLD_CAP,
    is_guard,
    man_the_walls,
    strongholds,
    wanted_garrison,
)
from game.ai.military import Objective, region_worth, walls_need_help
from game.ai.player import submit
from game.ai.situation import ArmyInfo, Situation
from game.engine import Recruit, SetTaxPolicy, SplitArmy

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
    chase = chasing(sit)
    for seat in seats(sit):
        info = sit.regions[seat]
        if info.owner != sit.side or info.siege_by or sit.hostile_at(seat):  # even stragglers can starve it
            out.append(Objective(seat, region_worth(sit, seat) * 1.5, "defend"))  # relieve it or lose the war
        elif threat(sit, seat, 3) or (seat in sit.lone_seats() and not quiet(sit)):
            # a quiet war, or the last months' hunt for points: walls that hold suffice
            need = walls_need_help(sit, seat) if quiet(sit) or chase else 1.0
            if need > 0:
                out.append(Objective(seat, region_worth(sit, seat) * 0.8 * need, "defend"))
    for region, info in sorted(sit.regions.items()):
        if region in sit.tables.offmap or info.owner == sit.side:
            continue
        if info.owner != "berber":
            continue  # neutral tribes and Asturias are not the war
        worth = region_worth(sit, region)
        walled = info.garrison > 0 and sit.tables.regions[region].fortress > 0
        out.append(Objective(region, worth, "siege" if walled else "take", sail=chase and free_prize(sit, region)))
    for army, target in campaigns(sit):  # safe and stronger: carry the war to the Berbers' best towns
        info = sit.regions[target]
        walled = info.garrison > 0 and sit.tables.regions[target].fortress > 0
        road = 1.0 + 0.5 * sit.dist(army.region, target)  # the march must not lose to every nearer errand
        value = CAMPAIGN_WEIGHT * road * (region_worth(sit, target) + sit.key_points(sit.side, target))
        out.append(Objective(target, value, "siege" if walled else "take", army=army.id,
                             sail=chase and free_prize(sit, target)))
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
CAMPAIGN_ARMIES = 1  # armies given a campaign target (a second one measured worse: docs/ai.md)
TRUST_EDGE = 2.0  # field men over the visible Berber men for a quiet war
TRUST_MEN = 10000  # visible Berber men under which the war may be quiet
CAMPAIGN_MEN = 5000  # smaller columns do not campaign


def on_the_offensive(sit: Situation) -> bool:
    """No seat lost or within reach of a Berber army (stragglers aside: the walls and the defend objectives
    deal with them), and the field armies outnumber the Berbers'."""
    for seat in seats(sit):
        if sit.regions[seat].owner != sit.side or threat(sit, seat, CAMPAIGN_WATCH):
            return False
    return stronger(sit)


CHASE_MONTHS = 9  # the last months, in which a war short of a safe win on points hunts for them
CHASE_BUFFER = 5  # points over the marginal-victory bar that count as a safe win
PRIZE_CLEAR = 2  # steps around an empty town that must hold no enemy band of PRIZE_MEN for a crossing to it
PRIZE_MEN = 500


def chasing(sit: Situation) -> bool:
    """The war's last CHASE_MONTHS with the points short of a safe win: a draw is as good as a loss, so seats
    whose walls hold alone free their armies, every large army campaigns, and empty towns across the sea are
    worth a crossing (measured against `random`, which leaves Tangier and Ceuta empty: docs/ai.md)."""
    return (sit.months_left < CHASE_MONTHS
            and sit.margin < sit.tables.victory.marginal_margin + CHASE_BUFFER)


def free_prize(sit: Situation, region: str) -> bool:
    """An enemy town with no garrison and no enemy band near it: a column that lands takes it unopposed."""
    info = sit.regions[region]
    if info.owner == sit.side or info.garrison > 0:
        return False
    return not any(a.men >= PRIZE_MEN and sit.dist(a.region, region) <= PRIZE_CLEAR for a in sit.hostile_armies())


def quiet(sit: Situation) -> bool:
    """A quiet war: the visible Berber armies are few (under TRUST_MEN) and outnumbered TRUST_EDGE to one."""
    foes = sum(a.men for a in sit.hostile_armies() if a.side == "berber")
    return foes < TRUST_MEN and stronger(sit, TRUST_EDGE)


def stronger(sit: Situation, edge: float = 0.0) -> bool:
    """The field armies outnumber the visible Berber armies by `edge` (default CAMPAIGN_EDGE)."""
    field = sum(a.men for a in sit.mine() if not a.at_sea)
    foes = sum(a.men for a in sit.hostile_armies() if a.side == "berber")
    return field > 0 and field >= (edge or CAMPAIGN_EDGE) * foes


def campaigns(sit: Situation) -> list[tuple[ArmyInfo, str]]:
    """Each field army of CAMPAIGN_MEN or more (largest first) and the Berber-held region worth marching
    on from where it stands: victory points and worth against its road, a different town for each, within
    CAMPAIGN_RANGE months of the held seat of the war nearest the army (its theatre: a crossing counted at
    its sailing time, for the Umayyads own the ships, so the Córdoba army can strike Tangier and Ceuta while
    Kairouan's stays in Africa)."""
    chase = chasing(sit)
    if not stronger(sit) and not chase:
        return []
    armies = sorted((a for a in sit.mine() if not a.at_sea and a.men >= CAMPAIGN_MEN and not is_guard(a.id)),
                    key=lambda a: (-a.men, a.id))
    home = [s for s in sit.seats() if sit.regions[s].owner == sit.side]
    out: list[tuple[ArmyInfo, str]] = []
    for army in armies if chase else armies[:CAMPAIGN_ARMIES]:
        base = min(home, key=lambda s: (sit.dist(army.region, s), s), default=None)  # the army's theatre
        if base is None:
            break
        theatre = [s for s in seats(sit) if sit.months(base, s) <= CAMPAIGN_RANGE]
        if any(sit.regions[s].owner != sit.side or _held_back(sit, s, chase) for s in theatre):
            continue  # its own seats lost or menaced: this army stays on the defensive
        best, choice = 0.0, None
        for region, info in sorted(sit.regions.items()):
            if region in sit.tables.offmap or info.owner != "berber" or any(t == region for _, t in out):
                continue
            swing = sit.key_points(sit.side, region) + sit.key_points(sit.enemy, region)
            if swing <= 0:
                continue  # only the points win the war
            if sit.months(base, region) > CAMPAIGN_RANGE:
                continue  # a column too far from its seat comes back to find it taken
            value = region_worth(sit, region) + swing
            score = value / (1.0 + 0.3 * sit.dist(army.region, region))
            if score > best:
                best, choice = score, region
        if choice is not None:
            out.append((army, choice))
    return out


def _held_back(sit: Situation, seat: str, chase: bool) -> bool:
    """A seat of the theatre keeps its army home: menaced by a band, or, in the hunt for points, only while
    its walls alone could not beat the storm in sight."""
    return walls_need_help(sit, seat) > 0 if chase else bool(threat(sit, seat, CAMPAIGN_WATCH))


GUARD_MEN = 4000  # a home guard standing in a seat: no band can begin a siege while an army is inside


def guards(sit: Situation) -> dict[str, str]:
    """The home guards alive, by army: each stands in its seat for good (it is split off the field army
    when that army stands in the seat), so stragglers cannot sit down before Kairouan while the field army
    campaigns: the siege rules let no siege begin while an army of the town's owner stands in it."""
    return {a.id: a.id[len(GUARD_PREFIX):] for a in sit.mine()
            if is_guard(a.id) and a.id[len(GUARD_PREFIX):] in sit.regions}


def post_guards(game: Any, sit: Situation) -> None:
    """Split a guard off an army standing in a held seat of the war that has none (foot first)."""
    alive = set(guards(sit).values())
    for seat in sit.lone_seats():
        if seat in alive or sit.regions[seat].owner != sit.side:
            continue
        hosts = [a for a in sit.friends_at(seat) if a.men >= GUARD_MEN + 1000 and not is_guard(a.id)]
        if not hosts:
            continue
        host = max(hosts, key=lambda a: (a.men, a.id))
        infantry = min(host.infantry, GUARD_MEN)
        cavalry = min(host.cavalry, GUARD_MEN - infantry)
        light = min(host.light, GUARD_MEN - infantry - cavalry)
        submit(game, SplitArmy(sit.side, host.id, GUARD_PREFIX + seat, cavalry=cavalry, infantry=infantry,
                               light=light))


def tethers(sit: Situation) -> dict[str, str]:
    """A threatened seat keeps its nearest army as a home guard (Córdoba's army stays in al-Andalus while
    the Andalusian Berbers are up); unthreatened seats trust their walls and free every army."""
    out: dict[str, str] = {}
    for seat in seats(sit):
        if sit.regions[seat].owner != sit.side or not threat(sit, seat, 3):
            continue
        near = [a for a in sit.mine() if not a.at_sea and a.id not in out and not is_guard(a.id)
                and sit.dist(a.region, seat) <= 2]
        if near:
            out[min(near, key=lambda a: (sit.dist(a.region, seat), -a.men, a.id)).id] = seat
    return out


def administration(game: Any, sit: Situation) -> None:
    _set_tax(game, sit)
    post_guards(game, sit)
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
    boiling = sum(1 for r in sit.owned(sit.side) if sit.tables.regions[r].population in ("berber", "mixed")
                  and sit.regions[r].unrest >= threshold - 20)
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
