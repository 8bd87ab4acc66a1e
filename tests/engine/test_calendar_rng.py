"""The calendar's conversions and the seeded PRNG."""

from __future__ import annotations

from game.engine.calendar import month_index, month_label, season
from game.engine.rng import Rng, seed_state


def test_calendar_round_trips_month_labels() -> None:
    assert month_index("740-01", "741-03") == 14
    assert month_label("740-01", 14) == "741-03"
    assert month_label("740-11", 2) == "741-01"


def test_calendar_seasons_follow_the_months() -> None:
    assert season("740-01", 0) == "winter"
    assert season("740-01", 6) == "summer"  # July
    assert season("740-01", 3) == "mild"  # April


def test_rng_same_seed_same_stream_and_different_seeds_differ() -> None:
    a, b, c = Rng(seed_state(7)), Rng(seed_state(7)), Rng(seed_state(8))
    first = [a.next_u64() for _ in range(5)]
    assert first == [b.next_u64() for _ in range(5)]
    assert first != [c.next_u64() for _ in range(5)]


def test_rng_roll_stays_in_bounds_and_covers_them() -> None:
    rng = Rng(seed_state(1))
    rolls = [rng.roll(3, 6) for _ in range(400)]
    assert set(rolls) == {3, 4, 5, 6}


def test_rng_shuffle_is_a_permutation() -> None:
    rng = Rng(seed_state(2))
    items = list(range(20))
    rng.shuffle(items)
    assert sorted(items) == list(range(20)) and items != list(range(20))


def test_rng_chance_extremes() -> None:
    rng = Rng(seed_state(3))
    assert not any(rng.chance(0) for _ in range(100))
    assert all(rng.chance(100) for _ in range(100))
