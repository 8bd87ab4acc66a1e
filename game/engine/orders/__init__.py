"""Orders: `validate_<command>` and `apply_<command>` for every command, dispatched by command type."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from game.engine import commands as c
from game.engine.orders import forces, military, policy

RULES: dict[type, tuple[Callable[..., Any], Callable[..., Any]]] = {
    c.MoveArmy: (military.validate_move_army, military.apply_move_army),
    c.Besiege: (military.validate_besiege, military.apply_besiege),
    c.Assault: (military.validate_assault, military.apply_assault),
    c.Embark: (military.validate_embark, military.apply_embark),
    c.Garrison: (forces.validate_garrison, forces.apply_garrison),
    c.SplitArmy: (forces.validate_split_army, forces.apply_split_army),
    c.MergeArmies: (forces.validate_merge_armies, forces.apply_merge_armies),
    c.Recruit: (forces.validate_recruit, forces.apply_recruit),
    c.SetTaxPolicy: (policy.validate_set_tax_policy, policy.apply_set_tax_policy),
    c.Preach: (policy.validate_preach, policy.apply_preach),
    c.ChooseOption: (policy.validate_choose_option, policy.apply_choose_option),
}

# Orders that change neither regions nor armies (only plans, the tax policy, preaching): the facade keeps
# what it computed from regions and armies across them.
PLAN_ONLY: tuple[type, ...] = (c.MoveArmy, c.Besiege, c.Assault, c.Embark, c.SetTaxPolicy, c.Preach)
# Orders that move men between one side's armies and garrison within a region, always leaving men there (an
# army, or the garrison of a region the side holds): which regions block a march survives them, and so do
# the routes of every army they do not touch (the facade drops only the touched armies' routes and camps).
KEEPS_BLOCKED: tuple[type, ...] = (c.Garrison, c.SplitArmy, c.MergeArmies)
# Orders whose validator and applier take, as a fourth argument, the facade's memo of computations on regions
# and armies (a route search needs the blocked regions).
MEMO_RULES: tuple[type, ...] = (c.MoveArmy,)
