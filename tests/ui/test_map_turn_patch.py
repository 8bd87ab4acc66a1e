"""A turn's owner and unrest changes patch the cached map in place and look exactly like a fresh paint."""

from __future__ import annotations

import numpy as np
import pygame
import pytest

from game.ui import map_render
from game.ui.map_data import MapData
from game.ui.map_render import MapRenderer
from tests.ui.test_map_render import OWNERS, REGIONS, VIEWPORT


@pytest.fixture
def screen():
    if not pygame.get_init() or not pygame.font.get_init():
        pygame.init()
    if pygame.display.get_surface() is None or pygame.display.get_surface().get_size() != VIEWPORT:
        pygame.display.set_mode(VIEWPORT)
    return pygame.Surface(VIEWPORT)


def _frame(renderer, screen, owners, unrest):
    camera = renderer.make_camera(VIEWPORT)
    renderer.draw(screen, camera, owners, unrest, time_ms=0)
    return pygame.surfarray.array3d(screen).astype(int), camera


def test_map_turn_change_patches_only_small_rects_and_matches_a_fresh_paint(screen, monkeypatch):
    patched = MapRenderer(MapData(REGIONS))
    before, camera = _frame(patched, screen, OWNERS, {"tangier": 90})
    sizes = []
    real = map_render.paint_owners
    monkeypatch.setattr(map_render, "paint_owners", lambda *a, **k: sizes.append(a[3]) or real(*a, **k))
    new_owners = OWNERS | {"ghomara": "umayyad"}
    new_unrest = {"tangier": 10, "sebou_fez": 75}
    after, _ = _frame(patched, screen, new_owners, new_unrest)
    assert sizes and all(w * h < 0.35 * VIEWPORT[0] * VIEWPORT[1] for w, h in sizes)
    fresh, _ = _frame(MapRenderer(MapData(REGIONS)), screen, new_owners, new_unrest)
    diff = np.abs(after - fresh).max(axis=2)
    # a wide line crossing a tile's or a patch's edge may rasterise a pixel apart: a few dozen pixels
    assert (diff > 3).mean() < 1e-4, "the patched map differs from a fresh paint"
    assert _mean_change(patched, camera, "ghomara", before, after) > 10, "the changed region kept its colour"
    assert _mean_change(patched, camera, "kairouan", before, after) == 0, "an unchanged region was repainted"


def _mean_change(renderer, camera, rid, before, after) -> float:
    """Mean colour change over sample points inside a region around its label point."""
    cx, cy = (round(v) for v in renderer.screen_point(rid, camera))
    pts = [(x, y) for x in range(cx - 60, cx + 61, 6) for y in range(cy - 60, cy + 61, 6)
           if renderer.region_at((x, y), camera) == rid]
    assert len(pts) > 10
    return float(np.mean([np.abs(after[x, y] - before[x, y]).sum() for x, y in pts]))
