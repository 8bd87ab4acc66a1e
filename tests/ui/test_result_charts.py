"""The result screen's line charts: round ticks, readable labels, lines drawn in the side colours."""

from __future__ import annotations

from itertools import pairwise

import pygame

from game.ui.charts import (
    ChartStyle,
    Series,
    draw_line_chart,
    format_number,
    month_label_indices,
    nice_ticks,
)


def test_nice_ticks_cover_the_range_with_round_steps():
    ticks = nice_ticks(0, 37_000)
    assert ticks[0] == 0 and ticks[-1] >= 37_000
    steps = {round(b - a, 6) for a, b in pairwise(ticks)}
    assert steps == {10_000}


def test_nice_ticks_survive_a_flat_series():
    assert nice_ticks(5, 5)[-1] >= 6


def test_format_number_shortens_thousands():
    assert format_number(12_500) == "12.5k"
    assert format_number(40_000) == "40k"
    assert format_number(7) == "7"


def test_month_labels_thin_out_when_crowded():
    assert month_label_indices(48, 400, 40) == [0, 12, 24, 36]
    assert month_label_indices(48, 1000, 40) == list(range(0, 48, 3))
    assert month_label_indices(3, 1000, 40) == [0, 1, 2]


def test_month_labels_fall_on_january_and_july_whatever_the_first_month():
    # The series starts in March (phase 2): labels on indices 4 (July), 10 (January), ...
    assert month_label_indices(20, 300, 40, phase=2)[:2] == [4, 10]


def test_chart_draws_each_series_in_its_colour(pygame_display):
    surface = pygame.Surface((600, 300))
    font = pygame.font.Font(None, 18)
    style = ChartStyle(title_font=font, tick_font=font)
    red, green = (200, 40, 40), (40, 200, 40)
    months = ["740-01", "740-02", "740-03", "740-04"]
    plot = draw_line_chart(
        surface,
        pygame.Rect(0, 0, 600, 300),
        "Men under arms",
        months,
        [Series("Umayyads", [10, 20, 30, 40], red), Series("Berbers", [40, 30, 20, 10], green)],
        style,
    )
    assert plot.width > 400 and plot.height > 150
    # The last point of each series carries a dot in its colour: Umayyads end top right, Berbers low right.
    top_right = surface.get_at((plot.right, plot.top + round(plot.height * 0 / 40)))[:3]
    assert top_right == red
    colours = {surface.get_at((x, y))[:3] for x in range(plot.x, plot.right) for y in range(plot.y, plot.bottom, 3)}
    assert red in colours and green in colours
