"""The replay viewer driven through the App with real pygame events: seek on the timeline, play, pause,
step, speed, leave, and take command of a side from the month on screen."""

from __future__ import annotations

import pygame
import pytest

from game.replay import Replay
from game.ui.app import App, Settings
from game.ui.screens.replay import ReplayScreen


@pytest.fixture
def app(tmp_path, monkeypatch, pygame_display):
    monkeypatch.setenv("BERBER_REVOLT_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("BERBER_REVOLT_CONFIG_DIR", str(tmp_path / "config"))
    return App(headless=True, settings=Settings())


@pytest.fixture
def viewer(app):
    screen = ReplayScreen(app, scenario_id="berber_revolt_740")
    app.push(screen)
    app.step([])  # the first frame comes at once: the loading card
    assert screen.wait_ready()
    app.step([])
    return screen


def click(app: App, pos: tuple[int, int]) -> None:
    """A left click as the OS delivers it: motion, press, release, each through the event queue."""
    pygame.event.post(pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(0, 0), buttons=(0, 0, 0)))
    app.step()
    pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=pos, button=1))
    app.step()
    pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONUP, pos=pos, button=1))
    app.step()


def key(app: App, k: int) -> None:
    pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=k, mod=0, unicode="", scancode=0))
    app.step()


def run_frames(app: App, seconds: float, dt: float = 1 / 30) -> None:
    for _ in range(round(seconds / dt)):
        app.step([], dt=dt)


def test_click_on_the_timeline_seeks_to_that_month(app, viewer):
    target = 17
    click(app, (viewer.timeline.x_of(target), viewer.timeline.track_y))
    month = viewer.source.months[target]
    assert viewer.month == month
    reference = Replay(viewer.source.scenario, seed=viewer.source.replay.seed).game_at(month)
    assert viewer.game.state_hash() == reference.state_hash()
    assert month[:3] in viewer.narration.text  # the chronicle follows: its heading names the month's year


def test_space_plays_and_pauses(app, viewer):
    key(app, pygame.K_SPACE)
    assert viewer.playback.playing
    run_frames(app, viewer.playback.period * 2.5)
    assert viewer.index >= 2
    key(app, pygame.K_SPACE)
    assert not viewer.playback.playing
    stopped_at = viewer.index
    run_frames(app, viewer.playback.period * 2)
    assert viewer.index == stopped_at


def test_arrow_keys_step_months_and_home_end_jump(app, viewer):
    key(app, pygame.K_RIGHT)
    run_frames(app, viewer.playback.period + 0.2)
    assert viewer.index == 1 and viewer.playback.clock == 0
    assert viewer.game.state_hash() == viewer.source.game_at(1).state_hash()
    key(app, pygame.K_LEFT)
    assert viewer.index == 0
    key(app, pygame.K_END)
    assert viewer.index == len(viewer.source) - 1
    key(app, pygame.K_HOME)
    assert viewer.index == 0


def test_armies_glide_and_the_map_turns_midway_through_a_month(app, viewer):
    viewer.seek(viewer.source.index_of("740-06"))
    key(app, pygame.K_RIGHT)
    run_frames(app, viewer.playback.period * viewer.playback.MARCH_SHARE * 0.25)
    assert 0 < viewer.playback.t < 0.5
    assert viewer.game is viewer.source.game_at(viewer.index)
    run_frames(app, viewer.playback.period * viewer.playback.MARCH_SHARE * 0.5)
    assert viewer.playback.t >= 0.5
    assert viewer.game is viewer.source.game_after(viewer.index)


def test_speed_keys_and_buttons_change_the_pace(app, viewer):
    key(app, pygame.K_PLUS)
    assert viewer.playback.speed == 2.0
    click(app, viewer.buttons["speed 0.5"].rect.center)
    assert viewer.playback.speed == 0.5


def test_hovering_a_battle_marker_names_the_battle(app, viewer):
    index, names = next(iter(viewer.timeline.battles.items()))
    pos = (viewer.timeline.x_of(index), viewer.timeline.track_y - 15)
    pygame.event.post(pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(0, 0), buttons=(0, 0, 0)))
    app.step()
    assert viewer.timeline.battle_at(viewer.timeline.hover_pos) == (index, names)
    assert names == [b.name for b in viewer.source.stories[index].battles]


def test_the_viewer_opens_at_once_and_shows_a_loading_card(app):
    from game.ui import replay_loading, replay_source

    replay_source.replay_for.cache_clear()  # a cold start: nothing prepared yet
    replay_loading._RENDERERS.clear()
    screen = ReplayScreen(app)
    app.push(screen)
    app.step([])
    assert not screen.ready or screen._loader.done
    assert screen.wait_ready()
    app.step([])
    assert screen.ready and screen.month == screen.source.months[0]


def test_a_scenario_that_cannot_load_is_explained_not_raised(app):
    screen = ReplayScreen(app, scenario_id="no_such_scenario")
    app.push(screen)
    assert not screen.wait_ready()
    app.step([])
    assert "could not be prepared" in screen._loader.error and "no_such_scenario" in screen._loader.error
    key(app, pygame.K_ESCAPE)
    assert app.current is not screen


def test_escape_leaves_the_viewer(app, viewer):
    key(app, pygame.K_ESCAPE)
    assert app.current is not viewer


def test_take_command_starts_a_game_at_the_month_on_screen(app, viewer):
    month = viewer.source.months[9]
    viewer.seek(9)
    shown = viewer.game.state_hash()
    click(app, viewer.buttons["as the Berbers"].rect.center)
    from game.ui.screens.play import PlayScreen

    assert isinstance(app.current, PlayScreen)
    session = app.current.session
    assert session.humans == ("berber",)
    assert session.setup.start == month
    assert session.game.state_hash() == shown
    assert session.game is not viewer.game  # a copy: playing on never changes the replay


def test_take_command_after_the_war_is_over_explains_why_not(app, viewer):
    key(app, pygame.K_END)
    key(app, pygame.K_RIGHT)
    run_frames(app, viewer.playback.period + 0.2)
    assert viewer.playback.finished and viewer.game.is_over()
    assert viewer.narration.text.startswith("The end of the war")
    click(app, viewer.buttons["as the Umayyads"].rect.center)
    assert app.current is viewer and "already decided" in viewer.message


def test_wheel_zooms_the_map_and_a_double_click_shows_the_whole_war_again(app, viewer):
    start = viewer.view.camera.zoom
    centre = viewer.map_rect.center
    pygame.mouse.set_pos(centre)
    pygame.event.post(pygame.event.Event(pygame.MOUSEWHEEL, x=0, y=1, flipped=False, precise_x=0.0, precise_y=1.0))
    app.step()
    assert viewer.view.camera.zoom > start
    click(app, centre)
    click(app, centre)
    assert viewer.view.camera.zoom == pytest.approx(start)


def test_dragging_the_map_pans_it_without_seeking(app, viewer):
    viewer.view.camera.zoom_at((300, 300), 2)
    before, month = viewer.view.camera.offset, viewer.month
    x, y = viewer.map_rect.center
    pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=(x, y), button=1))
    for dx in (10, 20, 30):
        pygame.event.post(pygame.event.Event(pygame.MOUSEMOTION, pos=(x + dx, y), rel=(10, 0), buttons=(1, 0, 0)))
    pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONUP, pos=(x + 30, y), button=1))
    app.step()
    assert viewer.view.camera.offset[0] < before[0]  # dragged right: the world slides right
    assert viewer.month == month


def test_army_tooltip_names_the_army_its_strength_and_leader(viewer):
    from game.ui.replay_layers import army_lines
    from game.ui.replay_motion import ArmyMarker

    scenario = viewer.source.scenario
    army = scenario.armies[0]
    marker = ArmyMarker(army.id, army.side, 12345, army.leader or "", (0.0, 0.0), morale=80)
    lines = army_lines(marker, viewer.names, viewer._army_names)
    assert lines[0] == army.name and "12,345 men" in lines[1] and "morale 80%" in lines[1]
    if army.leader:
        assert lines[2] == f"Led by {viewer.names[army.leader]}"


def test_the_main_menu_opens_the_viewer(app):
    from game.ui.screens.main_menu import MainMenuScreen

    menu = MainMenuScreen(app)
    app.push(menu)
    app.step([])
    click(app, menu.buttons["Historical replay"].rect.center)
    assert isinstance(app.current, ReplayScreen)
    assert app.current.wait_ready()
    app.step([])
    key(app, pygame.K_ESCAPE)
    assert app.current is menu
