"""Shared UI test fixtures: every UI test runs headless (SDL's dummy video and audio drivers)."""

from __future__ import annotations

import os

# Before pygame is imported anywhere: no window, no sound card needed.
os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

import pygame  # noqa: E402
import pytest  # noqa: E402


def _forget_dead_fonts() -> None:
    """Fonts cached before an earlier test's pygame.quit() are dead objects: clear the font modules' caches."""
    from game.ui import theme
    from game.ui.widgets import fonts

    for module in (theme, fonts):
        for obj in list(vars(module).values()):
            if callable(getattr(obj, "cache_clear", None)):
                obj.cache_clear()


@pytest.fixture
def pygame_display():
    """An initialised pygame with a 1600x900 dummy display. Left running afterwards: quitting would kill
    fonts that modules cache for the whole process."""
    if not pygame.get_init() or not pygame.font.get_init():
        pygame.init()
        _forget_dead_fonts()
    surface = pygame.display.get_surface()
    if surface is None or surface.get_size() != (1600, 900):
        surface = pygame.display.set_mode((1600, 900))
    yield surface
