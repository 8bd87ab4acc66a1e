"""Event choices for an AI side: the scenario's `ai_weight` plus a rough reading of each choice's effects.

A player sees the choice's effects listed on the event card, so reading them is fair; nothing hidden is used.
"""

from __future__ import annotations

import random

from game.ai.situation import Situation

WEIGHT_SCALE = 10.0  # one point of ai_weight is worth this much of the effect evaluation


def effect_value(sit: Situation, effect: object) -> float:
    """How good one effect is for `sit.side`, in rough 'thousand men' units."""
    kind = getattr(effect, "kind", "")
    me = sit.side
    if kind == "spawn_army":
        army = effect.army  # type: ignore[attr-defined]
        men = (army.cavalry + army.infantry + army.light) / 1000
        return men if army.side == me else -men
    if kind == "add_men":
        side = sit.armies[effect.army].side if effect.army in sit.armies else ""  # type: ignore[attr-defined]
        men = (effect.cavalry + effect.infantry + effect.light) / 1000  # type: ignore[attr-defined]
        return men if side == me else -men if side else 0.0
    if kind == "remove_army":
        army = sit.armies.get(effect.army)  # type: ignore[attr-defined]
        return 0.0 if army is None else (-army.men if army.side == me else army.men) / 1000
    if kind == "set_owner":
        region = effect.region  # type: ignore[attr-defined]
        worth = 3 + sit.key_points(me, region) + sit.key_points(sit.enemy, region) + sit.priority(region)
        return worth if effect.side == me else -worth  # type: ignore[attr-defined]
    if kind in ("add_unrest", "add_fervour"):
        return _unrest_value(sit, effect, kind)
    if kind in ("add_treasury", "add_manpower"):
        per = 100 if kind == "add_treasury" else 1000
        amount = effect.amount / per  # type: ignore[attr-defined]
        return amount if effect.side == me else -amount  # type: ignore[attr-defined]
    if kind in ("kill_leader", "depose_leader"):
        info = sit.tables.leaders.get(effect.leader)  # type: ignore[attr-defined]
        worth = 2.0 * (info.command if info else 1)
        return -worth if info is not None and info.side == me else worth
    if kind == "activate_leader":
        info = sit.tables.leaders.get(effect.leader)  # type: ignore[attr-defined]
        return (1.0 if info is not None and info.side == me else -1.0) * (info.command if info else 0)
    return 0.0


def _unrest_value(sit: Situation, effect: object, kind: str) -> float:
    """Unrest and fervour hurt the Umayyads wherever they rule and help the revolt."""
    total = 0.0
    for region in getattr(effect, "regions", []):
        info = sit.regions.get(region)
        if info is None:
            continue
        amount = effect.amount / 20  # type: ignore[attr-defined]
        good_for_berbers = amount if (kind == "add_fervour" or info.owner != "berber") else 0.0
        total += good_for_berbers if sit.side == "berber" else -good_for_berbers
    return total


def choice_score(sit: Situation, choice: object) -> float:
    value = sum(effect_value(sit, e) for e in getattr(choice, "effects", []))
    return getattr(choice, "ai_weight", 1) * WEIGHT_SCALE / 10 + value


def best_choice(sit: Situation, event_id: str, rng: random.Random) -> str | None:
    """The choice with the best score (ties broken by the player's own random stream)."""
    event = sit.tables.events.get(event_id)
    if event is None or not event.choices:
        return None
    scored = [(choice_score(sit, c), rng.random(), c.id) for c in event.choices if c.ai_weight > 0]
    if not scored:
        scored = [(0.0, rng.random(), c.id) for c in event.choices]
    return max(scored)[2]


def weighted_choice(sit: Situation, event_id: str, rng: random.Random) -> str | None:
    """A choice drawn by `ai_weight` alone (the easy player does not think about consequences)."""
    event = sit.tables.events.get(event_id)
    if event is None or not event.choices:
        return None
    weights = [max(0, c.ai_weight) for c in event.choices]
    if sum(weights) == 0:
        weights = [1] * len(weights)
    return rng.choices([c.id for c in event.choices], weights=weights)[0]
