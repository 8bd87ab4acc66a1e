"""The result screen: the outcome of a finished game, its month-by-month statistics, and its buttons."""

from __future__ import annotations

import pygame
import pytest

from game.engine.game import Game
from game.scenario.loader import load_scenario_id
from game.ui.app import App, Settings
from game.ui.history_stats import history_of, stats_of
from game.ui.result_summary import summarise
from game.ui.screens.result import ResultScreen


@pytest.fixture(scope="module")
def scenario():
    return load_scenario_id("berber_revolt_740")


@pytest.fixture(scope="module")
def finished_game(scenario):
    """A game run to its end with no orders from either side (the engine decides everything)."""
    game = Game.new(scenario, seed=11, historical=True)
    for _ in range(100):
        if game.is_over():
            break
        game.end_turn()
    assert game.is_over()
    return game


@pytest.fixture
def app(tmp_path, monkeypatch, pygame_display):
    monkeypatch.setenv("BERBER_REVOLT_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("BERBER_REVOLT_CONFIG_DIR", str(tmp_path / "config"))
    return App(headless=True, settings=Settings())


def test_history_re_runs_the_log_and_ends_at_the_final_state(finished_game):
    history = history_of(finished_game)
    assert len(history.rows) == len(finished_game.log.month_hashes) > 12
    final = stats_of(finished_game)
    assert history.rows[-1].men == final.men and history.rows[-1].treasury == final.treasury
    first = Game.new(finished_game.scenario, seed=11, historical=True)
    first.end_turn()
    assert history.rows[0] == stats_of(first, "740-01")
    assert history.months[:2] == ["740-01", "740-02"]


def test_stats_count_armies_and_garrisons_as_men(finished_game):
    row = stats_of(finished_game)
    state = finished_game.state
    offmap = {r.id for r in finished_game.scenario.regions if r.offmap}
    expected = sum(a.men for a in state.armies.values() if a.side == "berber") + sum(
        r.garrison for rid, r in state.regions.items() if r.owner == "berber" and rid not in offmap)
    assert row.men["berber"] == expected
    assert row.regions["umayyad"] == sum(
        1 for rid, r in state.regions.items() if r.owner == "umayyad" and rid not in offmap)


def test_summary_states_the_engine_outcome(finished_game):
    outcome = finished_game.outcome()
    summary = summarise(finished_game)
    assert summary.final and summary.winner == outcome.winner and summary.scores == outcome.scores
    if outcome.winner:
        assert summary.headline.endswith("Victory") and outcome.winner[:4].lower() in summary.headline.lower()
    else:
        assert summary.headline == "A Draw"
    assert f"{outcome.history_match}%" in summary.history_line
    assert ("close to history" in summary.history_line) == outcome.close_to_history


def test_result_screen_draws_the_verdict_and_one_chart_per_statistic(app, finished_game):
    screen = ResultScreen(app, finished_game)
    app.push(screen)
    app.step([])
    assert screen.summary.winner == finished_game.outcome().winner
    assert len(screen.chart_rects) == 4
    assert all(app.window_surface.get_rect().contains(r) for r in screen.chart_rects)


def test_result_screen_accepts_a_session(app, finished_game):
    class Session:
        game = finished_game

    screen = ResultScreen(app, Session())
    assert screen.game is finished_game


def click(app: App, pos: tuple[int, int]) -> None:
    for kind in (pygame.MOUSEMOTION, pygame.MOUSEBUTTONDOWN, pygame.MOUSEBUTTONUP):
        extra = {"rel": (0, 0), "buttons": (0, 0, 0)} if kind == pygame.MOUSEMOTION else {"button": 1}
        pygame.event.post(pygame.event.Event(kind, pos=pos, **extra))
        app.step()


def test_watch_the_replay_opens_the_viewer(app, finished_game):
    from game.ui.screens.replay import ReplayScreen

    screen = ResultScreen(app, finished_game)
    app.push(screen)
    app.step([])
    click(app, screen.buttons["Watch the historical replay"].rect.center)
    assert isinstance(app.current, ReplayScreen)


def test_main_menu_returns_to_the_menu(app, finished_game):
    from game.ui.screens.main_menu import MainMenuScreen

    app.push(ResultScreen(app, finished_game))
    app.step([])
    click(app, app.current.buttons["Main menu"].rect.center)
    assert isinstance(app.current, MainMenuScreen)


def test_quit_stops_the_app(app, finished_game):
    screen = ResultScreen(app, finished_game)
    app.push(screen)
    app.step([])
    click(app, screen.buttons["Quit"].rect.center)
    assert not app.running


def test_a_game_taken_over_from_the_replay_charts_every_month_from_the_start():
    from game.ui.screenshot_scenes import simulated_game

    game = simulated_game("742-06")  # history until May 742, then two AIs to the end
    assert game.is_over()
    history = history_of(game)
    assert len(history.rows) == len(game.log.month_hashes)
    assert history.months[0] == "740-01" and "742-06" in history.months
    assert history.rows[-1].regions == stats_of(game).regions


def test_hovering_a_chart_shows_the_values_of_that_month(app, finished_game):
    from game.ui.charts import index_at

    screen = ResultScreen(app, finished_game)
    app.push(screen)
    app.step([])
    plot, series = screen.plots[1]  # regions held
    before = app.window_surface.copy()
    x = plot.x + plot.width // 3
    pygame.event.post(pygame.event.Event(pygame.MOUSEMOTION, pos=(x, plot.centery), rel=(0, 0), buttons=(0, 0, 0)))
    app.step()
    index = index_at(plot, len(screen.history.months), x)
    assert 0 < index < len(screen.history.months) - 1
    assert series[0].values[index] == screen.history.rows[index].regions["umayyad"]
    changed = sum(1 for px in range(plot.x, plot.right, 4) for py in range(plot.y, plot.bottom, 4)
                  if app.window_surface.get_at((px, py)) != before.get_at((px, py)))
    assert changed > 20  # the guide line and the values box are drawn
