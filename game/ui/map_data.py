"""Plain records the map draws from, built from scenario or proposal dicts; no engine classes, no pygame.

The scenario team's `Region` model and the shared proposal describe places differently (`fortress: 2`
versus "Tebessa (Byzantine-walled fortress)"); this module turns either into one small record.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

_FORT_WORDS = re.compile(r"\b(fortress|walled|walls|fort|citadel)\b", re.I)
_PORT_WORDS = re.compile(r"\b(port|naval|fleet|arsenal)\b", re.I)
_CAPITAL_WORDS = re.compile(r"\bcapital\b", re.I)


@dataclass(frozen=True)
class RegionRecord:
    """One land region as the map needs it. `fortress` is 0 none, 1 walls, 2 fortress, 3 great city;
    `capital` marks a seat of power or great city, drawn with a tower."""

    id: str
    name: str
    lat: float
    lon: float
    terrain: str = "plain"
    terrain_secondary: str | None = None
    city: str | None = None
    fortress: int = 0
    port: bool = False
    capital: bool = False
    border: tuple[tuple[float, float], ...] | None = None

    @property
    def has_city(self) -> bool:
        return bool(self.city)

    @property
    def label(self) -> str:
        """The map label: the display name without its parenthesis ('Tangier (Tingitana)' -> 'Tangier')."""
        return re.sub(r"\s*\(.*?\)\s*", " ", self.name).strip()


@dataclass(frozen=True)
class SeaRecord:
    id: str
    name: str
    lat: float
    lon: float


@dataclass(frozen=True)
class OffmapRecord:
    """A place beyond the map edge; `entry` is where its route leaves the map, if known."""

    id: str
    name: str
    lat: float
    lon: float
    entry: tuple[float, float] | None = None


@dataclass(frozen=True)
class MapData:
    regions: tuple[RegionRecord, ...]
    seas: tuple[SeaRecord, ...] = ()
    offmap: tuple[OffmapRecord, ...] = ()
    owners: Mapping[str, str] = field(default_factory=dict)  # starting owners, if the source gives them


def region_record(raw: Mapping[str, Any]) -> RegionRecord:
    """A record from a scenario `regions:` entry or a proposal `land_regions:` entry."""
    city_text = raw.get("city") or ""
    has_city = bool(city_text) and not str(city_text).lower().startswith("none")
    fortress = raw.get("fortress")
    if not isinstance(fortress, int):
        fortress = 2 if _FORT_WORDS.search(city_text) else (1 if has_city else 0)
    port = raw.get("port")
    if not isinstance(port, bool):
        port = bool(_PORT_WORDS.search(city_text))
    capital = bool(raw.get("capital")) or bool(_CAPITAL_WORDS.search(city_text))
    border = raw.get("border")
    return RegionRecord(
        id=raw["id"], name=raw.get("name", raw["id"]), lat=float(raw["lat"]), lon=float(raw["lon"]),
        terrain=raw.get("terrain", "plain"), terrain_secondary=raw.get("terrain_secondary"),
        city=(city_text.split("(")[0].split(";")[0].strip() or None) if has_city else None,
        fortress=3 if capital else fortress, port=port, capital=capital or fortress >= 3,
        border=tuple((float(a), float(b)) for a, b in border) if border else None,
    )


def map_data_from_dict(doc: Mapping[str, Any], entries: Mapping[str, tuple[float, float]] | None = None) -> MapData:
    """MapData from a parsed scenario (`regions:` with `offmap: true` nodes) or proposal YAML document."""
    entries = entries or {}
    raw_regions: Iterable[Mapping[str, Any]] = doc.get("regions") or doc.get("land_regions") or []
    capitals = {s.get("capital") for s in doc.get("sides") or [] if isinstance(s, Mapping)}
    regions, offmap, owners = [], [], {}
    for raw in raw_regions:
        if raw.get("offmap"):
            offmap.append(_offmap(raw, entries))
            continue
        regions.append(region_record({**raw, "capital": True} if raw["id"] in capitals else raw))
        owner = raw.get("owner") or raw.get("start")
        if owner:
            owners[raw["id"]] = _side(owner)
    offmap += [_offmap(raw, entries) for raw in doc.get("offmap_nodes") or []]
    seas = [SeaRecord(s["id"], s["name"], float(s["lat"]), float(s["lon"])) for s in doc.get("sea_zones") or []
            if "lat" in s]
    return MapData(tuple(regions), tuple(seas), tuple(offmap), owners)


def _offmap(raw: Mapping[str, Any], entries: Mapping[str, tuple[float, float]]) -> OffmapRecord:
    name = re.sub(r"\s*-\s*optional$", "", raw.get("name", raw["id"]))
    return OffmapRecord(raw["id"], name, float(raw["lat"]), float(raw["lon"]), entries.get(raw["id"]))


def _side(text: str) -> str:
    """'Umayyad' / 'Berber-leaning' / 'Asturian' -> the side ids the engine uses."""
    low = text.lower()
    for side in ("umayyad", "berber", "asturi", "neutral"):
        if low.startswith(side):
            return "asturias" if side == "asturi" else side
    return low
