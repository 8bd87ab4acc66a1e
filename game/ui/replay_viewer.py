"""`berber-revolt replay` without --headless: the client's replay viewer in a window, over the main menu."""

from __future__ import annotations

import os
from typing import Any


def open_replay(replay: Any) -> int:
    """Open a window on the given `game.replay.Replay`; Esc in the viewer falls back to the main menu."""
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    from game.ui.app import App
    from game.ui.replay_source import ReplaySource
    from game.ui.screens.main_menu import MainMenuScreen
    from game.ui.screens.replay import ReplayScreen

    app = App()
    source = ReplaySource(replay.scenario, replay=replay)
    app.push(MainMenuScreen(app))
    app.push(ReplayScreen(app, scenario_id=replay.scenario.metadata.id, source=source))
    app.run()
    return 0
