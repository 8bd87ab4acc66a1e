"""The base class of every client screen (menu, play, replay, result, ...).

A screen owns its own pygame_gui manager, receives events from the App, updates and draws itself. Screens
never pump the event queue or flip the display themselves: the App does, so tests and the screenshot command
can drive any screen frame by frame with real pygame events.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

if TYPE_CHECKING:
    from game.ui.app import App


class Screen:
    """One full-window state of the client; the App keeps a stack of them."""

    def __init__(self, app: App) -> None:
        self.app = app
        self.ui = app.new_ui_manager()

    def on_enter(self) -> None:
        """Called when the screen becomes the current one (pushed, or uncovered by a pop)."""

    def on_exit(self) -> None:
        """Called when the screen stops being current (popped, replaced or covered by a push)."""

    def on_resize(self, size: tuple[int, int]) -> None:
        """Called after the window changes size; the default resizes the UI manager."""
        self.ui.set_window_resolution(size)

    def handle_event(self, event: pygame.event.Event) -> bool:
        """Handle one event; return True if it was consumed. The default gives it to the UI manager."""
        return bool(self.ui.process_events(event))

    def update(self, dt: float) -> None:
        """Advance animations and widgets by dt seconds."""
        self.ui.update(dt)

    def draw(self, surface: pygame.Surface) -> None:
        """Draw the whole screen onto surface (the window, or any surface of the window's size)."""
        self.ui.draw_ui(surface)
