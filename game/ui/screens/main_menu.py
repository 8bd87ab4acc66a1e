"""The main menu: New game, Continue (the autosave), Historical replay, Load game, Settings, Quit.

`MenuScreen` is the shared frame of every menu page: the map backdrop with the title, a centred panel,
Escape to go back.
"""

from __future__ import annotations

import pygame

from game.ui.screen import Screen
from game.ui.screens.title import adopt_backdrop_map, start_backdrop_map
from game.ui.widgets.backdrop import backdrop
from game.ui.widgets.buttons import button, escape
from game.ui.widgets.dialog import DialogStack
from game.ui.widgets.fonts import TEXT


class MenuScreen(Screen):
    """A menu page over the backdrop; subclasses build widgets in `build()`; Escape calls `back()`."""

    title_mode = "small"

    def __init__(self, app) -> None:
        super().__init__(app)
        start_backdrop_map(app)
        self.dialogs = DialogStack(self.ui)
        self.build()

    def build(self) -> None:
        """Create this page's widgets."""

    def on_resize(self, size) -> None:
        """A new window size or UI scale: a fresh manager (the theme's font sizes) and the widgets again."""
        self.ui = self.app.new_ui_manager()
        self.dialogs = DialogStack(self.ui)
        self.build()

    def back(self) -> None:
        self.app.pop()

    def message(self, title: str, text: str) -> None:
        self.dialogs.open(title, escape(text), [("Close", lambda: None)], size=(560, 260))

    def handle_event(self, event: pygame.event.Event) -> bool:
        if self.dialogs and self.dialogs.handle_key(event):
            return True
        if event.type == pygame.KEYDOWN and event.key == pygame.K_ESCAPE and not self.dialogs:
            self.back()
            return True
        return super().handle_event(event)

    def update(self, dt: float) -> None:
        adopt_backdrop_map(self.app)
        super().update(dt)

    def draw(self, surface: pygame.Surface) -> None:
        backdrop(self.app).draw(surface, self.title_mode)
        self.draw_extra(surface)
        self.dialogs.draw_dim(surface)
        super().draw(surface)

    def draw_extra(self, surface: pygame.Surface) -> None:
        """Hook for pages that paint more than widgets (previews, frames)."""

    def centre_rect(self, w: int, h: int, y: int | None = None) -> pygame.Rect:
        sw, sh = self.app.size
        return pygame.Rect((sw - w) // 2, (sh - h) // 2 if y is None else y, w, h)

    def page_rect(self, w: int, h: int) -> pygame.Rect:
        """A page panel under the title; on a short window the title gives way so the page fits."""
        sw, sh = self.app.size
        top = max(170, int(sh * 0.20))
        if top + h > sh - 10:
            self.title_mode = ""
            top = max(10, (sh - h) // 2)
        return pygame.Rect((sw - w) // 2, top, w, h)


class MainMenuScreen(MenuScreen):
    title_mode = "big"

    def build(self) -> None:
        from game.ui.session import autosave_path

        w, h = self.app.size
        entries = []
        if autosave_path(self.app.data_dir).exists():
            entries.append(("Continue", self.continue_game))
        entries += [("New game", self.new_game), ("Historical replay", self.replay),
                    ("Load game", self.load_game), ("Settings", self.settings), ("Quit", self.app.quit)]
        bw, bh, gap = 340, 52, 12
        y0 = int(h * 0.50)
        self.buttons = {}
        for i, (text, fn) in enumerate(entries):
            rect = ((w - bw) // 2, y0 + i * (bh + gap), bw, bh)
            self.buttons[text] = button(self.ui, rect, text, fn, object_id="@menu_button")

    def back(self) -> None:
        self.app.quit()

    def draw_extra(self, surface: pygame.Surface) -> None:
        from game import __version__

        note = TEXT.render(f"version {__version__}", "ui", 12, (170, 156, 130))
        surface.blit(note, note.get_rect(bottomright=(surface.get_width() - 14, surface.get_height() - 10)))

    def new_game(self) -> None:
        from game.ui.screens.new_game import NewGameScreen

        self.app.push(NewGameScreen(self.app))

    def load_game(self) -> None:
        from game.ui.screens.load_game import LoadGameScreen

        self.app.push(LoadGameScreen(self.app))

    def settings(self) -> None:
        from game.ui.screens.settings import SettingsScreen

        self.app.push(SettingsScreen(self.app))

    def continue_game(self) -> None:
        from game.ui.screens.load_game import open_save
        from game.ui.session import autosave_path

        open_save(self, autosave_path(self.app.data_dir))

    def replay(self) -> None:
        try:
            from game.ui.screens.replay import ReplayScreen
        except ImportError:
            self.message("Historical replay", "The historical replay is not available in this build.")
            return
        try:
            screen = ReplayScreen(self.app, scenario_id="berber_revolt_740")
        except Exception as exc:  # a broken scenario must not crash the menu
            self.message("Historical replay", f"The replay could not be opened: {exc}")
            return
        self.app.push(screen)


