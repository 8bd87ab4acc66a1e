"""The session's month in the background, its autosave, and saving/loading from the play screen."""

from __future__ import annotations

import pygame

from game.engine.commands import MoveArmy
from game.ui.play_saves import list_saves, open_session
from game.ui.screens.load_game import LoadGameScreen
from game.ui.screens.play import PlayScreen
from game.ui.session import Session, Setup, autosave_path


def test_session_watch_mode_resolves_the_month_in_a_worker(tmp_path):
    session = Session.new(Setup(mode="watch", ai_level="random"), tmp_path)
    game_before = session.game
    assert session.active_side is None
    assert session.finish_orders() is True
    assert session.busy
    result = session.wait()
    assert result is not None and not result.error
    assert session.game is not game_before and game_before.month == "740-01"  # the shown game was untouched
    assert session.game.month == "740-02"
    assert autosave_path(tmp_path).exists()


def test_session_rejected_order_changes_nothing(tmp_path):
    session = Session.new(Setup(mode="berber"), tmp_path)
    before = session.game.state_hash()
    rejection = session.submit(MoveArmy(side="berber", army="maysara_host", to="kairouan"))
    assert rejection is not None and rejection.message
    assert session.game.state_hash() == before


def test_session_save_and_open_round_trip(tmp_path):
    session = Session.new(Setup(mode="umayyad", seed=11), tmp_path)
    session.submit(MoveArmy(side="umayyad", army="cordoba_army", to="elvira"))
    path = tmp_path / "saves" / "one.brsave"
    assert session.save(path) == ""
    loaded = open_session(path, tmp_path)
    assert loaded.game.state_hash() == session.game.state_hash()
    assert loaded.setup.mode == "umayyad" and loaded.setup.seed == 11


def test_play_ctrl_s_then_ctrl_l_loads_the_same_state(client):
    session = Session.new(Setup(mode="berber"), client.app.data_dir)
    client.app.push(PlayScreen(client.app, session))
    client.frame()
    screen = client.screen
    screen.order(MoveArmy(side="berber", army="maysara_host", to="tangier"))
    saved_hash = screen.game.state_hash()
    client.key(pygame.K_s, mod=pygame.KMOD_CTRL, unicode="s")
    saves = list_saves(client.app.data_dir)
    assert len(saves) == 1 and saves[0].month == "740-01"
    client.key(pygame.K_l, mod=pygame.KMOD_CTRL, unicode="l")
    assert isinstance(client.screen, LoadGameScreen)
    client.click(client.screen.rows[0].rect.center)
    loaded = client.screen
    assert isinstance(loaded, PlayScreen) and loaded is not screen
    assert loaded.game.state_hash() == saved_hash
    assert loaded.game.state.plans["maysara_host"].target == "tangier"  # this month's order survives, undoable
    client.key(pygame.K_z, mod=pygame.KMOD_CTRL, unicode="z")
    assert "maysara_host" not in loaded.game.state.plans


def test_play_game_menu_quit_returns_to_the_main_menu(client):
    from game.ui.screens.main_menu import MainMenuScreen

    client.app.push(MainMenuScreen(client.app))
    session = Session.new(Setup(mode="berber"), client.app.data_dir)
    client.app.push(PlayScreen(client.app, session))
    client.frame()
    client.key(pygame.K_ESCAPE)
    dialog = client.screen.dialogs.top
    assert dialog is not None and dialog.title == "Game menu"
    quit_button = next(b for b in dialog.buttons if b.text == "Quit to main menu")
    client.click(quit_button.rect.center)
    assert isinstance(client.screen, MainMenuScreen)


def test_load_a_damaged_save_says_why_and_stays(client):
    from game.ui.screens.main_menu import MainMenuScreen

    folder = client.app.data_dir / "saves"
    folder.mkdir(parents=True)
    (folder / "broken.brsave").write_text('{"format": "berber-revolt-save", "format_version": 1', encoding="utf-8")
    client.app.push(MainMenuScreen(client.app))
    client.app.push(LoadGameScreen(client.app))
    load = client.screen
    assert len(load.rows) == 1 and not load.rows[0].is_enabled  # listed, but cannot be opened
    from game.ui.screens.load_game import open_save

    open_save(load, folder / "broken.brsave")
    assert client.screen is load
    assert load.dialogs.top is not None and load.dialogs.top.title == "This game cannot be loaded"
