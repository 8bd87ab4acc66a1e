"""The menus' background: the map of the western Mediterranean, darkened towards the edges, with the
game's title in EB Garamond. Composed once per window size and blitted whole every frame.

The map picture itself comes from whoever can paint it (the title screen asks the map renderer in a
background thread); until then a warm gradient stands in, so the menu appears at once.
"""

from __future__ import annotations

import time

import pygame

from game.ui.widgets.fonts import TEXT

TITLE_COLOUR = (246, 230, 190)
SUB_COLOUR = (214, 190, 140)


class Backdrop:
    """A cached full-window picture: map (or gradient) + vignette (+ title when asked)."""

    FADE = 0.8  # seconds for the map to come up through the gradient

    def __init__(self) -> None:
        self.map_image: pygame.Surface | None = None
        # key -> (the map image it was composed on, the composed card)
        self._cache: dict[tuple, tuple[pygame.Surface | None, pygame.Surface]] = {}
        self._fade_from: float | None = None

    def set_map(self, image: pygame.Surface) -> None:
        self.map_image = image
        self._fade_from = time.monotonic()

    def draw(self, surface: pygame.Surface, title: str = "big") -> None:
        size = surface.get_size()
        surface.blit(self._composed(size, title, self.map_image), (0, 0))
        if self._fade_from is not None:  # the gradient that was there, fading out over the map
            k = (time.monotonic() - self._fade_from) / self.FADE
            if k >= 1:
                self._fade_from = None
                return
            old = self._composed(size, title, None)
            old.set_alpha(int(255 * (1 - k)))
            surface.blit(old, (0, 0))
            old.set_alpha(None)

    def _composed(self, size: tuple[int, int], title: str, image) -> pygame.Surface:
        key = (size, title, id(image))
        hit = self._cache.get(key)
        composed = hit[1] if hit is not None and hit[0] is image else None  # the image kept: its id is not reused
        if composed is None:
            if len(self._cache) > 8:
                self._cache.clear()
            saved, self.map_image = self.map_image, image
            composed = self._compose(size, title)
            self.map_image = saved
            self._cache[key] = (image, composed)
        return composed

    def _compose(self, size: tuple[int, int], title: str) -> pygame.Surface:
        w, h = size
        out = pygame.Surface(size).convert() if pygame.display.get_surface() else pygame.Surface(size)
        if self.map_image is not None:
            img = self.map_image
            scale = max(w / img.get_width(), h / img.get_height())
            img = pygame.transform.smoothscale(img, (int(img.get_width() * scale) + 1,
                                                     int(img.get_height() * scale) + 1))
            out.blit(img, ((w - img.get_width()) // 2, (h - img.get_height()) // 2))
            shade = pygame.Surface(size, pygame.SRCALPHA)
            shade.fill((14, 10, 6, 110))
            out.blit(shade, (0, 0))
        else:
            for y in range(h):
                t = y / h
                out.fill((int(38 - 20 * t), int(30 - 16 * t), int(22 - 12 * t)), (0, y, w, 1))
        _vignette(out)
        if title:
            _title(out, title)
        return out


def _vignette(surface: pygame.Surface) -> None:
    """Darken the edges: a few translucent frames, cheaper than a per-pixel radial gradient."""
    w, h = surface.get_size()
    layer = pygame.Surface((w, h), pygame.SRCALPHA)
    steps = 24
    for i in range(steps):
        alpha = int(150 * (1 - i / steps) ** 2)
        inset = int(i * min(w, h) / (2.6 * steps))
        pygame.draw.rect(layer, (8, 6, 4, alpha), (inset, inset, w - 2 * inset, h - 2 * inset),
                         width=max(1, int(min(w, h) / (2.6 * steps)) + 1))
    surface.blit(layer, (0, 0))


def _title(surface: pygame.Surface, mode: str) -> None:
    w, h = surface.get_size()
    big = mode == "big"
    size = 104 if big else 64
    y = int(h * (0.26 if big else 0.07))
    title = TEXT.render("Berber Revolt", "title", size, TITLE_COLOUR, shadow=True)
    _band(surface, y - 30, title.get_height() + (130 if big else 60))
    surface.blit(title, title.get_rect(midtop=(w // 2, y)))
    y += title.get_height() - (8 if big else 6)
    sub = TEXT.render("740 – 743", "italic", 40 if big else 28, SUB_COLOUR, shadow=True)
    rule_y = y + sub.get_height() // 2
    surface.blit(sub, sub.get_rect(midtop=(w // 2, y)))
    half = sub.get_width() // 2 + 24
    for sign in (-1, 1):
        x0 = w // 2 + sign * half
        x1 = w // 2 + sign * (half + (180 if big else 120))
        pygame.draw.line(surface, (176, 140, 74), (x0, rule_y), (x1, rule_y), 2)
        pygame.draw.circle(surface, (176, 140, 74), (x1, rule_y), 3)
    if big:
        tag = TEXT.render("The Kharijite rising against the Umayyad Caliphate in the Maghreb and al-Andalus",
                          "italic", 24, (226, 210, 176), shadow=True)
        surface.blit(tag, tag.get_rect(midtop=(w // 2, y + sub.get_height() + 18)))


def _band(surface: pygame.Surface, top: int, height: int) -> None:
    """A soft dark band behind the title, so the map's own names never fight with it."""
    w = surface.get_width()
    band = pygame.Surface((w, height), pygame.SRCALPHA)
    for y in range(height):
        t = abs(2 * y / max(1, height - 1) - 1)
        band.fill((10, 8, 5, int(170 * (1 - t * t))), (0, y, w, 1))
    surface.blit(band, (0, top))


def backdrop(app) -> Backdrop:
    """The App's shared backdrop (one per App)."""
    if "backdrop" not in app.cache:
        app.cache["backdrop"] = Backdrop()
    return app.cache["backdrop"]
