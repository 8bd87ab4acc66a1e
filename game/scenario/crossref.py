"""Cross-reference checks on a validated scenario: every id points at something that exists, and ids are
unique. Map, date and story consistency live in `map_checks` and `consistency`; this module runs them all
and turns findings into positioned problems.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, NamedTuple

from pydantic import BaseModel

from game.scenario import models as m
from game.scenario.errors import Problem, did_you_mean, format_path
from game.scenario.located import mark_at
from game.scenario.partial import Partial, remap


class Finding(NamedTuple):
    path: tuple[Any, ...]
    message: str
    hint: str = ""


# (model, field) -> the namespace the field's ids must belong to
REFS: dict[type[BaseModel], dict[str, str]] = {
    m.Region: {"neighbors": "region"},
    m.SeaLink: {"a": "region", "b": "region"},
    m.Side: {"capital": "region"},
    m.Leader: {"faction": "faction", "successor": "leader"},
    m.Army: {"faction": "faction", "region": "region", "leader": "leader"},
    m.OwnerTrigger: {"region": "region"},
    m.LeaderDeadTrigger: {"leader": "leader"},
    m.BattleWonTrigger: {"region": "region"},
    m.FlagTrigger: {"flag": "flag"},
    m.ArmyExistsTrigger: {"army": "army"},
    m.RemoveArmy: {"army": "army"},
    m.MoveArmyEffect: {"army": "army", "region": "region"},
    m.AddMen: {"army": "army"},
    m.ActivateLeader: {"leader": "leader", "army": "army"},
    m.KillLeader: {"leader": "leader"},
    m.DeposeLeader: {"leader": "leader"},
    m.AssignLeader: {"leader": "leader", "army": "army"},
    m.SetOwner: {"region": "region"},
    m.AddUnrest: {"regions": "region"},
    m.AddFervour: {"regions": "region"},
    m.RegionPoints: {"region": "region"},
    m.HistoricalOrder: {"army": "army", "region": "region", "into": "army", "leader": "leader"},
    m.BattlePin: {"region": "region", "leaders_killed": "leader"},
    m.Checkpoint: {"leaders_dead": "leader", "leaders_alive": "leader", "armies_exist": "army",
                   "armies_gone": "army"},
}
KEY_REFS: dict[type[BaseModel], dict[str, str]] = {
    m.Checkpoint: {"owners": "region"},
    m.Settings: {"ai_region_priority": "region"},
}
NOUN = {"region": "region", "leader": "leader", "army": "army", "faction": "faction", "flag": "flag",
        "sea_link": "region or sea link"}


def walk(obj: BaseModel, path: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], BaseModel]]:
    """Every model inside `obj` (itself first) with its path."""
    yield path, obj
    for name in type(obj).model_fields:
        value = getattr(obj, name)
        if isinstance(value, BaseModel):
            yield from walk(value, path + (name,))
        elif isinstance(value, (list, tuple)):
            for i, item in enumerate(value):
                if isinstance(item, BaseModel):
                    yield from walk(item, path + (name, i))


def namespaces(scenario: m.Scenario) -> dict[str, set[str]]:
    armies = {a.id for a in scenario.armies} | {r.army.id for r in scenario.reinforcements}
    flags: set[str] = set()
    for _, node in walk(scenario):
        if isinstance(node, m.SpawnArmy):
            armies.add(node.army.id)
        elif isinstance(node, m.HistoricalOrder) and node.new_army:
            armies.add(node.new_army)
        elif isinstance(node, m.SetFlag):
            flags.add(node.flag)
    return {
        "region": {r.id for r in scenario.regions},
        "leader": {le.id for le in scenario.leaders},
        "faction": {f.id for f in scenario.factions},
        "army": armies,
        "flag": flags,
        "sea_link": {s.id for s in scenario.sea_links},
    }


def reference_findings(scenario: m.Scenario, removed: dict[str, dict[str, str]],
                       known: dict[str, set[str]] | None = None) -> list[Finding]:
    """Unknown ids; `known` adds ids of entries that exist but failed validation (not to report twice)."""
    spaces = namespaces(scenario)
    for space, ids in (known or {}).items():
        spaces.setdefault(space, set()).update(ids)
    found = []
    for path, node in walk(scenario):
        for field, space in REFS.get(type(node), {}).items():
            value = getattr(node, field)
            values = value if isinstance(value, list) else [value]
            for i, ref in enumerate(values):
                at = path + ((field, i) if isinstance(value, list) else (field,))
                if ref is not None and ref not in spaces[space] and not (space == "flag" and "flag_any" in spaces):
                    found.append(_unknown(at, space, ref, spaces[space], removed))
        if isinstance(node, m.HistoricalOrder) and node.to is not None:
            embark = node.command == "embark"
            targets = spaces["region"] | spaces["sea_link"] if embark else spaces["region"]
            if node.to not in targets:
                found.append(_unknown(path + ("to",), "sea_link" if embark else "region", node.to, targets, removed))
        for field, space in KEY_REFS.get(type(node), {}).items():
            for ref in getattr(node, field):
                if ref not in spaces[space]:
                    found.append(_unknown(path + (field, ref), space, ref, spaces[space], removed))
    return found


def _unknown(path: tuple[Any, ...], space: str, ref: str, known: set[str],
             removed: dict[str, dict[str, str]]) -> Finding:
    if ref in removed.get(space, {}) or (space == "sea_link" and ref in removed.get("region", {})):
        by = removed.get(space, {}).get(ref) or removed["region"][ref]
        return Finding(path, f"unknown {NOUN[space]} '{ref}'", f"removed by {by}")
    if space == "flag":
        return Finding(path, f"flag '{ref}' is never set by any event (set_flag)", did_you_mean(ref, known))
    return Finding(path, f"unknown {NOUN[space]} '{ref}'", did_you_mean(ref, known))


def duplicate_findings(scenario: m.Scenario) -> list[Finding]:
    found = []
    for section in ("sides", "factions", "regions", "sea_links", "leaders", "events", "bookmarks", "conflicts"):
        found += _duplicates([(section, i) for i in range(len(getattr(scenario, section)))],
                             [e.id for e in getattr(scenario, section)], section)
    army_paths: list[tuple[Any, ...]] = [("armies", i) for i in range(len(scenario.armies))]
    army_paths += [("reinforcements", i, "army") for i in range(len(scenario.reinforcements))]
    army_ids = [a.id for a in scenario.armies] + [r.army.id for r in scenario.reinforcements]
    found += _duplicates(army_paths, army_ids, "armies and reinforcements")
    found += _duplicates([("timeline", i, "month") for i in range(len(scenario.timeline))],
                         [t.month for t in scenario.timeline], "timeline", what="month")
    found += _duplicates([("victory", "sudden_death", i) for i in range(len(scenario.victory.sudden_death))],
                         [s.id for s in scenario.victory.sudden_death], "victory.sudden_death")
    pins = [(("timeline", i, "battles", j), b.id) for i, t in enumerate(scenario.timeline)
            for j, b in enumerate(t.battles)]
    found += _duplicates([p for p, _ in pins], [b for _, b in pins], "timeline battles")
    for i, event in enumerate(scenario.events):
        found += _duplicates([("events", i, "choices", j) for j in range(len(event.choices))],
                             [c.id for c in event.choices], f"the choices of event '{event.id}'")
    return found


def _duplicates(paths: list[tuple[Any, ...]], ids: list[str], where: str, what: str = "id") -> list[Finding]:
    first: dict[str, tuple[Any, ...]] = {}
    found = []
    for path, entry_id in zip(paths, ids):
        if entry_id in first:
            where_first = format_path(first[entry_id])
            found.append(Finding(path + (("id",) if what == "id" else ()),
                                 f"duplicate {what} '{entry_id}' in {where} (first at {where_first})"))
        else:
            first[entry_id] = path
    return found


def check_scenario(scenario: m.Scenario, data: Any, fallback_file: str,
                   removed: dict[str, dict[str, str]] | None = None, partial: Partial | None = None
                   ) -> list[Problem]:
    """Every cross-reference and consistency problem, positioned in the files the data came from.

    With `partial` (some entries failed validation), checks that need the whole picture (reachability,
    required sides) run only if the map, sides, events and metadata all validated.
    """
    from game.scenario.consistency import consistency_findings
    from game.scenario.map_checks import map_findings

    complete = partial is None or partial.complete
    findings = duplicate_findings(scenario)
    findings += reference_findings(scenario, removed or {}, partial.known_ids if partial else None)
    findings += map_findings(scenario, complete) + consistency_findings(scenario, complete)
    problems = []
    for finding in findings:
        path = remap(finding.path, partial.index_maps) if partial else finding.path
        finding = finding._replace(path=path)
        mark = mark_at(data, finding.path)
        file, line, column = (mark.file, mark.line, mark.column) if mark else (fallback_file, 0, 0)
        problems.append(Problem(file, line, column, format_path(finding.path), finding.message, finding.hint))
    return problems
