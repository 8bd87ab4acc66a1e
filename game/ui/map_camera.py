"""The map camera: which part of the world (in projected km) the screen shows, and at what zoom.

Zoom snaps to a fixed ladder so the renderer can cache its tiles per rung; panning only moves the offset,
which costs blits of tiles already painted (new ground is painted a few tiles a frame).
"""

from __future__ import annotations

from dataclasses import dataclass

ZOOM_LADDER = (1.0, 1.25, 1.6, 2.0, 2.5, 3.2, 4.0, 5.0, 6.4, 8.0)


@dataclass
class Camera:
    """Screen = (world - offset) * zoom. `zoom` is pixels per km; `fit_zoom` shows the whole map box."""

    offset: tuple[float, float]
    zoom: float
    viewport: tuple[int, int]
    world_size: tuple[float, float]
    fit_zoom: float
    rung: int = 0

    @classmethod
    def fit(cls, world_size: tuple[float, float], viewport: tuple[int, int]) -> Camera:
        """A camera showing the whole world box, centred."""
        fit = min(viewport[0] / world_size[0], viewport[1] / world_size[1])
        cam = cls((0.0, 0.0), fit, viewport, world_size, fit)
        cam.centre_on(world_size[0] / 2, world_size[1] / 2)
        return cam

    def world_to_screen(self, x: float, y: float) -> tuple[float, float]:
        return ((x - self.offset[0]) * self.zoom, (y - self.offset[1]) * self.zoom)

    def screen_to_world(self, sx: float, sy: float) -> tuple[float, float]:
        return (sx / self.zoom + self.offset[0], sy / self.zoom + self.offset[1])

    def centre_on(self, x: float, y: float) -> None:
        w, h = self.viewport
        self.offset = (x - w / 2 / self.zoom, y - h / 2 / self.zoom)
        self._clamp()

    def pan(self, dx_px: float, dy_px: float) -> None:
        """Move the view by a screen-pixel drag (drag right -> the map moves right)."""
        self.offset = (self.offset[0] - dx_px / self.zoom, self.offset[1] - dy_px / self.zoom)
        self._clamp()

    def zoom_at(self, screen_pos: tuple[float, float], steps: int) -> None:
        """Step along the zoom ladder, keeping the world point under the cursor still."""
        rung = max(0, min(len(ZOOM_LADDER) - 1, self.rung + steps))
        if rung == self.rung:
            return
        wx, wy = self.screen_to_world(*screen_pos)
        self.rung = rung
        self.zoom = self.fit_zoom * ZOOM_LADDER[rung]
        self.offset = (wx - screen_pos[0] / self.zoom, wy - screen_pos[1] / self.zoom)
        self._clamp()

    def set_rung(self, rung: int, centre: tuple[float, float] | None = None) -> None:
        """Jump to a zoom rung, centred on a world point (or on the current centre)."""
        w, h = self.viewport
        cx, cy = centre or self.screen_to_world(w / 2, h / 2)
        self.rung = max(0, min(len(ZOOM_LADDER) - 1, rung))
        self.zoom = self.fit_zoom * ZOOM_LADDER[self.rung]
        self.centre_on(cx, cy)

    def visible_world_rect(self) -> tuple[float, float, float, float]:
        """(x0, y0, x1, y1) of the world on screen."""
        w, h = self.viewport
        return (self.offset[0], self.offset[1], self.offset[0] + w / self.zoom, self.offset[1] + h / self.zoom)

    def _clamp(self) -> None:
        """Keep the map box on screen: centred when smaller than the viewport, else no empty margin."""
        ox, oy = self.offset
        self.offset = (_clamp_axis(ox, self.viewport[0] / self.zoom, self.world_size[0]),
                       _clamp_axis(oy, self.viewport[1] / self.zoom, self.world_size[1]))


def _clamp_axis(offset: float, view: float, world: float) -> float:
    if view >= world:
        return (world - view) / 2
    return max(0.0, min(world - view, offset))
