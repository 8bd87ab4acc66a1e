"""The orders the side panel offers for the current selection, built from the engine's legal commands so
the UI never offers what the rules would refuse (and shows why an order is not possible when it helps).

An `Order` is a button: a label, a tooltip, and either a command to submit or a mode (`move`: the next
click on the map picks the destination).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from game.engine import commands as C
from game.ui.play_text import Names, men

TAX_WORDS = {"low": "Low taxes", "normal": "Normal taxes", "high": "High taxes"}


@dataclass(frozen=True)
class Order:
    label: str
    tooltip: str
    command: Any = None
    mode: str = ""  # "move": pick a destination on the map


def army_orders(game: Any, side: str, army_id: str, names: Names) -> list[Order]:
    """Orders for one of the side's own armies."""
    army = game.state.armies.get(army_id)
    if army is None or army.side != side:
        return []
    legal = [c for c in game.legal_commands(side) if getattr(c, "army", None) == army_id]
    out: list[Order] = []
    if any(isinstance(c, C.MoveArmy) for c in legal):
        out.append(Order("Move…", "Pick a destination on the map (or right-click it). Enemy-held: an attack.",
                         mode="move"))
    for cls, text, tip in ((C.Besiege, "Besiege", "Blockade the walls here until hunger opens the gates."),
                           (C.Assault, "Assault", "Storm the walls this month: quick, and bloody.")):
        cmd = cls(side=side, army=army_id)
        if game.check(cmd) is None:
            out.append(Order(text, tip, cmd))
    for cmd in legal:
        if isinstance(cmd, C.Embark):
            link = names.links.get(cmd.link)
            to = game.tables.other_end(cmd.link, army.region)
            months = f", {link.months} month(s)" if link else ""
            short = names.place(to).split(" and ")[0]
            out.append(Order(f"Sail to {short}", f"Embark for {names.place(to)} by {names.link(cmd.link)}{months}.",
                             cmd))
    for cmd in legal:
        if isinstance(cmd, C.Garrison):
            if cmd.men > 0:
                out.append(Order(f"Garrison {men(cmd.men)}", "Leave men behind the walls of this region.", cmd))
            else:
                out.append(Order(f"Draw {men(-cmd.men)} from garrison", "Take men from the garrison into the army.",
                                 cmd))
    split = next((c for c in legal if isinstance(c, C.SplitArmy)), None)
    if split is not None:
        parts = ", ".join(f"{men(n)} {k}" for k, n in (("cavalry", split.cavalry), ("infantry", split.infantry),
                                                       ("light", split.light)) if n)
        out.append(Order("Split the army", f"Detach a new army of {parts}.", split))
    for other in game.state.armies.values():
        if other.id != army_id and other.side == side and other.region == army.region:
            cmd = C.MergeArmies(side=side, army=army_id, into=other.id)
            if game.check(cmd) is None:
                out.append(Order(f"Merge into {names.army(other.id)}", "Join this army to the other one.", cmd))
    return out


def region_orders(game: Any, side: str, region: str, names: Names, shown: Any = None) -> list[Order]:
    """The armies standing there (to pick one out of a stack), then recruiting and preaching."""
    out: list[Order] = []
    for army in (shown or game.state).armies.values():
        if army.region == region:
            out.append(Order(names.army(army.id), "Select this army.", mode=f"select:{army.id}"))
    for cmd in game.legal_commands(side):
        if isinstance(cmd, C.Recruit) and cmd.region == region:
            kind = "cavalry" if cmd.cavalry else "infantry" if cmd.infantry else "light troops"
            n = cmd.cavalry or cmd.infantry or cmd.light
            out.append(Order(f"Recruit {men(n)} {kind}", "Raise men here from the side's manpower, for gold.", cmd))
        elif isinstance(cmd, C.Preach) and cmd.region == region:
            out.append(Order("Send preachers", "Spread Kharijite fervour and unrest here this month.", cmd))
    return out


def side_orders(game: Any, side: str) -> list[Order]:
    """Side-wide orders: the tax policy."""
    out = []
    current = game.state.sides[side].tax_policy
    for cmd in game.legal_commands(side):
        if isinstance(cmd, C.SetTaxPolicy) and cmd.policy != current:
            tip = {"low": "Less gold, calmer subjects.", "high": "More gold, angrier subjects.",
                   "normal": "The customary burden."}.get(cmd.policy, "")
            out.append(Order(TAX_WORDS.get(cmd.policy, cmd.policy), tip, cmd))
    return out


def move_command(game: Any, side: str, army_id: str, region: str):
    return C.MoveArmy(side=side, army=army_id, to=region)
