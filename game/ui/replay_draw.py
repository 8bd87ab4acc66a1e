"""Painting the replay viewer: the map of the month, armies and battles over it, the bars and the
chronicle. A mixin of ReplayScreen, kept apart so the screen's module holds state and input only."""

from __future__ import annotations

import pygame

from game.ui.replay_layers import (
    army_lines,
    draw_army,
    draw_army_tooltip,
    draw_battle_site,
    draw_flash,
    draw_loading_card,
    draw_report_card,
)
from game.ui.replay_motion import flash_strength, markers_at
from game.ui.replay_narration import month_title
from game.ui.widgets.fonts import TEXT

TOP, BOTTOM = 58, 132
BAR = (26, 22, 18)
INK = (238, 228, 204)
MUTED = (168, 154, 130)


class ReplayDraw:
    def draw(self, surface: pygame.Surface) -> None:
        surface.fill(BAR)
        if not self.ready:
            draw_loading_card(surface, self._loader.error, self._time)
            return
        t = self.playback.t if self.playback.clock > 0 else 0.0
        shown = self.game
        owners = {rid: r.owner for rid, r in shown.state.regions.items() if rid in self._renderer.scene.regions}
        unrest = {rid: r.unrest for rid, r in shown.state.regions.items() if rid in owners}
        map_surface = surface.subsurface(self.map_rect)
        self._renderer.draw(map_surface, self.view.camera, owners, unrest, time_ms=round(self._time * 1000))
        self._draw_armies_and_battles(map_surface, t)
        self.narration.draw(surface)
        self._draw_bars(surface)
        self.timeline.draw(surface, self.playback.position)
        super().draw(surface)

    def _place(self, region: str) -> tuple[float, float] | None:
        if region not in self._renderer.scene.regions:
            return None
        return self._renderer.screen_point(region, self.view.camera)

    def _draw_armies_and_battles(self, surface: pygame.Surface, t: float) -> None:
        hovered = None
        mouse = (self._mouse[0] - self.map_rect.x, self._mouse[1] - self.map_rect.y)
        for marker in markers_at(self._tracks, t, self._place):
            rect = draw_army(surface, marker, self.names.get(marker.leader, "")[:1] if marker.leader else "")
            if rect.collidepoint(mouse):
                hovered = (marker, rect)
        top = 16
        cards = 0
        for battle in self.source.stories[self.index].battles:
            where = self._place(battle.region)
            if where is None:
                continue
            if t == 0:  # the month's battle is still to come: mark the field
                draw_battle_site(surface, where)
                continue
            draw_flash(surface, where, flash_strength(t) if t < 1 else 0.3)
            if t >= 0.75 and cards < 3:
                top = draw_report_card(surface, where, battle, lambda k: self.names.get(k, k), top).bottom + 12
                cards += 1
        if hovered is not None:
            marker, rect = hovered
            draw_army_tooltip(surface, rect, army_lines(marker, self.names, self._army_names))

    def _draw_bars(self, surface: pygame.Surface) -> None:
        w, h = surface.get_size()
        pygame.draw.line(surface, (92, 78, 58), (0, TOP - 1), (w, TOP - 1))
        pygame.draw.line(surface, (92, 78, 58), (0, h - BOTTOM), (w, h - BOTTOM))
        title = TEXT.render("The Berber Revolt · historical replay", "title", 22, MUTED)
        surface.blit(title, (18, (TOP - title.get_height()) // 2))
        month = TEXT.render(month_title(self.month), "title", 34, INK, shadow=True)
        surface.blit(month, month.get_rect(center=(self.map_rect.centerx, TOP // 2)))
        take = TEXT.render("Take command", "ui", 14, MUTED)
        surface.blit(take, take.get_rect(midright=(self._command_label_x, TOP // 2)))
        where = f"Month {self.index + 1} of {len(self.source)} · {self.playback.speed:g}x"
        speed = TEXT.render(where, "ui", 13, MUTED)
        surface.blit(speed, (20, h - BOTTOM + 54))
        for i, hint in enumerate(("Space  play / pause", "Left / Right  a month", "+ / -  speed   Esc  back")):
            img = TEXT.render(hint, "ui", 11, (130, 118, 98))
            surface.blit(img, (20, h - BOTTOM + 74 + 15 * i))
        if self._message_timer > 0:
            note = TEXT.render(self.message, "ui_bold", 15, (255, 214, 150), shadow=True)
            box = note.get_rect(midtop=(self.map_rect.centerx, TOP + 12)).inflate(24, 12)
            pygame.draw.rect(surface, (40, 26, 18), box, border_radius=6)
            pygame.draw.rect(surface, (200, 120, 70), box, width=1, border_radius=6)
            surface.blit(note, note.get_rect(center=box.center))
