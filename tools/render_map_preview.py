"""Render the campaign map to PNGs headless, to look at the map without starting the game.

Reads regions from scenarios/berber_revolt_740.yaml when it has them, else from the YAML block of the
shared region proposal. Usage: python tools/render_map_preview.py [--out out/] [--size 1600x900]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pygame  # noqa: E402
import yaml  # noqa: E402

from game.geo import load_offmap_entries  # noqa: E402
from game.ui import theme  # noqa: E402
from game.ui.map_data import MapData, map_data_from_dict  # noqa: E402
from game.ui.map_legend import legend_surface  # noqa: E402
from game.ui.map_render import MapRenderer  # noqa: E402

SCENARIO = ROOT / "scenarios" / "berber_revolt_740.yaml"
PROPOSAL = next((p for p in (ROOT.parent / "shared" / "reference" / "map_regions.md",
                             Path("/work/shared/reference/map_regions.md")) if p.exists()), Path("map_regions.md"))
# Demo state for the preview: the article's first risings (spring 740).
DEMO_UNREST = {"tangier": 88, "sous": 74, "sebou_fez": 62, "ghomara": 45, "tlemcen": 50, "douro_leon": 42}


def load_map_data() -> MapData:
    """Scenario regions if the scenario file lists them with coordinates, else the shared proposal."""
    entries = load_offmap_entries()
    if SCENARIO.exists():
        doc = yaml.safe_load(SCENARIO.read_text(encoding="utf-8")) or {}
        regions = doc.get("regions") or []
        if regions and all(k in regions[0] for k in ("id", "name", "lat", "lon", "terrain")):
            return map_data_from_dict(doc, entries)  # sea names: the shipped defaults
    return _proposal(entries)


def _proposal(entries) -> MapData:
    text = PROPOSAL.read_text(encoding="utf-8")
    return map_data_from_dict(yaml.safe_load(text.split("```yaml", 1)[1].split("```", 1)[0]), entries)


def cartouche(title: str, subtitle: str) -> pygame.Surface:
    t = theme.font("title", 34).render(title, True, (244, 232, 200))
    s = theme.font("italic", 18).render(subtitle, True, theme.FRAME_GOLD)
    w, h = max(t.get_width(), s.get_width()) + theme.px(40), t.get_height() + s.get_height() + theme.px(18)
    plate = pygame.Surface((w, h), pygame.SRCALPHA)
    pygame.draw.rect(plate, (*theme.FRAME, 230), plate.get_rect(), border_radius=theme.px(6))
    pygame.draw.rect(plate, theme.FRAME_GOLD, plate.get_rect().inflate(-6, -6), 1, border_radius=theme.px(5))
    plate.blit(t, t.get_rect(midtop=(w // 2, theme.px(6))))
    plate.blit(s, s.get_rect(midtop=(w // 2, theme.px(8) + t.get_height())))
    return plate


def render(renderer: MapRenderer, data: MapData, size, rung: int = 0, centre=None, furniture=True):
    screen = pygame.display.get_surface()
    camera = renderer.make_camera(size)
    if rung or centre:
        camera.set_rung(rung, renderer.scene.projection.project(centre[1], centre[0]) if centre else None)
    owners = dict(data.owners) or {r.id: "umayyad" for r in data.regions}
    selected = "cordoba" if "cordoba" in renderer.scene.regions else None
    renderer.highlight([r for r in ("seville_niebla", "merida", "toledo", "jaen", "elvira", "rayyu")
                        if r in renderer.scene.regions])
    unrest = {k: v for k, v in DEMO_UNREST.items() if k in renderer.scene.regions}
    t0 = time.perf_counter()
    renderer.draw(screen, camera, owners, unrest, selected=selected, time_ms=250)
    first = time.perf_counter() - t0
    if furniture:
        plate = cartouche("Al-Maghrib & al-Andalus", "The Berber Revolt · spring 740")
        screen.blit(plate, plate.get_rect(topright=(size[0] - theme.px(16), theme.px(16))))
        legend = legend_surface()
        screen.blit(legend, legend.get_rect(topleft=(theme.px(12), theme.px(16))))
    return first


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default=str(ROOT / "out"))
    ap.add_argument("--size", default="1600x900")
    args = ap.parse_args(argv)
    size = tuple(int(v) for v in args.size.split("x"))
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    pygame.init()
    pygame.display.set_mode(size)
    data = load_map_data()
    t0 = time.perf_counter()
    renderer = MapRenderer(data)
    print(f"scene built in {time.perf_counter() - t0:.3f} s ({len(data.regions)} regions)")
    views = (("map_preview.png", 0, None, True), ("map_preview_strait.png", 7, (35.95, -5.45), False),
             ("map_preview_ifriqiya.png", 4, (35.6, 9.0), False), ("map_preview_iberia.png", 2, (38.5, -4.5), False))
    for name, rung, centre, furniture in views:
        first = render(renderer, data, size, rung, centre, furniture)
        pygame.image.save(pygame.display.get_surface(), str(out / name))
        dropped = renderer._labels.dropped if renderer._labels else []
        print(f"{out / name}: first draw {first:.3f} s; labels dropped: {dropped or 'none'}")
    pygame.quit()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
