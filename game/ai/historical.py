"""The historical replay as a controller: each month it submits what history did, through the same public
engine API a player uses. An order the engine refuses is recorded as a divergence, never raised.

It reads the scenario's `timeline:` (HistoricalOrder entries) and answers pending event choices with the
choice marked `historical: true`. It never touches the game state directly.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from game.engine import (
    Assault,
    Besiege,
    ChooseOption,
    Command,
    Embark,
    Garrison,
    MergeArmies,
    MoveArmy,
    Preach,
    Recruit,
    Rejected,
    SetTaxPolicy,
    SplitArmy,
)
from game.engine.calendar import month_label


@dataclass(frozen=True, slots=True)
class Divergence:
    """A historical order the engine would not take (history and the rules disagree)."""

    month: str
    side: str
    order: str
    code: str
    message: str

    def __str__(self) -> str:
        return f"{self.month}: {self.side} {self.order}: {self.message} ({self.code})"


def describe_order(order: Any) -> str:
    parts = [order.command]
    for name in ("army", "to", "region", "into", "new_army"):
        value = getattr(order, name, None)
        if value:
            parts.append(f"{name}={value}")
    return " ".join(parts)


def _sea_link(scenario: Any, game: Any, army_id: str, target: str) -> str:
    """The sea link an embark order means: `target` is a link id or the far shore."""
    if any(link.id == target for link in scenario.sea_links):
        return target
    army = game.state.armies.get(army_id)
    here = army.region if army is not None else ""
    for link in scenario.sea_links:
        if {link.a, link.b} == {here, target}:
            return link.id
    return target  # let the engine explain why it cannot sail there


def to_command(order: Any, scenario: Any, game: Any) -> Command:
    """The engine command for one HistoricalOrder (raises ValueError if the order is incomplete)."""
    side, kind = order.side, order.command
    army = order.army or ""
    if kind in ("move", "besiege", "assault", "garrison", "split", "merge", "embark") and not army:
        raise ValueError("the order names no army")
    if kind == "move":
        return MoveArmy(side, army, order.to or order.region or "")
    if kind == "besiege":
        return Besiege(side, army)
    if kind == "assault":
        return Assault(side, army)
    if kind == "garrison":
        return Garrison(side, army, order.men)
    if kind == "split":
        return SplitArmy(side, army, order.new_army or "", order.cavalry, order.infantry, order.light,
                         getattr(order, "leader", None))
    if kind == "merge":
        return MergeArmies(side, army, order.into or "")
    if kind == "embark":
        return Embark(side, army, _sea_link(scenario, game, army, order.to or order.region or ""))
    if kind == "recruit":
        return Recruit(side, order.region or "", order.cavalry, order.infantry, order.light)
    if kind == "set_tax":
        return SetTaxPolicy(side, order.policy or "normal")
    if kind == "preach":
        return Preach(side, order.region or "")
    raise ValueError(f"unknown order {kind!r}")


class HistoricalController:
    """Plays both sides as history did, one month at a time."""

    def __init__(self, scenario: Any) -> None:
        self.scenario = scenario
        self.months = {m.month: m for m in scenario.timeline}
        self.submitted: list[Any] = []  # engine events returned by this month's orders (choices, splits...)
        self.historical_choice = {
            event.id: next((c.id for c in event.choices if c.historical), event.choices[0].id)
            for event in scenario.events
            if event.choices
        }

    def current_month(self, game: Any) -> str:
        return month_label(self.scenario.metadata.start, game.state.month)

    def play_month(self, game: Any) -> list[Divergence]:
        """Answer pending choices, then submit this month's historical orders. Does not end the turn."""
        month = self.current_month(game)
        self.submitted = []
        divergences = self._choose(game, month)
        entry = self.months.get(month)
        for order in entry.orders if entry is not None else ():
            divergences.extend(self._submit_order(game, month, order))
        return divergences

    def _choose(self, game: Any, month: str) -> list[Divergence]:
        out: list[Divergence] = []
        for event_id, side in sorted(game.state.pending.items()):
            choice = self.historical_choice.get(event_id)
            if choice is None:
                continue
            try:
                self.submitted += game.submit(ChooseOption(side, event_id, choice))
            except Rejected as exc:
                rejection = exc.rejection
                out.append(Divergence(month, side, f"choose {event_id}={choice}", rejection.code, rejection.message))
        return out

    def _submit_order(self, game: Any, month: str, order: Any) -> list[Divergence]:
        label = describe_order(order)
        try:
            self.submitted += game.submit(to_command(order, self.scenario, game))
        except Rejected as exc:
            return [Divergence(month, order.side, label, exc.rejection.code, exc.rejection.message)]
        except ValueError as exc:
            return [Divergence(month, order.side, label, "bad_order", str(exc))]
        return []
