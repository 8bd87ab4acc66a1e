"""Story consistency: dates inside the scenario's span, leaders and armies on the right side, successor
chains that end, choice events that someone chooses, historical orders that carry their arguments."""

from __future__ import annotations

from game.scenario import models as m
from game.scenario.crossref import Finding, walk


def month_key(month: str) -> tuple[int, int]:
    year, number = month.split("-")
    return int(year), int(number)


def consistency_findings(scenario: m.Scenario, complete: bool = True) -> list[Finding]:
    """With `complete` False (metadata, sides or regions failed validation), dates and sides are not judged."""
    found = _leaders(scenario) + _successors(scenario) + _choices(scenario) + _orders(scenario)
    return found + _dates(scenario) + _sides(scenario) if complete else found


def _dates(scenario: m.Scenario) -> list[Finding]:
    start, end = scenario.metadata.start, scenario.metadata.end
    if month_key(start) > month_key(end):
        return [Finding(("metadata", "end"), f"the scenario ends ({end}) before it starts ({start})")]
    dated: list[tuple[tuple, str]] = []
    for path, node in walk(scenario):
        if isinstance(node, m.DateTrigger):
            dated.append((path + ("month",), node.month))
    dated += [(("reinforcements", i, "month"), r.month) for i, r in enumerate(scenario.reinforcements)]
    dated += [(("timeline", i, "month"), t.month) for i, t in enumerate(scenario.timeline)]
    dated += [(("bookmarks", i, "month"), b.month) for i, b in enumerate(scenario.bookmarks)]
    found = [Finding(path, f"{month} is outside the scenario ({start}..{end})") for path, month in dated
             if not month_key(start) <= month_key(month) <= month_key(end)]
    months = [month_key(t.month) for t in scenario.timeline]
    found += [Finding(("timeline", i, "month"), f"timeline out of order: {scenario.timeline[i].month} comes "
                      f"after {scenario.timeline[i - 1].month}") for i in range(1, len(months))
              if months[i] < months[i - 1]]
    return found


def _sides(scenario: m.Scenario) -> list[Finding]:
    present = {s.id for s in scenario.sides}
    found = [Finding(("sides",), f"side '{side}' is missing from sides") for side in ("umayyad", "berber")
             if side not in present]
    factions = {f.id: f for f in scenario.factions}
    for section in ("leaders", "armies"):
        for i, entry in enumerate(getattr(scenario, section)):
            faction = factions.get(entry.faction) if entry.faction else None
            if faction is not None and faction.side != entry.side:
                found.append(Finding((section, i, "faction"), f"faction '{faction.id}' fights for "
                                     f"{faction.side}, but '{entry.id}' is {entry.side}"))
    known_sides = {"umayyad", "berber", "asturias", "neutral"}
    for key in scenario.settings.ai_aggression:
        if key not in known_sides:
            found.append(Finding(("settings", "ai_aggression", key), f"unknown side '{key}'"))
    for i, month in enumerate(scenario.timeline):
        for j, pin in enumerate(month.battles):
            found += [Finding(("timeline", i, "battles", j, "losses", key), f"unknown side '{key}'")
                      for key in pin.losses if key not in known_sides]
    return found


def _leaders(scenario: m.Scenario) -> list[Finding]:
    leaders = {le.id: le for le in scenario.leaders}
    led_by: dict[str, str] = {}
    found = []
    for i, army in enumerate(scenario.armies):
        leader = leaders.get(army.leader) if army.leader else None
        if leader is None:
            continue
        path = ("armies", i, "leader")
        if leader.id in led_by:
            found.append(Finding(path, f"leader '{leader.id}' already leads army '{led_by[leader.id]}'"))
        led_by[leader.id] = army.id
        if leader.side != army.side:
            found.append(Finding(path, f"leader '{leader.id}' is {leader.side} but army '{army.id}' is {army.side}"))
        if not leader.active:
            found.append(Finding(path, f"leader '{leader.id}' is inactive (active: false) but leads an army at "
                                       "the start", "set active: true, or assign him later by an event"))
    return found


def _successors(scenario: m.Scenario) -> list[Finding]:
    leaders = {le.id: le for le in scenario.leaders}
    index = {le.id: i for i, le in enumerate(scenario.leaders)}
    found, reported = [], set()
    for leader in scenario.leaders:
        heir = leaders.get(leader.successor) if leader.successor else None
        if heir is not None and heir.side != leader.side:
            found.append(Finding(("leaders", index[leader.id], "successor"),
                                 f"successor '{heir.id}' is {heir.side} but '{leader.id}' is {leader.side}"))
        chain, current = [leader.id], leader.successor
        while current in leaders and current not in chain:
            chain.append(current)
            current = leaders[current].successor
        if current == leader.id and leader.id not in reported:
            reported.update(chain)
            found.append(Finding(("leaders", index[leader.id], "successor"),
                                 "successor chain loops: " + " -> ".join(chain + [leader.id])))
    return found


def _choices(scenario: m.Scenario) -> list[Finding]:
    found = []
    for i, event in enumerate(scenario.events):
        if event.choices and event.chooser is None:
            found.append(Finding(("events", i, "choices"), f"event '{event.id}' has choices but no chooser",
                                 "add chooser: umayyad or chooser: berber"))
        if event.chooser is not None and not event.choices:
            found.append(Finding(("events", i, "chooser"), f"event '{event.id}' has a chooser but no choices"))
        if len(event.choices) == 1:
            found.append(Finding(("events", i, "choices"), f"event '{event.id}' offers only one choice",
                                 "give two or more choices, or use effects"))
        if sum(c.historical for c in event.choices) > 1:
            found.append(Finding(("events", i, "choices"), "more than one choice is marked historical"))
    return found


REQUIRED_ARGS = {"move": ("army", "to"), "besiege": ("army",), "assault": ("army",), "garrison": ("army",),
                 "split": ("army", "new_army"), "merge": ("army", "into"), "embark": ("army", "to"),
                 "recruit": ("region",), "set_tax": ("policy",), "preach": ("region",)}


def _orders(scenario: m.Scenario) -> list[Finding]:
    found = []
    for i, month in enumerate(scenario.timeline):
        for j, order in enumerate(month.orders):
            found += [Finding(("timeline", i, "orders", j), f"a '{order.command}' order needs '{arg}'")
                      for arg in REQUIRED_ARGS[order.command] if getattr(order, arg) is None]
    return found
