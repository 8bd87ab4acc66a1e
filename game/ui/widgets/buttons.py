"""Small constructors for pygame_gui widgets that call a function when used, instead of posting events.

Binding callbacks (rather than matching UI_BUTTON_PRESSED events in a big if-chain) keeps each screen's
handlers next to the buttons they belong to, and works the same whether a frame's events came from the
queue or from a test.
"""

from __future__ import annotations

from collections.abc import Callable

import pygame
import pygame_gui


def button(ui, rect, text: str, on_click: Callable[[], None], object_id: str | None = None,
           container=None, tooltip: str | None = None, enabled: bool = True) -> pygame_gui.elements.UIButton:
    """A button that calls on_click() when pressed with the left mouse button."""
    btn = pygame_gui.elements.UIButton(pygame.Rect(rect), text, ui, container=container,
                                       object_id=object_id, tool_tip_text=tooltip)
    btn.bind(pygame_gui.UI_BUTTON_PRESSED, lambda _data: on_click())
    if not enabled:
        btn.disable()
    return btn


def label(ui, rect, text: str, object_id: str | None = None, container=None) -> pygame_gui.elements.UILabel:
    return pygame_gui.elements.UILabel(pygame.Rect(rect), text, ui, container=container, object_id=object_id)


def text_box(ui, rect, html: str, object_id: str | None = None, container=None) -> pygame_gui.elements.UITextBox:
    return pygame_gui.elements.UITextBox(html, pygame.Rect(rect), ui, container=container, object_id=object_id)


def escape(text: str) -> str:
    """Escape text for pygame_gui's HTML subset."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
