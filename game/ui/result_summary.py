"""The words of the result screen, from the engine's `Outcome`: headline, level and reason, the scores, and
how close the war ended to history. Kept apart from drawing so it is tested without a window.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from game.engine.calendar import month_label
from game.ui import theme
from game.ui.replay_narration import month_title

ADJECTIVES = {"umayyad": "Umayyad", "berber": "Berber", "asturias": "Asturian"}


@dataclass(frozen=True)
class ResultSummary:
    scenario_id: str
    winner: str | None
    level: str
    scores: dict[str, int]
    final: bool
    history_match: int
    close_to_history: bool
    headline: str
    subtitle: str
    history_line: str
    when: str
    historical_result: str = ""
    lost: dict[str, int] | None = None  # men each side lost in battles, sieges and assaults


def side_name(side: str) -> str:
    return theme.owner_style(side).name


def side_colour(side: str | None) -> tuple[int, int, int]:
    return theme.owner_style(side).fill


def summarise(game: Any) -> ResultSummary:
    outcome = game.outcome()
    scenario = game.scenario
    if outcome.winner:
        headline = f"{ADJECTIVES.get(outcome.winner, outcome.winner.title())} Victory"
        level = f"{outcome.level.title()} victory"
    else:
        headline, level = "A Draw", "Neither side prevailed"
    reason = outcome.reason[:1].upper() + outcome.reason[1:] if outcome.reason else ""
    subtitle = f"{level} — {reason}" if reason else level
    closeness = "close to history" if outcome.close_to_history else "far from history"
    history_line = f"{outcome.history_match}% of the map as history left it: {closeness}"
    resolved = month_label(scenario.metadata.start, max(0, game.state.month - 1))
    when = (f"The war ended after {month_title(resolved)}." if outcome.final
            else f"The standing after {month_title(resolved)}, if the war ended now.")
    return ResultSummary(scenario.metadata.id, outcome.winner, outcome.level, dict(outcome.scores), outcome.final,
                         outcome.history_match, outcome.close_to_history, headline, subtitle, history_line, when,
                         scenario.victory.historical_result,
                         {side: game.state.sides[side].lost for side in ADJECTIVES if side in ("umayyad", "berber")})
