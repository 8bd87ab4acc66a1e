"""Line charts drawn with plain pygame: axes with round ticks, month labels, a legend, one line per series.

Used by the result screen to show how the war went month by month. Knows nothing about the engine: it is given
month labels and numbers, and the colours and fonts to draw them with.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import pygame

Colour = tuple[int, int, int]


@dataclass(frozen=True)
class Series:
    label: str
    values: Sequence[float]
    colour: Colour


@dataclass(frozen=True)
class ChartStyle:
    title_font: pygame.font.Font
    tick_font: pygame.font.Font
    background: Colour = (34, 30, 26)
    frame: Colour = (92, 80, 64)
    grid: Colour = (58, 51, 43)
    text: Colour = (236, 226, 204)
    muted: Colour = (168, 154, 130)


def nice_ticks(low: float, high: float, count: int = 4) -> list[float]:
    """Round tick values (1, 2, 2.5 or 5 times a power of ten) covering low..high, so axes read at a glance."""
    if high <= low:
        high = low + 1
    raw = (high - low) / max(1, count)
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    first = math.floor(low / step) * step
    ticks = []
    value = first
    while value < high + step * 0.999:
        ticks.append(round(value, 6))
        value += step
    return ticks


def format_number(value: float) -> str:
    """12 500 -> '12.5k'; small numbers stay whole, so tick labels stay short."""
    magnitude = abs(value)
    if magnitude >= 1_000_000:
        return f"{value / 1_000_000:.1f}".rstrip("0").rstrip(".") + "M"
    if magnitude >= 1000:
        return f"{value / 1000:.1f}".rstrip("0").rstrip(".") + "k"
    if magnitude and magnitude < 10 and value != int(value):
        return f"{value:.1f}"
    return f"{value:.0f}"


def month_label_indices(count: int, width: float, label_width: float, phase: int = 0) -> list[int]:
    """Which month labels fit under the x axis without overlapping: every 1, 2, 3, 6, 12 or 24 months, on
    months where (index + phase) divides by the step, so with phase = the first month's 0-based month of
    the year the labels fall on January and July."""
    if count <= 0:
        return []
    fit = max(1, int(width // max(1.0, label_width * 1.4)))
    needed = max(1, math.ceil(count / fit))
    step = next((s for s in (1, 2, 3, 6, 12, 24) if s >= needed), needed)
    return [i for i in range(count) if (i + phase) % step == 0]


def draw_line_chart(
    surface: pygame.Surface,
    rect: pygame.Rect,
    title: str,
    months: Sequence[str],
    series: Sequence[Series],
    style: ChartStyle,
    fmt: Callable[[float], str] = format_number,
    label_phase: int = 0,
) -> pygame.Rect:
    """Draw one chart inside `rect`; returns the plot area (for tests and hover hints)."""
    pygame.draw.rect(surface, style.background, rect, border_radius=6)
    pygame.draw.rect(surface, style.frame, rect, width=1, border_radius=6)
    title_img = style.title_font.render(title, True, style.text)
    surface.blit(title_img, (rect.x + 14, rect.y + 8))
    legend_w = sum(style.tick_font.size(s.label)[0] + 38 for s in series)
    crowded = title_img.get_width() + legend_w + 40 > rect.width
    legend_top = rect.y + 12 + title_img.get_height() if crowded else rect.y + 10
    legend_bottom = _draw_legend(surface, rect, series, style, legend_top, rect.y + 8 + title_img.get_height())

    values = [v for s in series for v in s.values]
    ticks = nice_ticks(min(0.0, min(values, default=0.0)), max(values, default=1.0))
    tick_w = max(style.tick_font.size(fmt(t))[0] for t in ticks)
    line_h = style.tick_font.get_linesize()
    plot = pygame.Rect(
        rect.x + 20 + tick_w, legend_bottom + 8, 0, 0
    )
    plot.width = rect.right - 18 - plot.x
    plot.height = rect.bottom - line_h - 14 - plot.y
    if plot.width < 20 or plot.height < 20:
        return plot

    low, high = ticks[0], ticks[-1]

    def y_of(value: float) -> float:
        return plot.bottom - (value - low) / (high - low) * plot.height

    def x_of(index: int) -> float:
        return plot.x + (index / max(1, len(months) - 1)) * plot.width

    for tick in ticks:
        y = round(y_of(tick))
        pygame.draw.line(surface, style.grid, (plot.x, y), (plot.right, y))
        img = style.tick_font.render(fmt(tick), True, style.muted)
        surface.blit(img, (plot.x - 8 - img.get_width(), y - img.get_height() // 2))
    pygame.draw.line(surface, style.frame, plot.bottomleft, plot.bottomright)
    pygame.draw.line(surface, style.frame, plot.topleft, plot.bottomleft)

    label_w = max((style.tick_font.size(m)[0] for m in months), default=1)
    for index in month_label_indices(len(months), plot.width, label_w, label_phase):
        x = round(x_of(index))
        pygame.draw.line(surface, style.frame, (x, plot.bottom), (x, plot.bottom + 4))
        img = style.tick_font.render(months[index], True, style.muted)
        left = min(max(rect.x + 4, x - img.get_width() // 2), rect.right - 4 - img.get_width())
        surface.blit(img, (left, plot.bottom + 6))

    for s in series:
        points = [(x_of(i), y_of(v)) for i, v in enumerate(s.values)]
        if len(points) >= 2:
            pygame.draw.lines(surface, s.colour, False, points, 3)
        if points:
            pygame.draw.circle(surface, s.colour, points[-1], 4)
    return plot


def _draw_legend(
    surface: pygame.Surface, rect: pygame.Rect, series: Sequence[Series], style: ChartStyle, y: int, top: int
) -> int:
    """Swatches and labels right-aligned at y (the title's line, or below it when crowded); returns the y
    below the header."""
    x = rect.right - 14
    for s in reversed(series):
        img = style.tick_font.render(s.label, True, style.text)
        x -= img.get_width()
        surface.blit(img, (x, y))
        x -= 22
        pygame.draw.line(surface, s.colour, (x, y + img.get_height() // 2), (x + 16, y + img.get_height() // 2), 4)
        x -= 16
    return max(top, y + style.tick_font.get_linesize())


def index_at(plot: pygame.Rect, count: int, x: float) -> int:
    """The data point nearest to screen x inside a plot of `count` points."""
    fraction = (x - plot.x) / max(1, plot.width)
    return min(count - 1, max(0, round(fraction * (count - 1))))


def exact_number(value: float) -> str:
    """The hover box's precise figure: 135 012 men, 23.4 % unrest."""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"


def draw_hover(surface: pygame.Surface, plot: pygame.Rect, label: str, series: Sequence[Series], index: int,
               style: ChartStyle, fmt: Callable[[float], str] = exact_number) -> None:
    """A guide line at one month and a small box with each series' value there."""
    count = max(len(s.values) for s in series)
    x = round(plot.x + index / max(1, count - 1) * plot.width)
    pygame.draw.line(surface, style.muted, (x, plot.top), (x, plot.bottom))
    rows = [(label, style.text)] + [(f"{s.label}  {fmt(s.values[index])}", s.colour) for s in series
                                    if index < len(s.values)]
    images = [style.tick_font.render(text, True, colour) for text, colour in rows]
    box = pygame.Rect(0, 0, max(i.get_width() for i in images) + 16, sum(i.get_height() for i in images) + 10)
    box.topleft = (x + 10, plot.y + 6)
    if box.right > plot.right:
        box.topright = (x - 10, plot.y + 6)
    pygame.draw.rect(surface, (18, 15, 12), box, border_radius=4)
    pygame.draw.rect(surface, style.frame, box, width=1, border_radius=4)
    y = box.y + 5
    for image in images:
        surface.blit(image, (box.x + 8, y))
        y += image.get_height()
