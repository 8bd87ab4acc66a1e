"""Per-month statistics of a game for the result screen's charts: men under arms, regions held, treasury and
average unrest, per playable side.

Computed from the engine's public state after each month. A finished game is re-run from its seed and command
log (the engine is deterministic), so the charts need nothing the engine does not already keep.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from game.engine.calendar import month_label

SIDES = ("umayyad", "berber")


@dataclass(frozen=True)
class MonthStats:
    month: str
    men: dict[str, int]
    regions: dict[str, int]
    treasury: dict[str, int]
    unrest: dict[str, float]  # average unrest of the regions each side holds


@dataclass
class StatsHistory:
    """Month labels and one MonthStats per month, in order."""

    rows: list[MonthStats] = field(default_factory=list)

    @property
    def months(self) -> list[str]:
        return [row.month for row in self.rows]

    def series(self, metric: str, side: str) -> list[float]:
        return [getattr(row, metric)[side] for row in self.rows]

    def record(self, game: Any, month: str | None = None) -> None:
        """Append the statistics of `game` as it stands now, labelled `month` (default: its current month)."""
        self.rows.append(stats_of(game, month))


def stats_of(game: Any, month: str | None = None) -> MonthStats:
    """The figures of one moment of a game, read from its state: armies plus garrisons count as men."""
    state = game.state
    men = {side: 0 for side in SIDES}
    for army in state.armies.values():
        if army.side in men:
            men[army.side] += army.men
    regions = {side: 0 for side in SIDES}
    unrest_sum = {side: 0 for side in SIDES}
    offmap = {r.id for r in game.scenario.regions if r.offmap}
    for region_id, region in state.regions.items():
        if region_id in offmap or region.owner not in regions:
            continue
        regions[region.owner] += 1
        unrest_sum[region.owner] += region.unrest
        men[region.owner] += region.garrison
    treasury = {side: state.sides[side].treasury for side in SIDES}
    unrest = {side: unrest_sum[side] / regions[side] if regions[side] else 0.0 for side in SIDES}
    label = month or month_label(game.scenario.metadata.start, state.month)
    return MonthStats(label, men, regions, treasury, unrest)


def history_of(game: Any) -> StatsHistory:
    """The statistics at the end of every month `game` has resolved, by re-running its command log from the
    start (the engine is deterministic). Stops early, with what it has, if a month's hash disagrees with the
    log's (a game loaded from a save made with other rules)."""
    from game.engine.game import Game

    replay = Game.new(game.scenario, seed=game.seed, historical=game.historical)
    start = game.scenario.metadata.start
    history = StatsHistory()
    by_month: dict[int, list[Any]] = {}
    for entry in game.log.entries:
        by_month.setdefault(entry.month, []).append(entry.command)
    for expected in game.log.month_hashes:
        resolved = replay.state.month
        for command in by_month.get(resolved, []):
            replay.submit(command)
        replay.end_turn()
        if replay.state_hash() != expected:
            break
        history.record(replay, month_label(start, resolved))
    return history
