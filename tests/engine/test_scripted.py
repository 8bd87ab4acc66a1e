"""A scripted campaign on the tiny map, through the public API only: Maysara takes the Sebou, besieges
Tangier until it falls, and the scenario's event answers; the Syrians march out meanwhile."""

from __future__ import annotations

from game.engine import Besiege, MoveArmy


def test_maysara_takes_the_sebou_then_starves_tangier(tiny_game) -> None:
    game = tiny_game
    game.submit(MoveArmy("berber", "berber_host", "sebou"))
    events = game.end_turn()
    assert any(e.kind == "RegionTaken" and e.region == "sebou" and e.side == "berber" for e in events)
    game.submit(MoveArmy("berber", "berber_host", "tangier"))
    game.end_turn()
    assert game.state.armies["berber_host"].region == "tangier"
    game.submit(Besiege("berber", "berber_host"))
    fired: list[str] = []
    while not game.is_over() and game.state.regions["tangier"].owner != "berber":
        fired += [e.event for e in game.end_turn() if e.kind == "EventFired"]
    assert game.state.regions["tangier"].owner == "berber"
    fired += [e.event for e in game.end_turn() if e.kind == "EventFired"]
    assert "tangier_falls" in fired and game.state.flags["tangier_lost"]
    fell = [e for _m, e in game.log.events if e.kind == "CityFell"]
    assert [(e.region, e.how) for e in fell] == [("tangier", "siege")]


def test_the_syrians_meet_the_berbers_in_the_open(tiny_game) -> None:
    game = tiny_game
    game.submit(MoveArmy("umayyad", "syrians", "tlemcen"))
    game.submit(MoveArmy("berber", "berber_host", "sebou"))
    game.end_turn()
    assert game.reachable("syrians").get("sebou") is not None
    game.submit(MoveArmy("umayyad", "syrians", "sebou"))
    events = game.end_turn()
    battle = next(e for e in events if e.kind == "BattleFought")
    assert battle.region == "sebou" and set(battle.losses) == {"umayyad", "berber"}
    loser_armies = [a for a in game.state.armies.values() if a.side == battle.loser]
    assert all(a.region != "sebou" for a in loser_armies)
