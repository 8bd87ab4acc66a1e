"""What the player reads about a region, an army or a leader: the rows of tooltips and of the side panel.

Each function returns (title, subtitle, rows) with rows as (label, value) pairs; a row with an empty value
is a note. Numbers come from what the viewer may see (the engine's view), so enemy strengths are rounded.
"""

from __future__ import annotations

from typing import Any

from game.ui.play_text import FORTRESS, SIDE_TITLE, TERRAIN, Names, men

Rows = tuple[tuple[str, str], ...]


def dots(value: int, out_of: int = 5) -> str:
    """A rating as pips; the panel and tooltip draw 'pips:N/M' as M small discs, N of them filled."""
    return f"pips:{value}/{out_of}"


def region_info(state: Any, names: Names, rid: str) -> tuple[str, str, Rows]:
    static = names.region.get(rid)
    rs = state.regions.get(rid)
    if static is None or rs is None:
        return (names.place(rid), "", ())
    terrain = TERRAIN.get(static.terrain, static.terrain)
    if static.terrain_secondary:
        terrain += f" and {TERRAIN.get(static.terrain_secondary, static.terrain_secondary).lower()}"
    rows = [("Held by", SIDE_TITLE.get(rs.owner, rs.owner)), ("Terrain", terrain)]
    if static.city:
        rows.append(("Town", static.city))
    rows.append(("Walls", FORTRESS.get(static.fortress, str(static.fortress))))
    if static.port:
        rows.append(("Port", "yes"))
    rows.append(("Garrison", men(rs.garrison) if rs.garrison else "none"))
    rows.append(("Unrest", f"{rs.unrest}%"))
    rows.append(("Kharijite fervour", f"{rs.fervour}%"))
    if static.revenue or static.manpower:
        rows.append(("Yields", f"{static.revenue} gold, {men(static.manpower)} men a month"))
    if rs.siege_by:
        rows.append((f"Besieged by the {rs.siege_by} for {rs.siege_months} month(s)", ""))
    if rs.unrest >= 80:
        rows.append(("On the brink of revolt!", ""))
    armies = [a for a in state.armies.values() if a.region == rid]
    for army in armies[:4]:
        rows.append((names.army(army.id), men(army.cavalry + army.infantry + army.light)))
    subtitle = static.area or ""
    return (names.place(rid), subtitle, tuple(rows))


def army_info(state: Any, names: Names, army_id: str) -> tuple[str, str, Rows]:
    army = state.armies[army_id]
    total = army.cavalry + army.infantry + army.light
    rows = [("Side", SIDE_TITLE.get(army.side, army.side)),
            ("Where", names.place(army.region) + (f" (at sea, {army.at_sea} month)" if army.at_sea else "")),
            ("Men", men(total)), ("  Cavalry", men(army.cavalry)), ("  Infantry", men(army.infantry)),
            ("  Light troops", men(army.light)), ("Morale", f"{army.morale}%")]
    if army.side == getattr(state, "side", army.side) and hasattr(army, "supply"):
        rows.append(("Supply", f"{army.supply}%"))
    if army.leader:
        lead = names.leaders.get(army.leader)
        rows.append(("Leader", names.leader(army.leader)))
        if lead is not None:
            rows.append(("  Command", dots(lead.command)))
            rows.append(("  Siegecraft", dots(lead.siegecraft)))
            rows.append(("  Charisma", dots(lead.charisma)))
    else:
        rows.append(("Leader", "none"))
    plan = getattr(state, "plans", {}).get(army_id)
    if plan is not None:
        rows.append((f"Orders: {plan_text(plan, names)}", ""))
    return (names.army(army_id), "", tuple(rows))


def leader_info(names: Names, leader_id: str) -> tuple[str, str, Rows]:
    lead = names.leaders.get(leader_id)
    if lead is None:
        return (names.leader(leader_id), "", ())
    rows = [("Command", dots(lead.command)), ("Siegecraft", dots(lead.siegecraft)),
            ("Charisma", dots(lead.charisma))]
    if lead.role:
        rows.append((lead.role, ""))
    return (lead.name, SIDE_TITLE.get(lead.side, lead.side), tuple(rows))


def plan_text(plan: Any, names: Names) -> str:
    if plan.kind == "move":
        return f"march to {names.place(plan.target)}"
    if plan.kind == "embark":
        return f"sail by {names.link(plan.target)}"
    return {"besiege": "besiege the town", "assault": "storm the walls"}.get(plan.kind, plan.kind)
