"""Looking around the replay's map: the wheel zooms where the mouse points, a drag pans, and a
double-click returns to the whole war. A click that did not drag is left for the screen.
"""

from __future__ import annotations

from typing import Any

import pygame

DRAG_THRESHOLD = 4  # pixels a press must move before it counts as a drag rather than a click
DOUBLE_CLICK_MS = 400


class CameraControl:
    def __init__(self, camera: Any, map_rect: pygame.Rect, home: Any) -> None:
        self.camera = camera
        self.map_rect = pygame.Rect(map_rect)
        self.home = home  # () -> a fresh camera framing the whole war
        self._press: tuple[int, int] | None = None
        self.dragging = False
        self._last_click = -10_000

    def local(self, pos: tuple[int, int]) -> tuple[int, int]:
        return pos[0] - self.map_rect.x, pos[1] - self.map_rect.y

    def handle_event(self, event: pygame.event.Event) -> bool:
        """True when the event moved the view (the screen then ignores it)."""
        if event.type == pygame.MOUSEWHEEL:
            pos = pygame.mouse.get_pos()
            if self.map_rect.collidepoint(pos) and event.y:
                self.camera.zoom_at(self.local(pos), 1 if event.y > 0 else -1)
                return True
        elif event.type == pygame.MOUSEBUTTONDOWN and event.button in (1, 3) \
                and self.map_rect.collidepoint(event.pos):
            self._press = event.pos
            self.dragging = False
            if event.button == 1:
                now = pygame.time.get_ticks()
                if now - self._last_click < DOUBLE_CLICK_MS:
                    self.camera = self.home()
                    self._press = None
                    return True
                self._last_click = now
        elif event.type == pygame.MOUSEMOTION and self._press is not None:
            moved = abs(event.pos[0] - self._press[0]) + abs(event.pos[1] - self._press[1])
            if self.dragging or moved >= DRAG_THRESHOLD:
                self.dragging = True
                self.camera.pan(*event.rel)
                return True
        elif event.type == pygame.MOUSEBUTTONUP and self._press is not None:
            was_drag = self.dragging
            self._press, self.dragging = None, False
            return was_drag
        return False
