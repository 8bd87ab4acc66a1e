"""Applies a mod (a partial scenario with `extends:`) to its base's located data.

Order: `remove`, then `replace` (drops whole lists), then `metadata`/`settings`/`victory` merged key by key, then
each list entry matched by its key (id, army id, month): patched if it exists, added if not. Marks travel with
the values, so a problem in the resolved scenario points at whichever file wrote the offending line.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from game.scenario.errors import Problem, did_you_mean
from game.scenario.located import YamlMap, YamlSeq

MERGED_MAPPINGS = ("metadata", "settings", "victory")


def _entry_id(entry: Any) -> Any:
    return entry.get("id") if isinstance(entry, dict) else None


def _army_id(entry: Any) -> Any:
    return _entry_id(entry.get("army")) if isinstance(entry, dict) else None


def _month(entry: Any) -> Any:
    return entry.get("month") if isinstance(entry, dict) else None


KEYED_LISTS: dict[str, Callable[[Any], Any]] = {
    "sides": _entry_id, "factions": _entry_id, "regions": _entry_id, "sea_links": _entry_id,
    "leaders": _entry_id, "armies": _entry_id, "reinforcements": _army_id, "events": _entry_id,
    "timeline": _month, "bookmarks": _entry_id, "conflicts": _entry_id,
}


def merge(base: Any, patch: Any) -> Any:
    """Mappings merge key by key (unless the patch changes a `kind`); anything else is replaced."""
    if not (isinstance(base, YamlMap) and isinstance(patch, YamlMap)):
        return patch
    if "kind" in patch and patch.get("kind") != base.get("kind"):
        return patch
    result = base.copy_marked()
    for key, value in patch.items():
        result.put(key, merge(base.get(key), value), patch.key_marks[key], patch.value_marks[key])
    return result


REMOVED_NAMESPACE = {"armies": "army", "reinforcements": "army", "leaders": "leader", "regions": "region",
                     "factions": "faction", "sea_links": "sea_link"}


def apply_mod(base: YamlMap, mod: YamlMap, base_name: str, removed: dict[str, dict[str, str]]
              ) -> tuple[YamlMap, list[Problem]]:
    """The resolved data and the problems with the mod's removals (ids the base does not have).

    Records in `removed` (namespace -> id -> mod file) what the mod deleted, for 'removed by' hints.
    """
    result = base.copy_marked()
    problems: list[Problem] = []
    removals = mod.get("remove") or {}
    for section, ids in removals.items():
        problems += _remove(result, section, ids, base_name)
        if section in REMOVED_NAMESPACE:
            for item_id, mark in zip(ids, ids.item_marks):
                removed.setdefault(REMOVED_NAMESPACE[section], {})[item_id] = mark.file
    for section in mod.get("replace") or []:
        old = result.get(section)
        if isinstance(old, YamlSeq):
            result.put(section, YamlSeq(old.mark), result.key_marks[section], result.value_marks[section])
    for section in MERGED_MAPPINGS:
        if section in mod:
            _put(result, section, merge(result.get(section), mod[section]), mod, section)
    for section, key_of in KEYED_LISTS.items():
        if section in mod:
            _put(result, section, _patch_list(result.get(section), mod[section], key_of), mod, section)
    return result, problems


def _put(result: YamlMap, section: str, value: Any, mod: YamlMap, source_section: str) -> None:
    key_mark = result.key_marks.get(section, mod.key_marks[source_section])
    value_mark = result.value_marks.get(section, mod.value_marks[source_section])
    result.put(section, value, key_mark, value_mark)


def _patch_list(base: Any, patches: YamlSeq, key_of: Callable[[Any], Any]) -> YamlSeq:
    base_items = base if isinstance(base, YamlSeq) else YamlSeq(patches.mark)
    result = YamlSeq(base_items.mark)
    for item, mark in zip(base_items, base_items.item_marks):
        result.add(item, mark)
    index = {key_of(item): i for i, item in enumerate(result) if key_of(item) is not None}
    for patch, mark in zip(patches, patches.item_marks):
        key = key_of(patch)
        if key in index:
            result[index[key]] = merge(result[index[key]], patch)
        else:
            index[key] = len(result)
            result.add(patch, mark)
    return result


def _remove(result: YamlMap, section: str, ids: YamlSeq, base_name: str) -> list[Problem]:
    owner, key_of = (result.get("victory"), _entry_id) if section == "sudden_death" else (result, KEYED_LISTS[section])
    items = owner.get(section) if isinstance(owner, YamlMap) else None
    present = [key_of(item) for item in items] if isinstance(items, YamlSeq) else []
    problems = []
    for i, (wanted, item_mark) in enumerate(zip(ids, ids.item_marks)):
        if wanted not in present:
            problems.append(Problem(item_mark.file, item_mark.line, item_mark.column, f"remove.{section}[{i}]",
                                    f"cannot remove '{wanted}': {base_name} has no such entry in {section}",
                                    did_you_mean(wanted, [str(p) for p in present if p is not None])))
    if isinstance(items, YamlSeq) and isinstance(owner, YamlMap):
        kept = YamlSeq(items.mark)
        for item, item_mark in zip(items, items.item_marks):
            if key_of(item) not in ids:
                kept.add(item, item_mark)
        owner.put(section, kept, owner.key_marks[section], owner.value_marks[section])
    return problems
