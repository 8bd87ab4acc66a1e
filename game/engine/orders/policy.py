"""Policy orders: tax policy (at once), preaching (a plan for month end) and event choices (at once).

Berber preachers may work in up to PREACH_LIMIT regions a month, each one they hold, stand in with an army,
or that borders a region they hold.
"""

from __future__ import annotations

from game.engine.commands import ChooseOption, Preach, Rejection, SetTaxPolicy
from game.engine.events import Event, TaxPolicySet
from game.engine.orders.common import check_side
from game.engine.rules.scenario_events import make_choice
from game.engine.state import TAX_POLICIES, GameState
from game.engine.tables import Tables

PREACH_LIMIT = 2


def validate_set_tax_policy(state: GameState, tables: Tables, cmd: SetTaxPolicy) -> Rejection | None:
    bad = check_side(state, cmd.side)
    if bad:
        return bad
    if cmd.policy not in TAX_POLICIES:
        return Rejection("bad_policy", f"Tax policy must be one of {', '.join(TAX_POLICIES)}.")
    if state.sides[cmd.side].tax_policy == cmd.policy:
        return Rejection("unchanged", f"The tax policy is already {cmd.policy}.")
    return None


def apply_set_tax_policy(state: GameState, tables: Tables, cmd: SetTaxPolicy) -> list[Event]:
    state.sides[cmd.side].tax_policy = cmd.policy
    return [TaxPolicySet(cmd.side, cmd.policy)]


def can_preach_in(state: GameState, tables: Tables, region: str, camps: set[str] | None = None) -> bool:
    """`camps`: regions where Berber armies stand, if the caller has them at hand."""
    if region in tables.offmap:
        return False
    if state.regions[region].owner == "berber":
        return True
    if camps is None:
        camps = {a.region for a in state.armies.values() if a.side == "berber" and not a.at_sea}
    if region in camps:
        return True
    return any(state.regions[n].owner == "berber" for n in tables.neighbors[region])


def preaching_reach(state: GameState, tables: Tables) -> set[str]:
    """Every region `can_preach_in` accepts, found at once: on the map, and held by the Berbers, or holding a
    Berber army, or bordering a Berber region (adjacency is symmetric)."""
    held = [rid for rid, rs in state.regions.items() if rs.owner == "berber"]
    reach = {a.region for a in state.armies.values() if a.side == "berber" and not a.at_sea}
    reach.update(held)
    for rid in held:
        reach.update(tables.neighbors[rid])
    return reach - tables.offmap


def validate_preach(state: GameState, tables: Tables, cmd: Preach, camps: set[str] | None = None) -> Rejection | None:
    bad = check_side(state, cmd.side)
    if bad:
        return bad
    if cmd.side != "berber":
        return Rejection("not_berber", "Only the Kharijite Berbers preach revolt.")
    if cmd.region not in tables.regions:
        return Rejection("no_region", f"There is no region '{cmd.region}'.")
    if cmd.region in state.preaching:
        return Rejection("already_preaching", "Preachers are already at work there this month.")
    if len(state.preaching) >= PREACH_LIMIT:
        return Rejection("preach_limit", f"At most {PREACH_LIMIT} regions can be preached to in a month.")
    if not can_preach_in(state, tables, cmd.region, camps):
        return Rejection("out_of_reach", "Preachers reach only regions you hold, border, or stand in.")
    return None


def apply_preach(state: GameState, tables: Tables, cmd: Preach) -> list[Event]:
    state.preaching.append(cmd.region)
    state.sides[cmd.side].preached += 1
    return []


def validate_choose_option(state: GameState, tables: Tables, cmd: ChooseOption) -> Rejection | None:
    bad = check_side(state, cmd.side)
    if bad:
        return bad
    if state.pending.get(cmd.event) != cmd.side:
        return Rejection("no_choice", f"There is no choice '{cmd.event}' waiting for you.")
    if not any(c.id == cmd.choice for c in tables.events[cmd.event].choices):
        return Rejection("bad_choice", f"'{cmd.choice}' is not one of the choices.")
    return None


def apply_choose_option(state: GameState, tables: Tables, cmd: ChooseOption) -> list[Event]:
    return make_choice(state, tables, cmd.event, cmd.choice, by_default=False)
