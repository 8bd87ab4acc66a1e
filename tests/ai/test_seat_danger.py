"""The fitted danger to Kairouan reads the right way round, and the search's evaluation uses it only for the
side whose seat it is, in the last months of the war."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from benchmarks.fit_seat_danger import fit, margin_walk
from game.ai import evaluation
from game.ai.evaluation import SEAT_WEIGHT, WIN, evaluate
from game.ai.seat_danger import FEATURES, HORIZON, WEIGHTS, fall_chance, features
from game.ai.situation import ArmyInfo, situation_for
from game.engine import Game


@pytest.fixture()
def late_sit(scenario):
    """The Umayyads' view of a fresh game, moved to six months before the end."""
    sit = situation_for(Game.new(scenario, 3), "umayyad")
    return dataclasses.replace(sit, months_left=6, armies=dict(sit.armies), regions=dict(sit.regions),
                               _index=None, _rows={}, _points={})


def _with_host(sit, men: int, where: str = "kairouan"):
    host = ArmyInfo("host", "berber", where, light=men, morale=80)
    return dataclasses.replace(sit, armies={**sit.armies, "host": host}, _index=None)


def test_the_weights_match_the_features(late_sit):
    assert len(WEIGHTS) == len(FEATURES) == len(features(late_sit, "kairouan"))


def test_a_siege_of_kairouan_raises_the_danger(late_sit):
    calm = fall_chance(late_sit, "kairouan")
    besieged = dataclasses.replace(late_sit.regions["kairouan"], siege_by="berber", siege_months=4)
    under_siege = dataclasses.replace(late_sit, regions={**late_sit.regions, "kairouan": besieged})
    assert 0.0 < calm < fall_chance(under_siege, "kairouan") < 1.0


def test_a_host_next_to_kairouan_raises_the_danger(late_sit):
    assert fall_chance(_with_host(late_sit, 60_000, "tebessa_kef"), "kairouan") > fall_chance(late_sit, "kairouan")


def test_a_disheartened_army_at_home_raises_the_danger(late_sit):
    sit = _with_host(late_sit, 30_000, "tebessa_kef")
    mine = [a for a in sit.mine() if sit.dist("kairouan", a.region) <= 2]
    assert mine, "the 740 start has Umayyad armies near Kairouan"
    low = {a.id: dataclasses.replace(a, morale=20) for a in mine}
    downcast = dataclasses.replace(sit, armies={**sit.armies, **low}, _index=None)
    assert fall_chance(downcast, "kairouan") > fall_chance(sit, "kairouan")


def test_a_lost_seat_is_lost(late_sit):
    fallen = dataclasses.replace(late_sit.regions["kairouan"], owner="berber")
    assert fall_chance(dataclasses.replace(late_sit, regions={**late_sit.regions, "kairouan": fallen}),
                       "kairouan") == 1.0


def test_the_fit_recovers_known_weights():
    rng = np.random.default_rng(1)
    x = np.column_stack([np.ones(20_000), rng.normal(size=20_000), rng.normal(size=20_000)])
    truth = np.array([-0.5, 1.5, -2.0])
    y = (rng.random(20_000) < 1 / (1 + np.exp(-x @ truth))).astype(float)
    assert np.allclose(fit(x, y), truth, atol=0.1)


def test_the_margin_walk_recovers_a_known_drift_and_spread():
    rng = np.random.default_rng(2)
    months = rng.integers(1, 13, size=20_000)
    walks = -0.8 * months + 5.0 * np.sqrt(months) * rng.normal(size=20_000)
    held = [[([1.0], False, float(w), int(m)) for w, m in zip(walks, months)]]
    lost = [[([1.0], True, 500.0, 1)]]  # a seat that fell says nothing of the walk on points
    drift, spread = margin_walk(held + lost)
    assert drift == pytest.approx(-0.8, abs=0.05)
    assert spread == pytest.approx(5.0, abs=0.1)


def _besiege_kairouan(game):
    clone = game.clone()
    clone.state.regions["kairouan"].siege_by = "berber"
    clone.state.regions["kairouan"].siege_months = 5
    return clone


def _late_game(scenario, months_left: int = HORIZON // 2):
    game = Game.new(scenario, 4)
    while situation_for(game, "umayyad").months_left > months_left:
        game.end_turn()
    return game


def test_in_the_last_months_the_evaluation_prices_kairouan_by_the_model_for_its_owner_alone(scenario, monkeypatch):
    game = _late_game(scenario)
    besieged = _besiege_kairouan(game)
    before, after = (fall_chance(situation_for(g, "umayyad"), "kairouan") for g in (game, besieged))
    assert after > before
    outcome = game.outcome().scores
    monkeypatch.setattr(evaluation, "fall_chance", lambda sit, seat: 0.0)
    on_points = evaluation._expected_result(situation_for(game, "umayyad"), outcome["umayyad"] - outcome["berber"],
                                            ["kairouan"])
    monkeypatch.undo()
    # result = safe x (win - loss on points) - fallen = safe x (1 + on_points) - 1, so a siege costs this much:
    umayyad_drop = evaluate(game, "umayyad") - evaluate(besieged, "umayyad")
    assert umayyad_drop == pytest.approx(WIN * (after - before) * (1 + on_points) + SEAT_WEIGHT)
    # the Berbers' side of the same siege keeps the rules' floor, capped at half the war
    months_left = situation_for(game, "berber").months_left
    berber_gain = evaluate(besieged, "berber") - evaluate(game, "berber")
    assert berber_gain == pytest.approx(WIN * min(0.5, 1 - 0.95 ** months_left))


def test_a_points_margin_near_the_bar_counts_most_in_the_last_month(scenario, monkeypatch):
    monkeypatch.setattr(evaluation, "fall_chance", lambda sit, seat: 0.0)
    bar = scenario.victory.marginal_margin

    def swing(months_left: int) -> float:
        sit = situation_for(_late_game(scenario, months_left), "umayyad")
        at_bar, below_bar = (evaluation._expected_result(sit, m, ["kairouan"]) for m in (bar, bar - 2))
        return at_bar - below_bar

    assert swing(0) > 2 * swing(HORIZON) > 0
    sit = situation_for(_late_game(scenario, 0), "umayyad")
    assert evaluation._expected_result(sit, 80, ["kairouan"]) == pytest.approx(1.0)
    assert evaluation._expected_result(sit, -80, ["kairouan"]) == pytest.approx(-1.0)
    assert evaluation._expected_result(sit, 0, ["kairouan"]) == pytest.approx(0.0)
