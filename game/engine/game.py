"""The facade: the one object a client, an AI, a save or a test talks to.

    game = Game.new(scenario, seed=7)
    game.legal_commands("berber"); game.check(cmd); game.submit(cmd); game.undo("berber")
    events = game.end_turn(); game.outcome(); game.state_hash(); game.view_for("umayyad")

Every state change goes through a submitted command or the month's phases, and both are recorded in `log`.
Read `game.state` freely but change it only through the facade (tests excepted): `submit` reuses the verdict
of a `check` of the same command made since the last change.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from itertools import repeat
from typing import Any

from game.engine.calendar import month_label
from game.engine.commands import (
    Command,
    MergeArmies,
    Recruit,
    Rejected,
    Rejection,
    SplitArmy,
    command_from_dict,
    command_to_dict,
)
from game.engine.context import Context
from game.engine.events import Event
from game.engine.legal import admin_commands, legal_commands, recamp
from game.engine.month_hashes import MonthHashes
from game.engine.orders import KEEPS_BLOCKED, MEMO_RULES, PLAN_ONLY, RULES
from game.engine.rng import seed_state
from game.engine.rules.movement import routes
from game.engine.rules.victory import HISTORY_CLOSE_PERCENT, history_match, judge, scores
from game.engine.setup import initial_state
from game.engine.state import GameState, Snapshot, state_hash
from game.engine.tables import PLAYABLE, tables_for
from game.engine.turn import resolve_month
from game.engine.view import SideView, view_for

# Orders after which the facade prunes its layout memo instead of emptying it (see Game._prune_layout).
PRUNED: tuple[type, ...] = (*KEEPS_BLOCKED, Recruit)


@dataclass(frozen=True, slots=True)
class LogEntry:
    month: int
    side: str
    command: Command


@dataclass(slots=True)
class GameLog:
    """Commands in the order given (undone ones removed), the hash after each month, and every event."""

    entries: list[LogEntry] = field(default_factory=list)
    month_hashes: MonthHashes = field(default_factory=MonthHashes)  # reads like a list of str
    events: list[tuple[int, Event]] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not isinstance(self.month_hashes, MonthHashes):
            self.month_hashes = MonthHashes(self.month_hashes)

    def copy(self) -> GameLog:
        return GameLog(list(self.entries), self.month_hashes.copy(), list(self.events))


@dataclass(frozen=True, slots=True)
class Outcome:
    winner: str | None  # None: a draw, or the war is still going
    level: str  # "decisive", "marginal", "draw"
    scores: dict[str, int]
    final: bool  # False: the standing if the war ended now
    reason: str
    history_match: int  # percent of history's end-state owners matched
    close_to_history: bool


class Game:
    __slots__ = ("scenario", "tables", "ctx", "seed", "historical", "state", "log", "_month_start", "_version",
                 "_layout", "_accepted", "_memo", "_ordered")

    def __init__(self, scenario: Any, seed: int, historical: bool, state: GameState, log: GameLog) -> None:
        self.scenario = scenario
        self.tables = tables_for(scenario)
        self.ctx = Context(self.tables, historical)
        self.seed = seed
        self.historical = historical
        self.state = state
        self.log = log
        # The state at the start of this month (for undo, clones and saves): the month-end snapshot end_turn kept
        # for the month's hash, or one taken at the month's first order. Never changed, so clones share it.
        self._month_start: Snapshot | None = None
        self._ordered = False  # orders were given this month
        self._version = 0  # bumped by every change made through the facade
        self._layout = 0  # bumped by every change that may touch regions or armies (not by plan-only orders)
        self._accepted: tuple[int, Command] | None = None  # the last command `check` accepted, and when
        self._memo: tuple[int, dict] = (0, {})  # computations that depend on regions and armies only, and when

    @classmethod
    def new(cls, scenario: Any, seed: int, historical: bool = False) -> Game:
        return cls(scenario, seed, historical, initial_state(tables_for(scenario), seed), GameLog())

    # ------------------------------------------------------------------ queries
    @property
    def month(self) -> str:
        """The current month as "YYYY-MM"."""
        return month_label(self.tables.start, self.state.month)

    @property
    def turn(self) -> int:
        """Months resolved so far."""
        return len(self.log.month_hashes)

    def is_over(self) -> bool:
        return self.state.over

    def state_hash(self) -> str:
        return state_hash(self.state)

    def legal_commands(self, side: str, army: str | None = None) -> list[Command]:
        """Legal commands of `side` (a representative menu: numbers are sampled); with `army`, only that
        army's orders (for the UI's order panel)."""
        return legal_commands(self.state, self.tables, side, army, self._layout_memo())

    def admin_commands(self, side: str) -> list[Command]:
        """Legal administrative commands of `side` (recruits, tax, preaching, choices): `legal_commands`
        without the armies' orders."""
        return admin_commands(self.state, self.tables, side)

    def reachable(self, army: str) -> dict[str, int]:
        """Regions the army can reach this month -> movement points spent (empty if it cannot move)."""
        found = self.state.armies.get(army)
        if found is None:
            return {}
        return {region: cost for region, (cost, _path) in routes(self.state, self.tables, found).items()}

    def view_for(self, side: str) -> SideView:
        """What `side` may see (raises ValueError for a side not in the game)."""
        if side not in self.state.sides:
            raise ValueError(f"'{side}' is not a side of this game")
        return view_for(self.state, self.tables, side)

    def outcome(self) -> Outcome:
        """The result once the war is over; before that, the standing if it ended now."""
        state, tables = self.state, self.tables
        if state.over:
            winner, level, reason = state.result["winner"], state.result["level"], state.result["reason"]
        else:
            winner, level = judge(state, tables)
            reason = "the war goes on"
        match = history_match(state, tables)
        return Outcome(winner or None, level, scores(state, tables), state.over, reason, match,
                       match >= HISTORY_CLOSE_PERCENT)

    def _layout_memo(self) -> dict:
        """A dict for computations that depend only on regions and armies (blocked regions, the side's armies),
        emptied whenever an order or a month may have changed them."""
        if self._memo[0] != self._layout:
            self._memo = (self._layout, {})
        return self._memo[1]

    def _forget_layout(self, cmd: Command) -> None:
        """Empty the layout memo before an order that may change regions or armies, unless the order is
        plan-only or one whose changes `_prune_layout` follows."""
        if type(cmd) not in PLAN_ONLY and type(cmd) not in PRUNED:
            self._layout += 1

    def _prune_layout(self, cmd: Command, events: list[Event], armies_before: int) -> None:
        """After a garrison, split, merge or recruit, drop from the layout memo only what it changed. They move
        men within one region among one side's armies and garrison (recruits: from the side's reserves), so
        the blocked regions and every other army's routes hold; the touched armies' routes go (their pace may
        change), and the side's camps follow an army that came or went. A recruit that raised a new army blocks
        enemy marches anew: the memo is emptied."""
        armies_changed = len(self.state.armies) != armies_before
        if type(cmd) is Recruit:
            if armies_changed:
                self._layout += 1
                return
            touched: tuple[str, ...] = (events[0].army,)  # ArmyRecruited: the army the recruits joined
        elif type(cmd) is MergeArmies:
            touched = (cmd.army, cmd.into)
        elif type(cmd) is SplitArmy:
            touched = (cmd.army, cmd.new_army)
        else:
            touched = (cmd.army,)
        memo = self._layout_memo()
        for army in touched:
            memo.pop(("routes", army), None)
        if armies_changed:
            recamp(self.state, cmd.side, touched, memo)

    def _rule_args(self, cmd: Command) -> tuple:
        """The arguments of the command's validator and applier (route searches also get the layout memo)."""
        if type(cmd) in MEMO_RULES:
            return self.state, self.tables, cmd, self._layout_memo()
        return self.state, self.tables, cmd

    # ------------------------------------------------------------------ orders
    def check(self, cmd: Command) -> Rejection | None:
        rules = RULES.get(type(cmd))
        if rules is None:
            return Rejection("unknown_command", f"'{type(cmd).__name__}' is not an order of this game.")
        try:
            rejection = rules[0](*self._rule_args(cmd))
        except (TypeError, KeyError, AttributeError, ValueError):
            return Rejection("bad_command", "That order is malformed.")
        if rejection is None:
            self._accepted = (self._version, cmd)
        return rejection

    def submit(self, cmd: Command) -> list[Event]:
        """Apply an order (administrative) or record it as this month's plan (military).

        Raises Rejected, leaving the state untouched, if the order is illegal."""
        accepted = self._accepted
        already = accepted is not None and accepted[0] == self._version and (accepted[1] is cmd or accepted[1] == cmd)
        rejection = None if already else self.check(cmd)
        if rejection is not None:
            raise Rejected(rejection)
        self._version += 1
        self._forget_layout(cmd)
        armies_before = len(self.state.armies)
        if not self._ordered:
            self._ordered = True
            if self._month_start is None:  # no month was resolved here: keep the start (for undo and saves)
                self._month_start = Snapshot(self.state)
        events = RULES[type(cmd)][1](*self._rule_args(cmd))
        if type(cmd) in PRUNED:
            self._prune_layout(cmd, events, armies_before)
        self.log.entries.append(LogEntry(self.state.month, cmd.side, cmd))
        if events:
            self.log.events.extend(zip(repeat(self.state.month), events))
        return events

    def undo(self, side: str) -> bool:
        """Take back the side's last order of this month; False if it has none. The month is rebuilt from its
        start with the other orders given again; an order that no longer holds without the one taken back
        (a garrison of a region recruits had just won, say) is withdrawn with it, so undo never fails."""
        month = self.state.month
        this_month = [e for e in self.log.entries if e.month == month]
        mine = [i for i, e in enumerate(this_month) if e.side == side]
        if not mine or not self._ordered:
            return False
        self._rebuild_month(self._start_state(), [e for i, e in enumerate(this_month) if i != mine[-1]])
        return True

    def _rebuild_month(self, start: GameState, entries: list[LogEntry]) -> None:
        """Restart the month from `start` and give `entries` again, skipping any the rebuilt state refuses."""
        month = self.state.month
        self.log.entries = [e for e in self.log.entries if e.month != month]
        self.log.events = [(m, e) for m, e in self.log.events if m != month]
        self.state = start
        self._version += 1
        self._layout += 1
        for entry in entries:
            if self.check(entry.command) is None:
                self.submit(entry.command)

    def end_turn(self) -> list[Event]:
        """Resolve the month: every phase in order; log and hash it. Nothing happens once the war is over."""
        if self.state.over:
            return []
        month = self.state.month
        self._version += 1
        self._layout += 1
        events = resolve_month(self.state, self.ctx)
        start = Snapshot(self.state)  # the next month's start, hashed when the month's hash is first read
        self.log.month_hashes.append(start)
        self.log.events.extend(zip(repeat(month), events))  # (month, event) pairs, at C speed
        self._month_start, self._ordered = start, False
        return events

    def _start_state(self) -> GameState:
        """A fresh copy of the state at the start of this month, once orders were given."""
        assert self._month_start is not None
        return self._month_start.state()

    # ------------------------------------------------------------------ copies and serialisation
    def clone(self) -> Game:
        """An independent copy (dynamic state only; the scenario is shared)."""
        twin = Game(self.scenario, self.seed, self.historical, self.state.copy(), self.log.copy())
        if self._ordered:  # the month's start is settled: share it (a snapshot never changes)
            twin._ordered, twin._month_start = True, self._month_start
        return twin

    def clone_for(self, side: str, dice: int) -> Game:
        """A clone holding only what `side` knows, for a search AI's look-ahead: the other sides' orders of
        this month withdrawn, the armies `side` cannot see removed, and new dice from `dice` (the real ones
        would tell the future). The side's own orders of the month are given again."""
        seen = self.view_for(side).armies
        start = self._start_state() if self._ordered else self.state.copy()
        for aid in [a for a, army in start.armies.items() if army.side != side and a not in seen]:
            del start.armies[aid]
            start.plans.pop(aid, None)
        start.rng = seed_state(dice)
        twin = Game(self.scenario, self.seed, self.historical, start, self.log.copy())
        twin._rebuild_month(start, [e for e in self.log.entries if e.month == self.state.month and e.side == side])
        return twin

    def to_dict(self) -> dict[str, Any]:
        """State at the start of the current month plus every command: loading re-applies this month's orders,
        so they can still be undone."""
        start = self._start_state() if self._ordered else self.state
        return {
            "seed": self.seed,
            "historical": self.historical,
            "state": start.to_dict(),
            "commands": [{"month": e.month, "side": e.side, "command": command_to_dict(e.command)}
                         for e in self.log.entries],
            "month_hashes": list(self.log.month_hashes),
        }

    @classmethod
    def from_dict(cls, scenario: Any, data: dict[str, Any]) -> Game:
        """Rebuild a game from `to_dict`; raises ValueError (or KeyError/TypeError) on malformed data."""
        state = GameState.from_dict(data["state"])
        entries = [LogEntry(int(e["month"]), str(e["side"]), command_from_dict(e["command"]))
                   for e in data["commands"]]
        # The current month's orders are re-applied, unless the war is over: the month does not turn then, and
        # the final state already holds them.
        replay = not state.over
        log = GameLog([e for e in entries if not (replay and e.month == state.month)], list(data["month_hashes"]))
        game = cls(scenario, int(data["seed"]), bool(data["historical"]), state, log)
        for entry in entries:
            if replay and entry.month == state.month:
                game.submit(entry.command)
        return game

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), sort_keys=True, separators=(",", ":"))

    @classmethod
    def from_json(cls, scenario: Any, text: str) -> Game:
        return cls.from_dict(scenario, json.loads(text))


__all__ = ["Game", "GameLog", "LogEntry", "Outcome", "PLAYABLE", "Rejected", "Rejection"]
