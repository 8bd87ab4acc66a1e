"""The scenes the `screenshot` command renders, each built by driving the real screens through the App:
menu, play (an army selected, its moves highlighted), battle (a battle report in play), event (an event
pop-up with choices), replay (the viewer mid-battle), result (after a simulated game).

A builder returns the screen to photograph; a `SceneError` carries a sentence for the user.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

SCENARIO_ID = "berber_revolt_740"
SCENES = ("menu", "play", "battle", "event", "replay", "result")


class SceneError(Exception):
    """A scene that cannot be rendered in this build, with the reason in words."""


def render_scene(app: Any, scene: str, month: str | None) -> None:
    """Build `scene` on `app` and run frames until it has settled."""
    builders: dict[str, Callable[[Any, str | None], None]] = {
        "menu": _menu, "play": _play, "battle": _battle, "event": _event, "replay": _replay, "result": _result,
    }
    if scene not in builders:
        raise SceneError(f"unknown scene '{scene}' (known: {', '.join(SCENES)})")
    builders[scene](app, month)


def let_time_pass(app: Any, seconds: float, dt: float = 0.1) -> None:
    """Frames covering `seconds` of game time: banners and fades driven by dt run their course."""
    for _ in range(round(seconds / dt)):
        app.step([], dt=dt)


def settle(app: Any, frames: int = 3, until: Callable[[], bool] | None = None, timeout: float = 20.0) -> None:
    """Run a few frames; with `until`, keep running (up to `timeout` s) until it holds: threads finish."""
    for _ in range(frames):
        app.step([])
    deadline = time.monotonic() + timeout
    while until is not None and not until() and time.monotonic() < deadline:
        time.sleep(0.02)
        app.step([])


# --- scenes owned by this module's author -----------------------------------------------------------------
def _replay(app: Any, month: str | None) -> None:
    """The viewer during a battle month, the armies arrived and the report card up."""
    from game.ui.screens.replay import ReplayScreen

    screen = ReplayScreen(app, scenario_id=SCENARIO_ID)
    app.push(screen)
    if not screen.wait_ready():
        raise SceneError(screen._loader.error or "the replay took too long to prepare")
    index = screen.source.index_of(month) if month else _first_big_battle(screen.source)
    screen.seek(index)
    screen.playback.stepping = True
    settle(app, 1)
    screen.playback.clock = screen.playback.period * 0.85  # the hold after the march: cards showing
    screen.playback.stepping = False
    settle(app, 2)


def _first_big_battle(source: Any) -> int:
    """The month of the bloodiest battle: the most telling picture of the war."""
    best, best_losses = 0, -1
    for i, story in enumerate(source.stories):
        losses = sum(sum(b.losses.values()) for b in story.battles)
        if losses > best_losses:
            best, best_losses = i, losses
    return best


def _result(app: Any, month: str | None) -> None:
    """The result screen after a game played out by the computer on both sides."""
    from game.ui.screens.result import ResultScreen

    app.push(ResultScreen(app, simulated_game(month)))
    settle(app, 2)


def simulated_game(month: str | None, seed: int = 740, level: str | None = None) -> Any:
    """A whole game played by two AIs, from the start or from the historical state of `month`."""
    from game.ai import levels, make_player
    from game.engine.game import Game
    from game.scenario.loader import load_scenario_id

    scenario = load_scenario_id(SCENARIO_ID)
    if month:
        from game.replay import Replay

        game = Replay(scenario).game_at(month)
    else:
        game = Game.new(scenario, seed=seed)
    known = levels()
    level = level or next((name for name in ("normal", "easy", "random") if name in known), known[0])
    players = {side: make_player(level, side, seed) for side in ("umayyad", "berber")}
    for _ in range(600):
        if game.is_over():
            break
        for side, player in players.items():
            _answer_choices(game, side, player)
            player.play_turn(game, side)
        game.end_turn()
    return game


def _answer_choices(game: Any, side: str, player: Any) -> None:
    from game.engine.commands import ChooseOption

    for event_id, chooser in sorted(game.state.pending.items()):
        if chooser == side:
            command = ChooseOption(side, event_id, player.choose(game, side, event_id))
            if game.check(command) is None:
                game.submit(command)


# --- scenes of the other client engineer's screens ------------------------------------------------------
def _menu(app: Any, month: str | None) -> None:
    from game.ui.screens.main_menu import MainMenuScreen

    app.push(MainMenuScreen(app))
    thread = app.cache.get("backdrop_thread") if hasattr(app, "cache") else None
    settle(app, 3, until=lambda: thread is None or not thread.is_alive())
    from game.ui.widgets.backdrop import Backdrop

    fade_done = time.monotonic() + getattr(Backdrop, "FADE", 1.0) + 0.3  # the map fades in on the wall clock
    settle(app, 2, until=lambda: time.monotonic() > fade_done)


def _play_screen(app: Any, month: str | None, side: str = "berber") -> Any:
    try:
        from game.ui.screens.play import PlayScreen
        from game.ui.session import Session, Setup
    except ImportError as exc:
        raise SceneError(f"the play screen is not in this build ({exc.name})") from exc
    setup = Setup(scenario_id=SCENARIO_ID, mode=side, ai_level="easy", start=month)
    screen = PlayScreen(app, Session.new(setup, app.data_dir))
    app.push(screen)
    settle(app, 3)
    return screen


def _play(app: Any, month: str | None) -> None:
    """The Umayyad governor's orders in the summer of 741: the largest army selected, its moves lit."""
    from game.ui.screenshot_play import dialog_title, press, select_army

    screen = _play_screen(app, month or "741-07", "umayyad")
    while screen.dialogs and dialog_title(screen):  # a choice waiting: take the first, as a player might
        press(app, pygame_key("RETURN"))
    if not select_army(app, screen):
        raise SceneError("no army of the side giving orders could be selected")
    let_time_pass(app, 2.5)  # the month's banner fades from the map


def _battle(app: Any, month: str | None) -> None:
    """A battle report: a month history fought a battle (the bloodiest, or the first from `month` on),
    history's orders given, Enter pressed."""
    from game.ui.screenshot_play import (
        battle_months,
        dialog_title,
        frames_until,
        historical_orders,
        press,
    )

    candidates = sorted(c for c in battle_months() if c[0] >= month) if month else battle_months()
    for start, side in candidates[:6]:
        screen = _play_screen(app, start, side)
        frames_until(app, lambda s=screen: not s.flow.queue, 5)
        while screen.dialogs:
            press(app, pygame_key("RETURN"))
        for command in historical_orders(screen.game, side):
            screen.order(command)
        press(app, pygame_key("RETURN"))
        if frames_until(app, lambda s=screen: dialog_title(s).startswith("Battle"), 60):
            settle(app, 3)
            return
        app.pop()
    raise SceneError("no battle was fought in the months tried" + (f" (from {month})" if month else ""))


def _event(app: Any, month: str | None) -> None:
    """A scenario event waiting for the player's choice at the start of a month (the first from `month`)."""
    from game.ui.screenshot_play import choice_months, dialog_title, frames_until

    candidates = [c for c in choice_months() if not month or c[0] >= month]  # the first choice from `month` on
    if not candidates:
        raise SceneError(f"no event waits for a choice in or after {month}" if month else "no event with choices")
    start, side = candidates[0]
    screen = _play_screen(app, start, side)
    if not frames_until(app, lambda: bool(dialog_title(screen)), 10):
        raise SceneError(f"the choice of {start} did not open")
    let_time_pass(app, 2.5)


def pygame_key(name: str) -> int:
    import pygame

    return getattr(pygame, f"K_{name}")
