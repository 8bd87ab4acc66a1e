"""The replay clock: marching, pausing to read, stepping and speed, without a window."""

from __future__ import annotations

from game.ui.replay_motion import (
    Track,
    flash_strength,
    markers_at,
    point_along,
    tracks_between,
)
from game.ui.replay_playback import Playback


def test_playing_marches_then_moves_to_the_next_month():
    clock = Playback(10)
    clock.toggle()
    assert clock.playing and clock.index == 0 and clock.t == 0.0
    assert clock.update(clock.period * clock.MARCH_SHARE / 2) is False
    assert 0.45 < clock.t < 0.55
    assert 0.2 < clock.position < 0.35  # the handle glides towards month 1
    assert clock.update(clock.period * 0.8) is True
    assert clock.index == 1 and clock.t == 0.0 and clock.playing


def test_playing_stops_when_the_last_month_is_played_out():
    clock = Playback(3)
    clock.toggle()
    for _ in range(20):
        clock.update(1.0)
    assert clock.index == 2 and not clock.playing and clock.finished and clock.t == 1.0


def test_step_forward_plays_one_month_and_stops():
    clock = Playback(5)
    clock.forward()
    assert clock.index == 0 and clock.stepping
    clock.update(clock.period * 0.3)
    assert 0 < clock.t < 1
    assert clock.update(clock.period) is True
    assert clock.index == 1 and clock.clock == 0.0 and not clock.stepping
    assert clock.update(5.0) is False and clock.index == 1


def test_step_forward_twice_skips_the_animation():
    clock = Playback(5)
    clock.forward()
    clock.forward()
    assert clock.index == 1 and clock.clock == 0.0


def test_step_back_returns_to_the_start_of_the_month_then_the_month_before():
    clock = Playback(5)
    clock.seek(3)
    clock.forward()
    clock.update(0.5)
    clock.back()
    assert clock.index == 3 and clock.clock == 0.0
    clock.back()
    assert clock.index == 2
    clock.first()
    clock.back()
    assert clock.index == 0


def test_speed_changes_keep_the_fraction_played():
    clock = Playback(5)
    clock.toggle()
    clock.update(clock.period / 2)
    clock.change_speed(-1)
    assert clock.speed == 0.5 and abs(clock.clock / clock.period - 0.5) < 1e-9
    clock.change_speed(+5)
    assert clock.speed == 4.0 and abs(clock.clock / clock.period - 0.5) < 1e-9


def test_paused_time_changes_nothing():
    clock = Playback(5)
    clock.seek(3)
    assert clock.update(10.0) is False and clock.index == 3 and clock.clock == 0.0


def test_play_after_the_end_restarts_from_the_beginning():
    clock = Playback(4)
    clock.last()
    clock.forward()
    clock.forward()
    assert clock.finished
    clock.toggle()
    assert clock.index == 0 and clock.playing


class _Army:
    def __init__(self, region: str, side: str = "berber", men: int = 1000, leader: str = "") -> None:
        self.region, self.side, self.men, self.leader = region, side, men, leader


def test_tracks_follow_the_reported_route_and_markers_glide_along_it():
    before = {"a": _Army("tangier"), "b": _Army("sous")}
    after = {"a": _Army("fez"), "b": _Army("sous")}
    tracks = tracks_between(before, after, {"a": ["ghomara", "fez"]})
    assert tracks[0] == Track("a", "berber", 1000, "", ("tangier", "ghomara", "fez"))
    assert tracks[1].route == ("sous",)
    places = {"tangier": (0.0, 0.0), "ghomara": (100.0, 0.0), "fez": (100.0, 100.0), "sous": (500.0, 500.0)}
    start = {m.id: m for m in markers_at(tracks, 0.0, places.get)}
    middle = {m.id: m for m in markers_at(tracks, 0.5, places.get)}
    end = {m.id: m for m in markers_at(tracks, 1.0, places.get)}
    assert start["a"].pos == (0.0, 0.0) and end["a"].pos == (100.0, 100.0)
    assert middle["a"].pos == (100.0, 0.0) and middle["a"].moving
    assert not end["a"].moving


def test_an_army_destroyed_this_month_marches_then_vanishes():
    before = {"a": _Army("tangier"), "b": _Army("fez", side="umayyad")}
    after = {"a": _Army("fez")}
    tracks = tracks_between(before, after, {"b": ["tangier"]})
    assert [t.dies for t in tracks] == [False, True]
    places = {"tangier": (0.0, 0.0), "fez": (100.0, 0.0)}
    assert {m.id for m in markers_at(tracks, 0.5, places.get)} == {"a", "b"}
    assert {m.id for m in markers_at(tracks, 0.9, places.get)} == {"a"}


def test_point_along_eases_in_and_out():
    line = [(0.0, 0.0), (100.0, 0.0)]
    assert point_along(line, 0.1)[0] < 10 and point_along(line, 0.9)[0] > 90


def test_armies_on_one_spot_fan_out():
    tracks = [Track(str(i), "umayyad", 1000 * i, "", ("kairouan",)) for i in range(1, 4)]
    markers = markers_at(tracks, 1.0, lambda r: (200.0, 200.0))
    assert len({m.pos for m in markers}) == 3


def test_battle_flash_strikes_as_armies_arrive_then_fades():
    assert flash_strength(0.3) == 0.0
    assert flash_strength(0.56) > 0.9
    assert flash_strength(1.0) == 0.0
