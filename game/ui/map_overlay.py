"""The political overlay: translucent owner fills with a pattern per owner, realm borders where owners
change, red hatching on revolting or contested land, and unrest flames.

Repainted only when owners or unrest levels change; colour is never the only cue (see theme.OWNER_STYLES).
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Mapping

import pygame

from game.ui import map_icons, theme
from game.ui.map_paint import (
    View,
    fill_rings,
    pattern_tile,
    rings_bbox,
    stroke_lines,
    tile_over,
)
from game.ui.map_scene import MapScene

REVOLT_AT = 70  # unrest at or above which a region is hatched as in revolt
FLAME_LEVELS = ((80, 3), (60, 2), (40, 1))  # unrest -> flame size 1-3
CONTESTED = "contested"
SUPERSAMPLE = 2


def unrest_level(value: int) -> int:
    """0 (calm) to 3 (burning), the steps the overlay shows."""
    return next((level for threshold, level in FLAME_LEVELS if value >= threshold), 0)


def paint_owners(scene: MapScene, origin: tuple[float, float], zoom: float, size: tuple[int, int],
                 owners: Mapping[str, str], unrest: Mapping[str, int], ss: int = SUPERSAMPLE) -> pygame.Surface:
    """A transparent layer the size of the window: fills, patterns, realm borders, revolt hatching."""
    big = pygame.Surface((size[0] * ss, size[1] * ss), pygame.SRCALPHA)
    view = View(origin, zoom * ss, big.get_size())
    by_owner: dict[str, list[str]] = defaultdict(list)
    for rid in scene.regions:
        by_owner[owners.get(rid, "neutral")].append(rid)
    for owner, ids in by_owner.items():
        if owner == CONTESTED:
            continue
        style = theme.owner_style(owner)
        for rid in ids:
            fill_rings(big, view, scene.regions[rid].rings, (*style.fill, style.alpha))
        if style.pattern != "none":
            _pattern(big, scene, view, ids, style.pattern, (*style.border, 150), ss)
        if owner != "neutral":
            _edge_glow(big, scene, view, ids, owners, owner, (*style.border, 120), ss)
    revolting = [rid for rid in scene.regions if unrest.get(rid, 0) >= REVOLT_AT or owners.get(rid) == CONTESTED]
    if revolting:
        _pattern(big, scene, view, revolting, "cross", (*theme.CONTESTED_HATCH, 170), ss)
    _realm_borders(big, scene, view, owners, ss)
    return pygame.transform.smoothscale(big, size) if ss > 1 else big


def _pattern(target: pygame.Surface, scene: MapScene, view: View, ids: list[str], kind: str, colour, ss: int) -> None:
    """Tile a pattern, keep it only inside the given regions (an alpha mask), blit onto the target.

    Works on the regions' bounding box only: most patterns cover a few regions, not the whole map."""
    rings = [ring for rid in ids for ring in scene.regions[rid].rings]
    box = rings_bbox(view, rings)
    if box.w <= 0 or box.h <= 0:
        return
    local = View((view.origin[0] + box.x / view.scale, view.origin[1] + box.y / view.scale), view.scale, box.size)
    mask = pygame.Surface(box.size, pygame.SRCALPHA)
    fill_rings(mask, local, rings, (255, 255, 255, 255))
    layer = pygame.Surface(box.size, pygame.SRCALPHA)
    # floor of a rounded value: the same phase whether the window or a patch of it is painted (round()
    # of a value near .5 flips with float noise, shifting the hatching a pixel at a patch's edge)
    phase = (math.floor(round(local.origin[0] * view.scale, 3)), math.floor(round(local.origin[1] * view.scale, 3)))
    tile_over(layer, pattern_tile(kind, colour, 10 * ss, max(1, ss)), phase)
    layer.blit(mask, (0, 0), special_flags=pygame.BLEND_RGBA_MULT)
    target.blit(layer, box.topleft)


def _edge_glow(target: pygame.Surface, scene: MapScene, view: View, ids: list[str], owners: Mapping[str, str],
               owner: str, colour, ss: int) -> None:
    """A band of the owner's colour just inside its realm's frontiers and coasts, as on a painted map."""
    rings = [ring for rid in ids for ring in scene.regions[rid].rings]
    box = rings_bbox(view, rings, pad=8 * ss)
    if box.w <= 0 or box.h <= 0:
        return
    local = View((view.origin[0] + box.x / view.scale, view.origin[1] + box.y / view.scale), view.scale, box.size)
    members = set(ids)
    edges = [line for (a, b), lines in scene.borders.items() if (a in members) != (b in members) for line in lines]
    layer = pygame.Surface(box.size, pygame.SRCALPHA)
    width = 7 * ss
    stroke_lines(layer, local, edges + scene.coast, colour, width)
    mask = pygame.Surface(box.size, pygame.SRCALPHA)
    fill_rings(mask, local, rings, (255, 255, 255, 255))
    layer.blit(mask, (0, 0), special_flags=pygame.BLEND_RGBA_MULT)
    target.blit(layer, box.topleft)


def _realm_borders(target: pygame.Surface, scene: MapScene, view: View, owners: Mapping[str, str], ss: int) -> None:
    """Where the owner changes, a heavier line: the frontier reads before the fill colours do."""
    for (a, b), lines in scene.borders.items():
        if owners.get(a, "neutral") != owners.get(b, "neutral"):
            stroke_lines(target, view, lines, (*theme.FRAME, 235), 3.2 * ss)
            stroke_lines(target, view, lines, (*theme.FRAME_GOLD, 200), 1.0 * ss)


def draw_unrest_icons(surface: pygame.Surface, scene: MapScene, view: View, unrest: Mapping[str, int],
                      label_rects: Mapping[str, pygame.Rect]) -> dict[str, pygame.Rect]:
    """A flame beside the name of every restless region; returns where each flame went."""
    out: dict[str, pygame.Rect] = {}
    for rid, value in unrest.items():
        level = unrest_level(value)
        if not level or rid not in scene.regions:
            continue
        icon = map_icons.flame(theme.px(12 + 3 * level), level)
        if rid in label_rects:
            rect = icon.get_rect(midleft=(label_rects[rid].right - theme.px(2), label_rects[rid].centery))
        else:
            rect = icon.get_rect(center=view.pt(*scene.regions[rid].label))
        surface.blit(icon, rect)
        out[rid] = rect
    return out
