"""The menus driven with real clicks and keys: title -> main menu -> new game -> play; settings; load."""

from __future__ import annotations

import json

import pygame

from game.ui.screens.main_menu import MainMenuScreen
from game.ui.screens.title import TitleScreen


def open_main_menu(client) -> MainMenuScreen:
    client.app.push(TitleScreen(client.app))
    client.frame()
    client.key(pygame.K_SPACE, unicode=" ")
    assert isinstance(client.screen, MainMenuScreen)
    return client.screen


def test_menu_new_game_starts_play_as_the_chosen_side(client):
    from game.ui.screens.new_game import NewGameScreen
    from game.ui.screens.play import PlayScreen

    menu = open_main_menu(client)
    client.click(menu.buttons["New game"].rect.center)
    new_game = client.screen
    assert isinstance(new_game, NewGameScreen)
    client.click(new_game.side_buttons["berber"].rect.center)
    client.click(new_game.start_button.rect.center)
    play = client.screen
    assert isinstance(play, PlayScreen)
    assert play.session.humans == ("berber",)
    assert play.session.active_side == "berber"
    assert play.game.month == "740-01"


def test_menu_bookmark_starts_from_history(client):
    from game.ui.screens.play import PlayScreen

    menu = open_main_menu(client)
    client.click(menu.buttons["New game"].rect.center)
    new_game = client.screen
    index = next(i for i, (_, month) in enumerate(new_game.entries) if month == "740-10")
    client.click(new_game.entry_buttons[index].rect.center)
    client.click(new_game.side_buttons["umayyad"].rect.center)
    client.click(new_game.start_button.rect.center)
    assert isinstance(client.screen, PlayScreen)
    assert client.screen.game.month == "740-10"
    assert client.screen.session.humans == ("umayyad",)


def test_menu_settings_apply_writes_the_settings_file(client, tmp_path):
    from game.ui.screens.settings import SettingsScreen

    menu = open_main_menu(client)
    client.click(menu.buttons["Settings"].rect.center)
    settings = client.screen
    assert isinstance(settings, SettingsScreen)
    client.click(settings.full_button.rect.center)
    client.click(settings.apply_button.rect.center)
    saved = json.loads((tmp_path / "config" / "settings.json").read_text())
    assert saved["fullscreen"] is True
    assert client.app.settings.fullscreen is True


def test_menu_escape_from_new_game_returns_to_the_main_menu(client):
    menu = open_main_menu(client)
    client.click(menu.buttons["New game"].rect.center)
    client.key(pygame.K_ESCAPE)
    assert client.screen is menu


def test_menu_continue_opens_the_autosave(client):
    from game.ui.screens.play import PlayScreen
    from game.ui.session import Session, Setup

    session = Session.new(Setup(mode="umayyad", seed=3), client.app.data_dir)
    assert session.finish_orders()
    session.wait()
    assert session.game.month == "740-02"
    menu = open_main_menu(client)
    assert "Continue" in menu.buttons
    client.click(menu.buttons["Continue"].rect.center)
    play = client.screen
    assert isinstance(play, PlayScreen)
    assert play.game.state_hash() == session.game.state_hash()
    assert play.session.humans == ("umayyad",) and play.session.setup.seed == 3
