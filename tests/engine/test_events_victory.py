"""Scenario events (triggers, effects, choices) and victory."""

from __future__ import annotations

from types import SimpleNamespace as NS

import pytest

from game.engine import ChooseOption
from game.engine.effects import EFFECTS, apply_effects
from game.engine.rules.victory import history_match, judge, scores
from game.engine.triggers import TRIGGERS, holds


def test_every_trigger_kind_of_the_format_is_implemented() -> None:
    from game.scenario import models

    kinds = {cls.model_fields["kind"].annotation.__args__[0] for cls in
             (models.DateTrigger, models.OwnerTrigger, models.LeaderDeadTrigger, models.BattleWonTrigger,
              models.FlagTrigger, models.ArmyExistsTrigger, models.AllTrigger, models.AnyTrigger, models.NotTrigger)}
    assert kinds == set(TRIGGERS)


def test_every_effect_kind_of_the_format_is_implemented() -> None:
    from game.scenario import models

    union = models.Effect.__origin__.__args__  # Annotated[Union[...], Field]
    kinds = {cls.model_fields["kind"].annotation.__args__[0] for cls in union}
    assert kinds == set(EFFECTS)


def test_triggers_read_the_state(tiny_game) -> None:
    state, tables = tiny_game.state, tiny_game.tables
    date = NS(kind="date", month="740-02")
    assert not holds(date, state, tables)
    state.month = 1
    assert holds(date, state, tables)
    owner = NS(kind="owner", region="ghomara", side="berber")
    dead = NS(kind="leader_dead", leader="kulthum")
    assert holds(owner, state, tables) and not holds(dead, state, tables)
    assert holds(NS(kind="not", of=dead), state, tables)
    assert holds(NS(kind="any", of=[dead, owner]), state, tables)
    assert not holds(NS(kind="all", of=[dead, owner]), state, tables)
    assert holds(NS(kind="army_exists", army="syrians", value=True), state, tables)
    assert not holds(NS(kind="flag", flag="x", value=True), state, tables)
    assert holds(NS(kind="flag", flag="x", value=False), state, tables)
    assert not holds(NS(kind="battle_won", side="berber", region=None), state, tables)
    state.battles.append([0, "berber", "sebou"])
    assert holds(NS(kind="battle_won", side="berber", region="sebou"), state, tables)
    assert not holds(NS(kind="battle_won", side="berber", region="tangier"), state, tables)


def test_effects_change_the_state_and_record_men(tiny_game) -> None:
    state, tables = tiny_game.state, tiny_game.tables
    army = NS(id="rebels", name="Rebels", side="berber", faction=None, region="sebou", leader=None,
              cavalry=0, infantry=0, light=700, morale=60)
    events = apply_effects([NS(kind="spawn_army", army=army),
                            NS(kind="add_men", army="rebels", cavalry=100, infantry=0, light=-200),
                            NS(kind="set_owner", region="sebou", side="berber", garrison=50),
                            NS(kind="kill_leader", leader="kulthum", cause="executed"),
                            NS(kind="set_flag", flag="omen", value=True),
                            NS(kind="add_treasury", side="berber", amount=-1000)], state, tables)
    assert state.armies["rebels"].men == 600
    assert sum(getattr(e, "men_change", 0) for e in events) == 650
    assert state.regions["sebou"].owner == "berber" and state.regions["sebou"].garrison == 50
    assert state.leaders["kulthum"].cause == "executed" and state.armies["syrians"].leader == "balj"
    assert state.flags["omen"] and state.sides["berber"].treasury == 0


def test_successor_chain_skips_the_dead(tiny_game) -> None:
    state, tables = tiny_game.state, tiny_game.tables
    apply_effects([NS(kind="kill_leader", leader="balj", cause="died"),
                   NS(kind="kill_leader", leader="kulthum", cause="battle")], state, tables)
    assert state.armies["syrians"].leader == "thalaba" and state.leaders["thalaba"].status == "active"


def test_events_fire_once_and_historical_only_events_wait_for_history(tiny_game, make_game) -> None:
    tiny_game.state.regions["tangier"].owner = "berber"
    events = tiny_game.end_turn()
    fired = [e.event for e in events if e.kind == "EventFired"]
    assert "tangier_falls" in fired and "chronicle" not in fired
    assert tiny_game.state.flags["tangier_lost"]
    assert "tangier_falls" not in [e.event for e in tiny_game.end_turn() if e.kind == "EventFired"]
    history = make_game(historical=True)
    assert "chronicle" in [e.event for e in history.end_turn() if e.kind == "EventFired"]


def test_choice_waits_for_its_side_then_takes_the_ai_default(tiny_game) -> None:
    tiny_game.end_turn()  # 740-01
    events = tiny_game.end_turn()  # 740-02: the council fires
    council = next(e for e in events if e.kind == "EventFired" and e.event == "caliph_council")
    assert council.chooser == "umayyad" and council.choices == ["send_syrians", "negotiate"]
    assert tiny_game.state.pending == {"caliph_council": "umayyad"}
    assert tiny_game.check(ChooseOption("berber", "caliph_council", "negotiate")).code == "no_choice"
    events = tiny_game.end_turn()  # not chosen during 740-03: the default (highest ai_weight)
    made = next(e for e in events if e.kind == "ChoiceMade")
    assert made.choice == "negotiate" and made.by_default and not tiny_game.state.pending


def test_historical_mode_defaults_to_the_historical_choice(make_game) -> None:
    game = make_game(historical=True)
    for _ in range(3):
        events = game.end_turn()
    made = next(e for e in events if e.kind == "ChoiceMade")
    assert made.choice == "send_syrians"


def test_a_side_may_choose_at_once(tiny_game) -> None:
    tiny_game.end_turn()
    tiny_game.end_turn()
    treasury = tiny_game.state.sides["umayyad"].treasury
    tiny_game.submit(ChooseOption("umayyad", "caliph_council", "send_syrians"))
    assert tiny_game.state.sides["umayyad"].treasury == treasury + 100 and not tiny_game.state.pending


def test_sudden_death_ends_the_war(tiny_game) -> None:
    tiny_game.state.regions["kairouan"].owner = "berber"
    events = tiny_game.end_turn()
    assert events[-1].kind == "GameEnded" or any(e.kind == "GameEnded" for e in events)
    outcome = tiny_game.outcome()
    assert tiny_game.is_over() and outcome.final and outcome.winner == "berber" and outcome.level == "decisive"
    assert tiny_game.end_turn() == []


def test_final_scores_by_key_regions_and_margins(tiny_game) -> None:
    state, tables = tiny_game.state, tiny_game.tables
    assert scores(state, tables) == {"umayyad": 30, "berber": 5}
    assert judge(state, tables) == ("umayyad", "decisive")
    state.regions["tangier"].owner = "berber"
    state.regions["sebou"].owner = "berber"  # 20 vs 25
    assert judge(state, tables) == ("", "draw")
    state.regions["kairouan"].owner = "neutral"  # 0 vs 25
    assert judge(state, tables) == ("berber", "decisive")


def test_the_war_ends_after_the_last_month(tiny_game) -> None:
    months = 0
    while not tiny_game.is_over():
        tiny_game.end_turn()
        months += 1
    assert months == 12 and tiny_game.turn == 12 and tiny_game.outcome().final


@pytest.mark.parametrize("owner, expected", [("umayyad", 100), ("berber", 0)])
def test_history_match_compares_with_the_default_end_state(tiny_game, owner, expected) -> None:
    tiny_game.state.regions["kairouan"].owner = owner  # the tiny map has no far-Maghreb area and no checkpoint
    assert history_match(tiny_game.state, tiny_game.tables) == expected


def test_remaining_effects(tiny_game) -> None:
    state, tables = tiny_game.state, tiny_game.tables
    events = apply_effects([
        NS(kind="move_army", army="syrians", region="tlemcen"),
        NS(kind="remove_army", army="ifriqiyans"),
        NS(kind="activate_leader", leader="thalaba", army="syrians"),
        NS(kind="depose_leader", leader="maysara"),
        NS(kind="add_unrest", regions=["sebou"], amount=100),
        NS(kind="add_fervour", regions=["sebou"], amount=-100),
        NS(kind="add_manpower", side="berber", amount=1000),
        NS(kind="set_tax_policy", side="umayyad", policy="high"),
        NS(kind="narrate", text="The junds march west."),
    ], state, tables)
    assert state.armies["syrians"].region == "tlemcen" and state.armies["syrians"].leader == "thalaba"
    assert "ifriqiyans" not in state.armies
    removed = next(e for e in events if e.kind == "ArmyDestroyed")
    assert removed.men_change == -3000
    assert state.leaders["maysara"].status == "deposed" and state.armies["berber_host"].leader == ""
    assert state.regions["sebou"].unrest == 100 and state.regions["sebou"].fervour == 0
    assert state.sides["berber"].manpower == 9000 and state.sides["umayyad"].tax_policy == "high"
    assert events[-1].kind == "Narrated" and events[-1].text == "The junds march west."
    apply_effects([NS(kind="assign_leader", leader="kulthum", army="berber_host")], state, tables)
    assert state.armies["berber_host"].leader == "kulthum"  # the format allows it; the scenario decides


def test_reinforcements_arrive_for_their_month(tiny_game) -> None:
    tiny_game.end_turn()
    assert "egyptians" not in tiny_game.state.armies
    events = tiny_game.end_turn()  # end of 740-02: the Egyptians are there for 740-03
    arrived = next(e for e in events if e.kind == "ReinforcementsArrived")
    assert arrived.army == "egyptians" and arrived.men_change == 4000 and tiny_game.month == "740-03"
    assert tiny_game.state.armies["egyptians"].region == "damascus"


def test_the_log_records_commands_events_and_month_hashes(tiny_game) -> None:
    from game.engine import SetTaxPolicy

    tiny_game.submit(SetTaxPolicy("umayyad", "high"))
    tiny_game.end_turn()
    assert [(e.month, e.side) for e in tiny_game.log.entries] == [(0, "umayyad")]
    assert tiny_game.log.month_hashes == [tiny_game.state_hash()]
    kinds = [e.kind for _m, e in tiny_game.log.events]
    assert kinds[0] == "TaxPolicySet" and "RevenueCollected" in kinds and kinds[-1] == "MonthBegan"
