"""A map legend plate: owner swatches with their patterns, unrest flames and the city symbols.

Drawn on demand by screens (and the preview tool); reads every colour and pattern from theme.
"""

from __future__ import annotations

from collections.abc import Iterable

import pygame

from game.ui import map_icons, theme
from game.ui.map_overlay import REVOLT_AT
from game.ui.map_paint import pattern_tile, tile_over

_TEXT = (238, 228, 204)


def legend_surface(owners: Iterable[str] = ("umayyad", "berber", "asturias", "neutral")) -> pygame.Surface:
    """A dark parchment-rimmed plate listing what the map's colours, patterns and icons mean."""
    f = theme.font("body", 16)
    head = theme.font("place", 18)
    rows: list[tuple[pygame.Surface, str]] = []
    sw = theme.px(30)
    sh = theme.px(18)
    for owner in owners:
        style = theme.owner_style(owner)
        swatch = pygame.Surface((sw, sh))
        swatch.fill(theme.PARCHMENT)
        tint = pygame.Surface((sw, sh), pygame.SRCALPHA)
        tint.fill((*style.fill, min(255, style.alpha + 60)))
        swatch.blit(tint, (0, 0))
        if style.pattern != "none":
            tile_over(swatch, pattern_tile(style.pattern, (*style.border, 170), 10, 1))
        pygame.draw.rect(swatch, theme.FRAME, swatch.get_rect(), 1)
        rows.append((swatch, style.name))
    revolt = pygame.Surface((sw, sh))
    revolt.fill(theme.PARCHMENT)
    tile_over(revolt, pattern_tile("cross", (*theme.CONTESTED_HATCH, 200), 10, 1))
    pygame.draw.rect(revolt, theme.FRAME, revolt.get_rect(), 1)
    rows.append((revolt, f"In revolt (unrest {REVOLT_AT}+)"))
    rows.append((map_icons.flame(theme.px(20), 2), "Unrest"))
    rows.append((map_icons.walled_city(theme.px(26), True), "Capital, great city"))
    rows.append((map_icons.walled_city(theme.px(20)), "Walled city, fortress"))
    rows.append((map_icons.town(theme.px(12)), "Town"))
    rows.append((map_icons.anchor(theme.px(18)), "Port"))
    title = head.render("Legend", True, theme.FRAME_GOLD)
    line_h = max(sh, f.get_linesize(), theme.px(26)) + theme.px(2)
    width = theme.px(24) + sw + max(f.size(text)[0] for _, text in rows) + theme.px(12)
    height = theme.px(18) + title.get_height() + line_h * len(rows)
    plate = pygame.Surface((width, height), pygame.SRCALPHA)
    pygame.draw.rect(plate, (*theme.FRAME, 228), plate.get_rect(), border_radius=theme.px(6))
    pygame.draw.rect(plate, theme.FRAME_GOLD, plate.get_rect().inflate(-4, -4), 1, border_radius=theme.px(5))
    plate.blit(title, (theme.px(12), theme.px(8)))
    y = theme.px(12) + title.get_height()
    for icon, text in rows:
        plate.blit(icon, icon.get_rect(center=(theme.px(12) + sw // 2, y + line_h // 2)))
        label = f.render(text, True, _TEXT)
        plate.blit(label, label.get_rect(midleft=(theme.px(20) + sw, y + line_h // 2)))
        y += line_h
    return plate
