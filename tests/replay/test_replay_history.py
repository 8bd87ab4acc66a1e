"""The full historical replay of the 740 scenario: it reaches the end of 743, history's checkpoints hold, and
the battles, deaths and events the sources record come out of the engine where and when they should."""

from __future__ import annotations

import pytest

NAMED_BATTLES = {
    "storming_of_tangier": ("740-02", "tangier", "berber"),
    "overrunning_of_the_sous": ("740-02", "sous", "berber"),
    "skirmish_outside_tangier": ("740-07", "tangier", "umayyad"),
    "battle_of_the_nobles": ("740-10", "tangier", "berber"),
    "battle_of_bagdoura": ("741-10", "sebou_fez", "berber"),
    "battle_near_gafsa": ("741-12", "gafsa", "umayyad"),
    "battle_of_medina_sidonia": ("742-03", "medina_sidonia", "umayyad"),
    "battle_outside_cordoba": ("742-04", "cordoba", "umayyad"),
    "relief_of_toledo": ("742-05", "toledo", "umayyad"),
    "hanzala_repels_uqasha": ("742-05", "gafsa", "umayyad"),
    "battle_of_aqua_portora": ("742-08", "cordoba", "umayyad"),
    "battle_of_tubna": ("742-09", "zab_tobna", "berber"),
    "battle_of_baja": ("742-10", "baja", "berber"),
    "battle_of_al_qarn": ("742-11", "gafsa", "umayyad"),
    "battle_of_al_asnam": ("742-12", "kairouan", "umayyad"),
}

NAMED_EVENTS = {
    "sicilian_expedition", "fall_of_tangier", "sweep_to_the_sous", "kairouan_sends_the_nobles", "maysara_deposed",
    "battle_of_the_nobles", "tlemcen_uprising", "habib_returns_too_late", "hishams_vow", "coup_in_al_andalus",
    "syrian_expedition", "syrians_in_kairouan", "junction_near_tlemcen", "disaster_at_bagdoura",
    "andalusian_berber_revolt", "asturian_advance", "uqasha_rises", "hanzala_ordered_west", "siege_of_ceuta",
    "khalid_vanishes", "syrian_crossing", "hanzala_reaches_kairouan", "abd_al_wahid_marches", "high_plains_rise",
    "thabit_takes_the_field", "tunis_evacuated", "kairouan_in_arms", "uqasha_taken", "kairouan_saved",
    "uqasha_executed", "emirate_of_tlemcen", "balj_seizes_power", "aqua_portora_aftermath",
    "abu_al_khattar_arrives", "jund_settlements", "successor_states",
}


def _battle(result, battle_id):
    found = [(date, b) for date, b in result.battles() if b.id == battle_id]
    assert found, f"battle {battle_id} did not happen in the replay"
    return found[0]


def test_replay_runs_every_month_to_the_end_of_743(result, scenario):
    dates = [t.date for t in result.turns]
    assert dates[0] == scenario.metadata.start == "740-01"
    assert dates[-1] == scenario.metadata.end == "743-12"
    assert len(dates) == 48


def test_replay_all_checkpoints_pass(result, scenario):
    expected = sum(1 for m in scenario.timeline if m.checkpoint is not None)
    assert expected >= 10
    checked_months = {c.month for c in result.checks}
    assert len(checked_months) == expected
    assert result.failed == [], "\n".join(str(c) for c in result.failed)
    assert len(result.passed) == len(result.checks)


def test_replay_every_historical_order_is_accepted(result):
    assert result.divergences == [], "\n".join(str(d) for d in result.divergences)


@pytest.mark.parametrize("battle_id", sorted(NAMED_BATTLES))
def test_replay_named_battle_happens_where_and_when_history_says(result, battle_id):
    month, region, winner = NAMED_BATTLES[battle_id]
    date, battle = _battle(result, battle_id)
    assert (date, battle.region, battle.winner) == (month, region, winner)
    assert battle.losses and all(men >= 0 for men in battle.losses.values())


def test_replay_every_named_event_fires(result, scenario):
    fired = {e.id for t in result.turns for e in t.events}
    assert fired >= NAMED_EVENTS, sorted(NAMED_EVENTS - fired)
    assert {e.id for e in scenario.events} == fired  # no dead event in the scenario


@pytest.mark.parametrize(
    "battle_id, leaders",
    [
        ("battle_of_the_nobles", {"khalid_ibn_abi_habib"}),
        ("battle_of_bagdoura", {"kulthum", "habib"}),
        ("battle_of_aqua_portora", {"balj"}),
        ("battle_of_tubna", {"abd_al_rahman_ibn_oqba"}),
        ("battle_of_baja", {"thabit_ibn_khaytham"}),
        ("battle_of_al_asnam", {"abd_al_wahid"}),
        ("storming_of_tangier", {"omar_al_moradi"}),
    ],
)
def test_replay_leaders_die_in_their_battles(result, battle_id, leaders):
    _date, battle = _battle(result, battle_id)
    assert leaders <= set(battle.leaders_killed)


def test_replay_successors_take_over(replay, result):
    before_bagdoura = replay.game_at("741-10").state
    after_bagdoura = replay.game_at("741-11").state
    assert before_bagdoura.armies["syrian_army"].leader == "kulthum"
    assert after_bagdoura.armies["syrian_army"].leader == "balj"
    assert replay.game_at("742-09").state.armies["syrian_army"].leader == "thalaba"


def test_replay_final_control_matches_history(result):
    control = result.turns[-1].control
    assert control["tangier"] == "berber"
    assert control["tlemcen"] == "berber"
    assert control["kairouan"] == "umayyad"
    assert control["cordoba"] == "umayyad"
    assert control["galicia"] == "asturias"


def test_replay_control_lists_every_land_region_and_no_offmap_node(result, scenario):
    land = {r.id for r in scenario.regions if not r.offmap}
    for turn in result.turns:
        assert set(turn.control) == land


def test_replay_syrians_cross_by_the_historical_choice(result):
    notes = result.turn("742-03").notes
    assert any("let_them_cross" in n for n in notes)


def test_replay_is_deterministic(scenario, result):
    from game.replay import Replay

    again = Replay(scenario).run()
    assert [t.hash for t in again.turns] == [t.hash for t in result.turns]


def test_replay_ends_as_the_scenario_says_history_ended(replay, result, scenario):
    final = replay.game_at("743-12")
    final.end_turn()  # the last month, resolved again from its snapshot
    outcome = final.outcome()
    assert outcome.final
    assert (outcome.winner, outcome.level) == ("umayyad", "marginal")
    assert "marginal Umayyad win" in scenario.victory.historical_result
    assert outcome.history_match == 100
