"""Map consistency: land adjacency is symmetric and never self-referent, sea links join coasts with a port,
every region can be reached by land or sea, and off-map regions never change hands.

Off-map regions (`offmap: true`: Damascus, Egypt, Sicily) may hold armies and receive reinforcements, since
that is how distant forces wait to enter; an army's region must always be a listed region.
"""

from __future__ import annotations

from collections import deque

from game.scenario import models as m
from game.scenario.crossref import Finding, walk
from game.scenario.errors import format_path


def map_findings(scenario: m.Scenario, complete: bool = True) -> list[Finding]:
    """With `complete` False (some regions failed validation), reachability is not judged."""
    found = _adjacency(scenario) + _sea_links(scenario) + _offmap(scenario)
    return found + _reachability(scenario) if complete else found


def _adjacency(scenario: m.Scenario) -> list[Finding]:
    index: dict[str, int] = {}
    for i, r in enumerate(scenario.regions):
        index.setdefault(r.id, i)
    found = []
    for i, region in enumerate(scenario.regions):
        seen: set[str] = set()
        for j, other in enumerate(region.neighbors):
            path = ("regions", i, "neighbors", j)
            if other == region.id:
                found.append(Finding(path, f"region '{region.id}' lists itself as a neighbor"))
            elif other in seen:
                found.append(Finding(path, f"neighbor '{other}' is listed twice"))
            elif other in index and region.id not in scenario.regions[index[other]].neighbors:
                back = format_path(("regions", index[other], "neighbors"))
                found.append(Finding(path, f"'{region.id}' lists '{other}' as a neighbor but '{other}' does "
                                           f"not list '{region.id}'", f"add '{region.id}' to {back}"))
            seen.add(other)
    return found


def is_coastal(region: m.Region) -> bool:
    return region.port or region.offmap or "coast" in (region.terrain, region.terrain_secondary)


def _sea_links(scenario: m.Scenario) -> list[Finding]:
    regions = {r.id: r for r in scenario.regions}
    found = []
    for i, link in enumerate(scenario.sea_links):
        if link.a == link.b:
            found.append(Finding(("sea_links", i, "b"), f"sea link '{link.id}' joins '{link.a}' to itself"))
            continue
        ends = [(side, regions.get(getattr(link, side))) for side in ("a", "b")]
        for side, region in ends:
            if region is not None and not is_coastal(region):
                found.append(Finding(("sea_links", i, side), f"sea link '{link.id}' lands in '{region.id}', "
                                     "which has no coast", "give the region port: true or coast terrain"))
        landed = [r for _, r in ends if r is not None]
        if len(landed) == 2 and not any(r.port or r.offmap for r in landed):
            found.append(Finding(("sea_links", i), f"sea link '{link.id}' has no port at either end, so "
                                 "nobody can embark", f"set port: true on '{link.a}' or '{link.b}'"))
    return found


def _reachability(scenario: m.Scenario) -> list[Finding]:
    graph: dict[str, set[str]] = {r.id: set() for r in scenario.regions}
    for region in scenario.regions:
        for other in region.neighbors:
            if other in graph:
                graph[region.id].add(other)
                graph[other].add(region.id)
    for link in scenario.sea_links:
        if link.a in graph and link.b in graph:
            graph[link.a].add(link.b)
            graph[link.b].add(link.a)
    start = next((r.id for r in scenario.regions if not r.offmap), None)
    if start is None:
        return []
    reached, queue = {start}, deque([start])
    while queue:
        for other in graph[queue.popleft()] - reached:
            reached.add(other)
            queue.append(other)
    return [Finding(("regions", i, "id"), f"region '{r.id}' cannot be reached from '{start}' by land or sea",
                    "add neighbors or a sea link") for i, r in enumerate(scenario.regions) if r.id not in reached]


def _offmap(scenario: m.Scenario) -> list[Finding]:
    offmap = {r.id for r in scenario.regions if r.offmap}
    if not offmap:
        return []
    found = []
    for path, node in walk(scenario):
        if isinstance(node, m.SetOwner) and node.region in offmap:
            found.append(Finding(path + ("region",), f"'{node.region}' is off-map: its owner never changes"))
        elif isinstance(node, m.RegionPoints) and node.region in offmap:
            found.append(Finding(path + ("region",), f"'{node.region}' is off-map and cannot be a key region"))
        elif isinstance(node, m.Checkpoint):
            found += [Finding(path + ("owners", rid), f"'{rid}' is off-map: its owner never changes")
                      for rid in node.owners if rid in offmap]
    return found
