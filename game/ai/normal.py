"""The `normal` level: a strategic heuristic player with each side's historical goals.

Each month: answer event choices, run the side's politics (tax, levies or recruits, garrisons, preaching),
gather armies standing together into one, then give every army the best order for the side's objectives
(`strategy_berber` / `strategy_umayyad`), weighing battle odds, supply and the scenario's AI settings.
"""

from __future__ import annotations

from typing import Any

from game.ai import register, strategy_berber, strategy_umayyad
from game.ai.garrisons import is_guard
from game.ai.military import Objective, Planner, Temper
from game.ai.player import BasePlayer, submit
from game.ai.situation import Situation, situation_for
from game.engine import MergeArmies

TEMPER = {
    "berber": Temper(min_odds=0.55, concentrate=False, caution=0.8),
    "umayyad": Temper(min_odds=0.62, concentrate=True, caution=1.0),
}


class NormalPlayer(BasePlayer):
    level = "normal"

    def plan_month(self, game: Any, side: str) -> None:
        for cmd in self.month_orders(game, side):
            submit(game, cmd)

    def month_orders(self, game: Any, side: str) -> list[Any]:
        """Apply the administrative orders now and return the military ones."""
        sit = prepare(game, side)
        return planner(game, sit).orders(strategy(side).objectives(sit))


def prepare(game: Any, side: str) -> Situation:
    """Give the month's administrative orders (politics, merges) and return the situation after them."""
    sit = situation_for(game, side)
    strategy(side).politics(game, sit)
    merge_stacks(game, sit)
    return situation_for(game, side)


def planner(game: Any, sit: Situation, temper: Temper | None = None) -> Planner:
    """The army planner `normal` uses for this side (hard builds variants with another temper)."""
    plan = strategy(sit.side)
    return Planner(game, sit, temper or TEMPER.get(sit.side, Temper()), plan.tethers(sit), plan.guards(sit))


def strategy(side: str) -> Any:
    return _Berber if side == "berber" else _Umayyad


class _Berber:
    politics = staticmethod(strategy_berber.politics)
    objectives = staticmethod(strategy_berber.objectives)

    @staticmethod
    def tethers(sit: Situation) -> dict[str, str]:
        return {}  # the revolt moves where the tribes rise

    @staticmethod
    def guards(sit: Situation) -> dict[str, str]:
        return {}


class _Umayyad:
    politics = staticmethod(strategy_umayyad.administration)
    objectives = staticmethod(strategy_umayyad.objectives)
    tethers = staticmethod(strategy_umayyad.tethers)
    guards = staticmethod(strategy_umayyad.guards)


def merge_stacks(game: Any, sit: Situation) -> None:
    """Armies of the side standing in one region fight as one: merge them into the best-led, largest one."""
    by_region: dict[str, list] = {}
    for army in sit.mine():
        if not army.at_sea and not is_guard(army.id):
            by_region.setdefault(army.region, []).append(army)
    for _region, armies in sorted(by_region.items()):
        if len(armies) < 2:
            continue
        head = max(armies, key=lambda a: (_command(sit, a.leader), a.men, a.id))
        for army in armies:
            if army.id != head.id:
                submit(game, MergeArmies(sit.side, army.id, head.id))


def _command(sit: Situation, leader: str) -> int:
    info = sit.tables.leaders.get(leader) if leader else None
    return info.command if info is not None else 0


def objectives_for(sit: Situation) -> list[Objective]:
    return strategy(sit.side).objectives(sit)


register("normal", lambda side, seed: NormalPlayer(side, seed))
