"""What an AI player knows at the start of its turn: its side's view of the game plus the static map.

Built only from `game.view_for(side)` (what a human at that seat would see) and the scenario's static facts
(map, leaders, victory points, AI settings). Every AI level reads the game through this module, so the
shape of the engine's view is known in one place and no AI code can reach the hidden state.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass, field
from typing import Any

from game.engine.rules.economy import TAX_RATE
from game.engine.state import ArmyState, RegionState
from game.engine.tables import Tables, tables_for
from game.engine.view import SideView

PLAYABLE = ("umayyad", "berber")
SEA_PENALTY = 4  # a crossing needs a held port and a free month: measured best at 4 (docs/ai.md)


@dataclass(slots=True)
class ArmyInfo:
    id: str
    side: str
    region: str
    leader: str = ""
    cavalry: int = 0
    infantry: int = 0
    light: int = 0
    morale: int = 70
    supply: int = 100
    at_sea: int = 0
    factions: tuple[str, ...] = ()

    @property
    def men(self) -> int:
        return self.cavalry + self.infantry + self.light


@dataclass(slots=True)
class RegionInfo:
    id: str
    owner: str
    garrison: int = 0
    unrest: int = 0
    fervour: int = 0
    siege_by: str = ""
    siege_months: int = 0


@dataclass(slots=True)
class Situation:
    side: str
    enemy: str
    month: int
    months_left: int
    tables: Tables
    regions: dict[str, RegionInfo]
    armies: dict[str, ArmyInfo]
    treasury: int = 0
    manpower: int = 0
    tax_policy: str = "normal"
    pending: list[str] = field(default_factory=list)
    friction: int = 0
    _scores: Any = None  # the game's `outcome`, read for the score board only when asked (None: no board)
    _margin: int | None = None
    _index: tuple[dict[str, list[ArmyInfo]], dict[str, list[ArmyInfo]]] | None = None
    _rows: dict[str, dict[str, int]] = field(default_factory=dict)  # start -> `distances`, met in this turn
    _points: dict[str, dict[str, int]] = field(default_factory=dict)  # side -> its key regions' points

    @property
    def margin(self) -> int:
        """This side's victory points minus the enemy's, as the score board shows both players. Read on first
        use: only the last months' plans ask, and a search builds thousands of situations."""
        if self._margin is None:
            scores = self._scores().scores if self._scores is not None else {}
            self._margin = int(scores.get(self.side, 0)) - int(scores.get(self.enemy, 0))
        return self._margin

    @margin.setter
    def margin(self, value: int) -> None:
        self._margin = value

    @property
    def aggression(self) -> float:
        """The scenario's aggression for this side, 0.0..2.0 (1.0 normal)."""
        return float(self.tables.settings.ai_aggression.get(self.side, 1.0))

    def priority(self, region: str) -> int:
        return int(self.tables.settings.ai_region_priority.get(region, 0))

    def key_points(self, side: str, region: str) -> int:
        points = self._points.get(side)
        if points is None:
            points = self._points[side] = _key_points(self.tables, side)
        return points.get(region, 0)

    def mine(self) -> list[ArmyInfo]:
        return sorted((a for a in self.armies.values() if a.side == self.side), key=lambda a: a.id)

    def hostile_armies(self) -> list[ArmyInfo]:
        return [a for armies in self._by_region()[1].values() for a in armies]

    def hostile_at(self, region: str) -> list[ArmyInfo]:
        return self._by_region()[1].get(region, [])

    def friends_at(self, region: str) -> list[ArmyInfo]:
        return self._by_region()[0].get(region, [])

    def _by_region(self) -> tuple[dict[str, list[ArmyInfo]], dict[str, list[ArmyInfo]]]:
        """(own, hostile) armies on land by region, built once per Situation (armies never change in it)."""
        if self._index is None:
            own: dict[str, list[ArmyInfo]] = {}
            foes: dict[str, list[ArmyInfo]] = {}
            for army in sorted(self.armies.values(), key=lambda a: a.id):
                if not army.at_sea:
                    (own if army.side == self.side else foes).setdefault(army.region, []).append(army)
            self._index = (own, foes)
        return self._index

    def owned(self, side: str) -> list[str]:
        return [r for r, info in self.regions.items() if info.owner == side and r not in self.tables.offmap]

    def seats(self) -> list[str]:
        """Regions this side must hold: those whose loss appears in a sudden-death victory of the enemy."""
        return _seats(self.tables, self.side)

    def lone_seats(self) -> list[str]:
        """Seats whose loss alone ends the war (an enemy sudden death on this one region's owner)."""
        return [r for r in self.seats() if any(rule.side != self.side and rule.trigger.kind == "owner"
                                               and rule.trigger.region == r
                                               for rule in self.tables.victory.sudden_death)]

    def upkeep(self) -> int:
        """Gold a month this side pays its armies and garrisons (economy.upkeep from the view)."""
        men = sum(a.men for a in self.mine())
        men += sum(r.garrison for r in self.regions.values() if r.owner == self.side)
        return men * self.tables.settings.upkeep_per_1000 // 1000

    def income(self, policy: str | None = None) -> int:
        """Gold a month from the side's unbesieged regions at a tax policy (economy.income from the view)."""
        rate = TAX_RATE.get(policy or self.tax_policy, 100)
        gold = 0
        for rid in self.owned(self.side):
            info = self.regions[rid]
            if not info.siege_by:
                gold += self.tables.regions[rid].revenue * rate * (100 - info.unrest // 2) // 10000
        return gold

    def dist(self, a: str, b: str) -> int:
        """Months of travel between two regions by land and sea (99 when unconnected), a crossing counted
        with SEA_PENALTY: the planner's yardstick."""
        row = self._rows.get(a)
        if row is None:  # the planner asks this of every army and objective: one dict lookup when known
            row = self._rows[a] = distances(self.tables, a)
        return row.get(b, 99)

    def months(self, a: str, b: str) -> int:
        """Months of travel by land and sea, a crossing counted at its sailing time only (99 when
        unconnected)."""
        return distances(self.tables, a, 0).get(b, 99)


def situation_for(game: Any, side: str) -> Situation:
    """Read the side's view of `game` into a Situation."""
    view = game.view_for(side)
    tables = tables_for(_scenario_of(game))
    if type(view) is SideView:  # the engine's own view: read its records directly (a search reads thousands)
        regions = {rid: _region_of(rid, r) for rid, r in sorted(view.regions.items())}
        armies = {aid: _army_of(aid, a) for aid, a in sorted(view.armies.items())}
    else:
        regions = {rid: _region(rid, r) for rid, r in _items(_get(view, "regions"))}
        armies = {aid: _army(aid, a) for aid, a in _items(_get(view, "armies"))}
    own = _get(view, "own")
    month = int(_get(view, "month") or 0)
    pending_map = _get(view, "pending") or {}
    pending = sorted(e for e, who in _items(pending_map) if who == side) if isinstance(pending_map, dict) \
        else sorted(pending_map)
    return Situation(
        side=side,
        enemy="berber" if side == "umayyad" else "umayyad",
        month=month,
        months_left=max(0, tables.last - month),
        tables=tables,
        regions=regions,
        armies=armies,
        treasury=int(_get(own, "treasury") or 0),
        manpower=int(_get(own, "manpower") or 0),
        tax_policy=str(_get(own, "tax_policy") or "normal"),
        pending=pending,
        friction=int(_get(view, "friction") or 0),
        _scores=getattr(game, "outcome", None),
    )


def _scenario_of(game: Any) -> Any:
    for name in ("scenario", "_scenario"):
        if hasattr(game, name):
            return getattr(game, name)
    return game.tables.scenario


def _get(obj: Any, name: str) -> Any:
    if obj is None:
        return None
    if isinstance(obj, dict):
        return obj.get(name)
    return getattr(obj, name, None)


def _items(obj: Any) -> list[tuple[str, Any]]:
    if obj is None:
        return []
    if isinstance(obj, dict):
        return sorted(obj.items())
    return sorted(((str(_get(x, "id")), x) for x in obj), key=lambda kv: kv[0])


def _region(rid: str, r: Any) -> RegionInfo:
    return RegionInfo(rid, str(_get(r, "owner")), int(_get(r, "garrison") or 0), int(_get(r, "unrest") or 0),
                      int(_get(r, "fervour") or 0), str(_get(r, "siege_by") or ""),
                      int(_get(r, "siege_months") or 0))


def _army(aid: str, a: Any) -> ArmyInfo:
    return ArmyInfo(aid, str(_get(a, "side")), str(_get(a, "region")), str(_get(a, "leader") or ""),
                    int(_get(a, "cavalry") or 0), int(_get(a, "infantry") or 0), int(_get(a, "light") or 0),
                    int(_get(a, "morale") or 70), int(_get(a, "supply") if _get(a, "supply") is not None else 100),
                    int(_get(a, "at_sea") or 0), tuple(_get(a, "factions") or ()))


def _region_of(rid: str, r: RegionState) -> RegionInfo:
    """`_region` of an engine RegionState (the same reading, without the generic accessors)."""
    return RegionInfo(rid, r.owner, r.garrison, r.unrest, r.fervour, r.siege_by, r.siege_months)


def _army_of(aid: str, a: ArmyState) -> ArmyInfo:
    """`_army` of an engine ArmyState, with `_army`'s defaults (a morale of 0 reads as 70, as there)."""
    return ArmyInfo(aid, a.side, a.region, a.leader, a.cavalry, a.infantry, a.light, a.morale or 70, a.supply,
                    a.at_sea, tuple(a.factions))


def distances(tables: Tables, start: str, sea_penalty: int = SEA_PENALTY) -> dict[str, int]:
    """Months of travel from `start`, counting a land step as one and a sea link as its crossing time plus
    SEA_PENALTY (static, kept on the scenario's tables): the planner's yardstick, so armies in Africa can see
    al-Andalus without leaving their own theatre for every prize across the water."""
    return tables.derived(("ai_distances", start, sea_penalty), lambda t: _distances(t, start, sea_penalty))


def _distances(tables: Tables, start: str, sea_penalty: int) -> dict[str, int]:
    best = {start: 0}
    queue = [(0, start)]
    while queue:
        cost, here = heapq.heappop(queue)
        if cost > best.get(here, 1 << 30):
            continue
        steps = [(n, 1) for n in tables.neighbors.get(here, ())]
        steps += [(tables.other_end(link, here), sea_penalty + tables.links[link].months)
                  for link in tables.links_from.get(here, ())]
        for nxt, step in steps:
            if cost + step < best.get(nxt, 1 << 30):
                best[nxt] = cost + step
                heapq.heappush(queue, (cost + step, nxt))
    return best


def _seats(tables: Tables, side: str) -> list[str]:
    """Owner triggers inside the enemy's sudden deaths: the enemy taking one (or `side` losing one)."""
    return tables.derived(("ai_seats", side), lambda t: _find_seats(t, side))


def _find_seats(tables: Tables, side: str) -> list[str]:
    found: set[str] = set()
    for rule in tables.victory.sudden_death:
        if rule.side != side:
            _owner_regions(rule.trigger, found)
    return sorted(r for r in found if r in tables.regions and r not in tables.offmap)


def _owner_regions(trigger: Any, found: set[str]) -> None:
    if trigger.kind == "owner":
        found.add(trigger.region)
    inner = getattr(trigger, "of", None)
    for sub in inner if isinstance(inner, list) else [inner] if inner is not None else []:
        _owner_regions(sub, found)


def _key_points(tables: Tables, side: str) -> dict[str, int]:
    def build(t: Tables) -> dict[str, int]:
        victory = getattr(t.victory, side, None)
        return {kr.region: kr.points for kr in (victory.key_regions if victory else [])}

    return tables.derived(("ai_key_points", side), build)
