"""The replay's own widgets: the timeline slider maps clicks to months; the narration panel wraps and scrolls."""

from __future__ import annotations

import pygame

from game.ui.replay_narration import (
    Block,
    NarrationFonts,
    NarrationPanel,
    month_title,
    wrap,
)
from game.ui.replay_timeline import Timeline

MONTHS = [f"{740 + i // 12}-{i % 12 + 1:02d}" for i in range(40)]


def _timeline() -> Timeline:
    return Timeline(pygame.Rect(100, 800, 1000, 60), MONTHS, {5: ["Battle of the Nobles"]}, pygame.font.Font(None, 18))


def test_timeline_click_seeks_to_the_month_under_the_mouse(pygame_display):
    timeline = _timeline()
    x = timeline.x_of(17)
    down = pygame.event.Event(pygame.MOUSEBUTTONDOWN, button=1, pos=(x, timeline.track_y))
    assert timeline.handle_event(down) == 17
    drag = pygame.event.Event(pygame.MOUSEMOTION, pos=(timeline.x_of(30), timeline.track_y), rel=(1, 0),
                              buttons=(1, 0, 0))
    assert timeline.handle_event(drag) == 30
    up = pygame.event.Event(pygame.MOUSEBUTTONUP, button=1, pos=(timeline.x_of(31), timeline.track_y))
    assert timeline.handle_event(up) == 31
    assert timeline.handle_event(drag) is None  # released: moving no longer seeks


def test_timeline_ignores_clicks_elsewhere(pygame_display):
    timeline = _timeline()
    assert timeline.handle_event(pygame.event.Event(pygame.MOUSEBUTTONDOWN, button=1, pos=(500, 100))) is None


def test_timeline_battle_marker_names_the_battle_on_hover(pygame_display):
    timeline = _timeline()
    assert timeline.battle_at((timeline.x_of(5), timeline.track_y - 15)) == (5, ["Battle of the Nobles"])
    assert timeline.battle_at((timeline.x_of(9), timeline.track_y - 15)) is None
    surface = pygame.Surface((1600, 900))
    timeline.hover_pos = (timeline.x_of(5), timeline.track_y - 15)
    timeline.draw(surface, 5.5)  # draws the tooltip without error, handle between two months
    assert surface.get_at((timeline.x_of(5.5), timeline.track_y))[:3] != (0, 0, 0)


def test_timeline_hover_names_the_month_or_the_bookmark(pygame_display):
    timeline = Timeline(pygame.Rect(100, 800, 1000, 60), MONTHS, {}, pygame.font.Font(None, 18),
                        bookmarks={21: "Bagdoura"})
    assert timeline.hover_text((timeline.x_of(3), timeline.track_y)) == (3, "April 740")
    assert timeline.hover_text((timeline.x_of(21), timeline.track_y)) == (21, "Bagdoura — October 741")
    assert timeline.hover_text((50, 50)) is None


def test_month_title_reads_as_a_date():
    assert month_title("740-06") == "June 740"
    assert month_title("743-12") == "December 743"


def test_wrap_keeps_lines_within_the_width(pygame_display):
    font = pygame.font.Font(None, 24)
    text = "The Berbers of the Maghreb rose under Maysara al-Matghari and took Tangier. " * 4
    lines = wrap(text, font, 300)
    assert len(lines) > 3
    assert all(font.size(line)[0] <= 300 for line in lines)
    assert " ".join(lines).split() == text.split()


def test_narration_panel_scrolls_a_long_month(pygame_display):
    font = pygame.font.Font(None, 22)
    panel = NarrationPanel(pygame.Rect(0, 0, 400, 200), NarrationFonts(font, font, font, font))
    panel.set_blocks([Block("heading", "June 740")] + [Block("body", "A long account. " * 20)] * 5)
    assert "June 740" in panel.text
    pygame.mouse.set_pos((100, 100))
    panel.handle_event(pygame.event.Event(pygame.MOUSEWHEEL, x=0, y=-3))
    assert panel.scroll > 0
    panel.draw(pygame.Surface((400, 200)))
