"""Field battles: numbers, troop types against terrain, leaders, morale, fervour, friction and dice.

Syrian horsemen ride down foes on open plains but founder in broken ground (Bagdoura, 741); Berber light
troops are at home in hills and mountains. In the historical replay a BattlePin fixes the result instead.
"""

from __future__ import annotations

from game.engine.armies import (
    armies_at,
    command_rating,
    destroy_army,
    hostile,
    kill_leader,
    rally_leader,
    take_losses,
)
from game.engine.context import Context
from game.engine.events import ArmyRetreated, BattleFought, Event
from game.engine.rng import Rng
from game.engine.state import ArmyState, GameState

# Fighting value of one man, in tenths, by terrain.
VALUE = {
    "cavalry": {"plain": 15, "coast": 14, "desert": 13, "hills": 10, "marsh": 7, "mountains": 6},
    "infantry": {"plain": 10, "coast": 10, "desert": 10, "hills": 10, "marsh": 9, "mountains": 10},
    "light": {"plain": 6, "coast": 6, "desert": 8, "hills": 11, "mountains": 12, "marsh": 8},
}


def strength(state: GameState, ctx: Context, region: str, armies: list[ArmyState], defending: bool) -> int:
    """The side's fighting strength before dice, as an integer."""
    terrain = ctx.tables.regions[region].terrain
    men = sum(a.men for a in armies)
    if men == 0:
        return 0
    base = sum(a.cavalry * VALUE["cavalry"][terrain] + a.infantry * VALUE["infantry"][terrain]
               + a.light * VALUE["light"][terrain] for a in armies)
    morale = sum(a.morale * a.men for a in armies) // men
    percent = 50 + morale  # morale 70 -> 120%
    percent += 8 * max(command_rating(ctx.tables, a.leader, "command") for a in armies)
    side = armies[0].side
    if side == "berber":
        percent += state.regions[region].fervour // 5  # fervent tribesmen fight harder
    factions = {f for a in armies for f in a.factions}
    if len(factions) > 1:
        percent -= 5 + state.friction // 4  # mixed junds and local Arabs quarrel in the line
    if defending:
        percent += 20 if terrain in ("hills", "mountains") else 10
    return base * max(percent, 10) // 100


def resolve_battles(state: GameState, ctx: Context, rng: Rng) -> list[Event]:
    """Every region where hostile armies stand after movement sees a battle (largest two sides first)."""
    events: list[Event] = []
    sides_at: dict[str, set[str]] = {}
    for army in state.armies.values():
        if not army.at_sea:
            sides_at.setdefault(army.region, set()).add(army.side)
    contested = sorted(region for region, sides in sides_at.items() if len(sides) > 1)
    for region in contested:
        while True:
            present = armies_at(state, region)
            totals: dict[str, int] = {}
            for army in present:
                totals[army.side] = totals.get(army.side, 0) + army.men
            if len(totals) < 2:
                break
            a, b = sorted(totals, key=lambda s: (-totals[s], s))[:2]
            events += fight(state, ctx, rng, region, a, b, present)
    return events


def tally(state: GameState, side: str, killed: int = 0, lost: int = 0) -> None:
    """Add to a side's killed/lost counts; sides without a SideState (neutral, asturias...) keep none."""
    ss = state.sides.get(side)
    if ss is not None:
        ss.killed += killed
        ss.lost += lost


def fight(state: GameState, ctx: Context, rng: Rng, region: str, a: str, b: str,
          present: list[ArmyState] | None = None) -> list[Event]:
    """Sides `a` and `b` fight in `region`; `present`: `armies_at(state, region)`, if the caller has it."""
    if present is None:
        present = armies_at(state, region)
    sides = {a: [x for x in present if x.side == a], b: [x for x in present if x.side == b]}
    owner = state.regions[region].owner
    pin = ctx.tables.pins.get(state.month, {}).get(region) if ctx.historical else None
    if pin is not None and pin.winner in sides:
        winner = pin.winner
        ratio = 200
    else:
        pin = None
        rolls = {s: strength(state, ctx, region, sides[s], s == owner) * rng.roll(75, 125) for s in (a, b)}
        winner = a if (rolls[a], rng.below(2)) > (rolls[b], 0) else b
        loser_roll = max(1, rolls[b if winner == a else a])
        ratio = rolls[winner] * 100 // loser_roll
    loser = b if winner == a else a
    morale = sum(x.morale * x.men for x in sides[loser]) // max(1, sum(x.men for x in sides[loser]))
    routed = ratio >= 200 or morale < 30
    losses = _losses(sides, winner, loser, ratio, routed, pin)
    events: list[Event] = []
    tally(state, winner, killed=losses[loser], lost=losses[winner])
    tally(state, loser, killed=losses[winner], lost=losses[loser])
    state.battles.append([state.month, winner, region])
    events.append(BattleFought(region, winner, loser, losses, [x.id for x in present], routed,
                               pin.id if pin else "", men_change=-(losses[a] + losses[b])))
    for army in sides[winner]:
        army.morale = min(100, army.morale + 10)
    for army in sides[loser]:
        army.morale = max(0, army.morale - (30 if routed else 20))
    events += _leader_casualties(state, ctx, rng, sides, winner, loser, routed, pin)
    events += _retreat(state, ctx, rng, region, sides[loser], routed)
    return events


def _losses(sides: dict[str, list[ArmyState]], winner: str, loser: str, ratio: int, routed: bool, pin) -> dict:
    """Apply casualties; returns men lost per side."""
    loser_pct = min(60, 10 + ratio // 10)
    winner_pct = max(3, 15 - 3 * ratio // 100)
    if routed:
        win_men = max(1, sum(x.men for x in sides[winner]))
        loser_pct = min(75, loser_pct + 20 * sum(x.cavalry for x in sides[winner]) // win_men)
    lost = {}
    for side, pct in ((winner, winner_pct), (loser, loser_pct)):
        total = sum(x.men for x in sides[side])
        target = total * pct // 100
        if pin is not None and side in pin.losses:
            target = min(total, pin.losses[side])
        lost[side] = sum(take_losses(x, target * x.men // max(1, total)) for x in sides[side])
    return lost


def _leader_casualties(state, ctx, rng, sides, winner, loser, routed, pin) -> list[Event]:
    events: list[Event] = []
    if pin is not None:
        for leader in pin.leaders_killed:
            events += kill_leader(state, ctx.tables, leader, "battle")
        return events
    for side, chance in ((winner, 3), (loser, 25 if routed else 10)):
        for army in sides[side]:
            if army.leader and rng.chance(chance):
                events += kill_leader(state, ctx.tables, army.leader, "battle")
    return events


def _retreat(state: GameState, ctx: Context, rng: Rng, region: str, losers: list[ArmyState], routed: bool):
    """Beaten armies fall back to a friendly neighbour; with none (or empty ranks) they are destroyed.

    An orderly (not routed) army may also fall back into open country free of enemies.
    """
    events: list[Event] = []
    tables = ctx.tables
    # The losers are all of one side and only they move or vanish here, so where their enemies stand is
    # fixed for the whole retreat.
    side = losers[0].side if losers else ""
    enemy_camps = {o.region for o in state.armies.values() if not o.at_sea and hostile(o.side, side)}
    for army in losers:
        state.plans.pop(army.id, None)
        if army.men == 0:
            events += destroy_army(state, army.id, "battle")
            events += rally_leader(state, tables, army.leader, army.side, region)
            continue
        options = []
        for n in tables.neighbors[region]:
            rs = state.regions[n]
            if n in tables.offmap and rs.owner != army.side:
                continue
            if n in enemy_camps:
                continue
            friendly = rs.owner == army.side
            if friendly or (not routed and not (rs.garrison > 0 and hostile(rs.owner, army.side))):
                options.append((0 if friendly else 1, -rs.garrison, n))
        if not options:
            events += destroy_army(state, army.id, "no retreat")
            events += rally_leader(state, tables, army.leader, army.side, region)
            continue
        options.sort()
        best = [o for o in options if o[:2] == options[0][:2]]
        target = rng.choice(best)[2]
        army.region = target
        events.append(ArmyRetreated(army.id, region, target))
    return events
