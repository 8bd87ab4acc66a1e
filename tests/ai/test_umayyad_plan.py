"""The Umayyad plan of `normal`: a home guard in the seat whose fall ends the war, walls trusted in a quiet
war, the field army recalled when the war is not quiet, and a campaign that crosses the Strait."""

from __future__ import annotations

from game.ai import make_player, strategy_umayyad
from game.ai.situation import ArmyInfo, situation_for
from game.engine import Game

from .crafted import build


def _lone_seat(data):
    """`east` (great walls, a full garrison) is a seat whose fall alone loses the Umayyads the war."""
    data["regions"][2].update(fortress=3, garrison=6000)
    data["victory"]["sudden_death"] = [{"id": "east_falls", "side": "berber", "level": "decisive",
                                        "trigger": {"kind": "owner", "region": "east", "side": "berber"}}]


def _field_army_in_seat(data):
    _lone_seat(data)
    data["regions"][2].update(garrison=20000)  # walls fully manned: no man of the army goes onto them
    data["armies"] = [{"id": "field", "name": "Field", "side": "umayyad", "region": "east",
                       "infantry": 9000, "cavalry": 2000}]


def test_a_home_guard_is_split_off_in_the_lone_seat_and_stays_there():
    game = Game.new(build(_field_army_in_seat), seed=1)
    player = make_player("normal", "umayyad", 1)
    player.play_turn(game, "umayyad")
    armies = game.view_for("umayyad").armies
    guard = armies["guard_east"]
    assert guard.region == "east" and guard.men == strategy_umayyad.GUARD_MEN
    assert armies["field"].men == 11000 - strategy_umayyad.GUARD_MEN  # foot first, the horse stays in the field
    assert guard.cavalry == 0
    assert "guard_east" not in game.view_for("umayyad").plans  # it holds
    game.end_turn()
    player.play_turn(game, "umayyad")
    assert "guard_east" in game.view_for("umayyad").armies  # never merged back into a field army


def test_no_guard_without_a_seat_whose_fall_ends_the_war():
    def no_sudden_death(data):
        _field_army_in_seat(data)
        data["victory"]["sudden_death"] = []

    game = Game.new(build(no_sudden_death), seed=1)
    make_player("normal", "umayyad", 1).play_turn(game, "umayyad")
    assert "guard_east" not in game.view_for("umayyad").armies


def _with_band(men):
    def change(data):
        _lone_seat(data)
        data["armies"] = [
            {"id": "field", "name": "Field", "side": "umayyad", "region": "north", "infantry": 12000},
            {"id": "band", "name": "Band", "side": "berber", "region": "west", "light": men},
        ]
    return change


def _defends(sit, region):
    return [o for o in strategy_umayyad.objectives(sit) if o.kind == "defend" and o.region == region]


def test_a_quiet_war_trusts_walls_that_hold_and_a_busy_one_calls_the_army_home():
    quiet = situation_for(Game.new(build(_with_band(2000)), seed=1), "umayyad")
    assert strategy_umayyad.quiet(quiet)
    assert _defends(quiet, "east") == []  # 6,000 behind great walls beat a band of 2,000: the army is free
    busy = situation_for(Game.new(build(_with_band(9000)), seed=1), "umayyad")
    assert not strategy_umayyad.quiet(busy)  # 12,000 against 9,000 is no quiet war
    assert _defends(busy, "east")  # the same walls, but the army keeps the seat in its plans


def test_the_lone_seat_recalls_the_army_when_the_war_is_not_quiet_even_with_no_host_near(scenario):
    sit = situation_for(Game.new(scenario, 1), "umayyad")
    far = "sous"  # far from Kairouan (more than three steps)
    assert sit.dist(far, "kairouan") > 3
    for aid in [a.id for a in sit.armies.values() if a.side == "berber"]:
        del sit.armies[aid]
    sit.armies["host"] = ArmyInfo("host", "berber", far, light=60000)
    sit._index = None
    assert not strategy_umayyad.quiet(sit)
    assert _defends(sit, "kairouan")
    sit.armies["host"] = ArmyInfo("host", "berber", far, light=600)
    sit._index = None
    assert strategy_umayyad.quiet(sit) and not _defends(sit, "kairouan")


def test_the_cordoba_army_campaigns_across_the_strait(scenario):
    """In a quiet al-Andalus the largest army, at Córdoba, marches on the Berber-held Tangier: by the sea
    (the Umayyads own the ships) it lies within the campaign range of Córdoba, by land it would not."""
    sit = situation_for(Game.new(scenario, 1), "umayyad")
    for aid in [a.id for a in sit.armies.values() if a.side in ("berber", "asturias")]:
        del sit.armies[aid]
    sit.armies["cordoba_army"].infantry = 20000
    for region in ("tangier", "ceuta", "sebou_fez"):
        sit.regions[region].owner = "berber"
    sit._index = None
    assert sit.months("cordoba", "tangier") <= strategy_umayyad.CAMPAIGN_RANGE < sit.dist("cordoba", "tangier")
    [(army, target)] = strategy_umayyad.campaigns(sit)
    assert army.id == "cordoba_army" and target == "tangier"
    sit.regions["cordoba"].owner = "berber"  # its own seat lost: no campaign
    assert strategy_umayyad.campaigns(sit) == []


def test_submit_survives_an_engine_that_refuses_what_its_check_allowed():
    from game.ai.player import submit
    from game.engine import MoveArmy, Rejected
    from game.engine.commands import Rejection

    class Refusing:
        def check(self, cmd):
            return None

        def submit(self, cmd):
            raise Rejected(Rejection("blocked", "The road is blocked."))

    assert submit(Refusing(), MoveArmy("umayyad", "field", "east")) is False
