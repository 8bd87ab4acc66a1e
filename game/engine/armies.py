"""Queries and bookkeeping on armies and leaders shared by orders, phases and effects.

Leaders are attached to armies through `ArmyState.leader` only (one source of truth); a leader without an
army is idle until an event assigns him.
"""

from __future__ import annotations

from game.engine.events import ArmyDestroyed, Event, LeaderActivated, LeaderDeposed, LeaderKilled
from game.engine.state import ArmyState, GameState
from game.engine.tables import Tables


def hostile(side: str, other: str) -> bool:
    """Every side is hostile to every other (the Asturians fight both; neutral towns shut their gates)."""
    return side != other


def armies_by_id(state: GameState) -> list[ArmyState]:
    """Every army, sorted by id (the keys of `state.armies` are the ids: sorting them needs no key function)."""
    return [state.armies[aid] for aid in sorted(state.armies)]


def armies_at(state: GameState, region: str) -> list[ArmyState]:
    """Armies standing in `region` (not at sea), sorted by id."""
    armies = state.armies
    return [armies[aid] for aid in sorted(aid for aid, a in armies.items() if a.region == region and not a.at_sea)]


def side_armies(state: GameState, side: str) -> list[ArmyState]:
    return sorted((a for a in state.armies.values() if a.side == side), key=lambda a: a.id)


def hostile_present(state: GameState, region: str, side: str) -> bool:
    return any(a.region == region and not a.at_sea and hostile(a.side, side) for a in state.armies.values())


def leader_army(state: GameState, leader: str) -> ArmyState | None:
    for army in state.armies.values():
        if army.leader == leader:
            return army
    return None


def take_losses(army: ArmyState, men: int) -> int:
    """Remove up to `men` from the army, spread across troop types in proportion; returns men removed."""
    total = army.men
    if total <= 0 or men <= 0:
        return 0
    if men >= total:
        army.cavalry = army.infantry = army.light = 0
        return total
    cav = army.cavalry * men // total
    inf = army.infantry * men // total
    light = army.light * men // total
    rest = men - cav - inf - light
    army.cavalry -= cav
    army.infantry -= inf
    army.light -= light
    for name in ("infantry", "light", "cavalry"):  # integer remainders: foot soldiers die first
        take = min(rest, getattr(army, name))
        setattr(army, name, getattr(army, name) - take)
        rest -= take
    return men


def take_percent(army: ArmyState, percent: int) -> int:
    return take_losses(army, army.men * percent // 100)


def new_army_id(state: GameState, side: str) -> str:
    while True:
        candidate = f"{side}_army_{state.next_army}"
        state.next_army += 1
        if candidate not in state.armies:
            return candidate


def destroy_army(state: GameState, army_id: str, cause: str) -> list[Event]:
    """Remove an army with its men (their loss is the event's men_change); its leader becomes idle."""
    army = state.armies.pop(army_id)
    state.plans.pop(army_id, None)
    return [ArmyDestroyed(army_id, army.region, cause, men_change=-army.men)]


def _successor_for(state: GameState, tables: Tables, leader: str) -> str:
    """The designated successor who can take over (following the chain past the dead: Kulthum -> Balj -> ...)."""
    seen = {leader}
    candidate = tables.leaders[leader].successor if leader in tables.leaders else None
    while candidate and candidate not in seen:
        seen.add(candidate)
        status = state.leaders.get(candidate)
        if status is not None and status.status in ("active", "inactive"):
            return candidate
        candidate = tables.leaders[candidate].successor if candidate in tables.leaders else None
    return ""


def _hand_over(state: GameState, tables: Tables, leader: str) -> str:
    """Give the leader's army to his successor; returns the successor's id or ""."""
    army = leader_army(state, leader)
    if army is None:
        return ""
    army.leader = ""
    successor = _successor_for(state, tables, leader)
    if successor:
        previous = leader_army(state, successor)
        if previous is not None:
            previous.leader = ""
        state.leaders[successor].status = "active"
        army.leader = successor
    return successor


def kill_leader(state: GameState, tables: Tables, leader: str, cause: str) -> list[Event]:
    status = state.leaders.get(leader)
    if status is None or status.status == "dead":
        return []
    status.status, status.cause = "dead", cause
    return [LeaderKilled(leader, cause, _hand_over(state, tables, leader))]


def depose_leader(state: GameState, tables: Tables, leader: str) -> list[Event]:
    status = state.leaders.get(leader)
    if status is None or status.status in ("dead", "deposed"):
        return []
    status.status, status.cause = "deposed", "deposed"
    return [LeaderDeposed(leader, _hand_over(state, tables, leader))]


def assign_leader(state: GameState, leader: str, army_id: str) -> None:
    """Put a leader at the head of an army (leaving his previous army; the army's old leader goes idle)."""
    previous = leader_army(state, leader)
    if previous is not None:
        previous.leader = ""
    state.leaders[leader].status = "active"
    state.armies[army_id].leader = leader


def command_rating(tables: Tables, leader: str, rating: str) -> int:
    """A leader's rating (command, siegecraft, charisma); 0 for no leader."""
    if not leader or leader not in tables.leaders:
        return 0
    return int(getattr(tables.leaders[leader], rating))


def sweep_empty(state: GameState) -> list[Event]:
    """Remove armies left with no men (by losses, attrition or effects); their leaders go idle."""
    # runs after every phase: test the troop counts directly (no `men` property call) and sort only when
    # there is something to sweep
    empty = [aid for aid, a in state.armies.items() if a.cavalry + a.infantry + a.light <= 0]
    events: list[Event] = []
    for aid in sorted(empty):
        events += destroy_army(state, aid, "no men left")
    return events


def rally_leader(state: GameState, tables: Tables, leader: str, side: str, region: str) -> list[Event]:
    """A leader whose army was destroyed rides to the nearest leaderless army of his side (by land, ties by
    id) and takes command; with none he stays idle."""
    if not leader or state.leaders.get(leader) is None or state.leaders[leader].status != "active":
        return []
    leaderless: dict[str, list[str]] = {}
    for army in state.armies.values():
        if army.side == side and not army.leader and not army.at_sea:
            leaderless.setdefault(army.region, []).append(army.id)
    frontier, seen = [region], {region}
    while frontier:
        found = sorted(aid for r in frontier for aid in leaderless.get(r, []))
        if found:
            state.armies[found[0]].leader = leader
            return [LeaderActivated(leader, found[0])]
        frontier = sorted({n for r in frontier for n in tables.neighbors[r]} - seen)
        seen.update(frontier)
    return []
