"""The tiled map: a zoom or a pan into new ground shows a stand-in at once and the sharp map a few frames
later, exactly as a fully prepared one; headless frames and `prepare` are always complete."""

from __future__ import annotations

import dataclasses

import numpy as np
import pygame
import pytest

from game.ui import map_render
from game.ui.map_data import MapData
from game.ui.map_render import TILE_LIMIT, MapRenderer
from game.ui.map_tiles import TILE_PX
from tests.ui.test_map_render import OWNERS, REGIONS, VIEWPORT

UNREST = {"tangier": 90, "ghomara": 50}


@pytest.fixture
def progressive():
    """A renderer painting as on a real display, its whole-map overview already painted ahead."""
    renderer = MapRenderer(MapData(REGIONS))
    renderer.progressive = True
    camera = renderer.make_camera(VIEWPORT)
    target = pygame.Surface(VIEWPORT)
    for _ in range(300):
        renderer.draw(target, camera, OWNERS, UNREST, time_ms=0)
        if renderer.idle:
            break
    assert renderer.idle
    return renderer, camera


def _pixels(surface: pygame.Surface) -> np.ndarray:
    return pygame.surfarray.array3d(surface).astype(int)


def _frames_until_sharp(renderer, pygame_display, camera, limit: int = 300, seen: set | None = None) -> int:
    """Frames until the map is sharp; `seen` collects the distinct pictures shown before that."""
    for frame in range(1, limit + 1):
        renderer.draw(pygame_display, camera, OWNERS, UNREST, time_ms=0)
        if renderer.complete:
            return frame
        if seen is not None:
            seen.add(hash(pygame.image.tobytes(pygame_display, "RGB")))
    raise AssertionError("the map never became sharp")


def _prepared_frame(pygame_display, camera) -> np.ndarray:
    fresh = MapRenderer(MapData(REGIONS))
    fresh.progressive = True
    fresh.prepare(dataclasses.replace(camera), OWNERS, UNREST)
    fresh.draw(pygame_display, dataclasses.replace(camera), OWNERS, UNREST, time_ms=0)
    assert fresh.complete
    return _pixels(pygame_display)


def test_zoom_shows_a_stand_in_at_once_and_then_exactly_the_prepared_map(progressive, pygame_display, monkeypatch):
    renderer, camera = progressive
    calls = []
    real = map_render.paint_base
    monkeypatch.setattr(map_render, "paint_base", lambda *a, **k: calls.append(1) or real(*a, **k))
    camera.zoom_at((700, 400), 1)
    renderer.draw(pygame_display, camera, OWNERS, UNREST, time_ms=0)
    stand_in = _pixels(pygame_display)
    in_view = len(renderer._grid.tiles_meeting(pygame.Rect(renderer._shift, VIEWPORT)))
    assert not renderer.complete and len(calls) < in_view  # a few tiles, not the whole view
    seen = {hash(pygame.image.tobytes(pygame_display, "RGB"))}
    frames = _frames_until_sharp(renderer, pygame_display, camera, seen=seen)
    sharp = _pixels(pygame_display)
    assert frames > 1
    assert len(seen) == 1, "sharp tiles showed among scaled ones: names cut in two"
    assert _same_map(sharp, _prepared_frame(pygame_display, camera)), "the sharp map differs from a prepared one"
    # the stand-in is the old rung scaled: the same map, a little soft, with no holes or shifted blocks
    assert np.abs(stand_in - sharp).mean() < 12
    assert _worst_block(stand_in, sharp) < 60


def test_zoom_out_stands_in_from_the_overview_without_gaps(progressive, pygame_display):
    renderer, camera = progressive
    camera.set_rung(5, renderer.scene.regions["ghomara"].label)
    _frames_until_sharp(renderer, pygame_display, camera)
    camera.zoom_at((800, 450), -2)
    renderer.draw(pygame_display, camera, OWNERS, UNREST, time_ms=0)
    stand_in = _pixels(pygame_display)
    assert not renderer.complete
    _frames_until_sharp(renderer, pygame_display, camera)
    assert _worst_block(stand_in, _pixels(pygame_display)) < 60


def test_pan_at_high_zoom_into_new_ground_stands_in_then_sharpens(progressive, pygame_display):
    renderer, camera = progressive
    camera.set_rung(6, renderer.scene.regions["sebou_fez"].label)
    _frames_until_sharp(renderer, pygame_display, camera)
    camera.pan(-1200, -300)  # well past the tiles painted around the view
    renderer.draw(pygame_display, camera, OWNERS, UNREST, time_ms=0)
    stand_in = _pixels(pygame_display)
    assert not renderer.complete
    seen = {hash(pygame.image.tobytes(pygame_display, "RGB"))}
    _frames_until_sharp(renderer, pygame_display, camera, seen=seen)
    assert len(seen) == 1  # a jump to new ground keeps its stand-in whole too
    sharp = _pixels(pygame_display)
    assert np.abs(stand_in - sharp).mean() < 20  # the overview scaled up: blurry, but the same map
    assert _same_map(sharp, _prepared_frame(pygame_display, camera))


def test_idle_frames_paint_around_the_view_so_a_short_pan_is_sharp_at_once(progressive, pygame_display):
    renderer, camera = progressive
    camera.set_rung(6, renderer.scene.regions["rayyu"].label)
    _frames_until_sharp(renderer, pygame_display, camera)
    for _ in range(300):
        renderer.draw(pygame_display, camera, OWNERS, UNREST, time_ms=0)
        if renderer.idle:
            break
    camera.pan(TILE_PX // 2, -TILE_PX // 2)
    renderer.draw(pygame_display, camera, OWNERS, UNREST, time_ms=0)
    assert renderer.complete


def test_prepare_paints_the_whole_view_even_when_progressive(progressive, pygame_display):
    renderer, camera = progressive
    camera.set_rung(7, renderer.scene.regions["cordoba"].label)
    renderer.prepare(camera, OWNERS, UNREST)
    renderer.draw(pygame_display, camera, OWNERS, UNREST, time_ms=0)
    assert renderer.complete


def test_headless_frames_are_complete_by_default(pygame_display):
    renderer = MapRenderer(MapData(REGIONS))  # progressive None: off under SDL's dummy driver
    camera = renderer.make_camera(VIEWPORT)
    renderer.draw(pygame_display, camera, OWNERS, UNREST)
    for _ in range(3):
        camera.zoom_at((800, 450), 1)
        renderer.draw(pygame_display, camera, OWNERS, UNREST)
        assert renderer.complete


def test_names_stay_near_their_places_while_a_zoom_is_painted(progressive, pygame_display):
    renderer, camera = progressive
    camera.zoom_at((800, 450), 1)
    renderer.draw(pygame_display, camera, OWNERS, UNREST, time_ms=0)
    during = renderer.label_rects
    _frames_until_sharp(renderer, pygame_display, camera)
    after = renderer.label_rects
    assert during and set(during) == set(after)
    near = [rid for rid in after if abs(during[rid].centerx - after[rid].centerx) < 40
            and abs(during[rid].centery - after[rid].centery) < 40]
    assert len(near) >= 0.8 * len(after)


def test_tiles_kept_stay_under_the_cap_through_every_zoom(progressive, pygame_display):
    renderer, camera = progressive
    for _ in range(9):
        camera.zoom_at((800, 450), 1)
        _frames_until_sharp(renderer, pygame_display, camera)
    assert renderer.layer_bytes() <= (2 * TILE_LIMIT * TILE_PX * TILE_PX + 2 * VIEWPORT[0] * VIEWPORT[1]) * 4


def test_a_new_month_patches_every_visible_tile_at_once(progressive, pygame_display):
    renderer, camera = progressive
    camera.set_rung(4, renderer.scene.regions["ghomara"].label)
    _frames_until_sharp(renderer, pygame_display, camera)
    owners = OWNERS | {"ghomara": "umayyad", "sebou_fez": "umayyad"}
    renderer.draw(pygame_display, camera, owners, {}, time_ms=0)
    assert renderer.complete  # a month shows whole, never half old


def test_play_screen_wheel_zoom_sharpens_within_frames(client):
    from game.ui.screens.play import PlayScreen
    from game.ui.session import Session, Setup

    client.app.push(PlayScreen(client.app, Session.new(Setup(mode="berber"), client.app.data_dir)))
    client.frame()
    view = client.screen.view
    view.renderer.progressive = True
    try:
        for _ in range(200):
            client.frame()
            if view.renderer.idle:
                break
        at = view.region_point("ghomara")
        client.move_mouse(at)
        client.frame([pygame.event.Event(pygame.MOUSEWHEEL, x=0, y=1, flipped=False, precise_x=0.0, precise_y=1.0)])
        assert not view.renderer.complete
        assert client.until(lambda: view.renderer.complete, timeout=30)
        assert view.region_at(at) == "ghomara"  # the point under the cursor stayed put
    finally:
        view.renderer.progressive = None


def _same_map(a: np.ndarray, b: np.ndarray) -> bool:
    """The same picture: a prepared view paints its tiles in one go, a progressive one tile by tile, and a
    thin line (a coast, a graticule) may then rasterise a pixel apart; nothing else may differ."""
    diff = np.abs(a - b).max(axis=2)
    return bool((diff > 3).mean() < 0.01 and diff.mean() < 0.5)


def _worst_block(a: np.ndarray, b: np.ndarray, size: int = 64) -> float:
    """The largest mean difference over size x size blocks: a hole or a misplaced tile stands out."""
    w, h = a.shape[0] // size * size, a.shape[1] // size * size
    d = np.abs(a[:w, :h] - b[:w, :h]).mean(axis=2)
    return float(d.reshape(w // size, size, h // size, size).mean(axis=(1, 3)).max())
