"""Dates: "YYYY-MM" strings in data and UI, a month index inside the engine. The only module that converts."""

from __future__ import annotations

import functools

SUMMER = (6, 7, 8, 9)
WINTER = (12, 1, 2)


def parse_month(text: str) -> int:
    """Absolute month number (year * 12 + month - 1) of a "YYYY-MM" string."""
    year, month = text.split("-")
    return int(year) * 12 + int(month) - 1


def format_month(absolute: int) -> str:
    year, month = divmod(absolute, 12)
    return f"{year}-{month + 1:02d}"


@functools.lru_cache(maxsize=1024)  # date triggers ask every month: a few dozen distinct answers
def month_index(start: str, month: str) -> int:
    """Turn index of `month` in a game that begins at `start` (0 for the first month)."""
    return parse_month(month) - parse_month(start)


def month_label(start: str, index: int) -> str:
    """The "YYYY-MM" label of turn `index` in a game that begins at `start`."""
    return format_month(parse_month(start) + index)


def month_of_year(start: str, index: int) -> int:
    """1..12 for turn `index`."""
    return (parse_month(start) + index) % 12 + 1


@functools.lru_cache(maxsize=1024)  # asked for on every route search: a handful of distinct answers
def season(start: str, index: int) -> str:
    """'summer' (June-September: deserts burn), 'winter' (December-February: passes close) or 'mild'."""
    moy = month_of_year(start, index)
    if moy in SUMMER:
        return "summer"
    if moy in WINTER:
        return "winter"
    return "mild"
