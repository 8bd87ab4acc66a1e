"""The dynamic game state: plain slotted dataclasses holding only what changes during a game.

Static facts (names, terrain, adjacency) stay in the scenario. Every field is an int, str, bool, list or dict
so the state serialises to canonical JSON; `state_hash` is the sha256 of that JSON (sorted keys, no floats).
"""

from __future__ import annotations

import hashlib
import json
import operator
from dataclasses import dataclass, field
from typing import Any

TAX_POLICIES = ("low", "normal", "high")


@dataclass(slots=True)
class RegionState:
    owner: str
    garrison: int
    unrest: int
    fervour: int
    siege_by: str = ""  # the besieging side, "" when not besieged
    siege_months: int = 0

    def copy(self) -> RegionState:
        return RegionState(self.owner, self.garrison, self.unrest, self.fervour, self.siege_by, self.siege_months)


@dataclass(slots=True)
class ArmyState:
    id: str
    side: str
    factions: list[str]  # sorted; more than one after merging factions (feeds friction)
    region: str  # where it stands, or where it will land while at sea
    leader: str = ""
    cavalry: int = 0
    infantry: int = 0
    light: int = 0
    morale: int = 70
    supply: int = 100  # months of food carried, in percent: 0 means starving
    at_sea: int = 0  # months still at sea before landing in `region`

    @property
    def men(self) -> int:
        return self.cavalry + self.infantry + self.light

    def copy(self) -> ArmyState:
        return ArmyState(
            self.id, self.side, list(self.factions), self.region, self.leader,
            self.cavalry, self.infantry, self.light, self.morale, self.supply, self.at_sea,
        )


@dataclass(slots=True)
class LeaderState:
    status: str  # "active", "inactive" (not yet entered), "dead", "deposed"
    cause: str = ""  # how he died or left

    def copy(self) -> LeaderState:
        return LeaderState(self.status, self.cause)


@dataclass(slots=True)
class SideState:
    treasury: int
    manpower: int
    tax_policy: str
    killed: int = 0  # enemy men this side killed in battles, sieges and assaults
    lost: int = 0  # men this side lost in battles, sieges and assaults
    preached: int = 0  # preaching orders given this month

    def copy(self) -> SideState:
        return SideState(self.treasury, self.manpower, self.tax_policy, self.killed, self.lost, self.preached)


@dataclass(slots=True)
class Plan:
    """A military order for this month, resolved at month end: move, besiege, assault or embark."""

    kind: str
    target: str = ""  # destination region (move) or sea link (embark)
    path: list[str] = field(default_factory=list)  # regions entered, in order (move)

    def copy(self) -> Plan:
        return Plan(self.kind, self.target, list(self.path))


@dataclass(slots=True)
class GameState:
    month: int
    rng: int
    regions: dict[str, RegionState]
    armies: dict[str, ArmyState]
    leaders: dict[str, LeaderState]
    sides: dict[str, SideState]
    flags: dict[str, bool] = field(default_factory=dict)
    fired: dict[str, int] = field(default_factory=dict)  # event id -> times fired
    pending: dict[str, str] = field(default_factory=dict)  # event id -> side that must choose
    pending_since: dict[str, int] = field(default_factory=dict)  # event id -> month it fired
    plans: dict[str, Plan] = field(default_factory=dict)  # army id -> this month's military order
    preaching: list[str] = field(default_factory=list)  # regions the Berbers preach in this month
    battles: list[list[Any]] = field(default_factory=list)  # [month, winner, region] of every battle
    friction: int = 0  # 0..100: quarrels between the Syrian junds and the local Arabs
    next_army: int = 1
    over: bool = False
    result: dict[str, Any] = field(default_factory=dict)  # set when over: winner, level, reason

    def copy(self) -> GameState:
        """A deep copy of the dynamic state (cheap: no scenario data is copied)."""
        return GameState(
            month=self.month,
            rng=self.rng,
            regions={k: v.copy() for k, v in self.regions.items()},
            armies={k: v.copy() for k, v in self.armies.items()},
            leaders={k: v.copy() for k, v in self.leaders.items()},
            sides={k: v.copy() for k, v in self.sides.items()},
            flags=dict(self.flags),
            fired=dict(self.fired),
            pending=dict(self.pending),
            pending_since=dict(self.pending_since),
            plans={k: v.copy() for k, v in self.plans.items()},
            preaching=list(self.preaching),
            battles=[list(b) for b in self.battles],
            friction=self.friction,
            next_army=self.next_army,
            over=self.over,
            result=json.loads(json.dumps(self.result)),
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "month": self.month,
            "rng": self.rng,
            "regions": {k: _fields(v) for k, v in sorted(self.regions.items())},
            "armies": {k: _fields(v) for k, v in sorted(self.armies.items())},
            "leaders": {k: _fields(v) for k, v in sorted(self.leaders.items())},
            "sides": {k: _fields(v) for k, v in sorted(self.sides.items())},
            "flags": dict(sorted(self.flags.items())),
            "fired": dict(sorted(self.fired.items())),
            "pending": dict(sorted(self.pending.items())),
            "pending_since": dict(sorted(self.pending_since.items())),
            "plans": {k: _fields(v) for k, v in sorted(self.plans.items())},
            "preaching": list(self.preaching),
            "battles": [list(b) for b in self.battles],
            "friction": self.friction,
            "next_army": self.next_army,
            "over": self.over,
            "result": self.result,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> GameState:
        """Rebuild a state from `to_dict` output; raises KeyError/TypeError/ValueError on malformed data."""
        return cls(
            month=int(data["month"]),
            rng=int(data["rng"]),
            regions={k: RegionState(**v) for k, v in data["regions"].items()},
            armies={k: ArmyState(**v) for k, v in data["armies"].items()},
            leaders={k: LeaderState(**v) for k, v in data["leaders"].items()},
            sides={k: SideState(**v) for k, v in data["sides"].items()},
            flags=dict(data["flags"]),
            fired=dict(data["fired"]),
            pending=dict(data["pending"]),
            pending_since=dict(data["pending_since"]),
            plans={k: Plan(**v) for k, v in data["plans"].items()},
            preaching=list(data["preaching"]),
            battles=[list(b) for b in data["battles"]],
            friction=int(data["friction"]),
            next_army=int(data["next_army"]),
            over=bool(data["over"]),
            result=dict(data["result"]),
        )

    def hash(self) -> str:
        return state_hash(self)


def _fields(obj: Any) -> dict[str, Any]:
    out = {}
    for name in obj.__slots__:
        value = getattr(obj, name)
        out[name] = list(value) if isinstance(value, (list, tuple)) else value
    return out


# Made once, and without the circular-reference check: the state is a tree of plain data, and the check costs
# a tenth of every hash. The text is the same as json.dumps with these settings.
_CANONICAL = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=True, check_circular=False)


def canonical_json(data: Any) -> str:
    return _CANONICAL.encode(data)


# Each record's slot values in slot order, as one C call (attrgetter of two or more names gives a tuple,
# which JSON writes as the same array `to_dict`'s lists would be).
_RECORDS = {"regions": RegionState, "armies": ArmyState, "leaders": LeaderState, "sides": SideState, "plans": Plan}
_ROW = {name: operator.attrgetter(*cls.__slots__) for name, cls in _RECORDS.items()}


def hash_form(state: GameState) -> dict[str, Any]:
    """`to_dict` with each record as an array of its slot values (same content, cheaper to build)."""
    data = {name: getattr(state, name) for name in state.__slots__}
    for name, row in _ROW.items():
        records = data[name]
        data[name] = dict(zip(records, map(row, records.values())))  # C loops, not a comprehension: hot at month end
    return data


def canonical_text(state: GameState) -> str:
    """The canonical JSON of the dynamic state (sorted keys, ints and strings only), which `state_hash` hashes."""
    return canonical_json(hash_form(state))


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("ascii")).hexdigest()


def state_hash(state: GameState) -> str:
    """sha256 of the canonical JSON of the dynamic state (sorted keys, ints and strings only): equal across
    runs and machines."""
    return text_hash(canonical_text(state))


class Snapshot:
    """The state at one moment, kept as `hash_form`'s rows of slot values (taken at C speed, for a fraction of
    a copy's cost): `end_turn` keeps one as the next month's start (`state()` rebuilds it, for undo, clones
    and saves) and hashes it only when the month's hash is read. Lists inside records (an army's factions, a
    plan's path) and battle records are shared with the state it was taken from: the engine replaces them,
    never changes them in place (a test reads deferred hashes against hashes taken at once)."""

    __slots__ = ("_form",)
    _PLAIN_DICTS = ("flags", "fired", "pending", "pending_since", "result")  # values are ints and strings

    def __init__(self, state: GameState) -> None:
        form = hash_form(state)
        for name in self._PLAIN_DICTS:
            form[name] = dict(form[name])
        form["preaching"] = list(form["preaching"])
        form["battles"] = list(form["battles"])
        self._form = form

    def hash(self) -> str:
        return text_hash(canonical_json(self._form))

    def state(self) -> GameState:
        """A new state equal to the one taken (dicts in the same key order), sharing nothing with it."""
        data = dict(self._form)
        for name, cls in _RECORDS.items():
            data[name] = {k: cls(*row) for k, row in data[name].items()}
        for army in data["armies"].values():
            army.factions = list(army.factions)
        for plan in data["plans"].values():
            plan.path = list(plan.path)
        for name in self._PLAIN_DICTS:
            data[name] = dict(data[name])
        data["preaching"] = list(data["preaching"])
        data["battles"] = [list(b) for b in data["battles"]]
        return GameState(**data)
