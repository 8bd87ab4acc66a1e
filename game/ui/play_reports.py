"""The texts of the play screen's dialogs: battle reports, scenario events with their choices, the help
overlay. Pure formatting into pygame_gui's HTML subset; the screen opens the dialogs.
"""

from __future__ import annotations

from typing import Any

from game.ui.play_text import SIDE_NOUN, SIDE_TITLE, Names, men
from game.ui.widgets.buttons import escape

SIDE_HEX = {"umayyad": "#6fa8dc", "berber": "#f0a050", "asturias": "#c090e0", "neutral": "#c8c0a8"}

SHORTCUTS = [
    ("Left click", "select an army (again: the next in its stack) or a region"),
    ("Right click", "march the selected army there (an enemy region: attack)"),
    ("Drag, arrows, WASD", "pan the map"),
    ("Wheel, + / -", "zoom"),
    ("Tab", "next army of yours"),
    ("M", "choose where the selected army marches"),
    ("Enter", "end your orders for the month"),
    ("Ctrl+Z", "undo your last order this month"),
    ("Ctrl+S / Ctrl+L", "save / load a game"),
    ("Space", "pause or resume (watching the AI)"),
    ("Escape", "cancel, deselect, then the game menu"),
    ("F1 or ?", "this help"),
]


def battle_report(event: Any, before: Any, names: Names, killed: list[str]) -> tuple[str, str, str]:
    """(title, subtitle, html) for a BattleFought event; `before` is the state before the month."""
    title = f"Battle at {names.place(event.region)}"
    winner = SIDE_NOUN.get(event.winner, event.winner)
    subtitle = f"The {winner} carry the field" + (" — the enemy is routed" if event.routed else "")
    parts = []
    for side in (event.winner, event.loser):
        armies = [before.armies[a] for a in event.armies if a in before.armies and before.armies[a].side == side]
        total = sum(a.cavalry + a.infantry + a.light for a in armies)
        cav = sum(a.cavalry for a in armies)
        inf = sum(a.infantry for a in armies)
        light = sum(a.light for a in armies)
        leaders = ", ".join(names.leader(a.leader) for a in armies if a.leader) or "no named leader"
        colour = SIDE_HEX.get(side, "#e0d0b0")
        verdict = "victorious" if side == event.winner else "defeated"
        parts.append(
            f"<font color='{colour}'><b>{escape(SIDE_TITLE.get(side, side))}</b></font> — {verdict}<br>"
            f"{men(total)} men ({men(cav)} cavalry, {men(inf)} infantry, {men(light)} light) under "
            f"{escape(leaders)}<br>Losses: <b>{men(event.losses.get(side, 0))}</b>")
    html = "<br><br>".join(parts)
    if killed:
        html += "<br><br><font color='#e08060'>Fallen: " + escape(", ".join(names.leader(k) for k in killed))
        html += "</font>"
    if event.pinned:
        html += "<br><br><i>This battle was decided as history records it.</i>"
    return title, subtitle, html


def event_text(event_def: Any, narration: str) -> str:
    text = escape(narration or getattr(event_def, "narration", "") or "")
    source = getattr(event_def, "source", "")
    if source:
        text += f"<br><br><i><font color='#b0a080'>{escape(source)}</font></i>"
    return text


def help_text() -> str:
    rows = [f"<b>{escape(k)}</b> — {escape(v)}" for k, v in SHORTCUTS]
    return "<br>".join(rows) + (
        "<br><br><i>Both sides give their orders for the month; marches, sieges and battles are resolved "
        "together when the month ends. Recruiting, taxes, garrisons and splitting act at once and can be "
        "undone until then.</i>")
