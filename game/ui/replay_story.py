"""Turns one month of the replay into the narration panel's blocks: the chronicle's narration and its source,
the battles with their reports, then the month's events told in plain sentences.

Only the engine events a reader cares about are told; bookkeeping (revenue, sieges continuing) is left out.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from game.ui import theme
from game.ui.play_text import about_men
from game.ui.replay_narration import Block, month_title
from game.ui.replay_source import MonthStory

MAX_FACTS = 12


def story_blocks(story: MonthStory, scenario: Any, names: Mapping[str, str]) -> list[Block]:
    blocks = [Block("heading", month_title(story.month))]
    if story.narration:
        blocks.append(Block("body", story.narration))
        if story.source:
            blocks.append(Block("note", f"Source: {story.source}"))
    for battle in story.battles:
        blocks.append(Block("rule"))
        winner = theme.owner_style(battle.winner)
        blocks.append(Block("battle", battle.name))
        lines = [f"Victory for the {winner.name}."]
        losses = [f"{names.get(s, s)} lost about {about_men(m)} men" for s, m in sorted(battle.losses.items()) if m]
        if losses:
            lines.append("; ".join(losses) + ".")
        if battle.leaders_killed:
            lines.append("Fallen: " + ", ".join(names.get(lid, lid) for lid in battle.leaders_killed) + ".")
        blocks.append(Block("body", " ".join(lines)))
        if battle.source:
            blocks.append(Block("note", f"Source: {battle.source}"))
    blocks.extend(_event_blocks(story.events, scenario))
    facts = [fact for fact in (describe(e, names) for e in story.events) if fact]
    if facts:
        blocks.append(Block("rule"))
        blocks.extend(Block("fact", f"• {fact}") for fact in facts[:MAX_FACTS])
        if len(facts) > MAX_FACTS:
            blocks.append(Block("note", f"… and {len(facts) - MAX_FACTS} more."))
    if len(blocks) == 1:
        blocks.append(Block("note", "A quiet month: the chronicles record nothing."))
    return blocks


def ending_blocks(game: Any, scenario: Any) -> list[Block]:
    """When the last month has played out: how the war ended in the engine's terms, and in history's."""
    outcome = game.outcome()
    if outcome.winner:
        verdict = f"{outcome.level.capitalize()} victory for the {theme.owner_style(outcome.winner).name}."
    else:
        verdict = "Neither side prevailed."
    scores = " · ".join(f"{theme.owner_style(side).name} {points}" for side, points in sorted(outcome.scores.items()))
    blocks = [Block("heading", "The end of the war"), Block("body", f"{verdict} {scores}.")]
    if scenario.victory.historical_result:
        blocks.append(Block("note", scenario.victory.historical_result))
    return blocks + [Block("rule")]


def _event_blocks(events: list[Any], scenario: Any) -> list[Block]:
    sources = {e.id: e.source for e in scenario.events}
    blocks: list[Block] = []
    for event in events:
        kind = type(event).__name__
        if kind == "EventFired":
            blocks.append(Block("rule"))
            blocks.append(Block("event", event.title))
            if event.narration:
                blocks.append(Block("body", event.narration))
            if sources.get(event.event):
                blocks.append(Block("note", f"Source: {sources[event.event]}"))
        elif kind == "Narrated" and event.text:
            blocks.append(Block("body", event.text))
    return blocks


def describe(event: Any, names: Mapping[str, str]) -> str:
    """One plain sentence for a notable engine event, '' for bookkeeping."""
    kind = type(event).__name__

    def n(key: str) -> str:
        return names.get(key, key.replace("_", " "))

    def side(key: str) -> str:
        return theme.owner_style(key).name

    if kind == "CityFell":
        return f"{n(event.region)} fell to the {side(event.side)} by {event.how}."
    if kind == "RegionTaken":
        return f"The {side(event.side)} took {n(event.region)}."
    if kind == "RegionRevolted":
        return f"{n(event.region)} rose in revolt against the {side(event.previous)}."
    if kind == "LeaderKilled":
        after = f"; {n(event.successor)} took command" if event.successor else ""
        return f"{n(event.leader)} {_death(event.cause)}{after}."
    if kind == "LeaderDeposed":
        return f"{n(event.leader)} was deposed."
    if kind == "LeaderActivated":
        return f"{n(event.leader)} entered the war."
    if kind == "SiegeBegan":
        return f"The {side(event.side)} laid siege to {n(event.region)}."
    if kind == "ArmyDestroyed":
        how = {"battle": " in battle", "starvation": " by hunger", "attrition": " by hunger and desertion"}
        return f"An army was destroyed at {n(event.region)}{how.get(event.cause, '')}."
    if kind == "ReinforcementsArrived":
        return f"Reinforcements arrived in {n(event.region)}."
    if kind == "ArmyLanded":
        return f"An army landed in {n(event.region)}."
    if kind == "AsturiansAdvanced":
        return f"The Asturians pushed into {n(event.region)}."
    if kind == "GameEnded":
        return f"The war ended: {event.reason}"
    return ""


def _death(cause: str) -> str:
    return {"battle": "fell in battle", "executed": "was executed", "died": "died"}.get(cause, "was killed")
