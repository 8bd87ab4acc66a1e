"""The client's adapter to the map engineer's renderer: map data from a loaded scenario, one cached
MapRenderer per scenario, world anchor points for every region (off-map nodes included) and the overview
picture for the menu backdrop. Keeps engine and pydantic types out of game.ui.map_*.
"""

from __future__ import annotations

import pygame

from game.ui.last_built import LastBuilt

_RENDERERS = LastBuilt()
_ANCHORS = LastBuilt()


def renderer_for(scenario):
    """The MapRenderer for a scenario, built once (building is ~30 ms; the first paint ~0.1-0.2 s)."""
    return _RENDERERS.get(scenario, _build_renderer)


def _build_renderer(scenario):
    from game.geo import load_offmap_entries
    from game.ui.map_data import map_data_from_dict
    from game.ui.map_render import MapRenderer

    return MapRenderer(map_data_from_dict(scenario.model_dump(mode="json"), load_offmap_entries()))


def anchors_for(scenario) -> dict[str, tuple[float, float]]:
    """Region id -> world point (km) where its army counters stand: below the name, or at the edge badge."""
    return _ANCHORS.get(scenario, _find_anchors)


def _find_anchors(scenario) -> dict[str, tuple[float, float]]:
    scene = renderer_for(scenario).scene
    out: dict[str, tuple[float, float]] = {}
    for rid, geo in scene.regions.items():
        out[rid] = (geo.label[0], geo.label[1])
    proj, (w, h) = scene.projection, scene.size
    for node in scene.data.offmap:
        lat, lon = node.entry or (node.lat, node.lon)
        ex, ey = proj.project(lon, lat)
        out[node.id] = (min(max(ex, 60.0), w - 60.0), min(max(ey, 40.0), h - 40.0))
    return out


def label_rects(renderer) -> dict[str, pygame.Rect]:
    """Region id -> its placed name's rectangle in the map view's pixels, as of the last frame."""
    try:
        return dict(renderer.label_rects)
    except AttributeError:  # an older renderer: counters fall back to the regions' anchors
        return {}


def paint_overview(size: tuple[int, int], scenario_id: str = "berber_revolt_740") -> pygame.Surface | None:
    """The whole map with the scenario's starting owners, for the menus' backdrop."""
    from game.scenario import load_scenario_id

    scenario = load_scenario_id(scenario_id)
    renderer = renderer_for(scenario)
    camera = renderer.make_camera(size)
    camera.set_rung(1)
    surface = pygame.Surface(size)
    owners = {r.id: r.owner for r in scenario.regions if not r.offmap}
    renderer.draw(surface, camera, owners, {r.id: r.unrest for r in scenario.regions})
    return surface
