"""Armies gliding along their routes between two months of the replay, and battles flashing where they fell.

Pure geometry and timing: given the armies before and after a month, the routes the engine reported and a
function placing a region on screen, it says where each army marker stands at a fraction t of the month.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise

Point = tuple[float, float]
VANISH_AT = 0.7  # the fraction of the march at which armies destroyed this month disappear


@dataclass(frozen=True)
class ArmyMarker:
    """What the map draws for one army: where, whose, how many, led by whom."""

    id: str
    side: str
    men: int
    leader: str
    pos: Point
    moving: bool = False
    morale: int = 70


@dataclass(frozen=True)
class Track:
    id: str
    side: str
    men: int
    leader: str
    route: tuple[str, ...]  # regions in order, first = where it stood, last = where it ends
    dies: bool = False  # gone by the month's end: it marches, fights, then vanishes
    morale: int = 70


def tracks_between(before: Mapping[str, object], after: Mapping[str, object],
                   routes: Mapping[str, Sequence[str]]) -> list[Track]:
    """One track per army of the month: those alive at its end, and those destroyed during it (they march
    to where they fell, then vanish). `routes` holds the engine's reported paths; others go straight."""
    tracks = []
    for army_id, end in list(after.items()) + [(a, s) for a, s in before.items() if a not in after]:
        start = before.get(army_id, end)
        route = list(routes.get(army_id, ()))
        if route and route[0] != start.region:  # type: ignore[attr-defined]
            route.insert(0, start.region)  # type: ignore[attr-defined]
        if not route:
            route = [start.region, end.region]  # type: ignore[attr-defined]
        if route[-1] != end.region:  # type: ignore[attr-defined]
            route.append(end.region)  # type: ignore[attr-defined]
        tracks.append(Track(army_id, end.side, end.men, end.leader, _dedupe(route),  # type: ignore[attr-defined]
                            army_id not in after, getattr(end, "morale", 70)))
    return tracks


def _dedupe(route: Sequence[str]) -> tuple[str, ...]:
    out: list[str] = []
    for region in route:
        if not out or out[-1] != region:
            out.append(region)
    return tuple(out)


def ease(t: float) -> float:
    """Smoothstep: armies set out and arrive gently instead of sliding at a constant speed."""
    t = min(1.0, max(0.0, t))
    return t * t * (3 - 2 * t)


def point_along(points: Sequence[Point], t: float) -> Point:
    """The point a fraction t of the way along a polyline, by length."""
    if len(points) == 1:
        return points[0]
    lengths = [math.dist(a, b) for a, b in pairwise(points)]
    total = sum(lengths)
    if total == 0:
        return points[-1]
    remaining = ease(t) * total
    for (a, b), length in zip(pairwise(points), lengths):
        if remaining <= length and length > 0:
            f = remaining / length
            return (a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f)
        remaining -= length
    return points[-1]


def markers_at(tracks: Sequence[Track], t: float, place: Callable[[str], Point | None]) -> list[ArmyMarker]:
    """Every army's marker at fraction t of the month; armies in one region fan out so none hides another."""
    markers = []
    for track in tracks:
        if track.dies and t >= VANISH_AT:
            continue
        points = [p for p in (place(r) for r in track.route) if p is not None]
        if not points:
            continue
        moving = len(points) > 1 and 0 < t < 1
        markers.append(ArmyMarker(track.id, track.side, track.men, track.leader, point_along(points, t), moving,
                                  track.morale))
    return fan_out(markers)


def fan_out(markers: list[ArmyMarker], spacing: float = 60.0) -> list[ArmyMarker]:
    """Markers standing on the same spot are spread in a row, biggest army in the middle."""
    groups: dict[tuple[int, int], list[ArmyMarker]] = {}
    for m in markers:
        groups.setdefault((round(m.pos[0]), round(m.pos[1])), []).append(m)
    out = []
    for group in groups.values():
        group.sort(key=lambda m: (-m.men, m.id))
        for i, m in enumerate(group):
            offset = (i + 1) // 2 * spacing * (1 if i % 2 else -1)
            out.append(ArmyMarker(m.id, m.side, m.men, m.leader, (m.pos[0] + offset, m.pos[1]), m.moving, m.morale))
    return out


def flash_strength(t: float, start: float = 0.55) -> float:
    """How bright a battle flash is at fraction t of the month: it strikes as armies arrive, then fades."""
    if t < start:
        return 0.0
    return max(0.0, 1.0 - (t - start) / (1.0 - start)) ** 0.5
