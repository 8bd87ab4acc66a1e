"""The historical replay: runs the scenario's timeline headless through the engine and reports, month by
month, the events fired, the battles fought, who held what, and whether history's checkpoints held.

`Replay(scenario).run()` plays 740-01..743-12 once and keeps a snapshot of the game at the start of every
month, so `game_at("742-02")` is instant (the client's timeline scrubber and bookmarks use it).
Nothing here prints; `game.cli.replay` formats the result.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from game.ai.historical import Divergence, HistoricalController
from game.engine.calendar import month_index, month_label
from game.engine.events import ArmyMoved, BattleFought, ChoiceMade, EventFired, LeaderKilled, Narrated

DEFAULT_SEED = 740


@dataclass(slots=True)
class BattleRecord:
    id: str
    name: str
    region: str
    attacker: str
    defender: str
    winner: str
    losses: dict[str, int]
    leaders_killed: list[str]


@dataclass(slots=True)
class FiredEvent:
    id: str
    title: str
    narration: str


@dataclass(slots=True)
class CheckResult:
    """One checkpoint condition, e.g. `742-12 owner kairouan=umayyad`."""

    month: str
    what: str
    expected: str
    actual: str

    @property
    def ok(self) -> bool:
        return self.expected == self.actual

    @property
    def label(self) -> str:
        return f"{self.month} {self.what}={self.expected}"

    def __str__(self) -> str:
        if self.ok:
            return self.label
        return f"{self.label} (got {self.actual})"


@dataclass(slots=True)
class MonthResult:
    date: str
    narration: str
    events: list[FiredEvent]
    battles: list[BattleRecord]
    control: dict[str, str]
    checks: list[CheckResult] = field(default_factory=list)
    divergences: list[Divergence] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # narrated lines (choices, effects)
    hash: str = ""


@dataclass(slots=True)
class ReplayResult:
    scenario: str
    seed: int
    turns: list[MonthResult]

    @property
    def checks(self) -> list[CheckResult]:
        return [c for t in self.turns for c in t.checks]

    @property
    def passed(self) -> list[CheckResult]:
        return [c for c in self.checks if c.ok]

    @property
    def failed(self) -> list[CheckResult]:
        return [c for c in self.checks if not c.ok]

    @property
    def divergences(self) -> list[Divergence]:
        return [d for t in self.turns for d in t.divergences]

    def turn(self, date: str) -> MonthResult:
        for t in self.turns:
            if t.date == date:
                return t
        raise KeyError(date)

    def battles(self) -> list[tuple[str, BattleRecord]]:
        return [(t.date, b) for t in self.turns for b in t.battles]

    def to_json(self) -> dict[str, Any]:
        """The `replay --json` document."""
        return {
            "scenario": self.scenario,
            "seed": self.seed,
            "turns": [
                {
                    "date": t.date,
                    "narration": t.narration,
                    "events": [{"id": e.id, "title": e.title} for e in t.events],
                    "battles": [asdict(b) for b in t.battles],
                    "control": dict(t.control),
                    "divergences": [str(d) for d in t.divergences],
                }
                for t in self.turns
            ],
            "checkpoints": {
                "passed": [c.label for c in self.passed],
                "failed": [str(c) for c in self.failed],
            },
        }


class Replay:
    """The historical game of one scenario, played once and cached month by month."""

    def __init__(self, scenario: Any, seed: int = DEFAULT_SEED) -> None:
        from game.engine.game import Game

        self.scenario = scenario
        self.seed = seed
        self.controller = HistoricalController(scenario)
        self._start = scenario.metadata.start
        self._last = month_index(self._start, scenario.metadata.end)
        self._regions = {r.id: r for r in scenario.regions}
        self._pins = {m.month: {p.region: p for p in m.battles} for m in scenario.timeline}
        self._region_names = {r.id: r.name for r in scenario.regions}
        self._checkpoints = {m.month: m.checkpoint for m in scenario.timeline if m.checkpoint is not None}
        self._narration = {m.month: m.narration for m in scenario.timeline}
        self._snapshots: list[Any] = [Game.new(scenario, seed=seed, historical=True)]
        self._turns: list[MonthResult] = []

    # ------------------------------------------------------------------ running

    def run(self, until: str | None = None) -> ReplayResult:
        """Play (or continue) the replay to the end of `until` (default: the scenario's last month)."""
        stop = self._last if until is None else min(self._index(until), self._last)
        while len(self._turns) <= stop:
            game = self._snapshots[-1].clone()
            if game.is_over():
                break
            self._turns.append(self._play(game))
            self._snapshots.append(game)
        return ReplayResult(self.scenario.metadata.id, self.seed, list(self._turns))

    def game_at(self, month: str) -> Any:
        """A fresh copy of the historical game at the start of `month` (before its orders)."""
        index = self._index(month)
        if index < 0 or index > self._last + 1:
            raise ValueError(f"{month} is outside the scenario ({self._start} .. {self.scenario.metadata.end})")
        if index >= len(self._snapshots):
            self.run(month_label(self._start, index - 1))
        if index >= len(self._snapshots):
            raise ValueError(f"the game ended before {month}")
        return self._snapshots[index].clone()

    def months(self) -> list[str]:
        return [month_label(self._start, i) for i in range(self._last + 1)]

    def _index(self, month: str) -> int:
        return month_index(self._start, month)

    # ------------------------------------------------------------------ one month

    def _play(self, game: Any) -> MonthResult:
        date = month_label(self._start, game.state.month)
        divergences = self.controller.play_month(game)
        owners_before = {rid: r.owner for rid, r in game.state.regions.items()}
        sides = {a.id: a.side for a in game.state.armies.values()}
        events = list(self.controller.submitted) + list(game.end_turn())
        sides.update({a.id: a.side for a in game.state.armies.values()})
        result = MonthResult(
            date=date,
            narration=self._narration.get(date, ""),
            events=[FiredEvent(e.event, e.title, e.narration) for e in events if isinstance(e, EventFired)],
            battles=battle_records(date, events, self._pins.get(date, {}), self._region_names, owners_before, sides),
            control={rid: r.owner for rid, r in sorted(game.state.regions.items()) if not self._regions[rid].offmap},
            divergences=divergences,
            notes=[e.text for e in events if isinstance(e, Narrated)]
            + [f"{e.side} chose {e.choice} ({e.event})" for e in events if isinstance(e, ChoiceMade)],
            hash=game.state_hash(),
        )
        checkpoint = self._checkpoints.get(date)
        if checkpoint is not None:
            result.checks = check(date, checkpoint, game.state)
        return result


def battle_records(
    date: str, events: list[Any], pins: dict[str, Any], region_names: dict[str, str],
    owners_before: dict[str, str], army_sides: dict[str, str],
) -> list[BattleRecord]:
    """The month's battles in the order fought. Leaders killed are those the engine reports right after
    each battle (never what a pin merely claims); `pins` maps region -> this month's BattlePin."""
    movers = {e.army: e.path[-1] for e in events if isinstance(e, ArmyMoved) and e.path}
    records: list[BattleRecord] = []
    for e in events:
        if isinstance(e, BattleFought):
            pin = pins.get(e.region) if e.pinned else None
            attacker = _attacker(e, movers, army_sides, owners_before.get(e.region, ""))
            records.append(BattleRecord(
                id=pin.id if pin is not None else f"battle_{e.region}_{date.replace('-', '_')}_{len(records)}",
                name=pin.name if pin is not None else f"Battle of {region_names.get(e.region, e.region)}",
                region=e.region,
                attacker=attacker,
                defender=e.loser if attacker == e.winner else e.winner,
                winner=e.winner,
                losses={k: int(v) for k, v in sorted(e.losses.items())},
                leaders_killed=[],
            ))
        elif isinstance(e, LeaderKilled) and e.cause == "battle" and records:
            records[-1].leaders_killed.append(e.leader)
    for record in records:
        record.leaders_killed.sort()
    return records


def _attacker(battle: Any, movers: dict[str, str], army_sides: dict[str, str], owner: str) -> str:
    """The side that marched into the region this month; if both or neither did, the side that did not
    hold it (or, failing that, the winner)."""
    sides = sorted({battle.winner, battle.loser})
    marched = {army_sides.get(a) for a in battle.armies if movers.get(a) == battle.region}
    attackers = [s for s in sides if s in marched]
    if len(attackers) == 1:
        return attackers[0]
    if owner in sides:
        return next(s for s in sides if s != owner)
    return battle.winner


def check(date: str, checkpoint: Any, state: Any) -> list[CheckResult]:
    """Evaluate one timeline checkpoint against the state at the end of `date`."""
    out = []
    for region, side in sorted(checkpoint.owners.items()):
        actual = state.regions[region].owner if region in state.regions else "?"
        out.append(CheckResult(date, f"owner {region}", side, actual))
    for leader in checkpoint.leaders_dead:
        status = state.leaders.get(leader)
        out.append(CheckResult(date, f"leader {leader}", "dead", status.status if status else "?"))
    for leader in checkpoint.leaders_alive:
        status = state.leaders.get(leader)
        alive = status is not None and status.status != "dead"
        out.append(CheckResult(date, f"leader {leader}", "alive", "alive" if alive else "dead"))
    for army in checkpoint.armies_exist:
        out.append(CheckResult(date, f"army {army}", "exists", "exists" if army in state.armies else "gone"))
    for army in checkpoint.armies_gone:
        out.append(CheckResult(date, f"army {army}", "gone", "exists" if army in state.armies else "gone"))
    return out


def run_replay(scenario: Any, seed: int = DEFAULT_SEED) -> ReplayResult:
    """Play the whole historical replay of `scenario` headless."""
    return Replay(scenario, seed).run()
