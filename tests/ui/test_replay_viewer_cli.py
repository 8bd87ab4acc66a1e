"""`berber-revolt replay` without --headless opens the replay viewer over the main menu."""

from __future__ import annotations

from game.cli import main


def test_replay_command_opens_the_viewer_on_the_given_replay(monkeypatch, pygame_display):
    from game.ui.app import App

    opened = {}

    def run_one_frame(app):
        app.step([])
        opened["current"] = app.current

    monkeypatch.setattr(App, "run", run_one_frame)
    assert main(["replay"]) == 0
    viewer = opened["current"]
    assert type(viewer).__name__ == "ReplayScreen"
    assert viewer.wait_ready(120)
    assert viewer.source.scenario.metadata.id == "berber_revolt_740"
    assert len(viewer.source) >= 40
