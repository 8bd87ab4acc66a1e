"""Map figures: building region shapes, painting the base layer at 1600x900, and a cached frame.

The renderer runs as players see it (progressive: missing tiles painted a few per frame, stand-ins
meanwhile). A zoom step's and a pan's worst frame count every frame until the map is sharp again.

`run()` returns a dict of figures for `python -m benchmarks`; run this file alone to print them.
"""

from __future__ import annotations

import os
import statistics
import time
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

import pygame  # noqa: E402
import yaml  # noqa: E402

from game.geo import build_region_shapes, load_region_anchors  # noqa: E402
from game.geo.regions import _build  # noqa: E402
from game.ui.map_base import paint_base  # noqa: E402
from game.ui.map_data import map_data_from_dict  # noqa: E402
from game.ui.map_render import MapRenderer  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SCENARIO = ROOT / "scenarios" / "berber_revolt_740.yaml"
PROPOSAL = next((p for p in (ROOT.parent / "shared" / "reference" / "map_regions.md",
                             Path("/work/shared/reference/map_regions.md")) if p.exists()), Path("map_regions.md"))
VIEWPORT = (1600, 900)


def _doc() -> dict:
    if SCENARIO.exists():
        doc = yaml.safe_load(SCENARIO.read_text(encoding="utf-8")) or {}
        if doc.get("regions"):
            return doc
    text = PROPOSAL.read_text(encoding="utf-8")
    return yaml.safe_load(text.split("```yaml", 1)[1].split("```", 1)[0])


def _ms(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return round(statistics.median(times), 3)


CPU_MS: list[float] = []  # the CPU time of each frame timed by _frame_ms: on a busy machine wall time
# also counts the waits for a core, which no code change can remove


def _frame_ms(fn) -> float:
    """One frame's wall time (ms), its CPU time noted in CPU_MS."""
    w0, c0 = time.perf_counter(), time.process_time()
    fn()
    CPU_MS.append((time.process_time() - c0) * 1000)
    return round((time.perf_counter() - w0) * 1000, 3)


def run() -> dict:
    """Median milliseconds for the map's expensive steps and its per-frame cost."""
    data = map_data_from_dict(_doc())
    centres = {r.id: (r.lat, r.lon) for r in data.regions}
    anchors = load_region_anchors()

    def shapes_uncached():
        _build.cache_clear()
        build_region_shapes(centres, anchors=anchors)

    if not pygame.get_init():
        pygame.init()
    screen = pygame.display.set_mode(VIEWPORT)
    renderer = MapRenderer(data)
    renderer.progressive = True  # as on a real display (headless it would paint every frame whole)
    camera = renderer.make_camera(VIEWPORT)
    scene = renderer.scene
    scene.glyphs, scene.shallows, scene.borders  # noqa: B018 - warm the world-space caches
    base_ms = _ms(lambda: paint_base(scene, camera.offset, camera.zoom, VIEWPORT), 3)
    owners = dict(data.owners)
    unrest = {"tangier": 85, "sous": 72}
    first_draw = _ms(lambda: (renderer.forget(), renderer.draw(screen, camera, owners, unrest)), 1)
    _settle(lambda: renderer.draw(screen, camera, owners, unrest), renderer)
    frame = _ms(lambda: renderer.draw(screen, camera, owners, unrest, selected="cordoba"), 200)
    pan_cam = renderer.make_camera(VIEWPORT)
    pan_cam.set_rung(3)
    _settle(lambda: renderer.draw(screen, pan_cam, owners, unrest), renderer)

    def pan_frame():
        pan_cam.pan(2, 1)
        renderer.draw(screen, pan_cam, owners, unrest)

    pan = _ms(pan_frame, 100)
    renderer.highlight(["cordoba", "toledo", "merida"] if "toledo" in scene.regions else list(scene.regions)[:3])
    frame_hl = _ms(lambda: renderer.draw(screen, camera, owners, unrest, selected="cordoba"), 100)
    owners_flip = dict(owners)
    first = next(iter(owners_flip))

    def owner_change():
        owners_flip[first] = "berber" if owners_flip[first] != "berber" else "umayyad"
        renderer.draw(screen, camera, owners_flip, unrest)

    ids = list(scene.regions)
    turn_state = {"n": 0}

    def turn_change():  # a month's news: three regions change hands, two grow restless
        turn_state["n"] += 1
        n = turn_state["n"]
        new_owners = dict(owners_flip)
        for rid in ids[n % 7::11][:3]:
            new_owners[rid] = "berber" if new_owners.get(rid) != "berber" else "umayyad"
        new_unrest = dict(unrest) | {ids[(n * 5) % len(ids)]: 75, ids[(n * 3) % len(ids)]: 45}
        renderer.draw(screen, camera, new_owners, new_unrest)

    renderer.draw(screen, camera, owners_flip, unrest)
    zoom_cam = renderer.make_camera(VIEWPORT)
    zoom_steps, zoom_frames = [], []
    CPU_MS.clear()
    for _ in range(4):  # each wheel notch: every frame until the new rung is sharp
        zoom_cam.zoom_at((800, 450), +1)
        times = _until_sharp(lambda: renderer.draw(screen, zoom_cam, owners, unrest), renderer)
        zoom_steps.append(max(times))
        zoom_frames.append(len(times))
    zoom_cpu = max(CPU_MS)
    CPU_MS.clear()
    pan_times = [_frame_ms(lambda: (zoom_cam.pan(8, 3), renderer.draw(screen, zoom_cam, owners, unrest)))
                 for _ in range(300)]
    pan_times += _until_sharp(lambda: renderer.draw(screen, zoom_cam, owners, unrest), renderer)[1:]
    pan_cpu = max(CPU_MS)
    tiles_mb = round(renderer.layer_bytes() / 2**20, 1)
    figures = {
        "regions": len(data.regions),
        "build_region_shapes_ms": _ms(shapes_uncached, 5),
        "scene_geometry_ms": _ms(lambda: _fresh_scene(data), 3),
        "paint_base_1600x900_ms": base_ms,
        "first_draw_ms": first_draw,
        "owner_change_redraw_ms": _ms(owner_change, 5),
        "turn_change_redraw_ms": _ms(turn_change, 9),
        "zoom_step_worst_frame_ms": max(zoom_steps),
        "zoom_step_worst_frame_cpu_ms": round(zoom_cpu, 3),
        "zoom_step_frames_to_sharp": max(zoom_frames),
        "pan_high_zoom_p99_ms": round(statistics.quantiles(pan_times, n=100)[98], 3),
        "pan_high_zoom_max_ms": max(pan_times),
        "pan_high_zoom_max_cpu_ms": round(pan_cpu, 3),
        "frame_cached_ms": frame,
        "frame_with_highlight_ms": frame_hl,
        "frame_while_panning_zoom2x_ms": pan,
        "region_at_us": round(_ms(lambda: renderer.region_at((800, 450), camera), 1000) * 1000, 1),
        "map_layers_memory_mb": tiles_mb,
    }
    return figures  # pygame stays up: quitting would kill fonts other benchmarks in this process cached


def _until_sharp(draw, renderer, limit: int = 400) -> list[float]:
    """Frame times (ms) from now until a frame shows every tile sharp (that frame included)."""
    times = [_frame_ms(draw)]
    while not renderer.complete and len(times) < limit:
        times.append(_frame_ms(draw))
    return times


def _settle(draw, renderer, limit: int = 400) -> None:
    """Frames until the renderer has nothing left to paint, even ahead: what a player resting sees."""
    for _ in range(limit):
        draw()
        if renderer.idle:
            return


def _fresh_scene(data):
    from game.ui.map_scene import MapScene

    _build.cache_clear()
    scene = MapScene(data)
    return scene.shallows, scene.borders, scene.glyphs


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key:32} {value}")
