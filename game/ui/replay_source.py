"""What the replay viewer shows, month by month: the historical game at the start of each month (from
`game.replay`'s cached snapshots), the month's story (narration, events, battles) and the routes marched.

Position i of the viewer is the START of month i, exactly `Replay.game_at(months[i])`, so 'Take command'
plays the month on screen; playing animates month i's marches and battles and lands on month i+1.
`game.replay` keeps the results, not the raw engine events; the viewer re-resolves a month from its snapshot
(the engine is deterministic) when it needs routes and the finer facts, once per month.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from game.engine.calendar import month_label


@dataclass(frozen=True)
class BattleReport:
    """One battle for the map flash and the report card: where, who won, what it cost."""

    region: str
    name: str
    winner: str
    losses: dict[str, int]
    leaders_killed: tuple[str, ...] = ()
    source: str = ""


@dataclass
class MonthStory:
    month: str
    narration: str = ""
    source: str = ""
    events: list[Any] = field(default_factory=list)
    battles: list[BattleReport] = field(default_factory=list)
    routes: dict[str, list[str]] = field(default_factory=dict)


class ReplaySource:
    """The historical replay of one scenario, played once; `game_at(i)` costs a dictionary lookup."""

    def __init__(self, scenario: Any, seed: int | None = None, replay: Any = None) -> None:
        from game.replay import DEFAULT_SEED, Replay

        self.scenario = scenario
        self.replay = replay or Replay(scenario, seed=DEFAULT_SEED if seed is None else seed)
        self.result = self.replay.run()
        self.months = [turn.date for turn in self.result.turns]
        timeline = {entry.month: entry for entry in scenario.timeline}
        self.stories = [_story(turn, timeline.get(turn.date)) for turn in self.result.turns]
        self._games: dict[int, Any] = {}
        self._resolved: set[int] = set()

    def __len__(self) -> int:
        return len(self.months)

    def game_at(self, index: int) -> Any:
        """The game at the start of month `index` (shared by the viewer: clone it before changing it)."""
        if index not in self._games:
            self._games[index] = self.replay.game_at(self.month_label(index))
        return self._games[index]

    def game_after(self, index: int) -> Any:
        """The game once month `index` has resolved (the start of the next month)."""
        return self.game_at(index + 1)

    def month_label(self, index: int) -> str:
        return month_label(self.scenario.metadata.start, index)

    def index_of(self, month: str) -> int:
        """The position of a 'YYYY-MM' month, clamped to the replay's span."""
        if month in self.months:
            return self.months.index(month)
        return 0 if not self.months or month < self.months[0] else len(self.months) - 1

    def story(self, index: int) -> MonthStory:
        """Month `index`'s story, with the routes and engine events filled in on first use."""
        story = self.stories[index]
        if index not in self._resolved:
            self._resolved.add(index)
            events = self._resolve(index)
            story.events = events
            for event in events:
                if type(event).__name__ == "ArmyMoved":
                    story.routes.setdefault(event.army, []).extend(event.path)
        return story

    def prefetch(self) -> bool:
        """Resolve the next month not yet resolved (about 5 ms); the viewer calls it once a frame while idle,
        so within a second of opening every seek is a lookup. False when there is nothing left to do."""
        index = next((i for i in range(len(self.stories)) if i not in self._resolved), None)
        if index is None:
            return False
        self.story(index)
        return True

    def _resolve(self, index: int) -> list[Any]:
        game = self.game_at(index).clone()
        self.replay.controller.play_month(game)
        return list(game.end_turn())


def _story(turn: Any, entry: Any) -> MonthStory:
    pins = {pin.id: pin for pin in getattr(entry, "battles", ())}
    battles = [
        BattleReport(b.region, b.name, b.winner, dict(b.losses), tuple(b.leaders_killed),
                     pins[b.id].source if b.id in pins else "")
        for b in turn.battles
    ]
    return MonthStory(turn.date, turn.narration, getattr(entry, "source", ""), [], battles)


@lru_cache(maxsize=2)
def replay_for(scenario_id: str) -> ReplaySource:
    """The replay of a shipped scenario, computed once per process (seeking then costs nothing)."""
    from game.scenario.loader import load_scenario_id

    return ReplaySource(load_scenario_id(scenario_id))
