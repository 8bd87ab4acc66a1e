"""A map legend plate: owner swatches with their patterns, unrest flames and the city symbols.

Drawn on demand by screens (and the preview tool); reads every colour and pattern from theme.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

import pygame

from game.ui import map_icons, theme
from game.ui.map_overlay import REVOLT_AT
from game.ui.map_paint import pattern_tile, tile_over

_TEXT = (238, 228, 204)


def legend_surface(owners: Iterable[str] = ("umayyad", "berber", "asturias", "neutral")) -> pygame.Surface:
    """A dark parchment-rimmed plate listing what the map's colours, patterns and icons mean."""
    rows = [(_swatch(theme.owner_style(o).fill, theme.owner_style(o).alpha + 60, theme.owner_style(o).pattern,
                     theme.owner_style(o).border), theme.owner_style(o).name) for o in owners]
    rows += [
        (_swatch(None, 0, "cross", theme.CONTESTED_HATCH), f"In revolt (unrest {REVOLT_AT}+)"),
        (map_icons.flame(theme.px(20), 2), "Unrest"),
        (map_icons.walled_city(theme.px(26), True), "Capital, great city"),
        (map_icons.walled_city(theme.px(20)), "Walled city, fortress"),
        (map_icons.town(theme.px(12)), "Town"),
        (map_icons.anchor(theme.px(18)), "Port"),
    ]
    return _plate(rows)


def _swatch(fill, alpha: int, pattern: str, ink) -> pygame.Surface:
    """A small rectangle painted the way the map paints an owner's land."""
    swatch = pygame.Surface((theme.px(30), theme.px(18)))
    swatch.fill(theme.PARCHMENT)
    if fill is not None:
        tint = pygame.Surface(swatch.get_size(), pygame.SRCALPHA)
        tint.fill((*fill, min(255, alpha)))
        swatch.blit(tint, (0, 0))
    if pattern != "none":
        tile_over(swatch, pattern_tile(pattern, (*ink, 180), 10, 1))
    pygame.draw.rect(swatch, theme.FRAME, swatch.get_rect(), 1)
    return swatch


def _plate(rows: list[tuple[pygame.Surface, str]]) -> pygame.Surface:
    f = theme.font("body", 16)
    title = theme.font("place", 18).render("Legend", True, theme.FRAME_GOLD)
    icon_w = theme.px(30)
    line_h = max(f.get_linesize(), theme.px(26)) + theme.px(2)
    width = theme.px(24) + icon_w + max(f.size(text)[0] for _, text in rows) + theme.px(12)
    height = theme.px(18) + title.get_height() + line_h * len(rows)
    plate = pygame.Surface((width, height), pygame.SRCALPHA)
    pygame.draw.rect(plate, (*theme.FRAME, 228), plate.get_rect(), border_radius=theme.px(6))
    pygame.draw.rect(plate, theme.FRAME_GOLD, plate.get_rect().inflate(-4, -4), 1, border_radius=theme.px(5))
    plate.blit(title, (theme.px(12), theme.px(8)))
    y = theme.px(12) + title.get_height()
    for icon, text in rows:
        plate.blit(icon, icon.get_rect(center=(theme.px(12) + icon_w // 2, y + line_h // 2)))
        label = f.render(text, True, _TEXT)
        plate.blit(label, label.get_rect(midleft=(theme.px(20) + icon_w, y + line_h // 2)))
        y += line_h
    return plate


@lru_cache(maxsize=16)
def furniture(zoom: float, scale: float) -> pygame.Surface:
    """A translucent plate holding the compass rose and a scale bar of a round number of km."""
    rose = map_icons.compass(theme.px(72))
    km = next((k for k in (10, 25, 50, 100, 200, 250, 500, 1000) if k * zoom >= theme.px(85)), 1000)
    length = round(km * zoom)
    f = theme.font("italic", 14)
    text = f.render(f"{km} km  ·  {round(km / 1.48)} Roman miles", True, (236, 226, 200))
    pad = theme.px(8)
    w = max(length, text.get_width(), rose.get_width()) + 2 * pad
    h = rose.get_height() + text.get_height() + theme.px(10) + 2 * pad
    out = pygame.Surface((w, h), pygame.SRCALPHA)
    pygame.draw.rect(out, (*theme.FRAME, 190), out.get_rect(), border_radius=theme.px(6))
    pygame.draw.rect(out, theme.FRAME_GOLD, out.get_rect().inflate(-4, -4), 1, border_radius=theme.px(5))
    out.blit(rose, rose.get_rect(midtop=(w // 2, pad - theme.px(4))))
    y = h - pad - theme.px(6)
    out.blit(text, text.get_rect(midbottom=(w // 2, y - theme.px(3))))
    x0 = (w - length) // 2
    for i in range(4):
        colour = (236, 226, 200) if i % 2 == 0 else (60, 44, 30)
        pygame.draw.rect(out, colour, (x0 + i * length / 4, y, length / 4 + 1, theme.px(6)))
    pygame.draw.rect(out, (236, 226, 200), (x0, y, length, theme.px(6)), 1)
    return out
