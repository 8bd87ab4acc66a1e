"""What the replay paints over the map: army counters, an army's tooltip, the flash of a battle and its
report card (winner, losses, leaders killed) tied to the field, and the loading card shown meanwhile.

Drawing only; positions come from `replay_motion`, words from `replay_source`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache

import pygame

from game.ui import theme
from game.ui.play_text import about_men
from game.ui.replay_motion import ArmyMarker
from game.ui.replay_source import BattleReport
from game.ui.replay_timeline import draw_crossed_swords

Point = tuple[float, float]
CARD_BG = (28, 23, 18)
CARD_TEXT = (238, 228, 204)
CARD_MUTED = (176, 160, 134)
GOLD = (226, 190, 110)


def men_label(men: int) -> str:
    """12 400 -> '12k', 800 -> '800': the counter shows the order of magnitude, the panel the detail."""
    if men >= 10_000:
        return f"{men // 1000}k"
    if men >= 1000:
        return f"{men / 1000:.1f}k".replace(".0k", "k")
    return str(men)


def draw_army(surface: pygame.Surface, marker: ArmyMarker, initial: str = "") -> pygame.Rect:
    """The play screen's own army counter (the same look in play and in the replay), standing on its point;
    a plain banner if that module is missing."""
    try:
        from game.ui.play_counters import CounterLook, counter_surface
    except ImportError:
        return _draw_banner(surface, marker)
    image = counter_surface(CounterLook(marker.side, marker.men, initial, marker.morale, planned=marker.moving))
    rect = image.get_rect(midbottom=(round(marker.pos[0]), round(marker.pos[1])))
    surface.blit(image, rect)
    return rect


def _draw_banner(surface: pygame.Surface, marker: ArmyMarker) -> pygame.Rect:
    """A banner-shaped counter: side colour, dark rim, the strength."""
    style = theme.owner_style(marker.side)
    font = theme.font("ui_bold", 13)
    light_fill = sum(style.fill) / 3 > 150  # the Umayyad white-gold needs dark ink
    text = font.render(men_label(marker.men), True, theme.FRAME if light_fill else (252, 248, 240))
    w, h = max(34, text.get_width() + 14), text.get_height() + 6
    rect = pygame.Rect(0, 0, w, h)
    rect.center = (round(marker.pos[0]), round(marker.pos[1]) - 16)
    shadow = rect.move(2, 3)
    pygame.draw.rect(surface, (0, 0, 0), shadow, border_radius=4)
    pygame.draw.rect(surface, style.fill, rect, border_radius=4)
    pygame.draw.rect(surface, style.border if marker.moving else theme.FRAME, rect, width=2, border_radius=4)
    surface.blit(text, text.get_rect(center=rect.center))
    tip = (rect.centerx, rect.bottom + 6)
    pygame.draw.polygon(surface, theme.FRAME, (rect.midbottom, (rect.centerx - 5, rect.bottom), tip))
    pygame.draw.line(surface, theme.FRAME, (rect.centerx - 5, rect.bottom), tip, 2)
    if marker.leader:
        pygame.draw.circle(surface, GOLD, (rect.right - 1, rect.top + 1), 4)
    return rect


def draw_flash(surface: pygame.Surface, centre: Point, strength: float) -> None:
    """A burst of light and crossed swords where a battle is being fought."""
    if strength <= 0:
        return
    radius = round(18 + 26 * strength)
    glow = pygame.Surface((radius * 2, radius * 2), pygame.SRCALPHA)
    for r in range(radius, 0, -4):
        alpha = round(150 * strength * (1 - r / radius) ** 0.7)
        pygame.draw.circle(glow, (255, 170, 60, alpha), (radius, radius), r)
    surface.blit(glow, (centre[0] - radius, centre[1] - radius))
    draw_crossed_swords(surface, (round(centre[0]), round(centre[1])), 12, (120, 20, 10))


def draw_battle_site(surface: pygame.Surface, centre: Point) -> None:
    """A battle still to be fought this month: crossed swords on a dark disc."""
    c = (round(centre[0]), round(centre[1]))
    pygame.draw.circle(surface, theme.FRAME, c, 15)
    pygame.draw.circle(surface, GOLD, c, 15, 2)
    draw_crossed_swords(surface, c, 8, (246, 226, 180))


def report_lines(report: BattleReport, names: Callable[[str], str]) -> list[tuple[str, str, tuple[int, int, int]]]:
    """(font role, text, colour) lines of a battle card; `names` turns ids into display names."""
    winner = theme.owner_style(report.winner)
    lines = [("title", report.name, CARD_TEXT), ("ui_bold", f"Victory: {winner.name}", winner.fill)]
    if report.losses:
        losses = ", ".join(f"{names(side)} {about_men(men)}" for side, men in sorted(report.losses.items()) if men)
        if losses:
            lines.append(("ui", f"Losses: {losses}", CARD_MUTED))
    if report.leaders_killed:
        lines.append(("ui", "Killed: " + ", ".join(names(lid) for lid in report.leaders_killed), (232, 120, 96)))
    return lines


def draw_report_card(surface: pygame.Surface, anchor: Point, report: BattleReport,
                     names: Callable[[str], str], top: int) -> pygame.Rect:
    """The battle's report card in the map's top-right corner (over the sea, off the armies), tied to the
    field by a gold leader line; cards of a busy month stack downwards from `top`."""
    sizes = {"title": 20, "ui_bold": 14, "ui": 13}
    images = [theme.font(role, sizes[role]).render(text, True, colour) for role, text, colour in
              report_lines(report, names)]
    w = max(i.get_width() for i in images) + 28
    h = sum(i.get_height() + 2 for i in images) + 18
    card = pygame.Rect(0, top, w, h)
    card.right = surface.get_width() - 16
    end = (card.left, card.centery) if anchor[0] < card.left else (card.centerx, card.bottom)
    pygame.draw.line(surface, theme.FRAME, (anchor[0] + 1, anchor[1] + 1), (end[0] + 1, end[1] + 1), 3)
    pygame.draw.line(surface, GOLD, anchor, end, 2)
    pygame.draw.circle(surface, GOLD, (round(anchor[0]), round(anchor[1])), 5, 2)
    shadow = card.move(3, 4)
    pygame.draw.rect(surface, (0, 0, 0), shadow, border_radius=6)
    pygame.draw.rect(surface, CARD_BG, card, border_radius=6)
    pygame.draw.rect(surface, GOLD, card, width=2, border_radius=6)
    draw_crossed_swords(surface, (card.right - 18, card.y + 18), 7, GOLD)
    y = card.y + 9
    for image in images:
        surface.blit(image, (card.x + 14, y))
        y += image.get_height() + 2
    return card


@lru_cache(maxsize=1)
def loading_texts() -> tuple[pygame.Surface, pygame.Surface]:
    """The loading card's words, rendered once before the loader thread starts, so the main thread does
    not render text while that thread paints the map's labels."""
    return (theme.font("title", 44).render("The Chronicle of the Revolt", True, CARD_TEXT),
            theme.font("italic", 22).render("The chroniclers are setting down the years 740 to 743…", True,
                                            CARD_MUTED))


def draw_loading_card(surface: pygame.Surface, error: str, time_s: float) -> None:
    """While the replay is prepared: a title, a line of what is happening, three breathing dots; or the
    reason it failed and how to leave."""
    w, h = surface.get_size()
    title, line = loading_texts()
    surface.blit(title, title.get_rect(center=(w // 2, h // 2 - 40)))
    if error:
        for i, line in enumerate((error, "Press Escape to go back.")):
            img = theme.font("ui", 16).render(line, True, (240, 170, 130) if i == 0 else CARD_MUTED)
            surface.blit(img, img.get_rect(center=(w // 2, h // 2 + 20 + 26 * i)))
        return
    surface.blit(line, line.get_rect(center=(w // 2, h // 2 + 20)))
    for i in range(3):
        glow = pulse(time_s - i * 0.2)
        colour = tuple(round(a + (b - a) * glow) for a, b in zip((70, 60, 46), GOLD))
        pygame.draw.circle(surface, colour, (w // 2 - 24 + 24 * i, h // 2 + 64), 6)


def pulse(time_s: float) -> float:
    """0..1 breathing at one cycle a second, for markers that should catch the eye."""
    return 0.5 + 0.5 * math.sin(time_s * 2 * math.pi)


def region_names(scenario: object) -> Mapping[str, str]:
    """Every display name the cards may need: regions, leaders and sides, by id."""
    names = {r.id: re.sub(r"\s*\(.*?\)", "", r.name).strip() for r in scenario.regions}  # type: ignore[attr-defined]
    names.update({leader.id: leader.name for leader in scenario.leaders})  # type: ignore[attr-defined]
    names.update({side: theme.owner_style(side).name for side in ("umayyad", "berber", "asturias", "neutral")})
    return names


def army_names(scenario: object) -> dict[str, str]:
    """Display names of every army the scenario defines: at the start, as reinforcements, or spawned."""
    names = {a.id: a.name for a in scenario.armies}  # type: ignore[attr-defined]
    names.update({r.army.id: r.army.name for r in scenario.reinforcements})  # type: ignore[attr-defined]
    for event in scenario.events:  # type: ignore[attr-defined]
        effects = list(event.effects) + [e for c in event.choices for e in c.effects]
        names.update({e.army.id: e.army.name for e in effects if e.kind == "spawn_army"})
    return names


def army_lines(marker: ArmyMarker, names: Mapping[str, str], armies: Mapping[str, str]) -> list[str]:
    """The army tooltip: its name, whose, its strength and morale, who leads it."""
    title = armies.get(marker.id) or marker.id.replace("_", " ").capitalize()
    lines = [title, f"{theme.owner_style(marker.side).name} · {marker.men:,} men · morale {marker.morale}%"]
    if marker.leader:
        lines.append(f"Led by {names.get(marker.leader, marker.leader)}")
    return lines


def draw_army_tooltip(surface: pygame.Surface, anchor: pygame.Rect, lines: Sequence[str]) -> None:
    images = [theme.font("title" if i == 0 else "ui", 18 if i == 0 else 13).render(line, True,
              CARD_TEXT if i == 0 else CARD_MUTED) for i, line in enumerate(lines)]
    box = pygame.Rect(0, 0, max(i.get_width() for i in images) + 20, sum(i.get_height() for i in images) + 14)
    box.midbottom = (anchor.centerx, anchor.top - 6)
    box.clamp_ip(surface.get_rect().inflate(-8, -8))
    pygame.draw.rect(surface, CARD_BG, box, border_radius=5)
    pygame.draw.rect(surface, GOLD, box, width=1, border_radius=5)
    y = box.y + 7
    for image in images:
        surface.blit(image, (box.x + 10, y))
        y += image.get_height()
