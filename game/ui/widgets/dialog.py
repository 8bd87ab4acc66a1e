"""Modal dialogs (battle reports, event choices, messages, hand-over): a framed panel with a title, an HTML
body and a row of buttons, drawn over a dimmed screen. While one is open the screen below takes no input.

The dialog is pygame_gui elements inside one panel, so it is themed and clickable like the rest of the UI;
closing it kills the panel. Buttons call plain functions and close the dialog first.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pygame
import pygame_gui

from game.ui.widgets.buttons import button, label, text_box

Action = tuple[str, Callable[[], None]]


class Dialog:
    """One modal; `buttons` are (label, callback); an empty callback list gets a single 'Continue'."""

    def __init__(self, ui, title: str, body_html: str, buttons: Sequence[Action] = (),
                 size: tuple[int, int] = (600, 380), on_close: Callable[[Dialog], None] | None = None,
                 subtitle: str = "", vertical_buttons: bool = False) -> None:
        self.ui = ui
        self.title = title
        self.body_html = body_html
        self._on_close = on_close
        self.closed = False
        win_w, win_h = ui.window_resolution
        w, h = size
        rect = pygame.Rect((win_w - w) // 2, (win_h - h) // 2, w, h)
        self.rect = rect
        self.panel = pygame_gui.elements.UIPanel(rect, starting_height=30, manager=ui, object_id="#dialog")
        label(ui, (16, 10, w - 32, 40), title, object_id="@heading", container=self.panel)
        top = 50
        if subtitle:
            label(ui, (16, 46, w - 32, 28), subtitle, object_id="@subheading", container=self.panel)
            top = 78
        actions = list(buttons) or [("Continue", lambda: None)]
        self.buttons: list[pygame_gui.elements.UIButton] = []
        if vertical_buttons:
            btn_area = 46 * len(actions) + 10
            for i, (text, fn) in enumerate(actions):
                r = (24, h - btn_area + 46 * i, w - 48, 40)
                self.buttons.append(button(ui, r, text, self._wrap(fn), "@choice_button", self.panel))
        else:
            btn_area = 62
            bw = min(220, (w - 32 - 12 * (len(actions) - 1)) // len(actions))
            x0 = (w - (bw * len(actions) + 12 * (len(actions) - 1))) // 2
            for i, (text, fn) in enumerate(actions):
                r = (x0 + i * (bw + 12), h - 56, bw, 40)
                self.buttons.append(button(ui, r, text, self._wrap(fn), "@choice_button", self.panel))
        self.body = text_box(ui, (16, top, w - 32, h - top - btn_area - 6), body_html, container=self.panel)

    def _wrap(self, fn: Callable[[], None]) -> Callable[[], None]:
        def run() -> None:
            self.close()
            fn()
        return run

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        self.panel.kill()
        if self._on_close is not None:
            self._on_close(self)

    def press(self, index: int = 0) -> None:
        """Activate button `index` as if clicked (keyboard shortcuts: Enter, 1..9)."""
        self.buttons[index].on_self_event(pygame_gui.UI_BUTTON_PRESSED, {"mouse_button": 1})


class DialogStack:
    """The open dialogs of a screen, newest on top; draws the dim layer and routes keys to the top one."""

    def __init__(self, ui) -> None:
        self.ui = ui
        self.stack: list[Dialog] = []
        self._dim: pygame.Surface | None = None

    def open(self, title: str, body_html: str, buttons: Sequence[Action] = (), **kw) -> Dialog:
        dialog = Dialog(self.ui, title, body_html, buttons, on_close=self._closed, **kw)
        self.stack.append(dialog)
        return dialog

    def _closed(self, dialog: Dialog) -> None:
        if dialog in self.stack:
            self.stack.remove(dialog)

    @property
    def top(self) -> Dialog | None:
        return self.stack[-1] if self.stack else None

    def __bool__(self) -> bool:
        return bool(self.stack)

    def handle_key(self, event: pygame.event.Event) -> bool:
        """Enter or Space presses the first button, 1..9 a numbered one, Escape the last one."""
        top = self.top
        if top is None or event.type != pygame.KEYDOWN:
            return False
        if event.key in (pygame.K_RETURN, pygame.K_KP_ENTER, pygame.K_SPACE):
            top.press(0)
        elif pygame.K_1 <= event.key <= pygame.K_9 and event.key - pygame.K_1 < len(top.buttons):
            top.press(event.key - pygame.K_1)
        elif event.key == pygame.K_ESCAPE and len(top.buttons) == 1:
            top.press(0)
        return True

    def draw_dim(self, surface: pygame.Surface) -> None:
        if not self.stack:
            return
        if self._dim is None or self._dim.get_size() != surface.get_size():
            self._dim = pygame.Surface(surface.get_size(), pygame.SRCALPHA)
            self._dim.fill((0, 0, 0, 120))
        surface.blit(self._dim, (0, 0))
