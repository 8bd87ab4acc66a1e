"""The play screen: the map with armies, the top bar, the side panel (selection, orders, log, End turn)
and the dialogs of the month. Input maps to orders here; the month's rhythm lives in play_turns, the map
in play_view, the panels in play_panels.
"""

from __future__ import annotations

import pygame

from game.ui import theme
from game.ui.play_draw import PlayDraw
from game.ui.play_input import PlayInput
from game.ui.play_orders import move_command
from game.ui.play_panels import MessageLog, TopBar
from game.ui.play_reports import help_text
from game.ui.play_text import SIDE_TITLE, Names, month_name
from game.ui.play_turns import TurnFlow
from game.ui.play_view import MapView
from game.ui.screen import Screen
from game.ui.session import Session
from game.ui.widgets.buttons import button
from game.ui.widgets.dialog import DialogStack
from game.ui.widgets.tooltip import Tooltip


class PlayScreen(PlayInput, PlayDraw, Screen):
    """Input comes from PlayInput, painting from PlayDraw; this class holds the state and the orders."""

    def __init__(self, app, session: Session) -> None:
        super().__init__(app)
        self.session = session
        self.names = Names(session.scenario)
        self.version = 0
        self.selected_army: str | None = None
        self.selected_region: str | None = None
        self.mode = ""
        self.toast: tuple[str, float] | None = None
        self.battle_sites: set[str] = set()  # where last month's battles were fought
        self.banner: tuple[str, float] = (month_name(session.game.month), 2.0)  # the month, fading out
        self.t = 0.0
        self._layout()
        self.view = MapView(session.scenario, self.map_rect, self.names)
        self.topbar, self.log, self.tooltip = TopBar(), MessageLog(), Tooltip()
        self.dialogs = DialogStack(self.ui)
        self.flow = TurnFlow(self)
        self._cache: dict[str, tuple] = {}
        self.order_buttons: list = []
        self._orders_key = None
        self._build_fixed_buttons()
        self.log.heading(session.scenario.metadata.title)
        self.log.add(f"{month_name(session.game.month)}. Press F1 for the keys and mouse.")
        self.flow.begin()
        self._sync_orders()
        if session.active_side:
            self._centre_on_side(session.active_side)
        else:
            self.view.camera.set_rung(1)  # the fitted map leaves dark bars at the sides

    # --- layout -------------------------------------------------------------------------------------------
    def _layout(self) -> None:
        w, h = self.app.size
        top, panel = theme.px(48), theme.px(384)
        self.top_rect = pygame.Rect(0, 0, w, top)
        self.panel_rect = pygame.Rect(w - panel, top, panel, h - top)
        self.map_rect = pygame.Rect(0, top, w - panel, h - top)
        self.end_rect = pygame.Rect(self.panel_rect.x + 14, h - theme.px(64), panel - 28, theme.px(50))
        self.log_rect = pygame.Rect(self.panel_rect.x + 12, h - theme.px(330), panel - 24, theme.px(256))

    def _build_fixed_buttons(self) -> None:
        w = self.app.size[0]
        self.end_button = button(self.ui, self.end_rect, "End turn", self.flow.end_orders, "@end_turn",
                                 tooltip="Resolve the month (Enter)")
        self.menu_button = button(self.ui, (w - theme.px(96), theme.px(8), theme.px(84), theme.px(32)), "Menu",
                                  self.open_menu, tooltip="Save, load, settings, quit (Esc)")
        self.help_button = button(self.ui, (w - theme.px(138), theme.px(8), theme.px(36), theme.px(32)), "?",
                                  self.open_help, tooltip="Keyboard shortcuts (F1)")

    def on_resize(self, size) -> None:
        self.ui = self.app.new_ui_manager()  # the theme's font sizes follow the UI scale
        self._layout()
        self.view.resize(self.map_rect)
        self.dialogs = DialogStack(self.ui)
        self.topbar = TopBar()
        self.changed()
        self.order_buttons, self._orders_key = [], None
        self._build_fixed_buttons()

    # --- state the screen shows ---------------------------------------------------------------------------
    @property
    def game(self):
        return self.session.game

    def changed(self) -> None:
        self.version += 1
        self._cache.clear()

    def shown_state(self):
        """What the map shows: the viewer's view, or the whole state when watching."""
        if "state" not in self._cache:
            viewer = self.session.viewer
            self._cache["state"] = (self.game.view_for(viewer) if viewer else self.game.state,)
        return self._cache["state"][0]

    def visible_armies(self, game) -> set[str] | None:
        viewer = self.session.viewer
        return None if viewer is None else set(game.view_for(viewer).armies)

    def highlights(self) -> dict[str, set[str]]:
        if "hl" not in self._cache:
            hl: dict[str, set[str]] = {}
            army = self.game.state.armies.get(self.selected_army or "")
            if army is not None and army.side == self.session.active_side:
                reach = self.game.reachable(army.id)
                state = self.shown_state()
                enemy = {rid for rid in reach if state.regions[rid].owner not in (army.side, "neutral")}
                enemy |= {a.region for a in state.armies.values() if a.side != army.side and a.region in reach}
                hl = {"reachable": set(reach) - enemy - {army.region}, "attack": enemy - {army.region}}
                self._cache["reach"] = (reach,)
            self._cache["hl"] = (hl,)
        return self._cache["hl"][0]

    def preview_route(self) -> list[str]:
        """The way the selected army would march to the region under the mouse (shown before the order)."""
        army = self.game.state.armies.get(self.selected_army or "")
        target = self.view.hover_region
        if army is None or army.side != self.session.active_side or not target or target == army.region:
            return []
        key = ("preview", army.id, target)
        if key not in self._cache:
            from game.engine.rules.movement import routes  # the engine's own pathing, read-only

            found = routes(self.game.state, self.game.tables, army).get(target)
            self._cache[key] = ([army.region] + [r for r in found[1] if r != army.region] if found else [],)
        return self._cache[key][0]

    def routes(self) -> list[list[str]]:
        side = self.session.active_side or self.session.viewer
        if side is None:
            return []
        out = []
        for army_id, plan in self.game.state.plans.items():
            army = self.game.state.armies.get(army_id)
            if army is not None and army.side == side and plan.kind == "move" and plan.path:
                out.append([army.region] + [r for r in plan.path if r != army.region])
        return out

    # --- orders -------------------------------------------------------------------------------------------
    def order(self, command) -> bool:
        rejection = self.session.submit(command)
        if rejection is not None:
            self.say(rejection.message)
            return False
        self.changed()
        return True

    def say(self, text: str) -> None:
        self.toast = (text, self.t + 3.5)

    def select(self, army: str | None, region: str | None) -> None:
        self.selected_army, self.selected_region = army, region
        self.mode = ""
        self._cache.pop("hl", None)

    def click(self, pos) -> None:
        side = self.session.active_side
        if self.mode == "move" and self.selected_army:
            target = self.view.region_at(pos)
            if target:
                self.order(move_command(self.game, side, self.selected_army, target))
            self.mode = ""
            return
        army = self.view.army_at(pos)
        if army is not None:
            stack = self.view.stack_of(army)
            if self.selected_army in stack and len(stack) > 1:
                army = stack[(stack.index(self.selected_army) + 1) % len(stack)]
            self.select(army, None)
            return
        self.select(None, self.view.region_at(pos))

    def right_click(self, pos) -> None:
        side = self.session.active_side
        army = self.game.state.armies.get(self.selected_army or "")
        if side is None or army is None or army.side != side:
            return
        counter = self.view.army_at(pos)
        target = self.shown_state().armies[counter].region if counter else self.view.region_at(pos)
        if target and target != army.region:
            self.order(move_command(self.game, side, army.id, target))

    def undo(self) -> None:
        if self.session.undo():
            self.changed()
            self.say("Order taken back.")
        else:
            self.say("Nothing to undo this month.")

    # --- menus ----------------------------------------------------------------------------------------------
    def open_help(self) -> None:
        if not self.dialogs:
            self.dialogs.open("Keyboard and mouse", help_text(), [("Close", lambda: None)], size=(640, 560))

    def open_menu(self) -> None:
        if self.dialogs:
            return
        self.dialogs.open("Game menu", f"{month_name(self.game.month)} — {self.session.scenario.metadata.title}",
                          [("Resume", lambda: None), ("Save game", self.save), ("Load game", self.load),
                           ("Settings", self.settings), ("Quit to main menu", self.app.pop)],
                          size=(420, 420), vertical_buttons=True)

    def save(self) -> None:
        from game.ui.play_saves import new_save_path

        if self.session.busy:
            self.say("Wait for the month to finish before saving.")
            return
        path = new_save_path(self.session)
        error = self.session.save(path)
        self.say(error or f"Saved: {path.stem}")
        if not error:
            self.log.add(f"Game saved as {path.stem}.")

    def load(self) -> None:
        from game.ui.screens.load_game import LoadGameScreen

        self.app.push(LoadGameScreen(self.app))

    def settings(self) -> None:
        from game.ui.screens.settings import SettingsScreen

        self.app.push(SettingsScreen(self.app))

    def show_result(self) -> None:
        try:
            from game.ui.screens.result import ResultScreen
        except ImportError:
            outcome = self.game.outcome()
            winner = SIDE_TITLE.get(outcome.winner or "", "Nobody")
            self.dialogs.open("The war is over", f"{winner} — {outcome.level}. {outcome.reason}.",
                              [("Main menu", self.app.pop)], size=(520, 260))
            return
        self.app.replace(ResultScreen(self.app, self.session))

    def _centre_on_side(self, side: str) -> None:
        army = max((a for a in self.game.state.armies.values() if a.side == side),
                   key=lambda a: a.cavalry + a.infantry + a.light, default=None)
        if army is not None and army.region in self.view.anchors:
            self.view.camera.set_rung(1, self.view.anchors[army.region])
