"""Army orders from a list of objectives: who goes where, who waits for friends, who sieges or storms.

The side strategies (`strategy_berber`, `strategy_umayyad`) say *what* matters; this module says *how* the
armies get there: it weighs each objective by value, odds and distance, sends each army one month along
its road, refuses battles below the side's nerve, and (when `temper.concentrate`) gathers armies at a rally
point before a fight none of them can win alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from game.ai.odds import assault_odds, attack_odds, strength, win_probability
from game.ai.situation import SEA_PENALTY, ArmyInfo, Situation
from game.engine import Assault, Besiege, Embark, MoveArmy
from game.engine.calendar import season

SEAT_NERVE = 0.65  # a town whose fall loses the war is worth a worse fight


@dataclass(frozen=True, slots=True)
class Objective:
    region: str
    value: float
    kind: str  # "attack" (an army), "take" (open land), "siege" (walls), "defend" (ours), "rally"
    army: str = ""  # when set, only this army pursues it (a campaign target, valued for that army's road)
    sail: bool = False  # worth a crossing: the planner embarks for it when the sea is the shortest road


@dataclass(frozen=True, slots=True)
class Temper:
    """How a level fights: its nerve, its patience, its care for the road."""

    min_odds: float = 0.6  # chance of winning below which it will not attack
    concentrate: bool = True  # gather armies before a fight one cannot win alone
    horizon: int = 12  # objectives further than this many months' march are ignored
    caution: float = 1.0  # weight of the danger of ending next to a stronger enemy
    supply_care: float = 1.0  # weight of hunger and harsh terrain
    assault_odds: float = 0.7  # storm the walls above this chance, else sit down to a siege
    use_sea: bool = True


@dataclass(slots=True)
class Option:
    score: float
    to: str  # destination ("" to stay)
    command: Any


def army_orders(game: Any, sit: Situation, objectives: list[Objective], temper: Temper,
                tethers: dict[str, str] | None = None) -> list[Any]:
    """One military command (or none, to hold) per army, strongest armies choosing first.

    `tethers` maps an army to a seat it guards: it never ends a month more than TETHER steps from it."""
    return Planner(game, sit, temper, tethers).orders(objectives)


TETHER = 2


class Planner:
    def __init__(self, game: Any, sit: Situation, temper: Temper, tethers: dict[str, str] | None = None,
                 guards: dict[str, str] | None = None) -> None:
        self.game, self.sit, self.temper = game, sit, temper
        self.tethers = tethers or {}
        self.guards = guards or {}  # army -> the town it stands in and never leaves (a home guard)
        self.nerve = min(0.9, max(0.3, temper.min_odds / max(0.25, sit.aggression)))
        self.claimed: dict[str, float] = {}
        self.alternatives: dict[str, list[Option]] = {}  # army -> its options, best first (for `hard`)
        self._risk: dict[tuple[str, str], float] = {}

    def orders(self, objectives: list[Objective]) -> list[Any]:
        if self.temper.concentrate:
            objectives = objectives + self.rally_points(objectives)
        out = []
        armies = sorted((a for a in self.sit.mine() if not a.at_sea and a.men > 0), key=lambda a: (-a.men, a.id))
        for army in armies:
            ranked = sorted(self.options(army, objectives), key=lambda o: (o.score, o.to), reverse=True)
            distinct: dict[Any, Option] = {}
            for option in ranked:
                distinct.setdefault(option.command, option)
            self.alternatives[army.id] = list(distinct.values())[:4]
            best = ranked[0]
            if best.command is not None:
                out.append(best.command)
            spot = best.to or army.region
            self.claimed[spot] = self.claimed.get(spot, 0.0) + army.men
        return out

    def options(self, army: ArmyInfo, objectives: list[Objective]) -> list[Option]:
        sit, here = self.sit, army.region
        objectives = [o for o in objectives if not o.army or o.army == army.id]  # others' campaign targets
        reach = self.game.reachable(army.id) or {}
        options = [Option(self.stay_score(army, objectives), "", None)]
        post = self.guards.get(army.id)
        if post is not None:  # a home guard holds its town; driven out, it goes back
            back = self.march(army, Objective(post, 10.0, "defend"), reach, 1.0, sit.dist(here, post))
            return [back] if post != here and back is not None else options
        local = self.local_action(army)
        if local is not None:
            options.append(local)
        for obj in objectives:
            d = sit.dist(here, obj.region)
            if (d > self.temper.horizon and obj.kind != "defend") or obj.region == here:
                continue
            share = 1.0 if obj.kind == "rally" else 1.0 / (1.0 + self.claimed.get(obj.region, 0.0) / max(1, army.men))
            option = self.strike(army, obj, share) if obj.region in reach else self.march(army, obj, reach, share, d)
            if option is not None:
                options.append(option)
        if self.temper.use_sea:
            options += self.sea_options(army, objectives)
        seat = self.tethers.get(army.id)
        if seat is not None:
            options = [o for o in options if not o.to or sit.dist(o.to, seat) <= TETHER]
        return options

    def rally_points(self, objectives: list[Objective]) -> list[Objective]:
        """For a fight no single army can win but several together could: gather at the strongest of them."""
        sit = self.sit
        armies = [a for a in sit.mine() if not a.at_sea and a.men > 0 and a.id not in self.guards]
        rallies = []
        for obj in objectives:
            if obj.kind not in ("attack", "siege", "defend"):
                continue
            need = self.need(obj)
            near = [a for a in armies if sit.dist(a.region, obj.region) <= 4]
            if not near or need <= 0:
                continue
            alone = max(strength(sit, obj.region, [a], False) for a in near)
            together = strength(sit, obj.region, near, False)
            if alone < need <= together:
                anchor = max(near, key=lambda a: (a.men, a.id))
                rallies.append(Objective(anchor.region, 0.8 * obj.value, "rally"))
        return rallies

    def stay_score(self, army: ArmyInfo, objectives: list[Objective]) -> float:
        """Holding a threatened town of ours, or a rally point, is worth something; idling is worth little."""
        sit, here = self.sit, army.region
        score = 0.1 - self.temper.supply_care * self.hunger(army, here)
        if sit.regions[here].owner == sit.side and self.threat(here) > 0:
            score += 1.0 + sit.key_points(sit.side, here) / 5
        for obj in objectives:
            if obj.region == here and obj.kind == "rally":
                score = max(score, obj.value)
            elif obj.region == here and obj.kind == "defend":
                score = max(score, obj.value * self.walls_need_help(here))
        return score - self.temper.caution * self.danger(army, here)

    def walls_need_help(self, region: str) -> float:
        return walls_need_help(self.sit, region)

    def local_action(self, army: ArmyInfo) -> Option | None:
        """Siege or storm the walled enemy town the army stands in."""
        sit, here = self.sit, army.region
        info = sit.regions[here]
        if info.owner == sit.side or info.garrison <= 0 or sit.hostile_at(here):
            return None
        if sit.tables.regions[here].fortress <= 0:
            return None
        worth = region_worth(sit, here)
        if assault_odds(sit, here, sit.friends_at(here)) >= self.temper.assault_odds:
            return Option(worth * 1.5, "", Assault(sit.side, army.id))
        if info.siege_by == sit.side:
            return Option(worth * 1.2, "", None)  # the siege goes on while the army stays
        return Option(worth * 1.1, "", Besiege(sit.side, army.id))

    def strike(self, army: ArmyInfo, obj: Objective, share: float) -> Option | None:
        """The objective is within this month's march: attack, take or relieve it."""
        sit, target = self.sit, obj.region
        if sit.hostile_at(target):
            odds = attack_odds(sit, target, [army] + sit.friends_at(target))
            if odds < self.nerve * (SEAT_NERVE if target in sit.seats() else 1.0):
                return None
            score = obj.value * odds * share - (1 - odds) * army.men / 1000
        else:
            score = obj.value * share * self.capture_chance(army, target)
        score -= self.risk(army, target)
        return Option(score, target, MoveArmy(sit.side, army.id, target))

    def march(self, army: ArmyInfo, obj: Objective, reach: dict, share: float, d: int) -> Option | None:
        """The objective is further: take the reachable step that brings the army closest, safely."""
        sit = self.sit
        steps = []
        for region, cost in reach.items():
            nd = sit.dist(region, obj.region)
            if nd >= d:
                continue
            if sit.hostile_at(region) and attack_odds(sit, region, [army] + sit.friends_at(region)) < self.nerve:
                continue
            steps.append((nd, self.risk(army, region), cost, region))
        if not steps:
            return None
        nd, risk, _, region = min(steps)
        if (self.temper.concentrate and obj.kind in ("attack", "siege") and nd <= 1
                and strength(sit, obj.region, [army], False) < self.need(obj)):
            return None  # never walk up alone to a fight we cannot win: the rally point gathers first
        score = obj.value * share / (1.0 + 0.5 * nd) - risk
        return Option(score, region, MoveArmy(sit.side, army.id, region))

    def sea_options(self, army: ArmyInfo, objectives: list[Objective]) -> list[Option]:
        """Cross a sea link when the crossing lies on the shortest road to a worthy objective.

        `d` and `beyond` are planner distances, which count a crossing with SEA_PENALTY. For an objective
        marked `sail` the crossing is counted the same way, so the army embarks when the sea is its road. For
        any other the crossing counts its sailing months only, so it is offered only where a road without it
        is exactly as long (Kairouan to Tripoli, about 3% of calls), never across the Strait: every crossing
        on the shortest road made the Umayyads cross for every prize and win 32 of 200 `normal` mirror games
        against 85 (docs/ai.md, "Sea crossings")."""
        sit, out = self.sit, []
        for link_id in sit.tables.links_from.get(army.region, ()):
            other = sit.tables.other_end(link_id, army.region)
            if other in sit.tables.offmap or sit.hostile_at(other):
                continue
            months = sit.tables.links[link_id].months
            best = 0.0
            for obj in objectives:
                d, beyond = sit.dist(army.region, obj.region), sit.dist(other, obj.region)
                crossing = months + (SEA_PENALTY if obj.sail else 0)
                if beyond + crossing == d and (d <= self.temper.horizon or obj.kind == "defend"):
                    share = 1.0 if obj.kind == "rally" else 1.0 / (
                        1.0 + self.claimed.get(obj.region, 0.0) / max(1, army.men))
                    best = max(best, obj.value * share / (1.0 + 0.5 * beyond))
            cmd = Embark(sit.side, army.id, link_id)
            if best > 0 and self.game.check(cmd) is None:
                out.append(Option(best - self.risk(army, other), other, cmd))
        return out

    # -- measures
    def capture_chance(self, army: ArmyInfo, region: str) -> float:
        info = self.sit.regions[region]
        if info.owner == self.sit.side or info.garrison <= 0:
            return 1.0
        if self.sit.tables.regions[region].fortress > 0:
            return 0.5  # walls: a siege must follow
        return 1.0 if army.men >= 3 * info.garrison else 0.6

    def need(self, obj: Objective) -> int:
        """Strength wanted before engaging: 15% over the defenders', or half the walls' worth."""
        sit = self.sit
        enemies = sit.hostile_at(obj.region)
        if enemies:
            owner = sit.regions[obj.region].owner
            return int(1.15 * strength(sit, obj.region, enemies, enemies[0].side == owner))
        if obj.kind == "defend":
            foes = [a for a in sit.hostile_armies() if sit.dist(a.region, obj.region) <= 2]
            return int(1.15 * strength(sit, obj.region, foes, False)) if foes else 0
        garrison = sit.regions[obj.region].garrison
        return garrison * 10 * (1 + sit.tables.regions[obj.region].fortress) // 2

    def threat(self, region: str) -> int:
        """Visible hostile men within two steps of `region`."""
        return sum(a.men for a in self.sit.hostile_armies() if self.sit.dist(a.region, region) <= 2)

    def risk(self, army: ArmyInfo, region: str) -> float:
        key = (army.id, region)
        if key not in self._risk:
            self._risk[key] = (self.temper.caution * self.danger(army, region)
                               + self.temper.supply_care * self.hunger(army, region))
        return self._risk[key]

    def danger(self, army: ArmyInfo, region: str) -> float:
        """Men (thousands) an army could lose next month in `region` to a stronger visible enemy next door."""
        sit = self.sit
        mine = strength(sit, region, [army] + sit.friends_at(region), sit.regions[region].owner == sit.side)
        worst = 0.0
        for n in sit.tables.neighbors.get(region, ()):
            foes = sit.hostile_at(n)
            if foes:
                lose = 1.0 - win_probability(mine, strength(sit, region, foes, False))
                worst = max(worst, lose * army.men / 1000)
        return worst

    def hunger(self, army: ArmyInfo, region: str) -> float:
        """Attrition ahead in `region` (supply.py): unsupplied land and harsh seasons, in thousands of men."""
        sit, tables = self.sit, self.sit.tables
        supplied = (sit.regions[region].owner == sit.side
                    or (sit.side == "berber" and tables.regions[region].population == "berber")
                    or any(sit.regions[n].owner == sit.side and not sit.regions[n].siege_by
                           for n in tables.neighbors.get(region, ())))
        loss = 0.0 if supplied else (0.08 if army.supply <= 25 else 0.02) * army.men
        terrain = tables.regions[region].terrain
        if (terrain, season(tables.start, sit.month)) in (("desert", "summer"), ("mountains", "winter")):
            loss += 0.04 * army.men
        return loss / 1000


def walls_need_help(sit: Situation, region: str) -> float:
    """0..1: how far the garrison alone falls short of beating a storm by the enemies within two steps
    (a seat whose walls hold frees its army to take the field)."""
    storm = sum(a.infantry * 10 + a.light * 7 + a.cavalry * 5
                for a in sit.hostile_armies() if sit.dist(a.region, region) <= 2)
    walls = sit.regions[region].garrison * 10 * (1 + sit.tables.regions[region].fortress)
    if sit.hostile_at(region) or sit.regions[region].owner != sit.side:
        return 1.0
    return max(0.0, min(1.0, 1.3 * storm / max(1, walls) - 0.5))


def region_worth(sit: Situation, region: str) -> float:
    """What a region is worth to either side: victory points, the scenario's AI priority, revenue, men."""
    static = sit.tables.regions[region]
    return (2.0 + sit.key_points(sit.side, region) + sit.key_points(sit.enemy, region) + sit.priority(region)
            + static.revenue / 20 + static.manpower / 300)
