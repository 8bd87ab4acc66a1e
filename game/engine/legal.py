"""Legal commands for a side: a representative menu for the AI, UI hints and tests.

Numbers are sampled (half an army, a thousand recruits) rather than enumerated; every command listed passes
`check`. Routes are computed once per army.
"""

from __future__ import annotations

import bisect
import functools
import re

from game.engine import commands as c
from game.engine.orders import RULES
from game.engine.orders.forces import levy_rejection
from game.engine.orders.military import has_ships
from game.engine.orders.policy import PREACH_LIMIT, preaching_reach
from game.engine.rules.movement import army_routes
from game.engine.state import TAX_POLICIES, ArmyState, GameState
from game.engine.tables import PLAYABLE, Tables

RECRUIT_OPTIONS = {
    "umayyad": ((0, 1000, 0), (500, 0, 0)),
    "berber": ((0, 0, 2000), (0, 1000, 0), (500, 0, 0)),
}


def _camps(state: GameState, side: str, memo: dict | None) -> dict[str, list[str]]:
    """Region -> ids (sorted) of the side's armies on land there; kept in `memo` (which the caller empties
    whenever regions or armies change) so listing army after army computes it once."""
    key = ("camps", side)
    if memo is not None and key in memo:
        return memo[key]
    camps: dict[str, list[str]] = {}
    for aid, army in state.armies.items():
        if army.side == side and not army.at_sea:
            camps.setdefault(army.region, []).append(aid)
    for ids in camps.values():
        ids.sort()
    if memo is not None:
        memo[key] = camps
    return camps


def recamp(state: GameState, side: str, armies: tuple[str, ...], memo: dict) -> None:
    """Bring the side's camps kept in `memo` up to date after `armies` (ids) came, went or moved, and forget
    the free ids kept for their names (a split took one, a merge freed one)."""
    for aid in armies:
        memo.pop(("fresh", _id_base(aid)), None)
    camps = memo.get(("camps", side))
    if camps is None:
        return
    for aid in armies:
        for region, ids in camps.items():
            if aid in ids:  # an id stands in one camp at most
                ids.remove(aid)
                if not ids:
                    del camps[region]
                break
        army = state.armies.get(aid)
        if army is not None and not army.at_sea:
            bisect.insort(camps.setdefault(army.region, []), aid)  # ids stay sorted


def _listed_armies(state: GameState, side: str, only: str | None) -> list[ArmyState]:
    """The side's armies on land, by id; or only the army `only` (none if it is not such an army)."""
    if only is not None:
        army = state.armies.get(only)
        return [army] if army is not None and army.side == side and not army.at_sea else []
    return [state.armies[aid] for aid in sorted(aid for aid, a in state.armies.items()
                                                if a.side == side and not a.at_sea)]


def _army_commands(state: GameState, tables: Tables, side: str, only: str | None,
                   memo: dict | None = None) -> list[c.Command]:
    """Orders for each army (or only the army `only`), built under the very conditions their validators
    check, so they are legal by construction (tests hold every listed command to `check`)."""
    out: list[c.Command] = []
    for army in _listed_armies(state, side, only):
        aid = army.id
        region = army.region
        men = army.men
        rs, info = state.regions[region], tables.regions[region]
        out += [_order(c.MoveArmy, side, aid, to) for to in sorted(army_routes(state, tables, army, memo))]
        held = rs.owner == side and region not in tables.offmap
        if rs.owner != side and rs.garrison > 0 and region not in tables.offmap:
            if info.fortress > 0 and rs.siege_by != side:
                out.append(_order(c.Besiege, side, aid))
            out.append(_order(c.Assault, side, aid))
        if rs.owner == side and info.port and not rs.siege_by:
            for link in tables.links_from[region]:
                far = tables.other_end(link, region)
                reachable = far not in tables.offmap or state.regions[far].owner == side
                if reachable and has_ships(tables.links[link], side):
                    out.append(_order(c.Embark, side, aid, link))
        if held and men >= 200:
            out.append(_order(c.Garrison, side, aid, men // 2))
        if held and rs.garrison:
            out.append(_order(c.Garrison, side, aid, -min(rs.garrison, max(100, rs.garrison // 2))))
        if men >= 200:
            out.append(_order(c.SplitArmy, side, aid, _fresh_id(state, aid, memo), army.cavalry // 2,
                              army.infantry // 2, army.light // 2))
        mates = _camps(state, side, memo)[region]
        if len(mates) > 1:  # most armies stand alone
            out += [_order(c.MergeArmies, side, aid, other) for other in mates if other != aid]
    return out


@functools.lru_cache(maxsize=8192)
def _order(kind: type, *fields: object) -> c.Command:
    """`kind(*fields)`, built once: commands are immutable values, much the same ones are offered month after
    month, and building a frozen dataclass costs more than finding it again."""
    return kind(*fields)


def _fresh_id(state: GameState, army: str, memo: dict | None = None) -> str:
    """A free id for a split-off army: the parent's id (without numeric suffixes) and a number. Kept in `memo`
    by name: the Berber levies share one name, and each of them would count past all the others."""
    base = _id_base(army)
    key = ("fresh", base)
    if memo is not None and key in memo:
        return memo[key]
    n = 2
    while f"{base}_{n}" in state.armies:
        n += 1
    found = f"{base}_{n}"
    if memo is not None:
        memo[key] = found
    return found


@functools.lru_cache(maxsize=4096)
def _id_base(army: str) -> str:
    """The army id without numeric suffixes, cut to leave room for one (the same ids recur every month)."""
    return re.sub(r"(_\d+)+$", "", army)[:56]


def _admin_commands(state: GameState, tables: Tables, side: str) -> list[c.Command]:
    """Recruits, tax, preaching and choices: recruits and preaching built under their validators' conditions
    (given the indexes at hand), the rest checked by their validators."""
    out: list[c.Command] = []
    threatened = {a.region for a in state.armies.values() if a.side != side and not a.at_sea}
    ss = state.sides[side]
    per_1000 = tables.settings.recruit_cost_per_1000
    # Mixes the side cannot afford anywhere (too few men, or too little gold even at the halved Berber
    # price) are skipped before the validator, which still judges every other candidate.
    mixes = [mix for mix in RECRUIT_OPTIONS[side]
             if sum(mix) <= ss.manpower and (mix[0] * 2 + mix[1] + mix[2]) * per_1000 // 1000 // 2 <= ss.treasury]
    if mixes:
        for region in tables.region_ids:
            rs = state.regions[region]
            if rs.owner == side and region not in threatened and not rs.siege_by:
                for mix in mixes:
                    cmd = _order(c.Recruit, side, region, *mix)
                    if levy_rejection(state, tables, cmd, threatened) is None:  # well formed by construction
                        out.append(cmd)
    out += [c.SetTaxPolicy(side, p) for p in TAX_POLICIES if p != state.sides[side].tax_policy]
    if side == "berber" and len(state.preaching) < PREACH_LIMIT:
        # validate_preach's conditions on the region (the side and the limit are settled above)
        reach = preaching_reach(state, tables)
        out += [_order(c.Preach, side, r) for r in tables.region_ids if r in reach and r not in state.preaching]
    for event_id, chooser in sorted(state.pending.items()):
        if chooser == side:
            out += [c.ChooseOption(side, event_id, ch.id) for ch in tables.events[event_id].choices]
    return [cmd for cmd in out if type(cmd) is c.Recruit or type(cmd) is c.Preach
            or RULES[type(cmd)][0](state, tables, cmd) is None]


def admin_commands(state: GameState, tables: Tables, side: str) -> list[c.Command]:
    """The side's administrative commands alone (recruits, tax, preaching, choices): `legal_commands`
    without the armies' orders."""
    if state.over or side not in PLAYABLE:
        return []
    return _admin_commands(state, tables, side)


def legal_commands(state: GameState, tables: Tables, side: str, army: str | None = None,
                   memo: dict | None = None) -> list[c.Command]:
    """The side's legal commands; with `army`, only that army's orders. `memo`: a dict the caller keeps for
    as long as regions and armies do not change (the facade empties it on every order that may change them,
    undo and end_turn)."""
    if state.over or side not in PLAYABLE:
        return []
    commands = _army_commands(state, tables, side, army, memo)
    if army is None:
        commands += _admin_commands(state, tables, side)
    return commands
