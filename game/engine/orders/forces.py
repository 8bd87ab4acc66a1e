"""Administrative orders on forces, applied at once: garrison, split, merge, recruit.
Recruits join the side's army in the region, or form a new one.

Recruiting costs gold (settings.recruit_cost_per_1000; horsemen cost double) and manpower. The Umayyads
raise cavalry and infantry in walled towns they hold; the Berbers levy anywhere they hold a town or fervour
runs at 40 or more, and where fervour reaches 50 everything costs half (their light troops then draw no pay:
see economy.py).
"""

from __future__ import annotations

import re

from game.engine.armies import armies_by_id, hostile_present, new_army_id
from game.engine.commands import Garrison, MergeArmies, Recruit, Rejection, SplitArmy
from game.engine.events import ArmyDisbanded, ArmyRecruited, Event, ForcesReorganised
from game.engine.orders.common import check_side, own_army, valid_men
from game.engine.state import ArmyState, GameState
from game.engine.tables import Tables

ID_PATTERN = re.compile(r"^[a-z][a-z0-9_]*$")
RECRUIT_STEP = 100


def _take_out(army: ArmyState, men: int) -> None:
    """Men leave an army foot first: infantry, then light troops, then horsemen."""
    for name in ("infantry", "light", "cavalry"):
        take = min(men, getattr(army, name))
        setattr(army, name, getattr(army, name) - take)
        men -= take


def validate_garrison(state: GameState, tables: Tables, cmd: Garrison) -> Rejection | None:
    army, bad = own_army(state, cmd.side, cmd.army)
    if bad:
        return bad
    rs = state.regions[army.region]
    if rs.owner != army.side or army.region in tables.offmap:
        return Rejection("not_held", "You can only garrison a region you hold.")
    if not isinstance(cmd.men, int) or isinstance(cmd.men, bool) or cmd.men == 0:
        return Rejection("bad_number", "Say how many men go into (or come out of) the garrison.")
    if cmd.men > army.men:
        return Rejection("too_many", f"The army has only {army.men} men.")
    if -cmd.men > rs.garrison:
        return Rejection("too_many", f"The garrison has only {rs.garrison} men.")
    return None


def apply_garrison(state: GameState, tables: Tables, cmd: Garrison) -> list[Event]:
    army = state.armies[cmd.army]
    rs = state.regions[army.region]
    if cmd.men > 0:
        _take_out(army, cmd.men)
    else:
        army.infantry += -cmd.men  # townsmen march out as foot
    rs.garrison += cmd.men
    events: list[Event] = [ForcesReorganised("garrison", cmd.army, army.region, cmd.men)]
    if army.men == 0:
        del state.armies[cmd.army]
        state.plans.pop(cmd.army, None)
        events.append(ArmyDisbanded(cmd.army))
    return events


def validate_split_army(state: GameState, tables: Tables, cmd: SplitArmy) -> Rejection | None:
    army, bad = own_army(state, cmd.side, cmd.army)
    if bad:
        return bad
    bad = valid_men(cmd.cavalry, cmd.infantry, cmd.light)
    if bad:
        return bad
    if not ID_PATTERN.match(cmd.new_army) or cmd.new_army in state.armies:
        return Rejection("bad_id", f"'{cmd.new_army}' cannot name a new army (taken or not a lowercase id).")
    if cmd.cavalry > army.cavalry or cmd.infantry > army.infantry or cmd.light > army.light:
        return Rejection("too_many", "The army does not have that many men of that kind.")
    moved = cmd.cavalry + cmd.infantry + cmd.light
    if moved == 0 or moved == army.men:
        return Rejection("bad_split", "A split must leave men in both armies.")
    if cmd.leader and cmd.leader != army.leader:
        return Rejection("bad_leader", f"{cmd.leader} does not lead this army.")
    return None


def apply_split_army(state: GameState, tables: Tables, cmd: SplitArmy) -> list[Event]:
    army = state.armies[cmd.army]
    army.cavalry -= cmd.cavalry
    army.infantry -= cmd.infantry
    army.light -= cmd.light
    new = ArmyState(cmd.new_army, army.side, list(army.factions), army.region, "", cmd.cavalry, cmd.infantry,
                    cmd.light, army.morale, army.supply)
    if cmd.leader:
        army.leader, new.leader = "", cmd.leader
    state.armies[cmd.new_army] = new
    return [ForcesReorganised("split", cmd.army, cmd.new_army, new.men)]


def validate_merge_armies(state: GameState, tables: Tables, cmd: MergeArmies) -> Rejection | None:
    army, bad = own_army(state, cmd.side, cmd.army)
    if bad:
        return bad
    into, bad = own_army(state, cmd.side, cmd.into)
    if bad:
        return bad
    if army.id == into.id:
        return Rejection("same_army", "An army cannot merge into itself.")
    if army.region != into.region:
        return Rejection("apart", "Armies must stand in the same region to merge.")
    return None


def apply_merge_armies(state: GameState, tables: Tables, cmd: MergeArmies) -> list[Event]:
    army, into = state.armies.pop(cmd.army), state.armies[cmd.into]
    state.plans.pop(cmd.army, None)
    total = army.men + into.men
    if total:
        into.morale = (army.morale * army.men + into.morale * into.men) // total
    into.supply = min(army.supply, into.supply)
    into.cavalry += army.cavalry
    into.infantry += army.infantry
    into.light += army.light
    into.factions = sorted(set(into.factions) | set(army.factions))
    if not into.leader and army.leader:
        into.leader = army.leader  # otherwise the merged army's leader goes idle
    return [ForcesReorganised("merge", cmd.army, cmd.into, army.men)]


def recruit_cost(state: GameState, tables: Tables, cmd: Recruit) -> int:
    per_1000 = tables.settings.recruit_cost_per_1000
    weighted = cmd.cavalry * 2 + cmd.infantry
    weighted += cmd.light
    cost = weighted * per_1000 // 1000
    if cmd.side == "berber" and state.regions[cmd.region].fervour >= 50:
        cost //= 2
    return cost


def validate_recruit(state: GameState, tables: Tables, cmd: Recruit,
                     threatened: set[str] | None = None) -> Rejection | None:
    """`threatened`: the regions where enemy armies stand, if the caller has them at hand."""
    bad = check_side(state, cmd.side) or valid_men(cmd.cavalry, cmd.infantry, cmd.light)
    if bad:
        return bad
    if cmd.region not in tables.regions:
        return Rejection("no_region", f"There is no region '{cmd.region}'.")
    men = cmd.cavalry + cmd.infantry + cmd.light
    if men == 0 or any(n % RECRUIT_STEP for n in (cmd.cavalry, cmd.infantry, cmd.light)):
        return Rejection("bad_number", f"Recruit men in hundreds (multiples of {RECRUIT_STEP}).")
    return levy_rejection(state, tables, cmd, threatened)


def levy_rejection(state: GameState, tables: Tables, cmd: Recruit,
                   threatened: set[str] | None = None) -> Rejection | None:
    """The part of `validate_recruit` that depends on the region and the side's means, for a recruit already
    known to be well formed (a playable side in a game not over, an existing region, men in hundreds)."""
    men = cmd.cavalry + cmd.infantry + cmd.light
    rs, info = state.regions[cmd.region], tables.regions[cmd.region]
    if rs.owner != cmd.side:
        return Rejection("not_held", "You can only recruit in a region you hold.")
    if cmd.side == "umayyad":
        if cmd.light:
            return Rejection("no_light", "The Berber light troops will no longer fight for the Caliph.")
        if info.fortress == 0 and not info.city:
            return Rejection("no_town", "The Umayyads recruit only in towns.")
    elif not info.city and info.fortress == 0 and rs.fervour < 40:
        return Rejection("no_town", "The tribes here are not fervent enough to be levied (fervour below 40).")
    ss = state.sides[cmd.side]
    if men > ss.manpower:
        return Rejection("no_manpower", f"Only {ss.manpower} men are available to recruit.")
    cost = recruit_cost(state, tables, cmd)
    if cost > ss.treasury:
        return Rejection("no_gold", f"Recruiting these men costs {cost} gold; the treasury holds {ss.treasury}.")
    enemy_near = (cmd.region in threatened) if threatened is not None else hostile_present(state, cmd.region,
                                                                                             cmd.side)
    if rs.siege_by or enemy_near:
        return Rejection("enemy_near", "No one enlists with the enemy at the gates.")
    return None


def apply_recruit(state: GameState, tables: Tables, cmd: Recruit) -> list[Event]:
    """Recruits join the side's army standing in the region (the first by id), else form a new army."""
    ss = state.sides[cmd.side]
    cost = recruit_cost(state, tables, cmd)
    men = cmd.cavalry + cmd.infantry + cmd.light
    ss.treasury -= cost
    ss.manpower -= men
    host = next((a for a in armies_by_id(state)
                 if a.side == cmd.side and a.region == cmd.region and not a.at_sea), None)
    if host is None:
        army_id = new_army_id(state, cmd.side)
        host = state.armies[army_id] = ArmyState(army_id, cmd.side, [], cmd.region, "", morale=60, supply=100)
    else:
        host.morale = (host.morale * host.men + 60 * men) // (host.men + men)
    host.cavalry += cmd.cavalry
    host.infantry += cmd.infantry
    host.light += cmd.light
    return [ArmyRecruited(host.id, cmd.region, cmd.side, cost, men_change=men)]
