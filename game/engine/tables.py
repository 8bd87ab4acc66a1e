"""Static facts precomputed once per scenario: adjacency, sea links, terrain, leaders, events by id.

The engine reads the scenario object's attributes only (it never imports pydantic). Tables are cached keyed
on the scenario object, shared between clones and never mutated.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from game.engine.calendar import month_index

PLAYABLE = ("umayyad", "berber")


@dataclass(slots=True)
class Tables:
    scenario: Any
    start: str
    last: int  # index of the final month
    region_ids: tuple[str, ...]
    regions: dict[str, Any]
    neighbors: dict[str, tuple[str, ...]]
    offmap: frozenset[str]
    links: dict[str, Any]
    links_from: dict[str, tuple[str, ...]]  # region -> sea link ids touching it
    leaders: dict[str, Any]
    faction_side: dict[str, str]
    events: dict[str, Any]
    reinforcements: dict[int, tuple[Any, ...]]  # month index -> reinforcements arriving then
    pins: dict[int, dict[str, Any]]  # month index -> region -> BattlePin
    settings: Any
    victory: Any
    sides: dict[str, Any]
    army_defs: dict[str, Any] = field(default_factory=dict)
    cache: dict[Any, Any] = field(default_factory=dict)  # derived lookups filled on first use

    def other_end(self, link_id: str, region: str) -> str:
        link = self.links[link_id]
        return link.b if link.a == region else link.a

    def derived(self, key: Any, build: Callable[[Tables], Any]) -> Any:
        """A fact derived from the scenario alone, built by `build(self)` on first use and kept in `cache`
        (which may be emptied: it is then built again)."""
        found = self.cache.get(key)
        if found is None:
            found = self.cache[key] = build(self)
        return found


_CACHE: dict[int, Tables] = {}
_CACHE_LIMIT = 16


def tables_for(scenario: Any) -> Tables:
    """The precomputed tables of `scenario` (built on first use, then cached)."""
    cached = _CACHE.get(id(scenario))
    if cached is not None and cached.scenario is scenario:
        return cached
    tables = _build(scenario)
    if len(_CACHE) >= _CACHE_LIMIT:
        _CACHE.pop(next(iter(_CACHE)))
    _CACHE[id(scenario)] = tables
    return tables


def _build(scenario: Any) -> Tables:
    start = scenario.metadata.start
    regions = {r.id: r for r in scenario.regions}
    neighbors: dict[str, set[str]] = {rid: set() for rid in regions}
    for region in scenario.regions:
        for other in region.neighbors:
            if other in regions:
                neighbors[region.id].add(other)
                neighbors[other].add(region.id)  # tolerate one-sided data: adjacency is symmetric
    links = {link.id: link for link in scenario.sea_links if link.a in regions and link.b in regions}
    links_from: dict[str, list[str]] = {rid: [] for rid in regions}
    for link in links.values():
        links_from[link.a].append(link.id)
        links_from[link.b].append(link.id)
    reinforcements: dict[int, list[Any]] = {}
    for reinforcement in scenario.reinforcements:
        reinforcements.setdefault(month_index(start, reinforcement.month), []).append(reinforcement)
    pins: dict[int, dict[str, Any]] = {}
    for month in scenario.timeline:
        for pin in month.battles:
            pins.setdefault(month_index(start, month.month), {})[pin.region] = pin
    army_defs = {a.id: a for a in scenario.armies}
    for reinforcement in scenario.reinforcements:
        army_defs.setdefault(reinforcement.army.id, reinforcement.army)
    return Tables(
        scenario=scenario,
        start=start,
        last=month_index(start, scenario.metadata.end),
        region_ids=tuple(sorted(regions)),
        regions=regions,
        neighbors={rid: tuple(sorted(n)) for rid, n in neighbors.items()},
        offmap=frozenset(rid for rid, r in regions.items() if r.offmap),
        links=links,
        links_from={rid: tuple(sorted(ids)) for rid, ids in links_from.items()},
        leaders={leader.id: leader for leader in scenario.leaders},
        faction_side={f.id: f.side for f in scenario.factions},
        events={e.id: e for e in scenario.events},
        reinforcements={m: tuple(rs) for m, rs in reinforcements.items()},
        pins=pins,
        settings=scenario.settings,
        victory=scenario.victory,
        sides={s.id: s for s in scenario.sides},
        army_defs=army_defs,
    )
