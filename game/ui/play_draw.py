"""Painting the play screen and keeping its widgets in step with the game: the side panel's order buttons
are rebuilt only when the selection or the game changes; everything else is cached surfaces. A mixin of
PlayScreen."""

from __future__ import annotations

import functools
from functools import lru_cache

import pygame

from game.engine.calendar import season
from game.ui import theme
from game.ui.play_counters import portrait_surface, swords_surface
from game.ui.play_info import army_info, region_info
from game.ui.play_orders import army_orders, region_orders, side_orders
from game.ui.play_panels import PANEL_BG, PANEL_EDGE, info_surface
from game.ui.play_text import SIDE_TITLE, men, month_name
from game.ui.screen import Screen
from game.ui.widgets.buttons import button
from game.ui.widgets.fonts import TEXT

SEASON_WORDS = {"summer": "summer: the deserts burn", "winter": "winter: the passes close", "mild": ""}
STANDING = {"decisive": "decisive", "marginal": "marginal", "draw": "even"}


@lru_cache(maxsize=32)
def _plate(text: str, role: str = "body", size: int = 20, colour=(246, 232, 196)) -> pygame.Surface:
    t = TEXT.render(text, role, size, colour)
    plate = pygame.Surface((t.get_width() + theme.px(36), t.get_height() + theme.px(14)), pygame.SRCALPHA)
    pygame.draw.rect(plate, (20, 15, 10, 232), plate.get_rect(), border_radius=theme.px(6))
    pygame.draw.rect(plate, (184, 134, 47), plate.get_rect(), 1, border_radius=theme.px(6))
    plate.blit(t, t.get_rect(center=plate.get_rect().center))
    return plate


class PlayDraw:
    # --- per frame ----------------------------------------------------------------------------------------
    def update(self, dt: float) -> None:
        self.t += dt
        self.flow.update(dt)
        self.view.update(dt)
        self._sync_orders()
        self._prefetch_tooltip()
        watching = not self.session.humans
        text = ("Resume" if self.flow.paused else "Pause") if watching else (
            "Next player" if self._more_humans() else "End turn")
        if self.end_button.text != text:
            self.end_button.set_text(text)
        ready = watching or (self.session.active_side is not None and not self.flow.handover)
        (self.end_button.enable if ready else self.end_button.disable)()
        (self.end_button.hide if self.flow.handover else self.end_button.show)()
        Screen.update(self, dt)

    def _more_humans(self) -> bool:
        s = self.session
        return s.active_side is not None and len([h for h in s.humans if h not in s.done]) > 1

    def _sync_orders(self) -> None:
        key = (self.version, self.selected_army, self.selected_region, self.session.active_side,
               bool(self.flow.handover), self.mode)
        if key == self._orders_key:
            return
        self._orders_key = key
        for b in self.order_buttons:
            b.kill()
        self.order_buttons = []
        title, subtitle, rows, orders, side = self._selection()
        if self.flow.handover:
            orders = []  # the next player must not see this side's options over the cover
        reserve = theme.px(62) if self.selected_army in self.shown_state().armies else 0
        self._info = info_surface(title, subtitle, rows, self.panel_rect.w, side, reserve)
        x0, y = self.panel_rect.x + theme.px(14), self.panel_rect.y + self._info.get_height() + theme.px(2)
        col_w = (self.panel_rect.w - theme.px(28) - theme.px(8)) // 2
        limit = self.end_rect.top - theme.px(170)  # the log keeps at least this much room
        col, bottom = 0, y
        for order in orders[:14]:
            wide = theme.font("ui", 14).size(order.label)[0] > col_w - theme.px(12)
            if wide and col == 1:
                col, y = 0, y + theme.px(40)
            w = 2 * col_w + theme.px(8) if wide else col_w
            r = pygame.Rect(x0 + col * (col_w + theme.px(8)), y, w, theme.px(34))
            if r.bottom > limit:
                break
            run = functools.partial(self._run_order, order)
            self.order_buttons.append(button(self.ui, r, order.label, run, "@order_button", tooltip=order.tooltip))
            bottom = r.bottom
            if wide or col == 1:
                col, y = 0, y + theme.px(40)
            else:
                col = 1
        top = max(bottom, self.panel_rect.y + self._info.get_height()) + theme.px(12)
        self.log_rect = pygame.Rect(self.log_rect.x, top, self.log_rect.w, self.end_rect.top - theme.px(10) - top)

    def _run_order(self, order) -> None:
        if order.mode.startswith("select:"):
            self.select(order.mode.split(":", 1)[1], None)
        elif order.mode == "move":
            self.mode = "move"
            self.say("Choose the destination on the map (Esc to cancel).")
        elif order.command is not None and self.order(order.command):
            self.say(order.label + ".")

    def _selection(self):
        """(title, subtitle, rows, orders, side) for the side panel."""
        state, side = self.shown_state(), self.session.active_side
        names = self.names
        if self.selected_army and self.selected_army in state.armies:
            title, subtitle, rows = army_info(state, names, self.selected_army)
            orders = army_orders(self.game, side, self.selected_army, names) if side else []
            return title, subtitle, rows, orders, state.armies[self.selected_army].side
        if self.selected_region and self.selected_region in state.regions:
            title, subtitle, rows = region_info(state, names, self.selected_region)
            orders = region_orders(self.game, side, self.selected_region, names, state) if side else []
            return title, subtitle, rows, orders, state.regions[self.selected_region].owner
        return self._overview(side)

    def _overview(self, side):
        viewer = side or self.session.viewer
        if viewer is None:
            rows = [("Watching the AI play both sides.", ""), ("Space pauses; Esc opens the menu.", "")]
            return "The war in the West", "", tuple(rows), [], None
        st = self.game.state
        held = sum(1 for r in st.regions.values() if r.owner == viewer)
        armies = [a for a in st.armies.values() if a.side == viewer]
        rows = [("Regions held", str(held)), ("Armies in the field", str(len(armies))),
                ("Men under arms", men(sum(a.cavalry + a.infantry + a.light for a in armies))),
                ("Treasury", men(st.sides[viewer].treasury)), ("Tax policy", st.sides[viewer].tax_policy),
                ("Select an army or a region; right-click a region to march there. Tab: next army.", "")]
        orders = side_orders(self.game, side) if side else []
        return SIDE_TITLE.get(viewer, viewer), "Your realm", tuple(rows), orders, viewer

    # --- painting -----------------------------------------------------------------------------------------
    def draw(self, surface: pygame.Surface) -> None:
        if self.flow.handover or (len(self.session.humans) > 1 and self.session.busy):
            self._draw_handover(surface)  # hot-seat: neither player sees the whole board while it resolves
            Screen.draw(self, surface)
            return
        state = self.shown_state()
        self.view.draw(surface, state, version=self.version, selected_army=self.selected_army,
                       selected_region=self.selected_region, highlights=self.highlights(), routes=self.routes(),
                       visible=None, time_ms=int(self.t * 1000), preview=self.preview_route())
        self._draw_battle_sites(surface)
        self._draw_costs(surface)
        self.topbar.draw(surface, self.top_rect, self._top_values())
        self._draw_panel(surface)
        self._draw_banners(surface)
        self.dialogs.draw_dim(surface)
        Screen.draw(self, surface)
        if not self.dialogs:
            self._draw_tooltip(surface)

    def _top_values(self) -> dict:
        if "top" not in self._cache:
            game, viewer = self.game, self.session.viewer
            outcome = game.outcome()
            v = {"date": month_name(game.month), "season": SEASON_WORDS[season(game.tables.start, game.state.month)],
                 "score_umayyad": outcome.scores.get("umayyad", 0), "score_berber": outcome.scores.get("berber", 0),
                 "standing": STANDING.get(outcome.level, outcome.level)}
            if viewer:
                st = game.state.sides[viewer]
                v.update(side=viewer, treasury=men(st.treasury), manpower=men(st.manpower), tax=st.tax_policy)
            self._cache["top"] = (v,)
        v = dict(self._cache["top"][0])
        v["status"], v["busy"] = self.flow.status()
        if v["busy"]:
            v["status"] = v["status"].rstrip("…") + "." * (1 + int(self.t * 2) % 3)
        return v

    def _draw_panel(self, surface: pygame.Surface) -> None:
        bg = self._cache.get("panel_bg")
        if bg is None:
            s = pygame.Surface(self.panel_rect.size)
            s.fill(PANEL_BG)
            pygame.draw.line(s, PANEL_EDGE, (0, 0), (0, s.get_height()), 2)
            bg = (s,)
            self._cache["panel_bg"] = bg
        surface.blit(bg[0], self.panel_rect)
        surface.blit(self._info, (self.panel_rect.x, self.panel_rect.y + theme.px(2)))
        army = self.shown_state().armies.get(self.selected_army or "")
        if army is not None:
            who = self.names.leader(army.leader) if army.leader else self.names.army(army.id)
            medal = portrait_surface(army.side, who[:1].upper())
            corner = (self.panel_rect.right - theme.px(8), self.panel_rect.y + theme.px(6))
            surface.blit(medal, medal.get_rect(topright=corner))
        self.log.draw(surface, self.log_rect)

    def _draw_battle_sites(self, surface: pygame.Surface) -> None:
        icon = swords_surface()
        for rid in self.battle_sites:
            if rid in self.view.anchors:
                name = self.view.name_rect(rid)
                rect = icon.get_rect(midright=(name.left - theme.px(2), name.centery))
                if self.map_rect.contains(rect):
                    surface.blit(icon, rect)

    def _draw_costs(self, surface: pygame.Surface) -> None:
        reach = self._cache.get("reach")
        if not reach:
            return
        army = self.game.state.armies.get(self.selected_army or "")
        for rid, cost in reach[0].items():
            if army is None or rid == army.region or rid not in self.view.anchors:
                continue
            name = self.view.name_rect(rid)
            r = theme.px(10)
            centre = (name.right + r + theme.px(3), name.centery)
            if not self.map_rect.collidepoint(centre):
                continue
            text = TEXT.render(str(cost), "ui_bold", 12, (40, 28, 16))
            pygame.draw.circle(surface, (250, 238, 200), centre, r)
            pygame.draw.circle(surface, (60, 44, 26), centre, r, 1)
            surface.blit(text, text.get_rect(center=centre))

    def _draw_banners(self, surface: pygame.Surface) -> None:
        text, until = self.banner
        if until > self.t and not self.dialogs:
            plate = _plate(text, "title", 40).copy()
            plate.set_alpha(int(255 * min(1.0, (until - self.t) / 0.6)))
            surface.blit(plate, plate.get_rect(center=(self.map_rect.centerx, self.map_rect.y + theme.px(90))))
        status, busy = self.flow.status()
        if busy:
            dots = "." * (1 + int(self.t * 2) % 3)
            plate = _plate(status.rstrip("…") + dots, "title", 24)
            surface.blit(plate, plate.get_rect(midtop=(self.map_rect.centerx, self.map_rect.y + theme.px(14))))
        if self.mode == "move":
            plate = _plate("Choose a destination — Esc to cancel", "body", 18)
            surface.blit(plate, plate.get_rect(midtop=(self.map_rect.centerx, self.map_rect.y + theme.px(14))))
        if self.toast and self.toast[1] > self.t:
            plate = _plate(self.toast[0], "body", 19)
            surface.blit(plate, plate.get_rect(midbottom=(self.map_rect.centerx, self.map_rect.bottom - theme.px(24))))

    def _draw_tooltip(self, surface: pygame.Surface) -> None:
        pos = self.view.mouse
        if not self.map_rect.collidepoint(pos) or self.view.dragged:
            return
        army = self.view.army_at(pos)
        target = ("army", army) if army else ("region", self.view.region_at(pos))
        self.view.hover_region = target[1] if target[0] == "region" else None
        if target[1] is None:
            return
        title, subtitle, rows = self._tooltip_content(target)
        self.tooltip.draw(surface, pos, title, rows, subtitle)

    def _tooltip_content(self, target: tuple[str, str]):
        key = ("tip", target, self.version)
        if key not in self._cache:
            state = self.shown_state()
            kind, ident = target
            info = army_info(state, self.names, ident) if kind == "army" else region_info(state, self.names, ident)
            self._cache[key] = (info,)
        return self._cache[key][0]

    def _prefetch_tooltip(self) -> None:
        """One tooltip a frame, painted ahead of the hover, so a sweep of the mouse never waits on text."""
        if self.view.animating or self.dialogs:
            return
        todo = self._cache.get("tip_todo")
        if todo is None:
            state = self.shown_state()
            todo = ([("army", a) for a in state.armies if state.armies[a].region in self.view.anchors]
                    + [("region", r) for r in state.regions if r in self.view.anchors],)
            self._cache["tip_todo"] = todo
        if todo[0]:
            title, subtitle, rows = self._tooltip_content(todo[0].pop())
            self.tooltip.surface_for(title, rows, subtitle)

    def _draw_handover(self, surface: pygame.Surface) -> None:
        side = self.flow.handover
        key = ("handover", side, surface.get_size())
        if key not in self._cache:
            s = pygame.Surface(surface.get_size())
            w, h = s.get_size()
            for y in range(h):
                t = y / h
                s.fill((int(30 - 14 * t), int(24 - 12 * t), int(18 - 9 * t)), (0, y, w, 1))
            if side:
                colour = theme.owner_style(side).fill
                pygame.draw.circle(s, colour, (w // 2, int(h * 0.32)), theme.px(38))
                pygame.draw.circle(s, (232, 192, 106), (w // 2, int(h * 0.32)), theme.px(38), 3)
                lines = ((f"The {SIDE_TITLE[side]}", "title", 56, 0.44, (246, 232, 196)),
                         (f"{month_name(self.game.month)} — pass the seat to the other player", "italic", 26, 0.53,
                          (214, 190, 140)),
                         ("Click or press Enter when ready", "ui", 16, 0.62, (190, 176, 150)))
            else:
                lines = ((f"{month_name(self.game.month)}", "title", 56, 0.44, (246, 232, 196)),
                         ("The month is being decided…", "italic", 26, 0.53, (214, 190, 140)))
            for text, role, size, y, col in lines:
                t = TEXT.render(text, role, size, col)
                s.blit(t, t.get_rect(center=(w // 2, int(h * y))))
            self._cache[key] = (s,)
        surface.blit(self._cache[key][0], (0, 0))


