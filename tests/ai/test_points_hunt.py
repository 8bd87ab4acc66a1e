"""The Umayyad hunt for points in the war's last months (`strategy_umayyad.chasing`): the score board read
from the view, every large army campaigning while the walls hold, campaign targets kept by their own army,
and a crossing to an empty town across the Strait."""

from __future__ import annotations

from game.ai import strategy_umayyad
from game.ai.military import Objective, Planner
from game.ai.normal import TEMPER
from game.ai.situation import ArmyInfo, situation_for
from game.engine import Embark, Game, MoveArmy

from .crafted import army, build


def _hunting(sit, on: bool = True):
    """Put `sit` in the war's last months, its margin short of a safe win (or safely over it)."""
    bar = sit.tables.victory.marginal_margin
    sit.months_left = strategy_umayyad.CHASE_MONTHS - 1
    sit.margin = bar + strategy_umayyad.CHASE_BUFFER - (1 if on else 0)
    return sit


def test_the_hunt_is_for_the_last_months_of_a_war_short_of_a_safe_win(scenario):
    sit = _hunting(situation_for(Game.new(scenario, 1), "umayyad"))
    assert strategy_umayyad.chasing(sit)
    assert not strategy_umayyad.chasing(_hunting(sit, on=False))  # a safe lead keeps the usual plan
    _hunting(sit).months_left = strategy_umayyad.CHASE_MONTHS
    assert not strategy_umayyad.chasing(sit)  # too early


def test_the_margin_is_the_score_board(scenario):
    game = Game.new(scenario, 1)
    scores = game.outcome().scores
    assert situation_for(game, "umayyad").margin == scores["umayyad"] - scores["berber"] != 0
    assert situation_for(game, "berber").margin == -situation_for(game, "umayyad").margin


def _andalus_free_and_tangier_empty(scenario):
    """The Córdoba army at Algeciras, no Berber army on the map, Tangier Berber-held with no garrison."""
    doc = scenario.model_dump()
    doc["armies"] = [a for a in doc["armies"] if a["side"] != "berber"]
    for entry in doc["armies"]:
        if entry["id"] == "cordoba_army":
            entry.update(region="algeciras", infantry=12000)
    for entry in doc["regions"]:
        if entry["id"] == "tangier":
            entry.update(owner="berber", garrison=0)
    return Game.new(type(scenario).model_validate(doc), 1)


def _crossings(game, sit):
    objectives = strategy_umayyad.objectives(sit)
    planner = Planner(game, sit, TEMPER["umayyad"])
    return [o.command for o in planner.sea_options(sit.armies["cordoba_army"], objectives)
            if isinstance(o.command, Embark)]


def test_in_the_hunt_the_cordoba_army_sails_for_an_empty_tangier(scenario):
    game = _andalus_free_and_tangier_empty(scenario)
    sit = _hunting(situation_for(game, "umayyad"))
    [tangier] = [o for o in strategy_umayyad.objectives(sit) if o.region == "tangier" and o.army == ""]
    assert tangier.sail and tangier.kind == "take"
    assert [c.link for c in _crossings(game, sit)] == ["strait_tangier"]
    assert _crossings(game, _hunting(situation_for(game, "umayyad"), on=False)) == []  # no hunt: no crossing


def test_a_band_near_the_empty_town_makes_it_no_prize(scenario):
    sit = _hunting(situation_for(_andalus_free_and_tangier_empty(scenario), "umayyad"))
    assert strategy_umayyad.free_prize(sit, "tangier")
    sit.armies["band"] = ArmyInfo("band", "berber", "ceuta", light=strategy_umayyad.PRIZE_MEN)
    sit._index = None
    assert not strategy_umayyad.free_prize(sit, "tangier")


def test_in_the_hunt_every_large_army_campaigns_even_outnumbered(scenario):
    sit = situation_for(Game.new(scenario, 1), "umayyad")
    for aid in [a.id for a in sit.armies.values() if a.side != "umayyad"]:
        del sit.armies[aid]
    sit.armies["host"] = ArmyInfo("host", "berber", "sous", light=200000)  # far from every seat, but huge
    sit.armies["cordoba_army"].infantry = 20000
    sit.armies["kairouan_guard"].infantry = 20000
    for region in ("tangier", "ceuta", "zab_tobna"):
        sit.regions[region].owner = "berber"
        sit.regions[region].garrison = 0
    sit._index = None
    assert strategy_umayyad.campaigns(_hunting(sit, on=False)) == []  # outnumbered: no campaign
    hunt = strategy_umayyad.campaigns(_hunting(sit))
    large = [a.id for a in sit.mine() if a.men >= strategy_umayyad.CAMPAIGN_MEN and not a.id.startswith("guard")]
    assert len(hunt) >= 2 and {a.id for a, _ in hunt} <= set(large)
    assert len({target for _, target in hunt}) == len(hunt)  # a different town for each


def test_an_objective_bound_to_one_army_is_left_to_it():
    def two_columns(data):
        data["armies"] = [army("a", "umayyad", "north", infantry=5000),
                          army("b", "umayyad", "south", infantry=5000)]

    game = Game.new(build(two_columns), seed=1)
    sit = situation_for(game, "umayyad")
    objectives = [Objective("west", 50.0, "take", army="a")]

    def marches(army_id):
        planner = Planner(game, sit, TEMPER["umayyad"])
        return [o.command for o in planner.options(sit.armies[army_id], objectives)
                if isinstance(o.command, MoveArmy)]

    assert marches("a") and all(c.army == "a" for c in marches("a"))
    assert marches("b") == []
