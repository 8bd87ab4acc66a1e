"""The `easy` level: greedy and short-sighted, with no politics.

It looks only at what its armies can reach within a couple of months, grabs the nearest prize, attacks on
even odds, never gathers its armies, ignores supply and the sea, never preaches, recruits or touches taxes,
and picks event choices by the scenario's `ai_weight` alone.
"""

from __future__ import annotations

from typing import Any

from game.ai import register
from game.ai.choices import weighted_choice
from game.ai.military import Objective, Temper, army_orders, region_worth
from game.ai.player import BasePlayer, submit
from game.ai.situation import Situation, situation_for

TEMPER = Temper(min_odds=0.45, concentrate=False, horizon=2, caution=0.0, supply_care=0.0,
                assault_odds=0.5, use_sea=False)


class EasyPlayer(BasePlayer):
    level = "easy"

    def pick_choice(self, sit: Situation, event_id: str) -> str | None:
        return weighted_choice(sit, event_id, self.rng)

    def plan_month(self, game: Any, side: str) -> None:
        sit = situation_for(game, side)
        for cmd in army_orders(game, sit, greedy_objectives(sit), TEMPER):
            submit(game, cmd)


def greedy_objectives(sit: Situation) -> list[Objective]:
    """Every hostile region and army, valued plainly (no history, no scenario priorities)."""
    out = []
    for region, info in sorted(sit.regions.items()):
        if region not in sit.tables.offmap and info.owner != sit.side:
            out.append(Objective(region, region_worth(sit, region) - sit.priority(region), "take"))
    for army in sit.hostile_armies():
        out.append(Objective(army.region, army.men / 1000, "attack"))
    return out


register("easy", lambda side, seed: EasyPlayer(side, seed))
