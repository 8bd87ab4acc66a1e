"""Turn changes without a full repaint: which map pixels a few owner or unrest changes touch, so the
renderer recomposes only those rectangles (base, overlay, names, flames) of its composed tiles.

The overlay is painted in world-anchored pixels (patterns phase on the window origin), so a sub-rectangle
painted alone matches the full paint; this module must not change how anything looks.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import pygame

from game.ui import theme
from game.ui.map_paint import View, rings_bbox
from game.ui.map_scene import MapScene

PAD_PX = 14  # realm borders, edge glow and anti-aliasing reach this far beyond a region's outline
PAINT_MARGIN_PX = 32  # a patch is painted this much larger: clipped wide lines rasterise differently near an edge
FULL_REPAINT_SHARE = 0.35  # above this share of the window a single full repaint is cheaper


def changed_regions(old: Mapping[str, object], new: Mapping[str, object]) -> set[str]:
    """Ids whose value differs between two states (missing counts as a value)."""
    return {rid for rid in set(old) | set(new) if old.get(rid) != new.get(rid)}


def dirty_rects(scene: MapScene, view: View, owner_ids: Iterable[str], unrest_ids: Iterable[str],
                label_rects: Mapping[str, pygame.Rect]) -> list[pygame.Rect]:
    """Window rectangles to recompose: each changed region's box, and for unrest also its name and flame."""
    bounds = pygame.Rect((0, 0), view.size)
    rects = []
    for rid in set(owner_ids) | set(unrest_ids):
        if rid in scene.regions:
            rects.append(rings_bbox(view, scene.regions[rid].rings, pad=PAD_PX))
    for rid in unrest_ids:
        if rid in label_rects:
            flame = theme.px(12 + 3 * 3)  # the largest flame, whatever the old and new levels were
            rects.append(label_rects[rid].inflate(flame * 2, flame).clip(bounds))
        elif rid in scene.regions:
            x, y = view.pt(*scene.regions[rid].label)
            rects.append(pygame.Rect(round(x) - 24, round(y) - 24, 48, 48).clip(bounds))
    return merged([r for r in rects if r.w > 0 and r.h > 0])


def merged(rects: list[pygame.Rect]) -> list[pygame.Rect]:
    """Rectangles whose painted margins meet become one: each overlay patch has a fixed cost."""
    out = list(rects)
    grow = 2 * PAINT_MARGIN_PX
    changed = True
    while changed:
        changed = False
        for i, a in enumerate(out):
            j = a.inflate(grow, grow).collidelist([b.inflate(grow, grow) for b in out[i + 1:]])
            if j != -1:
                out[i] = a.union(out.pop(i + 1 + j))
                changed = True
                break
    return out


def worth_partial(rects: list[pygame.Rect], size: tuple[int, int]) -> bool:
    """True when the dirty area is small enough that patching beats repainting the window."""
    area = sum(r.w * r.h for r in rects)
    return bool(rects) and area <= FULL_REPAINT_SHARE * size[0] * size[1]
