"""Engine events: past-tense facts, the engine's only output besides state. The UI animates them, the replay
prints them, tests sum them. Every event that changes the number of men under arms carries `men_change`
(signed), so men are conserved except where an event says otherwise.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Event:
    @property
    def kind(self) -> str:
        return type(self).__name__

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, **asdict(self)}


@dataclass(frozen=True, slots=True)
class ArmyMoved(Event):
    army: str
    side: str
    path: list[str]


@dataclass(frozen=True, slots=True)
class ArmyEmbarked(Event):
    army: str
    link: str
    to: str
    months: int


@dataclass(frozen=True, slots=True)
class ArmyLanded(Event):
    army: str
    region: str


@dataclass(frozen=True, slots=True)
class BattleFought(Event):
    region: str
    winner: str
    loser: str
    losses: dict[str, int]
    armies: list[str]
    routed: bool = False
    pinned: str = ""  # id of the historical battle pin that decided it
    men_change: int = 0


@dataclass(frozen=True, slots=True)
class ArmyRetreated(Event):
    army: str
    origin: str
    to: str


@dataclass(frozen=True, slots=True)
class ArmyDestroyed(Event):
    army: str
    region: str
    cause: str
    men_change: int = 0


@dataclass(frozen=True, slots=True)
class ArmyDisbanded(Event):
    """An army emptied by orders (all its men garrisoned, merged or split off)."""

    army: str


@dataclass(frozen=True, slots=True)
class LeaderKilled(Event):
    leader: str
    cause: str
    successor: str = ""


@dataclass(frozen=True, slots=True)
class LeaderDeposed(Event):
    leader: str
    successor: str = ""


@dataclass(frozen=True, slots=True)
class LeaderActivated(Event):
    leader: str
    army: str = ""


@dataclass(frozen=True, slots=True)
class SiegeBegan(Event):
    region: str
    side: str


@dataclass(frozen=True, slots=True)
class SiegeContinued(Event):
    region: str
    side: str
    months: int
    men_change: int = 0  # starvation in the garrison


@dataclass(frozen=True, slots=True)
class SiegeLifted(Event):
    region: str
    side: str


@dataclass(frozen=True, slots=True)
class AssaultFailed(Event):
    region: str
    side: str
    losses: dict[str, int]
    men_change: int = 0


@dataclass(frozen=True, slots=True)
class CityFell(Event):
    region: str
    side: str
    previous: str
    how: str  # "siege" or "assault"
    men_change: int = 0
    plunder: int = 0  # gold the conqueror carried off


@dataclass(frozen=True, slots=True)
class RegionTaken(Event):
    region: str
    side: str
    previous: str
    men_change: int = 0
    plunder: int = 0


@dataclass(frozen=True, slots=True)
class GarrisonSkirmished(Event):
    region: str
    side: str
    men_change: int = 0


@dataclass(frozen=True, slots=True)
class AttritionSuffered(Event):
    army: str
    cause: str
    men_change: int = 0


@dataclass(frozen=True, slots=True)
class RevenueCollected(Event):
    side: str
    revenue: int
    upkeep: int
    manpower: int
    unpaid: bool = False


@dataclass(frozen=True, slots=True)
class RegionRevolted(Event):
    region: str
    previous: str
    levy: str = ""  # id of the levy army that rose, if any
    men_change: int = 0  # levy raised minus garrison slain


@dataclass(frozen=True, slots=True)
class Preached(Event):
    region: str
    fervour: int
    unrest: int


@dataclass(frozen=True, slots=True)
class FrictionChanged(Event):
    value: int
    delta: int


@dataclass(frozen=True, slots=True)
class AsturiansAdvanced(Event):
    region: str
    previous: str


@dataclass(frozen=True, slots=True)
class EventFired(Event):
    event: str
    title: str
    narration: str
    chooser: str = ""
    choices: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class ChoiceMade(Event):
    event: str
    side: str
    choice: str
    by_default: bool = False


@dataclass(frozen=True, slots=True)
class Narrated(Event):
    text: str


@dataclass(frozen=True, slots=True)
class ScenarioChanged(Event):
    """A scenario effect changed the state (what it did, for the log and the UI)."""

    effect: str
    target: str
    men_change: int = 0


@dataclass(frozen=True, slots=True)
class ReinforcementsArrived(Event):
    army: str
    region: str
    men_change: int = 0


@dataclass(frozen=True, slots=True)
class ArmyRecruited(Event):
    army: str
    region: str
    side: str
    cost: int
    men_change: int = 0


@dataclass(frozen=True, slots=True)
class ForcesReorganised(Event):
    """Split, merge or garrison orders: men moved between armies and garrisons, none gained or lost."""

    what: str
    army: str
    other: str
    men: int


@dataclass(frozen=True, slots=True)
class TaxPolicySet(Event):
    side: str
    policy: str


@dataclass(frozen=True, slots=True)
class GameEnded(Event):
    winner: str
    level: str
    reason: str


@dataclass(frozen=True, slots=True)
class MonthBegan(Event):
    month: str


def men_change(events: list[Event]) -> int:
    """The net change in men under arms (armies + garrisons) that these events account for."""
    return sum(getattr(e, "men_change", 0) for e in events)
