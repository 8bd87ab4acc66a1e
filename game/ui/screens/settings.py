"""Settings: window size, fullscreen, UI scale, animation speed. Applied and saved when the player presses
Apply; Back leaves them as they were."""

from __future__ import annotations

import pygame
import pygame_gui

from game.ui.screens.main_menu import MenuScreen
from game.ui.widgets.buttons import button, label

SIZES = ["1280 x 720", "1366 x 768", "1600 x 900", "1920 x 1080", "2560 x 1440"]
SCALES = {"Small (75%)": 0.75, "Normal (100%)": 1.0, "Large (125%)": 1.25, "Larger (150%)": 1.5}
SPEEDS = {"Off": 0.0, "Slow": 0.5, "Normal": 1.0, "Fast": 2.0, "Very fast": 4.0}


def _nearest(options: dict[str, float], value: float) -> str:
    return min(options, key=lambda k: abs(options[k] - value))


def _chosen(menu) -> str:
    option = menu.selected_option
    return option[0] if isinstance(option, tuple) else option


class SettingsScreen(MenuScreen):
    def build(self) -> None:
        self.draft = self.app.settings.copy()
        panel = self.page_rect(620, 420)
        self.panel = pygame_gui.elements.UIPanel(panel, manager=self.ui)
        label(self.ui, (20, 12, 580, 44), "Settings", "@heading", self.panel)
        size_text = f"{self.draft.window_size[0]} x {self.draft.window_size[1]}"
        sizes = SIZES if size_text in SIZES else SIZES + [size_text]
        self.size_menu = self._row(0, "Window size", sizes, size_text)
        self.scale_menu = self._row(1, "Interface scale", list(SCALES), _nearest(SCALES, self.draft.ui_scale))
        self.speed_menu = self._row(2, "Animation speed", list(SPEEDS),
                                    _nearest(SPEEDS, self.draft.animation_speed))
        label(self.ui, (30, 70 + 3 * 60, 240, 40), "Fullscreen", container=self.panel)
        self.full_button = button(self.ui, (300, 70 + 3 * 60, 280, 40), self._full_text(),
                                  self.toggle_fullscreen, container=self.panel)
        self.apply_button = button(self.ui, (130, 350, 170, 46), "Apply", self.apply, container=self.panel)
        button(self.ui, (320, 350, 170, 46), "Back", self.back, container=self.panel)

    def _row(self, i: int, text: str, options: list[str], current: str):
        y = 70 + i * 60
        label(self.ui, (30, y, 240, 40), text, container=self.panel)
        return pygame_gui.elements.UIDropDownMenu(options, current, pygame.Rect(300, y, 280, 40),
                                                  self.ui, container=self.panel)

    def _full_text(self) -> str:
        return "On" if self.draft.fullscreen else "Off"

    def toggle_fullscreen(self) -> None:
        self.draft.fullscreen = not self.draft.fullscreen
        self.full_button.set_text(self._full_text())

    def apply(self) -> None:
        w, h = (int(v) for v in _chosen(self.size_menu).split(" x "))
        self.draft.window_size = (w, h)
        self.draft.ui_scale = SCALES[_chosen(self.scale_menu)]
        self.draft.animation_speed = SPEEDS[_chosen(self.speed_menu)]
        self.app.apply_settings(self.draft)  # every open screen rebuilds itself for the new size and scale
        self.app.pop()
