"""Army counters: a banner in the side's colour with the leader's initial, the strength ('12k') and a
morale bar; stacks of several armies drawn as offset counters with a count badge.

Surfaces are cached per look (side, text, initial, state), so a frame is a few blits per region.
"""

from __future__ import annotations

from dataclasses import dataclass

import pygame

from game.ui import theme
from game.ui.widgets.fonts import TEXT

W, H = 54, 28
STACK_STEP = (5, 5)  # rear counters peek out down-right, away from the name above
GOLD = (232, 192, 106)


def strength(men: int) -> str:
    """12400 -> '12k', 4500 -> '4.5k', 800 -> '800'."""
    if men >= 10_000:
        return f"{round(men / 1000)}k"
    if men >= 1000:
        text = f"{men / 1000:.1f}".rstrip("0").rstrip(".")
        return f"{text}k"
    return str(men)


@dataclass(frozen=True)
class CounterLook:
    side: str
    men: int
    initial: str
    morale: int
    selected: bool = False
    planned: bool = False  # has a military order this month
    at_sea: bool = False


_CACHE: dict[tuple, pygame.Surface] = {}


def counter_surface(look: CounterLook) -> pygame.Surface:
    key = (look.side, strength(look.men), look.initial, look.morale // 10, look.selected, look.planned,
           look.at_sea, theme.ui_scale())
    surf = _CACHE.get(key)
    if surf is None:
        if len(_CACHE) > 512:
            _CACHE.clear()
        surf = _paint(look)
        _CACHE[key] = surf
    return surf


def _paint(look: CounterLook) -> pygame.Surface:
    style = theme.owner_style(look.side)
    w, h = theme.px(W), theme.px(H)
    pad = theme.px(4)
    surf = pygame.Surface((w + 2 * pad, h + 2 * pad + theme.px(5)), pygame.SRCALPHA)
    body = pygame.Rect(pad, pad, w, h)
    shadow = body.move(2, 3)
    pygame.draw.rect(surf, (0, 0, 0, 110), shadow, border_radius=theme.px(4))
    if look.selected:
        pygame.draw.rect(surf, (*GOLD, 255), body.inflate(6, 6), border_radius=theme.px(6))
    pygame.draw.rect(surf, (30, 24, 18), body, border_radius=theme.px(4))
    flag = pygame.Rect(body.x, body.y, theme.px(22), h)
    pygame.draw.rect(surf, style.fill, flag, border_top_left_radius=theme.px(4), border_bottom_left_radius=theme.px(4))
    if look.at_sea:
        for i in range(3):
            y = flag.y + theme.px(7) + i * theme.px(7)
            pygame.draw.arc(surf, (235, 240, 250), (flag.x + 3, y - 3, flag.w - 6, 8), 3.3, 6.1, 2)
    else:
        light = sum(c * k for c, k in zip(style.fill, (0.3, 0.59, 0.11), strict=True)) > 150
        ink = (44, 30, 14) if light else (255, 250, 236)
        initial = TEXT.render(look.initial or "•", "title", 19, ink)
        surf.blit(initial, initial.get_rect(center=flag.center))
    text = TEXT.render(strength(look.men), "ui_bold", 13, (250, 244, 230))
    surf.blit(text, text.get_rect(center=((flag.right + body.right) // 2 + 1, body.centery)))
    border = GOLD if look.selected else style.border
    pygame.draw.rect(surf, border, body, 2 if look.selected else 1, border_radius=theme.px(4))
    if look.planned:
        pygame.draw.circle(surf, GOLD, (body.right - 3, body.y + 3), theme.px(3))
    bar = pygame.Rect(body.x + 2, body.bottom + 2, w - 4, theme.px(3))
    pygame.draw.rect(surf, (20, 16, 12), bar)
    fill = bar.copy()
    fill.w = max(1, round(bar.w * max(0, min(100, look.morale)) / 100))
    colour = (90, 180, 80) if look.morale >= 60 else (220, 180, 60) if look.morale >= 35 else (210, 70, 50)
    pygame.draw.rect(surf, colour, fill)
    return surf


def badge_surface(count: int) -> pygame.Surface:
    key = ("badge", count, theme.ui_scale())
    surf = _CACHE.get(key)
    if surf is None:
        text = TEXT.render(str(count), "ui_bold", 11, (30, 22, 14))
        r = max(text.get_width(), text.get_height()) // 2 + 3
        surf = pygame.Surface((2 * r + 2, 2 * r + 2), pygame.SRCALPHA)
        pygame.draw.circle(surf, GOLD, (r + 1, r + 1), r)
        pygame.draw.circle(surf, (60, 40, 20), (r + 1, r + 1), r, 1)
        surf.blit(text, text.get_rect(center=(r + 1, r + 1)))
        _CACHE[key] = surf
    return surf


def swords_surface() -> pygame.Surface:
    """Crossed swords on a dark red disc: where a battle was fought last month."""
    key = ("swords", theme.ui_scale())
    surf = _CACHE.get(key)
    if surf is None:
        r = theme.px(13)
        surf = pygame.Surface((2 * r + 4, 2 * r + 4), pygame.SRCALPHA)
        c = (r + 2, r + 2)
        pygame.draw.circle(surf, (120, 24, 16, 235), c, r)
        pygame.draw.circle(surf, GOLD, c, r, 2)
        k = r * 0.55
        for sign in (-1, 1):
            a = (c[0] - sign * k, c[1] - k)
            b = (c[0] + sign * k, c[1] + k)
            pygame.draw.line(surf, (245, 236, 214), a, b, 3)
            guard = (c[0] + sign * k * 0.45, c[1] + k * 0.45)
            pygame.draw.line(surf, GOLD, (guard[0] - 4, guard[1] + 4 * sign), (guard[0] + 4, guard[1] - 4 * sign), 2)
        _CACHE[key] = surf
    return surf


def portrait_surface(side: str, initial: str) -> pygame.Surface:
    """A medallion for the side panel: the leader's initial on his side's colour, ringed in gold."""
    key = ("portrait", side, initial, theme.ui_scale())
    surf = _CACHE.get(key)
    if surf is None:
        style = theme.owner_style(side)
        r = theme.px(24)
        surf = pygame.Surface((2 * r + 6, 2 * r + 6), pygame.SRCALPHA)
        c = (r + 3, r + 3)
        pygame.draw.circle(surf, (0, 0, 0, 120), (c[0] + 2, c[1] + 3), r)
        pygame.draw.circle(surf, style.fill, c, r)
        pygame.draw.circle(surf, GOLD, c, r, 3)
        pygame.draw.circle(surf, style.border, c, r - 5, 1)
        light = sum(v * k for v, k in zip(style.fill, (0.3, 0.59, 0.11), strict=True)) > 150
        text = TEXT.render(initial, "title", 30, (44, 30, 14) if light else (255, 250, 236))
        surf.blit(text, text.get_rect(center=(c[0], c[1] + 1)))
        _CACHE[key] = surf
    return surf


def stack_rects(centre: tuple[float, float], count: int) -> list[pygame.Rect]:
    """Screen rects of a stack's counters, bottom (front) first; at most 3 drawn offset."""
    w, h = theme.px(W) + 2 * theme.px(4), theme.px(H) + 2 * theme.px(4) + theme.px(5)
    rects = []
    for i in range(min(count, 3)):
        r = pygame.Rect(0, 0, w, h)
        r.center = (round(centre[0] + STACK_STEP[0] * i), round(centre[1] + STACK_STEP[1] * i))
        rects.append(r)
    return rects
