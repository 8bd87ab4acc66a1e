"""Shared UI test fixtures: every UI test runs headless (SDL's dummy video and audio drivers)."""

from __future__ import annotations

import os

# Before pygame is imported anywhere: no window, no sound card needed.
os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

import pygame  # noqa: E402
import pytest  # noqa: E402


@pytest.fixture
def pygame_display():
    """An initialised pygame with a 1600x900 dummy display, shut down after the test."""
    pygame.init()
    surface = pygame.display.set_mode((1600, 900))
    yield surface
    pygame.quit()
