"""Movement: points by troop mix, costs by terrain and season, routes, and the simultaneous month-end march.

Horsemen ride far, Berber light troops run nearly as far, foot soldiers plod. Deserts burn in summer and
mountain passes close in winter. An army stops when it meets an enemy army or an enemy-held garrison.
"""

from __future__ import annotations

import heapq

from game.engine.armies import armies_by_id, hostile
from game.engine.calendar import season
from game.engine.context import Context
from game.engine.events import ArmyEmbarked, ArmyLanded, ArmyMoved, Event
from game.engine.rng import Rng
from game.engine.state import ArmyState, GameState
from game.engine.tables import Tables

SPEED = {"cavalry": 5, "light": 4, "infantry": 3}
TERRAIN_COST = {"plain": 1, "coast": 1, "hills": 2, "marsh": 2, "desert": 2, "mountains": 3}
SEASON_PENALTY = {("desert", "summer"): 2, ("mountains", "winter"): 2}
ROUTE_CACHE_LIMIT = 50_000  # cached route tables per scenario before the cache starts afresh


_SLOWEST_FIRST = sorted(SPEED, key=SPEED.__getitem__)


def movement_points(army: ArmyState) -> int:
    """The slowest troop type present sets the pace."""
    for troop in _SLOWEST_FIRST:
        if getattr(army, troop) > 0:
            return SPEED[troop]
    return 0


def entry_cost(tables: Tables, region: str, month: int) -> int:
    terrain = tables.regions[region].terrain
    return TERRAIN_COST[terrain] + SEASON_PENALTY.get((terrain, season(tables.start, month)), 0)


def cost_table(tables: Tables, month: int) -> dict[str, int]:
    """Entry cost of every region in this month's season (cached per season on the tables)."""
    return tables.derived(("cost", season(tables.start, month)),
                          lambda t: {rid: entry_cost(t, rid, month) for rid in t.region_ids})


def blocks(state: GameState, region: str, side: str) -> bool:
    """True where a marching army must stop: an enemy army, or an enemy garrison, stands there."""
    return _blocks_step(state, _camps(state), region, side)


def blocked_regions(state: GameState, side: str) -> set[str]:
    """Every region where the side's marching armies must stop."""
    # hot path (every route query): `hostile` only for garrisoned regions the side does not own, as a
    # side is never hostile to itself
    found = {rid for rid, rs in state.regions.items()
             if rs.garrison > 0 and rs.owner != side and hostile(rs.owner, side)}
    found.update([a.region for a in state.armies.values() if a.side != side and not a.at_sea])
    return found


def blocked_for(state: GameState, side: str, memo: dict | None = None) -> set[str]:
    """`blocked_regions`, kept in `memo` when given: a dict its owner empties whenever regions or armies
    change (the facade's layout memo)."""
    if memo is None:
        return blocked_regions(state, side)
    key = ("blocked", side)
    found = memo.get(key)
    if found is None:
        found = memo[key] = blocked_regions(state, side)
    return found


def army_routes(state: GameState, tables: Tables, army: ArmyState, memo: dict | None = None
                ) -> dict[str, tuple[int, tuple[str, ...]]]:
    """`routes` of the army, kept in `memo` when given (see `blocked_for`): listing the army's orders,
    checking a move and applying it search once."""
    if memo is None:
        return routes(state, tables, army)
    key = ("routes", army.id)
    found = memo.get(key)
    if found is None:
        found = memo[key] = routes(state, tables, army, blocked_for(state, army.side, memo))
    return found


def routes(state: GameState, tables: Tables, army: ArmyState,
           blocked: set[str] | None = None) -> dict[str, tuple[int, tuple[str, ...]]]:
    """Every region the army can reach this month: region -> (cost, path of regions entered).

    A first step is always allowed even if it costs more than the army's points (one region a month at
    worst). A step to or from an off-map node takes the whole month, and only friendly off-map nodes can
    be entered. The result is shared with a cache: read it, do not change it.
    """
    points = movement_points(army)
    if points == 0 or army.at_sea:
        return {}
    if blocked is None:
        blocked = blocked_regions(state, army.side)
    # Routes depend only on static facts (off-map nodes never change hands) and on which regions the army
    # could reach are blocked. Cache the open-map routes with the regions their best paths pass through: if
    # no enemy stands on those, blocking removes no best path. Otherwise cache by the blocked regions the army
    # could march on from: a region reached with no points left ends every path there, blocked or not.
    key = ("routes", army.region, season(tables.start, state.month), points, army.side)
    cached = tables.cache.get(key)
    if cached is None:
        open_routes = _search(state, tables, army.region, army.side, points, set())
        passed = frozenset(r for _cost, path in open_routes.values() for r in path[:-1])
        onward = frozenset(r for r, (cost, _path) in open_routes.items() if cost < points)
        cached = tables.cache[key] = (open_routes, passed, onward)
    if blocked.isdisjoint(cached[1]):
        return cached[0]
    local = cached[2].intersection(blocked)  # a frozenset, like the cache's other keys
    found = tables.cache.get((key, local))
    if found is None:
        if len(tables.cache) > ROUTE_CACHE_LIMIT:
            tables.cache.clear()
        found = tables.cache[(key, local)] = _search(state, tables, army.region, army.side, points, set(local))
    return found


def _search(state: GameState, tables: Tables, start: str, side: str, points: int,
            blocked: set[str]) -> dict[str, tuple[int, tuple[str, ...]]]:
    """Dijkstra within the army's points; blocked regions can be entered but not passed. The frontier is
    ordered by (cost, region, path), so of equally cheap paths the first in alphabetical order wins."""
    offmap = tables.offmap
    onward = _onward_steps(tables, state.month)
    best: dict[str, tuple[int, tuple[str, ...]]] = {}
    # paths are tuples: cached route tables then hold no mutable containers, which the garbage collector
    # stops tracking (thousands of cached tables would otherwise slow every full collection)
    frontier = _first_steps(state, tables, start, side, points)
    done = {start}
    while frontier:
        cost, region, path = heapq.heappop(frontier)
        if region in done:
            continue
        done.add(region)
        best[region] = (cost, path)
        if region in offmap or region in blocked:
            continue
        for nxt, step in onward[region]:
            if nxt not in done and cost + step <= points:
                heapq.heappush(frontier, (cost + step, nxt, path + (nxt,)))
    return best


def _first_steps(state: GameState, tables: Tables, start: str, side: str,
                 points: int) -> list[tuple[int, str, tuple[str, ...]]]:
    """The frontier after the army's first step, which is always allowed (one region a month at worst): a
    step to or from an off-map node takes the whole month, and only friendly off-map nodes can be entered."""
    costs, offmap = cost_table(tables, state.month), tables.offmap
    frontier = []
    for nxt in tables.neighbors[start]:
        if nxt in offmap or start in offmap:
            if nxt in offmap and state.regions[nxt].owner != side:
                continue
            frontier.append((points, nxt, (nxt,)))
        else:
            frontier.append((costs[nxt], nxt, (nxt,)))
    heapq.heapify(frontier)
    return frontier


def _onward_steps(tables: Tables, month: int) -> dict[str, tuple[tuple[str, int], ...]]:
    """Region -> (neighbour, entry cost this season) of each step on from it after the first: never into an
    off-map node (cached per season on the tables)."""
    return tables.derived(("onward", season(tables.start, month)), lambda t: _onward_table(t, month))


def _onward_table(tables: Tables, month: int) -> dict[str, tuple[tuple[str, int], ...]]:
    costs = cost_table(tables, month)
    return {rid: tuple((n, costs[n]) for n in tables.neighbors[rid] if n not in tables.offmap)
            for rid in tables.region_ids}


def resolve_movement(state: GameState, ctx: Context, rng: Rng) -> list[Event]:
    """Land armies arriving by sea, embark new crossings, then march all moving armies one step at a time.

    In each step the armies move in a random order; one that enters a region holding enemies stops there,
    and so do the enemies it meets (contact pins both sides).
    """
    events: list[Event] = _sail(state, ctx.tables)
    marching = {aid: list(p.path) for aid, p in sorted(state.plans.items()) if p.kind == "move" and p.path}
    walked: dict[str, list[str]] = {aid: [] for aid in marching}
    engaged: set[str] = set()
    camps = _camps(state)
    step = 0
    while marching:
        order = sorted(marching)
        rng.shuffle(order)
        for aid in order:
            army = state.armies.get(aid)
            path = marching.get(aid)
            if army is None or path is None or aid in engaged or step >= len(path):
                marching.pop(aid, None)
                continue
            nxt = path[step]
            stop = _blocks_step(state, camps, nxt, army.side)
            if not army.at_sea:
                camps[army.region][army.side].discard(aid)
                camps.setdefault(nxt, {}).setdefault(army.side, set()).add(aid)
            army.region = nxt
            walked[aid].append(nxt)
            if stop:
                engaged.add(aid)
                for other, ids in camps.get(nxt, {}).items():  # the enemies it meets there, on land
                    if other != army.side:
                        engaged.update(ids)
        step += 1
        marching = {aid: p for aid, p in marching.items() if step < len(p) and aid not in engaged}
    for aid, path in sorted(walked.items()):
        if path and aid in state.armies:
            events.append(ArmyMoved(aid, state.armies[aid].side, path))
    return events


def _camps(state: GameState) -> dict[str, dict[str, set[str]]]:
    """Region -> side -> ids of that side's armies standing there on land (a march asks at every step, and
    follows each step in it)."""
    camps: dict[str, dict[str, set[str]]] = {}
    for aid, army in state.armies.items():
        if not army.at_sea:
            camps.setdefault(army.region, {}).setdefault(army.side, set()).add(aid)
    return camps


def _blocks_step(state: GameState, camps: dict[str, dict[str, set[str]]], region: str, side: str) -> bool:
    """`blocks`, with the armies' whereabouts read from `camps`."""
    rs = state.regions[region]
    if rs.garrison > 0 and hostile(rs.owner, side):
        return True
    return any(ids and other != side for other, ids in camps.get(region, {}).items())


def _sail(state: GameState, tables: Tables) -> list[Event]:
    """Armies at sea come one month closer; those whose crossing is over land. New embarkations set sail."""
    events: list[Event] = []
    for army in armies_by_id(state):
        if army.at_sea:
            army.at_sea -= 1
            if army.at_sea == 0:
                events.append(ArmyLanded(army.id, army.region))
    for aid, plan in sorted(state.plans.items()):
        if plan.kind != "embark" or aid not in state.armies:
            continue
        army = state.armies[aid]
        link = tables.links[plan.target]
        army.region = tables.other_end(plan.target, army.region)
        army.at_sea = link.months - 1
        events.append(ArmyEmbarked(aid, plan.target, army.region, link.months))
        if army.at_sea == 0:
            events.append(ArmyLanded(aid, army.region))
    return events
