"""The historical controller: orders go through the public API; refused ones become divergences."""

from __future__ import annotations

from game.ai.historical import HistoricalController, to_command
from game.engine.commands import Embark, MoveArmy, SplitArmy
from tests.replay.conftest import SCENARIO_PATH


def test_refused_order_is_a_divergence_not_a_crash(tmp_path):
    from game.replay import Replay
    from game.scenario import load_scenario

    text = SCENARIO_PATH.read_text(encoding="utf-8")
    order = ('      - {side: berber, command: move, army: miknasa_host, to: ghomara, '
             'note: "The Miknasa join Maysara in the Rif."}')
    assert text.count(order) == 1
    bad = text.replace(order, order + "\n      - {side: berber, command: move, army: miknasa_host, to: kairouan}")
    path = tmp_path / "berber_revolt_740.yaml"
    path.write_text(bad, encoding="utf-8")
    result = Replay(load_scenario(path)).run(until="740-01")
    [divergence] = result.divergences
    assert divergence.month == "740-01" and divergence.code == "out_of_reach"
    assert "kairouan" in str(divergence)


def test_orders_translate_to_engine_commands(scenario):
    from game.engine.game import Game

    game = Game.new(scenario, seed=1, historical=True)
    move = next(o for m in scenario.timeline for o in m.orders if o.command == "move")
    assert to_command(move, scenario, game) == MoveArmy(move.side, move.army, move.to)
    split = next(o for m in scenario.timeline for o in m.orders if o.command == "split" and o.leader)
    assert to_command(split, scenario, game) == SplitArmy(split.side, split.army, split.new_army, split.cavalry,
                                                          split.infantry, split.light, split.leader)


def test_embark_order_finds_the_sea_link_from_the_far_shore(scenario):
    from game.engine.game import Game
    from game.scenario import models as m

    game = Game.new(scenario, seed=1, historical=True)
    order = m.HistoricalOrder(side="umayyad", command="embark", army="kairouan_guard", to="sicily")
    assert to_command(order, scenario, game) == Embark("umayyad", "kairouan_guard", "sicily_sousse")


def test_controller_answers_pending_choice_with_the_historical_one(replay, scenario):
    game = replay.game_at("742-03")
    assert "syrian_crossing" in game.state.pending
    controller = HistoricalController(scenario)
    assert controller.play_month(game) == []
    assert "syrian_crossing" not in game.state.pending
    assert game.state.flags.get("syrians_in_andalus") is True
