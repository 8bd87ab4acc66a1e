"""The play screen's wider flow: the end of the war, settings changed mid-game, the command line's
straight-into-a-game start, watching the AI."""

from __future__ import annotations

import argparse

import pygame

from game.ui.screens.play import PlayScreen
from game.ui.session import Session, Setup


def test_play_last_month_ends_on_the_result_screen(client):
    from game.ui.screens.result import ResultScreen

    session = Session.new(Setup(mode="berber", start="743-12"), client.app.data_dir)
    client.app.push(PlayScreen(client.app, session))
    client.frame()
    screen = client.screen
    client.key(pygame.K_RETURN, unicode="\r")

    def finished():
        if screen.dialogs.top is not None:  # read each report, then go on
            screen.dialogs.top.press(0)
        return isinstance(client.screen, ResultScreen)

    assert client.until(finished, timeout=60)
    assert session.game.is_over()
    assert client.screen.game is session.game


def test_play_settings_from_the_game_menu_keep_the_game(client):
    from game.ui.screens.settings import SCALES, SettingsScreen

    session = Session.new(Setup(mode="berber"), client.app.data_dir)
    client.app.push(PlayScreen(client.app, session))
    client.frame()
    play = client.screen
    client.key(pygame.K_ESCAPE)
    button = next(b for b in play.dialogs.top.buttons if b.text == "Settings")
    client.click(button.rect.center)
    settings = client.screen
    assert isinstance(settings, SettingsScreen)
    larger = next(k for k, v in SCALES.items() if v == 1.25)
    settings.scale_menu.selected_option = (larger, larger)
    client.click(settings.apply_button.rect.center)
    assert client.screen is play and play.session is session
    assert client.app.settings.ui_scale == 1.25
    client.frame()
    assert play.end_button.rect.height == round(50 * 1.25)


def test_cli_side_and_start_open_the_game_at_that_month(client):
    from game.cli import play as play_command

    args = argparse.Namespace(scenario=None, start="741-09", side="umayyad", ai="normal", seed=740)
    assert play_command._start_game(client.app, args) == ""
    screen = client.screen
    assert isinstance(screen, PlayScreen)
    assert screen.game.month == "741-09" and screen.session.humans == ("umayyad",)


def test_cli_rejects_a_bad_month_without_a_traceback(capsys):
    from game.cli import main

    assert main(["play", "--start", "741-13"]) == 2
    assert "expected a month as YYYY-MM" in capsys.readouterr().err


def test_play_watch_mode_plays_months_by_itself(client):
    session = Session.new(Setup(mode="watch"), client.app.data_dir)
    client.app.push(PlayScreen(client.app, session))
    screen = client.screen
    assert client.until(lambda: screen.game.month == "740-03", timeout=60)
    client.key(pygame.K_SPACE, unicode=" ")
    assert screen.flow.paused
    month = screen.game.month
    for _ in range(40):
        client.frame()
    client.until(lambda: not screen.session.busy, timeout=30)
    assert screen.game.month in (month, _next(month))  # at most the month already under way
    assert screen.flow.status()[0] == "Paused"


def _next(month: str) -> str:
    year, m = (int(x) for x in month.split("-"))
    return f"{year + m // 12}-{m % 12 + 1:02d}"
