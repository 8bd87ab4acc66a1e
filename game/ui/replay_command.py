"""'Take command' from the replay: a new play session from the historical game of the month on screen, for
the chosen side against the computer, pushed as the play screen.

Returns a sentence for the player instead of raising when that is impossible (the war already over, the
play screen missing from this build).
"""

from __future__ import annotations

from typing import Any

SIDE_NAMES = {"umayyad": "the Umayyads", "berber": "the Berbers"}


def start_from(app: Any, game: Any, side: str, scenario: Any, month: str, seed: int = 740) -> str:
    """Push the play screen with a fresh session at `month` for `side`; '' on success, else why not."""
    if side not in SIDE_NAMES:
        return f"Nobody can command '{side}'."
    if game.is_over():
        return "The war is already decided by this month: pick an earlier one."
    try:
        from game.ui.screens.play import PlayScreen
        from game.ui.session import Session, Setup
    except ImportError:
        return "Taking command needs the play screen, which this build does not include."
    setup = Setup(scenario_id=scenario.metadata.id, mode=side, seed=seed, start=month)
    session = Session(game.clone(), setup, app.data_dir, scenario)
    app.push(PlayScreen(app, session))
    return ""
