"""The pygame map: draws headless, picks the right region, shows owners apart, keeps labels apart."""

from __future__ import annotations

import time

import pygame
import pytest

from game.ui import theme
from game.ui.map_camera import Camera
from game.ui.map_data import MapData, OffmapRecord, RegionRecord, map_data_from_dict, region_record
from game.ui.map_render import MapRenderer

REGIONS = (
    RegionRecord("tangier", "Tangier (Tingitana)", 35.77, -5.80, "coast", None, "Tangier", 2, True),
    RegionRecord("ceuta", "Ceuta", 35.89, -5.32, "coast", None, "Ceuta", 2, True),
    RegionRecord("ghomara", "Ghomara", 35.10, -4.90, "mountains"),
    RegionRecord("sebou_fez", "Sebou Valley", 34.15, -5.45, "plain", None, "Walila", 1),
    RegionRecord("algeciras", "Algeciras & Tarifa", 36.13, -5.45, "coast", None, "Algeciras", 1, True),
    RegionRecord("medina_sidonia", "Medina-Sidonia", 36.47, -5.93, "hills"),
    RegionRecord("rayyu", "Rayyu", 36.90, -4.50, "mountains"),
    RegionRecord("cordoba", "Córdoba", 37.88, -4.78, "plain", None, "Córdoba", 3, False, True),
    RegionRecord("kairouan", "Kairouan", 35.68, 10.10, "plain", None, "Kairouan", 3, True, True),
    RegionRecord("djerba", "Djerba", 33.81, 10.85, "coast"),
    RegionRecord("wargla", "Wargla", 31.95, 5.33, "desert"),
)
OWNERS = {r.id: "umayyad" for r in REGIONS} | {"ghomara": "berber", "sebou_fez": "berber", "wargla": "neutral"}
VIEWPORT = (1600, 900)


@pytest.fixture(scope="module")
def renderer():
    """Left running afterwards, as the shared pygame_display fixture does: quitting kills cached fonts."""
    if not pygame.get_init() or not pygame.font.get_init():
        pygame.init()
    if pygame.display.get_surface() is None or pygame.display.get_surface().get_size() != VIEWPORT:
        pygame.display.set_mode(VIEWPORT)
    return MapRenderer(MapData(REGIONS))


@pytest.fixture
def drawn(renderer):
    surface = pygame.display.get_surface()
    camera = renderer.make_camera(VIEWPORT)
    renderer.draw(surface, camera, OWNERS, {"tangier": 90})
    return surface, camera


def test_map_region_at_returns_each_region_at_its_projected_label_point(renderer, drawn):
    _, camera = drawn
    for rid, geo in renderer.scene.regions.items():
        assert renderer.region_at(camera.world_to_screen(*geo.label)) == rid


def test_map_region_at_returns_each_region_at_its_projected_centre(renderer, drawn):
    _, camera = drawn
    for rid, geo in renderer.scene.regions.items():  # the centre, moved ashore if drawn at sea
        assert renderer.region_at(camera.world_to_screen(*geo.marker)) == rid


def test_map_region_at_returns_none_at_sea(renderer, drawn):
    _, camera = drawn
    sea = camera.world_to_screen(*renderer.scene.projection.project(5.0, 38.5))  # the Balearic Sea
    assert renderer.region_at(sea) is None


def test_map_pixels_differ_between_berber_and_umayyad_regions(renderer, drawn):
    surface, camera = drawn
    cam = Camera.fit(renderer.world_size, VIEWPORT)
    cam.set_rung(6, renderer.scene.regions["sebou_fez"].label)
    renderer.draw(surface, cam, OWNERS, {})
    berber = _mean_colour(surface, cam.world_to_screen(*renderer.scene.regions["sebou_fez"].marker), dy=30)
    renderer.draw(surface, cam, OWNERS | {"sebou_fez": "umayyad"}, {})
    umayyad = _mean_colour(surface, cam.world_to_screen(*renderer.scene.regions["sebou_fez"].marker), dy=30)
    assert sum(abs(a - b) for a, b in zip(berber, umayyad, strict=True)) > 60
    assert berber[0] > berber[2] + 40  # vermilion: red well above blue


def _mean_colour(surface, at, dy):
    x, y = round(at[0]), round(at[1] + dy)  # below the city icon, clear of the label
    px = [surface.get_at((x + i, y + j)) for i in range(-3, 4) for j in range(-3, 4)]
    return tuple(sum(p[k] for p in px) / len(px) for k in range(3))


def test_map_labels_do_not_overlap(renderer, drawn):
    rects = list(renderer.label_rects.values())
    assert len(rects) >= len(REGIONS) - 3
    for i, a in enumerate(rects):
        assert a.collidelist(rects[i + 1:]) == -1


def test_map_draw_with_cached_layers_is_fast(renderer, drawn):
    surface, camera = drawn
    renderer.draw(surface, camera, OWNERS, {"tangier": 90})
    start = time.perf_counter()
    for frame in range(20):
        camera.pan(3, 0)
        renderer.draw(surface, camera, OWNERS, {"tangier": 90}, selected="cordoba", time_ms=frame * 16)
    assert (time.perf_counter() - start) / 20 < 0.015  # generous for CI; ~1-2 ms on a dev machine


def test_map_highlight_paints_the_highlighted_region(renderer):
    surface = pygame.display.get_surface()
    cam = renderer.make_camera(VIEWPORT)
    cam.set_rung(6, renderer.scene.regions["rayyu"].label)
    at = cam.world_to_screen(*renderer.scene.regions["rayyu"].label)
    probe = (round(at[0]) + 4, round(at[1]) + 40)
    renderer.draw(surface, cam, OWNERS, {})
    before = surface.get_at(probe)
    renderer.highlight(["rayyu"], "attack")
    renderer.draw(surface, cam, OWNERS, {})
    renderer.clear_highlights()
    assert surface.get_at(probe) != before


def test_camera_zoom_keeps_the_point_under_the_cursor():
    cam = Camera.fit((2220.0, 1668.0), VIEWPORT)
    before = cam.screen_to_world(600, 300)
    cam.zoom_at((600, 300), 3)
    assert cam.screen_to_world(600, 300) == pytest.approx(before, abs=1e-6)


def test_region_record_reads_proposal_and_scenario_styles():
    proposal = region_record({"id": "tebessa_kef", "name": "Tebessa", "lat": 35.6, "lon": 8.5, "terrain": "hills",
                              "city": "Tebessa (Byzantine-walled fortress)"})
    scenario = region_record({"id": "tunis", "name": "Tunis", "lat": 36.8, "lon": 10.18, "terrain": "coast",
                              "city": "Tunis", "fortress": 2, "port": True})
    empty = region_record({"id": "aures", "name": "Aures", "lat": 35.3, "lon": 6.6, "city": "none (tribes)"})
    assert (proposal.city, proposal.fortress, proposal.port) == ("Tebessa", 2, False)
    assert (scenario.fortress, scenario.port) == (2, True)
    assert not empty.has_city
    assert region_record({"id": "t", "name": "Tangier (Tingitana)", "lat": 0, "lon": 0}).label == "Tangier"


def test_map_data_skips_offmap_nodes_and_reads_owners():
    doc = {"regions": [{"id": "tunis", "name": "Tunis", "lat": 36.8, "lon": 10.18, "terrain": "coast",
                        "owner": "berber"},
                       {"id": "egypt", "name": "Egypt", "lat": 30.0, "lon": 31.2, "terrain": "desert", "offmap": True}]}
    data = map_data_from_dict(doc)
    assert [r.id for r in data.regions] == ["tunis"] and [o.id for o in data.offmap] == ["egypt"]
    assert data.owners == {"tunis": "berber"}


def test_theme_fonts_render_transliterated_names():
    pygame.font.init()
    for role in ("title", "place", "italic", "ui"):
        f = theme.font(role, 20)
        assert all(m is not None for m in f.metrics("Córdoba Ḥabīb ʿUqba"))


def test_map_labels_follow_the_ui_scale(renderer):
    surface = pygame.display.get_surface()
    camera = renderer.make_camera(VIEWPORT)
    renderer.draw(surface, camera, OWNERS, {})
    before = renderer.label_rects["wargla"].height
    theme.set_ui_scale(1.5)
    try:
        renderer.draw(surface, camera, OWNERS, {})
        assert renderer.label_rects["wargla"].height > before
    finally:
        theme.set_ui_scale(1.0)


def test_offmap_nodes_get_a_badge_anchor_at_the_map_edge():
    data = MapData(REGIONS[:2], offmap=(OffmapRecord("egypt", "Egypt (Fustat)", 30.01, 31.23, (32.35, 14.3)),))
    scene = MapRenderer(data).scene
    x, y = scene.anchor("egypt")
    width, _ = scene.size
    assert width - 40 < x <= width and scene.offmap_points["egypt"][2] > 0  # east edge, pointing south-east


def test_map_of_the_740_scenario_places_nearly_every_name_without_overlap(renderer):
    from pathlib import Path

    import yaml

    path = Path(__file__).resolve().parents[2] / "scenarios" / "berber_revolt_740.yaml"
    if not path.exists():
        pytest.skip("no scenario file")
    data = map_data_from_dict(yaml.safe_load(path.read_text(encoding="utf-8")))
    full = MapRenderer(data)
    full.draw(pygame.display.get_surface(), full.make_camera(VIEWPORT), dict(data.owners), {})
    rects = list(full.label_rects.values())
    assert len(rects) >= len(data.regions) - 3  # the smallest may wait for a closer zoom
    for i, a in enumerate(rects):
        assert a.collidelist(rects[i + 1:]) == -1


def test_map_pan_reuses_the_cached_base_and_zoom_repaints_it(renderer, monkeypatch):
    import game.ui.map_render as map_render
    from game.ui.map_tiles import TILE_PX

    renderer = MapRenderer(MapData(REGIONS))  # fresh caches
    calls = []
    real = map_render.paint_base
    monkeypatch.setattr(map_render, "paint_base", lambda *a, **k: calls.append(1) or real(*a, **k))
    surface = pygame.display.get_surface()
    camera = renderer.make_camera(VIEWPORT)
    camera.set_rung(1)
    renderer.draw(surface, camera, OWNERS, {})
    painted = len(calls)
    for step in range(10):
        camera.pan(5 if step % 2 else -5, 3 if step % 2 else -3)
        renderer.draw(surface, camera, OWNERS, {})
    assert len(calls) == painted  # panning over painted tiles only moves the blits
    camera.zoom_at((800, 450), 1)
    renderer.draw(surface, camera, OWNERS, {})
    columns = len(range((renderer._shift[0]) // TILE_PX, (renderer._shift[0] + VIEWPORT[0] - 1) // TILE_PX + 1))
    assert painted < len(calls) <= painted + columns * (VIEWPORT[1] // TILE_PX + 2)  # the new rung's tiles in view
