"""Shared UI test fixtures: every UI test runs headless (SDL's dummy video and audio drivers)."""

from __future__ import annotations

import os

# Before pygame is imported anywhere: no window, no sound card needed.
os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

import pygame
import pytest


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


class Client:
    """Drives the real App with real pygame events, the way a player would (client tests)."""

    def __init__(self, app) -> None:
        self.app = app

    @property
    def screen(self):
        return self.app.current

    def frame(self, events=()) -> None:
        self.app.step(list(events))

    def move_mouse(self, pos) -> None:
        self.frame([pygame.event.Event(pygame.MOUSEMOTION, pos=tuple(pos), rel=(0, 0), buttons=(0, 0, 0))])

    def click(self, pos, button: int = 1) -> None:
        pos = (round(pos[0]), round(pos[1]))
        self.move_mouse(pos)
        self.frame([pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=pos, button=button)])
        self.frame([pygame.event.Event(pygame.MOUSEBUTTONUP, pos=pos, button=button)])

    def key(self, key: int, mod: int = 0, unicode: str = "") -> None:
        self.frame([pygame.event.Event(pygame.KEYDOWN, key=key, mod=mod, unicode=unicode, scancode=0)])
        self.frame([pygame.event.Event(pygame.KEYUP, key=key, mod=mod, unicode=unicode, scancode=0)])

    def until(self, done, timeout: float = 30.0) -> bool:
        import time

        deadline = time.monotonic() + timeout
        while not done() and time.monotonic() < deadline:
            self.app.step([], dt=1 / 10)
        return bool(done())


@pytest.fixture
def client(tmp_path, monkeypatch, pygame_display):
    """A headless App at 1600x900 whose settings and saves live in tmp_path; animations off for speed."""
    monkeypatch.setenv("BERBER_REVOLT_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("BERBER_REVOLT_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("BERBER_REVOLT_MODS", str(tmp_path / "mods"))
    from game.ui.app import App, Settings

    app = App(size=(1600, 900), settings=Settings(animation_speed=0.0), headless=True)
    yield Client(app)
