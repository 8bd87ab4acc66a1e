"""The result screen: who won and how decisively in large type, the scores, how close the war ran to
history, and four charts of the war month by month. Buttons: main menu, the historical replay, quit.

It reads a finished engine game (or a session holding one); the figures come from `game.ui.result_summary`
and `game.ui.history_stats`, so this module only lays them out.
"""

from __future__ import annotations

from typing import Any

import pygame

from game.ui.charts import ChartStyle, Series, draw_hover, draw_line_chart, index_at
from game.ui.history_stats import SIDES, StatsHistory
from game.ui.replay_narration import MONTH_NAMES, month_title, wrap
from game.ui.result_summary import ResultSummary, side_colour, side_name, summarise
from game.ui.screen import Screen
from game.ui.widgets.buttons import button
from game.ui.widgets.fonts import font

BACKGROUND = (22, 19, 16)
INK = (236, 226, 204)
MUTED = (168, 154, 130)
GOLD = (222, 190, 120)
RULE = (70, 60, 48)

SHORT_NAMES = {"umayyad": "Umayyads", "berber": "Berbers"}
CHARTS = (
    ("men", "Men under arms"),
    ("regions", "Regions held"),
    ("treasury", "Treasury (dinars)"),
    ("unrest", "Average unrest where each side rules"),
)


class ResultScreen(Screen):
    """The end of a game. `session_or_game`: an engine Game, or any object with a `.game` (a play session)."""

    def __init__(self, app: Any, session_or_game: Any, history: StatsHistory | None = None) -> None:
        super().__init__(app)
        game = getattr(session_or_game, "game", session_or_game)
        self.game = game
        self.summary: ResultSummary = summarise(game)
        self.history = history or _history_from(session_or_game)
        self._background: pygame.Surface | None = None
        self.message = ""
        self._mouse = (-1, -1)
        self.plots: list[tuple[pygame.Rect, list[Series]]] = []
        self._build_buttons()

    # --- widgets ----------------------------------------------------------------------------------------
    def _build_buttons(self) -> None:
        w, h = self.app.size
        labels = (("Main menu", self.to_menu), ("Watch the historical replay", self.to_replay), ("Quit", self.app.quit))
        widths = (180, 300, 140)
        x = (w - sum(widths) - 2 * 16) // 2
        self.buttons = {}
        for (text, action), width in zip(labels, widths):
            self.buttons[text] = button(self.ui, (x, h - 70, width, 44), text, action)
            x += width + 16

    def on_resize(self, size: tuple[int, int]) -> None:
        super().on_resize(size)
        self.ui.clear_and_reset()
        self._background = None
        self._build_buttons()

    def handle_event(self, event: pygame.event.Event) -> bool:
        if event.type == pygame.MOUSEMOTION:
            self._mouse = event.pos
        if event.type == pygame.KEYDOWN and event.key == pygame.K_ESCAPE:
            self.to_menu()
            return True
        return super().handle_event(event)

    # --- navigation -------------------------------------------------------------------------------------
    def to_menu(self) -> None:
        """Back to the main menu: the bottom of the screen stack, or a fresh menu if there is none below."""
        screens = self.app.screens
        if len(screens) > 1:
            while len(self.app.screens) > 1:
                self.app.pop()
            return
        from game.ui.screens.main_menu import MainMenuScreen

        self.app.replace(MainMenuScreen(self.app))

    def to_replay(self) -> None:
        from game.ui.screens.replay import ReplayScreen

        try:
            screen = ReplayScreen(self.app, self.summary.scenario_id)
        except Exception as exc:  # noqa: BLE001 - a replay that cannot run must not end the game with a traceback
            self.message = f"The historical replay could not be opened: {type(exc).__name__}: {exc}"
            return
        self.app.push(screen)

    # --- drawing ----------------------------------------------------------------------------------------
    def draw(self, surface: pygame.Surface) -> None:
        if self._background is None or self._background.get_size() != surface.get_size():
            self._background = self._render_static(surface.get_size())
        surface.blit(self._background, (0, 0))
        self._draw_hover(surface)
        if self.message:
            note = font("ui", 14).render(self.message, True, (240, 170, 130))
            surface.blit(note, note.get_rect(midbottom=(surface.get_width() // 2, surface.get_height() - 80)))
        super().draw(surface)

    def _draw_hover(self, surface: pygame.Surface) -> None:
        """The values of every chart at the month under the mouse, when it is over a chart."""
        x, y = self._mouse
        for plot, series in self.plots:
            if plot.inflate(8, 8).collidepoint(x, y):
                months = self.history.months
                index = index_at(plot, len(months), x)
                draw_hover(surface, plot, month_title(months[index]), series, index, self._style)

    def _render_static(self, size: tuple[int, int]) -> pygame.Surface:
        """Everything but the buttons, drawn once: the result does not change while the screen is shown."""
        page = pygame.Surface(size)
        page.fill(BACKGROUND)
        w, h = size
        column = pygame.Rect(36, 30, min(520, w // 3), h - 120)
        self._draw_verdict(page, column)
        pygame.draw.line(page, RULE, (column.right + 20, 40), (column.right + 20, h - 100))
        self.chart_area = pygame.Rect(column.right + 44, 30, w - column.right - 44 - 30, h - 130)
        self._draw_charts(page, self.chart_area)
        return page

    def _draw_verdict(self, page: pygame.Surface, column: pygame.Rect) -> None:
        s = self.summary
        y = column.y
        y = _paragraph(page, s.headline, font("title", 62), side_colour(s.winner) if s.winner else INK, column, y, 1.0)
        y = _paragraph(page, s.subtitle, font("italic", 24), GOLD, column, y + 4, 1.15)
        y = self._draw_scores(page, column, y + 22)
        if s.lost:
            cost = " · ".join(f"{SHORT_NAMES[side]} {men:,}" for side, men in s.lost.items())
            y = _paragraph(page, f"Men fallen in battle and siege: {cost}", font("ui", 15), INK, column, y + 10, 1.2)
        y = _paragraph(page, s.when, font("ui", 15), MUTED, column, y + 4, 1.2)
        y = self._draw_history_bar(page, column, y + 18)
        if s.historical_result:
            y = _paragraph(page, "What history recorded", font("title", 22), INK, column, y + 18, 1.1)
            _paragraph(page, s.historical_result, font("italic", 18), MUTED, column, y + 4, 1.3)

    def _draw_scores(self, page: pygame.Surface, column: pygame.Rect, y: int) -> int:
        """One row per side: a colour swatch, the side's name, its victory points."""
        for side in SIDES:
            colour = side_colour(side)
            pygame.draw.rect(page, colour, (column.x, y + 8, 16, 16), border_radius=3)
            name = font("serif", 26).render(side_name(side), True, INK)
            page.blit(name, (column.x + 28, y))
            points = font("ui_bold", 26).render(str(self.summary.scores.get(side, 0)), True, colour)
            page.blit(points, points.get_rect(topright=(column.right, y)))
            y += name.get_height() + 6
        note = font("ui", 13).render("victory points", True, MUTED)
        page.blit(note, note.get_rect(topright=(column.right, y - 4)))
        return y + note.get_height()

    def _draw_history_bar(self, page: pygame.Surface, column: pygame.Rect, y: int) -> int:
        """How much of the final map matches history, as a bar: the player's war against the chronicle's."""
        s = self.summary
        label = font("serif", 20).render(s.history_line, True, INK if s.close_to_history else MUTED)
        page.blit(label, (column.x, y))
        y += label.get_height() + 6
        bar = pygame.Rect(column.x, y, column.width, 10)
        pygame.draw.rect(page, RULE, bar, border_radius=5)
        filled = bar.copy()
        filled.width = round(bar.width * s.history_match / 100)
        pygame.draw.rect(page, GOLD if s.close_to_history else MUTED, filled, border_radius=5)
        return bar.bottom

    def _draw_charts(self, page: pygame.Surface, area: pygame.Rect) -> None:
        style = ChartStyle(title_font=font("title", 21), tick_font=font("ui", 13))
        gap = 18
        cw, ch = (area.width - gap) // 2, (area.height - gap) // 2
        self.chart_rects: list[pygame.Rect] = []
        self.plots: list[tuple[pygame.Rect, list[Series]]] = []
        for i, (metric, title) in enumerate(CHARTS):
            rect = pygame.Rect(area.x + (i % 2) * (cw + gap), area.y + (i // 2) * (ch + gap), cw, ch)
            self.chart_rects.append(rect)
            if len(self.history.rows) < 2:
                _draw_no_data(page, rect, title, style)
                continue
            series = [Series(SHORT_NAMES[side], self.history.series(metric, side), side_colour(side)) for side in SIDES]
            months = self.history.months
            plot = draw_line_chart(page, rect, title, [short_month(m) for m in months], series, style,
                                   label_phase=int(months[0][-2:]) - 1)
            self.plots.append((plot, series))
        self._style = style


def _paragraph(page: pygame.Surface, text: str, f: pygame.font.Font, colour: tuple[int, int, int],
               column: pygame.Rect, y: int, leading: float) -> int:
    """Wrapped text in the column from y, cut with an ellipsis at the column's bottom; returns the y below."""
    step = round(f.get_linesize() * leading)
    lines = wrap(text, f, column.width)
    for i, line in enumerate(lines):
        last = y + 2 * step > column.bottom and i < len(lines) - 1
        if last:
            while line and f.size(line + " …")[0] > column.width:
                line = line.rsplit(" ", 1)[0] if " " in line else line[:-1]
            line += " …"
        page.blit(f.render(line, True, colour), (column.x, y))
        y += step
        if last:
            break
    return y


def short_month(month: str) -> str:
    """'741-07' -> 'Jul 741': axis labels a reader parses at a glance."""
    year, number = month.split("-")
    return f"{MONTH_NAMES[int(number) - 1][:3]} {year}"


def _draw_no_data(page: pygame.Surface, rect: pygame.Rect, title: str, style: ChartStyle) -> None:
    pygame.draw.rect(page, style.background, rect, border_radius=6)
    pygame.draw.rect(page, style.frame, rect, width=1, border_radius=6)
    page.blit(style.title_font.render(title, True, style.text), (rect.x + 14, rect.y + 8))
    note = style.tick_font.render("The war ended before a month was recorded.", True, style.muted)
    page.blit(note, note.get_rect(center=rect.center))


def _history_from(session_or_game: Any) -> StatsHistory:
    """The session's own record if it kept one, else the game re-run from its log."""
    history = getattr(session_or_game, "stats_history", None)
    if isinstance(history, StatsHistory):
        return history
    from game.ui.history_stats import history_of

    try:
        return history_of(getattr(session_or_game, "game", session_or_game))
    except Exception:  # noqa: BLE001 - a chart is not worth a crash at the end of a long game
        return StatsHistory()
