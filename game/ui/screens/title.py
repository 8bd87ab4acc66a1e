"""The title screen: the game's name over the map, 'press any key'; then the main menu.

It also starts painting the map picture for the menus' backdrop in a background thread, so the first
frame appears at once and the map fades in when ready.
"""

from __future__ import annotations

import math
import threading

import pygame

from game.ui.screen import Screen
from game.ui.widgets.backdrop import backdrop
from game.ui.widgets.fonts import TEXT


class TitleScreen(Screen):
    def __init__(self, app) -> None:
        super().__init__(app)
        self.t = 0.0
        start_backdrop_map(app)

    def handle_event(self, event: pygame.event.Event) -> bool:
        if event.type in (pygame.KEYDOWN, pygame.MOUSEBUTTONUP):
            if event.type == pygame.KEYDOWN and event.key == pygame.K_ESCAPE:
                self.app.quit()
                return True
            from game.ui.screens.main_menu import MainMenuScreen

            self.app.replace(MainMenuScreen(self.app))
            return True
        return super().handle_event(event)

    def update(self, dt: float) -> None:
        self.t += dt
        adopt_backdrop_map(self.app)
        super().update(dt)

    def draw(self, surface: pygame.Surface) -> None:
        backdrop(self.app).draw(surface, "big")
        alpha = int(150 + 100 * (0.5 + 0.5 * math.sin(self.t * 2.4)))
        w, h = surface.get_size()
        surface.blit(_prompt_plate(), _prompt_plate().get_rect(center=(w // 2, int(h * 0.72))))
        prompt = TEXT.render("Press any key to begin", "body", 26, (240, 226, 190), shadow=True)
        prompt.set_alpha(alpha)
        surface.blit(prompt, prompt.get_rect(center=(w // 2, int(h * 0.72))))
        prompt.set_alpha(None)
        super().draw(surface)


_PLATE: list[pygame.Surface] = []


def _prompt_plate() -> pygame.Surface:
    """A dark rounded plate under the prompt (made once)."""
    if not _PLATE:
        plate = pygame.Surface((360, 54), pygame.SRCALPHA)
        pygame.draw.rect(plate, (12, 9, 6, 170), plate.get_rect(), border_radius=27)
        pygame.draw.rect(plate, (176, 140, 74, 200), plate.get_rect(), 1, border_radius=27)
        _PLATE.append(plate)
    return _PLATE[0]


def start_backdrop_map(app) -> None:
    """Paint the map for the menu backdrop once per App, off the main thread."""
    if app.cache.get("backdrop_thread"):
        return

    def work() -> None:
        try:
            from game.ui.play_map import paint_overview

            image = paint_overview((1600, 900))
        except Exception:  # the backdrop is decoration: a gradient is fine if the map cannot be painted
            return
        if image is not None:
            app.cache["backdrop_map"] = image

    thread = threading.Thread(target=work, name="backdrop-map", daemon=True)
    app.cache["backdrop_thread"] = thread
    thread.start()


def adopt_backdrop_map(app) -> None:
    """Called each frame by menu screens: hand the painted map to the backdrop once it is ready."""
    image = app.cache.pop("backdrop_map", None)
    if image is not None:
        backdrop(app).set_map(image)
