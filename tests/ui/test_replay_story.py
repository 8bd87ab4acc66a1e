"""The chronicle of a month: narration with its source, battle reports, events, then plain facts."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from game.engine.events import (
    BattleFought,
    CityFell,
    EventFired,
    LeaderKilled,
    RevenueCollected,
)
from game.scenario.loader import load_scenario_id
from game.ui.play_text import about_men
from game.ui.replay_layers import region_names
from game.ui.replay_playback import Playback
from game.ui.replay_source import BattleReport, MonthStory
from game.ui.replay_story import describe, story_blocks


@pytest.fixture(scope="module")
def scenario():
    return load_scenario_id("berber_revolt_740")


def test_story_tells_narration_source_battle_and_facts_in_order(scenario):
    names = region_names(scenario)
    leader = scenario.leaders[0]
    event_def = next(e for e in scenario.events if e.source)
    story = MonthStory(
        "741-10", "The two armies meet on the Sebou.", "Syrian expedition",
        events=[
            BattleFought("tangier", "berber", "umayyad", {"berber": 100, "umayyad": 900}, ["a", "b"]),
            EventFired(event_def.id, event_def.title, "The chronicle says so."),
            CityFell("tangier", "berber", "umayyad", "assault"),
            LeaderKilled(leader.id, "battle"),
            RevenueCollected("umayyad", 100, 40, 500),
        ],
        battles=[BattleReport("tangier", "The Battle of Tangier", "berber", {"berber": 100, "umayyad": 900},
                              (leader.id,), "Ibn Abd al-Hakam")],
    )
    blocks = story_blocks(story, scenario, names)
    kinds = [b.kind for b in blocks]
    texts = [b.text for b in blocks]
    assert texts[0] == "October 741" and kinds[0] == "heading"
    assert texts[1] == "The two armies meet on the Sebou." and texts[2] == "Source: Syrian expedition"
    assert "The Battle of Tangier" in texts
    battle_text = texts[texts.index("The Battle of Tangier") + 1]
    assert "Berber rebels" in battle_text and "900" in battle_text and names[leader.id] in battle_text
    assert event_def.title in texts and f"Source: {event_def.source}" in texts
    facts = [t for k, t in zip(kinds, texts) if k == "fact"]
    assert facts == [f"• {names['tangier']} fell to the Berber rebels by assault.",
                     f"• {names[leader.id]} fell in battle."]  # revenue is bookkeeping: not told


def test_battle_tolls_are_told_in_round_figures(scenario):
    report = BattleReport("tangier", "The Battle of Tangier", "berber", {"berber": 14999, "umayyad": 44012}, (), "")
    blocks = story_blocks(MonthStory("741-10", battles=[report]), scenario, region_names(scenario))
    battle_text = blocks[[b.text for b in blocks].index("The Battle of Tangier") + 1].text
    assert "lost about 15,000 men" in battle_text and "lost about 44,000 men" in battle_text
    assert "14,999" not in battle_text


@pytest.mark.parametrize(("exact", "told"), [(57, "57"), (140, "140"), (1234, "1,200"), (14999, "15,000"),
                                              (9950, "10,000"), (44000, "44,000")])
def test_about_men_keeps_two_significant_figures(exact, told):
    assert about_men(exact) == told


def test_a_quiet_month_says_so(scenario):
    blocks = story_blocks(MonthStory("740-03"), scenario, {})
    assert blocks[-1].text.startswith("A quiet month")


def test_bookkeeping_events_are_not_told():
    assert describe(RevenueCollected("berber", 1, 1, 1), {}) == ""


@given(st.lists(st.sampled_from(["toggle", "forward", "back", "first", "last", "faster", "slower", "tick",
                                 "seek"]), max_size=60), st.integers(1, 50))
def test_playback_stays_within_the_replay_whatever_the_player_does(actions, months):
    clock = Playback(months)
    for n, action in enumerate(actions):
        if action == "tick":
            clock.update(0.4)
        elif action == "seek":
            clock.seek(n * 7 - 20)
        elif action in ("faster", "slower"):
            clock.change_speed(1 if action == "faster" else -1)
        else:
            getattr(clock, action)()
        assert 0 <= clock.index < months
        assert 0 <= clock.clock <= clock.period + 1e-9
        assert 0 <= clock.t <= 1 and 0 <= clock.position <= months - 1
        assert clock.speed in Playback.SPEEDS
