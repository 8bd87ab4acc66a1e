"""The `hard` level: `normal`'s politics, then a search over whole-month army plans by Monte Carlo rollouts.

Candidates are normal's plan, a bolder and a more cautious one, and variants where one of the largest armies
takes its second or third best option. Each is tried on clones of the game played forward a few months by
`normal` for both sides, on the same sampled worlds for every candidate (common random numbers), dropping
the worse half every HALVING_ROUNDS rounds (successive halving); the plan with the best mean `evaluation.evaluate`
is given. The search stops at `max_rollouts` (deterministic) or when the
time budget runs out (`budget=None` turns the clock off: `hard_fixed`, for tests and reproducible runs).

Before a rollout the clone is made fair (`determinize`, the engine's `clone_for`): the enemy's orders of this
month are withdrawn, enemy armies this side cannot see are removed, and the dice are reseeded from this
player's own stream.
"""

from __future__ import annotations

import time
from dataclasses import replace
from typing import Any

from game.ai import register
from game.ai.evaluation import evaluate
from game.ai.normal import NormalPlayer, planner, prepare, strategy
from game.ai.player import BasePlayer, submit

DEFAULT_BUDGET = 1.0  # seconds per turn
DEFAULT_ROLLOUTS = 48
HALVING_ROUNDS = 3  # rounds on the same worlds between two halvings
DEFAULT_DEPTH = 4  # months simulated per rollout
VARIED_ARMIES = 3
ALTERNATIVES = 2  # other options tried per varied army


class HardPlayer(BasePlayer):
    level = "hard"

    def __init__(self, side: str, seed: int = 0, budget: float | None = DEFAULT_BUDGET,
                 max_rollouts: int = DEFAULT_ROLLOUTS, depth: int = DEFAULT_DEPTH) -> None:
        super().__init__(side, seed)
        self.budget, self.max_rollouts, self.depth = budget, max_rollouts, depth
        self.rollouts_done = 0  # in the last turn (tests check the cap)

    def plan_month(self, game: Any, side: str) -> None:
        sit = prepare(game, side)
        objectives = strategy(side).objectives(sit)
        base = planner(game, sit)
        plans = [base.orders(objectives)]
        for factor in (0.8, 1.25):
            bolder = replace(base.temper, min_odds=base.temper.min_odds * factor)
            plans.append(planner(game, sit, bolder).orders(objectives))
        plans += _variants(base, plans[0])
        for cmd in self.search(game, side, _unique(plans)):
            submit(game, cmd)

    def search(self, game: Any, side: str, plans: list[list[Any]]) -> list[Any]:
        """Successive halving: every plan gets a rollout per round on the same worlds, the worse half is
        dropped every HALVING_ROUNDS rounds, until one plan is left or the cap or the budget is reached."""
        self.rollouts_done = 0
        if len(plans) == 1:
            return plans[0]
        start = time.perf_counter() if self.budget is not None else 0.0
        totals, counts = [0.0] * len(plans), [0] * len(plans)
        alive = list(range(len(plans)))
        world_round = 0
        while len(alive) > 1 and self.rollouts_done < self.max_rollouts:
            world = self.rng.randrange(1 << 62)
            for k in alive:
                if self.rollouts_done >= self.max_rollouts or self._out_of_time(start):
                    break
                totals[k] += self.rollout(game, side, plans[k], world)
                counts[k] += 1
                self.rollouts_done += 1
            if self._out_of_time(start):
                break
            world_round += 1
            ranked = sorted(alive, key=lambda k: (-(totals[k] / counts[k]) if counts[k] else 0.0, k))
            alive = ranked[:max(1, (len(ranked) + 1) // 2)] if world_round % HALVING_ROUNDS == 0 else ranked
        best = max(range(len(plans)), key=lambda k: (totals[k] / counts[k] if counts[k] else float("-inf"), -k))
        return plans[best]

    def _out_of_time(self, start: float) -> bool:
        return self.budget is not None and time.perf_counter() - start > self.budget

    def rollout(self, game: Any, side: str, plan: list[Any], world: int) -> float:
        other = "berber" if side == "umayyad" else "umayyad"
        sim = determinize(game, side, world)
        for cmd in plan:
            submit(sim, cmd)
        me, foe = NormalPlayer(side, world), NormalPlayer(other, world + 1)
        foe.play_turn(sim, other)
        sim.end_turn()
        for _ in range(self.depth - 1):
            if sim.is_over():
                break
            me.play_turn(sim, side)
            foe.play_turn(sim, other)
            sim.end_turn()
        return evaluate(sim, side)


def determinize(game: Any, side: str, world: int) -> Any:
    """A clone holding only what `side` knows: no enemy orders this month, no unseen enemy armies, new dice."""
    return game.clone_for(side, world)


def _variants(base: Any, plan: list[Any]) -> list[list[Any]]:
    """Normal's plan with one of the largest armies switched to another of its best options."""
    out = []
    ranked = sorted(base.alternatives.items(), key=lambda kv: -_men(base, kv[0]))
    for army_id, options in ranked[:VARIED_ARMIES]:
        for option in options[1:ALTERNATIVES + 1]:
            variant = [c for c in plan if getattr(c, "army", None) != army_id]
            if option.command is not None:
                variant.append(option.command)
            out.append(variant)
    return out


def _men(base: Any, army_id: str) -> int:
    army = base.sit.armies.get(army_id)
    return army.men if army is not None else 0


def _unique(plans: list[list[Any]]) -> list[list[Any]]:
    seen, out = set(), []
    for plan in plans:
        key = tuple(sorted(repr(c) for c in plan))
        if key not in seen:
            seen.add(key)
            out.append(plan)
    return out


register("hard", lambda side, seed: HardPlayer(side, seed))
register("hard_fixed", lambda side, seed: HardPlayer(side, seed, budget=None))
