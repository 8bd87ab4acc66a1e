"""A game being played in the client: the engine game, who controls each side, the AI working in a
background thread, undo, saving and the autosave.

The window must never freeze, so everything slow (the AI's orders, resolving the month) runs in a worker
thread on a *clone* of the game; the main thread keeps drawing the untouched game and swaps the finished
clone in with `poll()`. Only one worker runs at a time and the UI gives no orders while it does.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

PLAYABLE = ("umayyad", "berber")
SIDE_NAMES = {"umayyad": "Umayyads", "berber": "Berbers", "asturias": "Asturians", "neutral": "Independents"}
SAVE_SUFFIX = ".brsave"


def saves_dir(data_dir: Path) -> Path:
    return Path(data_dir) / "saves"


def autosave_path(data_dir: Path) -> Path:
    return saves_dir(data_dir) / f"autosave{SAVE_SUFFIX}"


@dataclass
class Setup:
    """What the New game screen (or the command line) chose."""

    scenario_id: str = "berber_revolt_740"
    mode: str = "umayyad"  # umayyad | berber | hotseat | watch
    ai_level: str = "normal"
    seed: int = 740
    start: str | None = None  # "YYYY-MM": start from the historical state at that month

    @property
    def humans(self) -> tuple[str, ...]:
        if self.mode == "hotseat":
            return PLAYABLE
        if self.mode == "watch":
            return ()
        return (self.mode,)


@dataclass
class Resolution:
    """What a finished month produced, for the play screen to animate and report."""

    events: list[Any] = field(default_factory=list)
    month_before: int = 0
    error: str = ""
    save_error: str = ""


class Session:
    """Owns the game and the turn flow: humans give orders in turn, then the AI and the month resolve."""

    def __init__(self, game: Any, setup: Setup, data_dir: Path, scenario: Any | None = None) -> None:
        self.game = game
        self.setup = setup
        self.data_dir = Path(data_dir)
        self.scenario = scenario if scenario is not None else game.scenario
        self.humans = setup.humans
        self.ai = {side: _make_ai(setup.ai_level, side, setup.seed) for side in PLAYABLE if side not in self.humans}
        self.done: set[str] = set()  # humans who ended their orders this month
        self._worker: threading.Thread | None = None
        self._result: tuple[Any, Resolution] | None = None
        self.last_events: list[Any] = []
        self.save_error = ""

    @classmethod
    def new(cls, setup: Setup, data_dir: Path) -> Session:
        """Start a game as set up; raises ScenarioError or ValueError with a readable message."""
        from game.scenario import load_scenario_id

        scenario = load_scenario_id(setup.scenario_id)
        if setup.start and setup.start != scenario.metadata.start:
            from game.replay import Replay

            game = Replay(scenario, seed=setup.seed).game_at(setup.start)
        else:
            from game.engine.game import Game

            game = Game.new(scenario, seed=setup.seed, historical=False)
        return cls(game, setup, data_dir, scenario)

    # --- who is playing ---------------------------------------------------------------------------------
    @property
    def active_side(self) -> str | None:
        """The human side giving orders now (None while the AI thinks or when only AIs play)."""
        if self.busy or self.game.is_over():
            return None
        return next((s for s in self.humans if s not in self.done), None)

    @property
    def viewer(self) -> str | None:
        """Whose eyes the map shows: the active human, the single human, or None (everything: watching)."""
        if self.active_side is not None:
            return self.active_side
        return self.humans[0] if len(self.humans) == 1 else None

    @property
    def busy(self) -> bool:
        return self._worker is not None

    @property
    def thinking_side(self) -> str | None:
        return next(iter(self.ai), None) if self.busy else None

    # --- orders -----------------------------------------------------------------------------------------
    def check(self, command: Any):
        return self.game.check(command)

    def submit(self, command: Any):
        """Submit a human's order; returns the Rejection (and changes nothing) if it is illegal."""
        if self.busy:
            return _Busy()
        rejection = self.game.check(command)
        if rejection is None:
            self.game.submit(command)
        return rejection

    def undo(self) -> bool:
        side = self.active_side
        return bool(side and self.game.undo(side))

    def finish_orders(self) -> bool:
        """The active human is done; when no human is left to play this month, resolve it in the background.
        Returns True when the month started resolving."""
        side = self.active_side
        if side is not None:
            self.done.add(side)
        if self.active_side is not None or self.busy or self.game.is_over():
            return False
        self._start_worker()
        return True

    # --- the worker -------------------------------------------------------------------------------------
    def _start_worker(self) -> None:
        clone = self.game.clone()
        month = self.game.state.month

        def work() -> None:
            try:
                for side, player in self.ai.items():
                    _answer_choices(clone, side, player)
                    player.play_turn(clone, side)
                events = list(clone.end_turn())
                error = self._write(clone, autosave_path(self.data_dir))  # disk work stays off the frame too
                self._result = (clone, Resolution(events, month, save_error=error))
            except Exception as exc:  # reported to the player, never a traceback
                self._result = (None, Resolution([], month, f"{type(exc).__name__}: {exc}"))

        self._worker = threading.Thread(target=work, name="month-resolution", daemon=True)
        self._worker.start()

    def poll(self) -> Resolution | None:
        """Called every frame: the finished month's events once the worker is done, else None."""
        if self._worker is None or self._worker.is_alive():
            return None
        self._worker.join()
        self._worker = None
        game, resolution = self._result or (None, Resolution(error="the month did not resolve"))
        self._result = None
        if game is not None:
            self.game = game
            self.done.clear()
            self.last_events = resolution.events
            self.save_error = resolution.save_error
        return resolution

    def wait(self, timeout: float = 30.0) -> Resolution | None:
        """Block until the worker finishes (tests and the benchmark, never the frame loop)."""
        if self._worker is not None:
            self._worker.join(timeout)
        return self.poll()

    # --- saving -----------------------------------------------------------------------------------------
    def save(self, path: Path) -> str:
        """Write a save file; returns '' or a sentence saying why it failed."""
        return self._write(self.game, Path(path))

    def _write(self, game: Any, path: Path) -> str:
        from game.ui.play_saves import write_save

        return write_save(game, self.setup, path)

    def autosave(self) -> None:
        self.save_error = self.save(autosave_path(self.data_dir))


class _Busy:
    code = "busy"
    message = "Wait for the month to finish."


def _make_ai(level: str, side: str, seed: int):
    from game.ai import make_player

    return make_player(resolve_level(level), side, seed)


def resolve_level(level: str) -> str:
    """The asked AI level if it exists, else the strongest one built (so an old setting never crashes)."""
    from game.ai import levels

    known = levels()
    if level in known:
        return level
    return next((lv for lv in ("normal", "easy", "hard", "random") if lv in known), known[0] if known else level)


def _answer_choices(game: Any, side: str, player: Any) -> None:
    """Let the AI answer the event choices waiting for its side."""
    from game.engine.commands import ChooseOption

    for event_id, chooser in list(game.state.pending.items()):
        if chooser != side:
            continue
        choice = player.choose(game, side, event_id)
        if choice:
            command = ChooseOption(side=side, event=event_id, choice=choice)
            if game.check(command) is None:
                game.submit(command)
