"""Keyboard and mouse on the play screen: shortcuts, clicks on the map, the hot-seat hand-over, and
routing to dialogs and widgets first. A mixin of PlayScreen, kept apart so each file has one job."""

from __future__ import annotations

import pygame

from game.ui.screen import Screen

CTRL = pygame.KMOD_CTRL | pygame.KMOD_META


class PlayInput:
    def handle_event(self, event: pygame.event.Event) -> bool:
        if event.type == pygame.MOUSEMOTION:
            self.view.mouse = event.pos
        if self.flow.handover:
            return self._handover_input(event)
        if self.dialogs:
            if self.dialogs.handle_key(event):
                return True
            Screen.handle_event(self, event)
            return True  # nothing below a dialog takes input
        if Screen.handle_event(self, event):
            return True
        if event.type == pygame.KEYDOWN and self._shortcut(event):
            return True
        if event.type == pygame.MOUSEWHEEL and self.log_rect.collidepoint(self.view.mouse):
            self.log.wheel(event.y)
            return True
        if self.view.handle_event(event):
            return True
        if event.type == pygame.MOUSEBUTTONUP and self.map_rect.collidepoint(event.pos):
            if event.button == 1:
                self.click(event.pos)
            elif event.button == 3:
                self.right_click(event.pos)
            return True
        return False

    def _handover_input(self, event: pygame.event.Event) -> bool:
        if (event.type == pygame.KEYDOWN and event.key in (pygame.K_RETURN, pygame.K_KP_ENTER, pygame.K_SPACE)) \
                or (event.type == pygame.MOUSEBUTTONUP and event.button == 1):
            self.flow.take_seat()
            if self.session.active_side:
                self._centre_on_side(self.session.active_side)
        return True

    def _shortcut(self, event: pygame.event.Event) -> bool:
        key, ctrl = event.key, bool(event.mod & CTRL)
        if ctrl and key == pygame.K_z:
            self.undo()
        elif ctrl and key == pygame.K_s:
            self.save()
        elif ctrl and key == pygame.K_l:
            self.load()
        elif key == pygame.K_F1 or event.unicode == "?":
            self.open_help()
        elif key in (pygame.K_RETURN, pygame.K_KP_ENTER):
            self.flow.end_orders()
        elif key == pygame.K_TAB:
            self.next_army()
        elif key == pygame.K_SPACE and not self.session.humans:
            self.flow.paused = not self.flow.paused
        elif key == pygame.K_m and self.selected_army:
            self.mode = "move"
        elif key == pygame.K_ESCAPE:
            if self.mode:
                self.mode = ""
            elif self.selected_army or self.selected_region:
                self.select(None, None)
            else:
                self.open_menu()
        else:
            return False
        return True

    def next_army(self) -> None:
        """Select the next army of the side giving orders (Tab), and bring it into view."""
        side = self.session.active_side or self.session.viewer
        mine = sorted(a.id for a in self.game.state.armies.values() if a.side == side)
        if not mine:
            return
        index = (mine.index(self.selected_army) + 1) % len(mine) if self.selected_army in mine else 0
        self.select(mine[index], None)
        region = self.game.state.armies[mine[index]].region
        if region in self.view.anchors:
            self.view.centre_on(region)
