"""When some entries fail validation, the rest still get their cross-reference checks, so a modder sees
every problem in one run. We validate section by section and entry by entry, keep what is valid, and
remember the ids of the broken entries so references to them are not reported as unknown."""

from __future__ import annotations

from functools import cache
from typing import Any, NamedTuple, get_args, get_origin

from pydantic import TypeAdapter, ValidationError

from game.scenario import models as m

SPACE_OF_SECTION = {"regions": "region", "leaders": "leader", "factions": "faction", "armies": "army",
                    "reinforcements": "army"}
FALLBACK = {"victory": m.Victory(umayyad=m.SideVictory(), berber=m.SideVictory()), "settings": m.Settings()}


class Partial(NamedTuple):
    scenario: m.Scenario
    index_maps: dict[str, list[int]]  # section -> raw index of each kept entry
    known_ids: dict[str, set[str]]  # ids of entries that failed validation, by namespace
    complete: bool  # metadata, sides and every region, event and sea link validated


@cache
def _adapter(annotation: Any) -> TypeAdapter:
    return TypeAdapter(annotation)


def _raw_id(section: str, entry: Any) -> Any:
    if not isinstance(entry, dict):
        return None
    return entry.get("army", {}).get("id") if section == "reinforcements" and isinstance(
        entry.get("army"), dict) else entry.get("id")


def _validate_or_repair(adapter: TypeAdapter, entry: Any) -> Any:
    """The entry, or the entry without the optional keys that made it invalid (so its other references
    still get checked); raises ValidationError if even that fails."""
    try:
        return adapter.validate_python(entry)
    except ValidationError as exc:
        if not isinstance(entry, dict):
            raise
        bad = {err["loc"][0] for err in exc.errors() if err["loc"] and err["type"] != "missing"}
        return adapter.validate_python({k: v for k, v in entry.items() if k not in bad})


def partial_scenario(data: Any) -> Partial | None:
    """The valid part of `data` as a Scenario (built without validation), or None if the top is not a mapping."""
    if not isinstance(data, dict):
        return None
    values: dict[str, Any] = {}
    index_maps: dict[str, list[int]] = {}
    known: dict[str, set[str]] = {}
    complete = True
    for name, field in m.Scenario.model_fields.items():
        annotation: Any = field.annotation  # a type, or a typing construct such as list[Region]
        raw = data.get(name)
        if get_origin(annotation) is list and isinstance(raw, list):
            item_adapter = _adapter(get_args(annotation)[0])
            kept, index_maps[name] = [], []
            for i, entry in enumerate(raw):
                try:
                    kept.append(_validate_or_repair(item_adapter, entry))
                    index_maps[name].append(i)
                except ValidationError:
                    complete = complete and name not in ("sides", "regions", "sea_links", "events")
                    entry_id = _raw_id(name, entry)
                    if name in SPACE_OF_SECTION and isinstance(entry_id, str):
                        known.setdefault(SPACE_OF_SECTION[name], set()).add(entry_id)
                    if name == "events":
                        known["flag_any"] = set()
            values[name] = kept
            continue
        try:
            if name not in data and field.is_required():
                raise TypeError(name)
            values[name] = _adapter(annotation).validate_python(raw) if name in data else field.get_default(
                call_default_factory=True)
        except (ValidationError, TypeError):
            complete = complete and name not in ("metadata", "sides", "regions", "sea_links", "events")
            values[name] = FALLBACK.get(name, [] if get_origin(annotation) is list else None)
    if values.get("metadata") is None:
        complete = False
    return Partial(m.Scenario.model_construct(**values), index_maps, known, complete)


def remap(path: tuple[Any, ...], index_maps: dict[str, list[int]]) -> tuple[Any, ...]:
    """A path in the partial scenario -> the same entry's path in the raw data."""
    if len(path) >= 2 and path[0] in index_maps and isinstance(path[1], int):
        return (path[0], index_maps[path[0]][path[1]], *path[2:])
    return path
