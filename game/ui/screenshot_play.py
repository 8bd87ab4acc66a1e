"""Drives the play screen into the states the screenshots show, with real input and the screen's public
flow: an army selected by a click on its counter (its moves highlighted), a battle report after a month
ended with Enter, an event's choices waiting at the start of a month.

Months are found in the historical replay: where a battle was fought, where a choice was pending.
"""

from __future__ import annotations

import time
from typing import Any

import pygame

SCENARIO_ID = "berber_revolt_740"


def click(app: Any, pos: tuple[int, int], button: int = 1) -> None:
    """A click as the OS delivers it: motion, press, release, each through the queue and a frame."""
    pygame.event.post(pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(0, 0), buttons=(0, 0, 0)))
    app.step()
    pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=pos, button=button))
    app.step()
    pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONUP, pos=pos, button=button))
    app.step()


def press(app: Any, key: int) -> None:
    pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=key, mod=0, unicode="", scancode=0))
    app.step()


def frames_until(app: Any, done: Any, timeout: float = 30.0) -> bool:
    deadline = time.monotonic() + timeout
    while not done() and time.monotonic() < deadline:
        app.step([], dt=1 / 15)
        time.sleep(0.005)
    return bool(done())


def select_army(app: Any, screen: Any) -> str:
    """Click the largest army of the side giving orders; returns its id (the screen highlights its moves)."""
    side = screen.session.active_side
    armies = sorted((a for a in screen.game.state.armies.values() if a.side == side), key=lambda a: -a.men)
    for army in armies:
        screen.view.centre_on(army.region)
        app.step([])
        rect = screen.view.army_rect(army.id)
        if rect is None:
            continue
        click(app, rect.center)
        if screen.selected_army:
            rest_the_mouse(app, screen)
            return screen.selected_army
    press(app, pygame.K_TAB)  # no counter on screen to click: the keyboard way
    return screen.selected_army or ""


def rest_the_mouse(app: Any, screen: Any) -> None:
    """Rest the mouse off the map (on the message log) so no tooltip hides the highlighted moves."""
    pygame.event.post(pygame.event.Event(pygame.MOUSEMOTION, pos=screen.log_rect.center, rel=(0, 0),
                                         buttons=(0, 0, 0)))
    app.step([])


def battle_months(side: str | None = None) -> list[tuple[str, str]]:
    """(month, side) where the replay fought a battle, bloodiest first; `side` fought in it."""
    from game.ui.replay_source import replay_for

    source = replay_for(SCENARIO_ID)
    found = []
    for story in source.stories:
        for battle in story.battles:
            for fighter in battle.losses:
                if fighter in ("umayyad", "berber") and (side is None or side == fighter):
                    found.append((sum(battle.losses.values()), story.month, fighter))
    found.sort(reverse=True)
    return [(month, fighter) for _, month, fighter in found]


def choice_months() -> list[tuple[str, str]]:
    """(month, side) where a scenario event waited for a side's choice at the month's start."""
    from game.ui.replay_source import replay_for

    source = replay_for(SCENARIO_ID)
    out = []
    for index in range(len(source)):
        pending = source.game_at(index).state.pending
        out += [(source.months[index], side) for side in sorted(set(pending.values()))
                if side in ("umayyad", "berber")]
    return out


def dialog_title(screen: Any) -> str:
    top = screen.dialogs.top
    return top.title if top is not None else ""


def historical_orders(game: Any, side: str) -> list[Any]:
    """The commands history gave `side` this month (those the engine can even express)."""
    from game.ai.historical import HistoricalController, to_command
    from game.engine.calendar import month_label

    controller = HistoricalController(game.scenario)
    entry = controller.months.get(month_label(game.scenario.metadata.start, game.state.month))
    commands = []
    for order in entry.orders if entry is not None else ():
        if order.side == side:
            try:
                commands.append(to_command(order, game.scenario, game))
            except ValueError:
                continue
    return commands
