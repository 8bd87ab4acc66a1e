"""Words for the play screen: display names of ids, dates, and one readable sentence per engine event
for the message log. Reads the scenario for names; never changes anything.
"""

from __future__ import annotations

from typing import Any

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
SIDE_NOUN = {"umayyad": "Umayyads", "berber": "Berbers", "asturias": "Asturians", "neutral": "independents"}
SIDE_TITLE = {"umayyad": "Umayyad Caliphate", "berber": "Berber rebels", "asturias": "Kingdom of Asturias",
              "neutral": "Independent tribes"}
TERRAIN = {"plain": "Plains", "hills": "Hills", "mountains": "Mountains", "desert": "Desert", "marsh": "Marsh",
           "coast": "Coast"}
FORTRESS = {0: "None", 1: "Town walls", 2: "Fortress", 3: "Great city"}


def month_name(label: str) -> str:
    """'740-10' -> 'October 740'."""
    year, month = label.split("-")
    return f"{MONTHS[int(month) - 1]} {int(year)}"


def men(n: int) -> str:
    return f"{n:,}"


def about_men(n: int) -> str:
    """A battle's toll as a chronicler gives it: two significant figures (14,999 -> '15,000'), never below 100."""
    if n < 100:
        return f"{n:,}"
    step = 10 ** (len(str(n)) - 2)
    return f"{round(n / step) * step:,}"


class Names:
    """Display names for the ids of one scenario (and of armies created during play)."""

    def __init__(self, scenario: Any, tables: Any | None = None) -> None:
        self.regions = {r.id: r.name for r in scenario.regions}
        self.region = {r.id: r for r in scenario.regions}
        self.leaders = {lead.id: lead for lead in scenario.leaders}
        self.links = {s.id: s for s in scenario.sea_links}
        self.events = {e.id: e for e in scenario.events}
        self.army_names = {a.id: a.name for a in scenario.armies}
        self.army_names.update({r.army.id: r.army.name for r in scenario.reinforcements})
        for event in scenario.events:
            for effect in list(event.effects) + [e for c in event.choices for e in c.effects]:
                army = getattr(effect, "army", None)
                if getattr(army, "name", None):
                    self.army_names[army.id] = army.name

    def place(self, region_id: str) -> str:
        name = self.regions.get(region_id, region_id.replace("_", " ").title())
        return name.split(" (")[0]

    def army(self, army_id: str) -> str:
        return self.army_names.get(army_id) or army_id.replace("_", " ").capitalize()

    def leader(self, leader_id: str) -> str:
        lead = self.leaders.get(leader_id)
        return lead.name if lead else leader_id.replace("_", " ").title()

    def link(self, link_id: str) -> str:
        link = self.links.get(link_id)
        return link.name if link else link_id.replace("_", " ")


def describe(event: Any, names: Names, viewer: str | None) -> str | None:
    """One log line for an engine event, or None for events not worth a line (for this viewer)."""
    kind = type(event).__name__
    side = getattr(event, "side", "")
    mine = viewer is None or side == viewer
    n = names
    if kind == "ArmyMoved":
        return f"{n.army(event.army)} marched to {n.place(event.path[-1])}." if event.path and mine else None
    if kind == "BattleFought":
        losses = ", ".join(f"{SIDE_NOUN.get(s, s)} lost {men(v)}" for s, v in sorted(event.losses.items()))
        return f"Battle at {n.place(event.region)}: the {SIDE_NOUN.get(event.winner, event.winner)} won ({losses})."
    if kind == "ArmyRetreated":
        return f"{n.army(event.army)} fell back to {n.place(event.to)}."
    if kind == "ArmyDestroyed":
        return f"{n.army(event.army)} was destroyed at {n.place(event.region)}."
    if kind == "LeaderKilled":
        after = f"; {n.leader(event.successor)} takes command" if event.successor else ""
        return f"{n.leader(event.leader)} is dead ({event.cause}){after}."
    if kind == "LeaderDeposed":
        return f"{n.leader(event.leader)} was deposed."
    if kind == "LeaderActivated":
        return f"{n.leader(event.leader)} enters the war."
    if kind == "SiegeBegan":
        return f"The {SIDE_NOUN.get(side, side)} laid siege to {n.place(event.region)}."
    if kind == "SiegeLifted":
        return f"The siege of {n.place(event.region)} was lifted."
    if kind == "AssaultFailed":
        return f"An assault on {n.place(event.region)} failed."
    if kind == "CityFell":
        return f"{n.place(event.region)} fell to the {SIDE_NOUN.get(side, side)} ({event.how})."
    if kind == "RegionTaken":
        return f"The {SIDE_NOUN.get(side, side)} took {n.place(event.region)}."
    if kind == "RegionRevolted":
        return f"{n.place(event.region)} rose in revolt against the {SIDE_NOUN.get(event.previous, event.previous)}."
    if kind == "AsturiansAdvanced":
        return f"The Asturians advanced into {n.place(event.region)}."
    if kind == "ArmyEmbarked":
        shown = viewer is None or _own(event, viewer)
        return f"{n.army(event.army)} took ship for {n.place(event.to)}." if shown else None
    if kind == "ArmyLanded":
        return f"{n.army(event.army)} landed at {n.place(event.region)}."
    if kind == "ReinforcementsArrived":
        return f"{n.army(event.army)} arrived at {n.place(event.region)}."
    if kind == "ArmyRecruited":
        return f"New troops were raised in {n.place(event.region)}." if mine else None
    if kind == "RevenueCollected":
        if not mine or side not in SIDE_NOUN:
            return None
        unpaid = " The troops went unpaid!" if event.unpaid else ""
        return f"Treasury: +{event.revenue} revenue, −{event.upkeep} upkeep.{unpaid}"
    if kind == "EventFired":
        return f"{event.title}."
    if kind == "Narrated":
        return event.text
    if kind == "ChoiceMade":
        return None
    if kind == "GameEnded":
        return f"The war is over: {event.reason}."
    if kind == "TaxPolicySet":
        return f"Tax policy set to {event.policy}." if mine else None
    if kind == "Preached":
        return f"Preachers stirred {n.place(event.region)} (fervour {event.fervour})." if mine else None
    return None


def _own(event: Any, viewer: str) -> bool:
    return getattr(event, "side", viewer) == viewer
