"""The client's look in one place: palette, owner colours and patterns, fonts by role, UI scale.

Every colour the map or a screen paints comes from here, so a colour-blind mode or a modder's palette
is one edit. Owner colours are Okabe-Ito derived, and each owner also has a pattern, so colour is never
the only cue. Loads fonts lazily and caches them; it never draws.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pygame

FONT_DIR = Path(__file__).resolve().parents[2] / "assets" / "fonts"

RGB = tuple[int, int, int]

# --- Map palette: a printed atlas on parchment, deep sea -----------------------------------------
SEA_DEEP: RGB = (22, 47, 70)
SEA_OPEN: RGB = (31, 64, 92)
SEA_SHALLOWS: tuple[RGB, ...] = ((40, 80, 108), (52, 96, 122), (70, 116, 138))  # offshore -> coast
SEA_LABEL: RGB = (150, 184, 200)
PARCHMENT: RGB = (233, 220, 188)
FRONTIER_LAND: RGB = (196, 188, 168)  # land beyond the game: Francia, Italy, the islands, deep Sahara
FRONTIER_HATCH: RGB = (168, 158, 138)
INK: RGB = (62, 44, 30)  # coastline, text
INK_SOFT: RGB = (112, 88, 62)  # region borders, graticule labels
RIVER: RGB = (62, 112, 146)
GRATICULE: RGB = (92, 128, 150)
LABEL_TEXT: RGB = (52, 36, 24)
LABEL_HALO: RGB = (240, 230, 204)
HIGHLIGHT: RGB = (255, 214, 102)
SELECTED: RGB = (255, 240, 190)
UNREST: RGB = (200, 30, 20)
FRAME: RGB = (40, 30, 22)
FRAME_GOLD: RGB = (176, 140, 74)

TERRAIN_TINT: dict[str, RGB] = {
    "plain": (228, 222, 178),
    "coast": (232, 220, 186),
    "hills": (222, 204, 160),
    "mountains": (204, 184, 146),
    "desert": (240, 218, 164),
    "marsh": (206, 214, 176),
}
TERRAIN_INK: dict[str, RGB] = {  # the little symbols drawn over each terrain
    "mountains": (120, 92, 62),
    "hills": (140, 112, 78),
    "desert": (176, 144, 96),
    "marsh": (92, 120, 96),
    "plain": (150, 150, 96),
}


@dataclass(frozen=True)
class OwnerStyle:
    """How an owner's land is painted: a translucent fill, a strong border colour and a pattern."""

    name: str
    fill: RGB
    alpha: int  # 0-255 over the parchment
    border: RGB
    pattern: str  # "none", "diagonal", "dots", "cross", "horizontal"


OWNER_STYLES: dict[str, OwnerStyle] = {
    # The caliphate in white and gold (its banners were white): calm, as it holds most of the map at the
    # start; the Berbers in Okabe-Ito vermilion, hatched; Asturias a dotted purple; neutral sand grey.
    "umayyad": OwnerStyle("Umayyad Caliphate", (250, 226, 150), 120, (150, 112, 40), "none"),
    "berber": OwnerStyle("Berber rebels", (213, 94, 0), 128, (150, 54, 0), "diagonal"),
    "asturias": OwnerStyle("Kingdom of Asturias", (118, 60, 150), 130, (78, 30, 110), "dots"),
    "neutral": OwnerStyle("Independent tribes", (128, 122, 108), 105, (96, 90, 78), "none"),
}
FALLBACK_OWNER_COLOURS: tuple[RGB, ...] = ((0, 158, 115), (230, 159, 0), (86, 180, 233), (204, 121, 167))
CONTESTED_HATCH: RGB = (150, 20, 10)


def owner_style(owner: str | None) -> OwnerStyle:
    """The style of a known owner, or a stable Okabe-Ito colour for one a mod adds."""
    if owner is None:
        return OWNER_STYLES["neutral"]
    if owner in OWNER_STYLES:
        return OWNER_STYLES[owner]
    colour = FALLBACK_OWNER_COLOURS[sum(map(ord, owner)) % len(FALLBACK_OWNER_COLOURS)]
    return OwnerStyle(owner.replace("_", " ").title(), colour, 120, tuple(c * 2 // 3 for c in colour), "cross")


# --- Fonts -------------------------------------------------------------------------------------
FONT_FILES: dict[str, str] = {
    "title": "EBGaramond12-Regular.ttf",  # screen titles, cartouches
    "body": "EBGaramond12-Regular.ttf",  # narrative text
    "place": "EBGaramondSC12-Regular.ttf",  # region names on the map: true small caps
    "italic": "EBGaramond12-Italic.ttf",  # seas, rivers, captions
    "ui": "NotoSans-Regular.ttf",  # numbers, buttons, tooltips
    "ui_bold": "NotoSans-Bold.ttf",
}
FONT_FILES |= {"serif": FONT_FILES["body"], "smallcaps": FONT_FILES["place"]}  # widgets/fonts.py names

# Highlight styles: (outline colour, fill colour, fill alpha) for regions the UI wants to point at.
HIGHLIGHT_STYLES: dict[str, tuple[RGB, RGB, int]] = {
    "reachable": ((255, 252, 236), (255, 255, 255), 80),
    "attack": ((235, 60, 40), (230, 80, 60), 80),
    "path": ((250, 250, 240), (250, 250, 240), 50),
    "hover": ((255, 246, 214), (255, 246, 214), 45),
}

_ui_scale = 1.0


def set_ui_scale(scale: float) -> None:
    """Scale every font size and `px()` measure (1.0 at 1600x900; 1.5 for a 4K screen)."""
    global _ui_scale
    _ui_scale = max(0.5, min(3.0, float(scale)))


def ui_scale() -> float:
    return _ui_scale


def px(size: float) -> int:
    """A size in design pixels, scaled by the UI scale."""
    return max(1, round(size * _ui_scale))


def font(role: str, size: float) -> pygame.font.Font:
    """The shipped font for a role ('title', 'body', 'place', 'italic', 'ui', 'ui_bold') at a design size."""
    f = _load_font(role, px(size))
    try:
        f.get_height()  # a font cached before pygame.quit() is dead: reload it
    except pygame.error:
        _load_font.cache_clear()
        f = _load_font(role, px(size))
    return f


@lru_cache(maxsize=128)
def _load_font(role: str, pixel_size: int) -> pygame.font.Font:
    if not pygame.font.get_init():
        pygame.font.init()
    path = FONT_DIR / FONT_FILES.get(role, FONT_FILES["body"])
    return pygame.font.Font(str(path), pixel_size)
