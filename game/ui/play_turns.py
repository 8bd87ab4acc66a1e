"""The rhythm of a month on the play screen: ending orders, the hot-seat hand-over, the AI working in the
background, then the month's aftermath shown in order (armies glide, battle reports, scenario events), and
finally the choices waiting for the next player. Owns no widgets; it asks the screen to open dialogs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from game.engine.commands import ChooseOption
from game.ui.play_reports import battle_report, event_text
from game.ui.play_text import SIDE_NOUN, SIDE_TITLE, describe, month_name

if TYPE_CHECKING:
    from game.ui.screens.play import PlayScreen

WATCH_PAUSE = 1.2  # seconds between months when watching the AI
LOG_COLOURS = {  # the log's lines by what happened: blood, fire, gain, story
    "BattleFought": (240, 156, 120), "LeaderKilled": (236, 120, 100), "ArmyDestroyed": (236, 120, 100),
    "RegionRevolted": (244, 176, 86), "CityFell": (232, 200, 120), "RegionTaken": (232, 200, 120),
    "EventFired": (214, 196, 240), "Narrated": (200, 190, 224), "GameEnded": (255, 226, 150),
}


class TurnFlow:
    def __init__(self, screen: PlayScreen) -> None:
        self.screen = screen
        self.session = screen.session
        # Dialogs to open one after another: (side, open) where side is who may read it ("" = anyone);
        # in hot-seat a side's reports wait until that player has the seat.
        self.queue: list[tuple[str, Callable[[], None]]] = []
        self.before: Any = None  # the game before the month resolved
        self.handover: str | None = None  # hot-seat: the side the seat is being passed to
        self.paused = False
        self.watch_timer = 0.0
        self.finished = False

    # --- starting a player's orders ---------------------------------------------------------------------
    def begin(self) -> None:
        """Called when the screen opens and after each month: hand over the seat or show choices."""
        if self.session.game.is_over():
            self.queue.append(("", self.screen.show_result))
            return
        side = self.session.active_side
        if side is None:
            return
        if len(self.session.humans) > 1:
            self.handover = side
        else:
            self.queue_choices(side)

    def take_seat(self) -> None:
        side, self.handover = self.handover, None
        self.screen.changed()
        if side:
            self.queue_choices(side)

    def queue_choices(self, side: str) -> None:
        game = self.session.game
        for event_id, chooser in list(game.state.pending.items()):
            if chooser == side:
                self.queue.append((side, lambda e=event_id, s=side: self._choice_dialog(e, s)))

    def _choice_dialog(self, event_id: str, side: str) -> None:
        event_def = self.screen.names.events.get(event_id)
        if event_def is None or event_id not in self.session.game.state.pending:
            return
        buttons = [(c.label, lambda c=c: self.screen.order(ChooseOption(side=side, event=event_id, choice=c.id)))
                   for c in event_def.choices]
        self.screen.dialogs.open(event_def.title, event_text(event_def, ""), buttons, size=(640, 420),
                                 subtitle=f"A choice for the {SIDE_TITLE.get(side, side)}",
                                 vertical_buttons=True)

    # --- ending orders ------------------------------------------------------------------------------------
    def end_orders(self) -> None:
        if not self.session.humans:  # watching: the button (and Enter) pause and resume instead
            self.paused = not self.paused
            return
        if self.session.busy or self.handover or self.session.game.is_over():
            return
        self.before = self.session.game.clone()
        self.screen.mode = ""
        if self.session.finish_orders():
            self.screen.changed()
            return
        nxt = self.session.active_side  # hot-seat: the other player's turn this month
        if nxt is not None:
            self.handover = nxt
            self.screen.select(None, None)
            self.screen.changed()

    def update(self, dt: float) -> None:
        result = self.session.poll()
        if result is not None:
            self._aftermath(result)
        if self.session.humans == () and not self.session.busy and not self.busy_showing() and not self.paused:
            self.watch_timer += dt
            if self.watch_timer >= WATCH_PAUSE / max(0.25, self.screen.app.settings.animation_speed or 4.0):
                self.watch_timer = 0.0
                self.before = self.session.game.clone()
                self.session.finish_orders()
        if self.queue and not self.screen.dialogs and not self.screen.view.animating and not self.handover:
            reader = self.session.active_side or ""
            index = next((i for i, (side, _) in enumerate(self.queue) if side in ("", reader)), None)
            if index is not None:
                self.queue.pop(index)[1]()

    def busy_showing(self) -> bool:
        return bool(self.queue or self.screen.dialogs or self.screen.view.animating or self.session.game.is_over())

    # --- after the month ----------------------------------------------------------------------------------
    def _aftermath(self, result) -> None:
        screen = self.screen
        if result.error:
            screen.dialogs.open("The month could not be resolved", result.error, [("Continue", lambda: None)],
                                size=(560, 260))
            return
        before = self.before.state if self.before is not None else self.session.game.state
        viewer = self.session.viewer
        if len(self.session.humans) > 1:
            viewer = ""  # hot-seat: both players read the log, so no side's private lines
        screen.log.heading(f"— {month_name(self._label(result.month_before))} —")
        for event in result.events:
            line = describe(event, screen.names, viewer)
            if line:
                screen.log.add(line, LOG_COLOURS.get(type(event).__name__, (234, 223, 200)))
        self._animate(result.events, before, viewer)
        screen.view.prepare(before, self.session.game.state)
        watching = not self.session.humans
        killed_by_battle = [e.leader for e in result.events if type(e).__name__ == "LeaderKilled"]
        screen.banner = (month_name(self.session.game.month), screen.t + 2.2)
        screen.battle_sites = {e.region for e in result.events if type(e).__name__ == "BattleFought"}
        for event in result.events:
            kind = type(event).__name__
            if kind == "BattleFought" and not watching and (not viewer or viewer in (event.winner, event.loser)):
                leaders = {before.armies[a].leader for a in event.armies if a in before.armies}
                killed = [k for k in killed_by_battle if k in leaders]
                readers = [s for s in (event.winner, event.loser) if s in self.session.humans] if not viewer else [""]
                for reader in readers or [""]:
                    self.queue.append((reader, lambda e=event, k=killed: self._report(e, before, k)))
            elif kind == "EventFired" and not watching and event.narration and not (
                    event.chooser and event.chooser in self.session.humans):
                self.queue.append(("", lambda e=event: self._event(e)))
        if self.session.save_error:
            screen.log.add(f"Autosave failed: {self.session.save_error}", (224, 128, 96))
        screen.select(screen.selected_army if screen.selected_army in self.session.game.state.armies else None,
                      screen.selected_region)
        screen.changed()
        self.begin()

    def _label(self, month_index: int) -> str:
        from game.engine.calendar import month_label

        return month_label(self.session.game.tables.start, month_index)

    def _animate(self, events, before, viewer: str | None) -> None:
        paths = {}
        visible_before = self.screen.visible_armies(self.before) if self.before is not None else None
        for event in events:
            if type(event).__name__ == "ArmyMoved" and event.army in before.armies:
                if visible_before is not None and event.army not in visible_before:
                    continue
                start = before.armies[event.army].region
                path = list(event.path)
                paths[event.army] = ([start] if not path or path[0] != start else []) + path
        self.screen.view.start_glides(paths, self.screen.app.settings.animation_speed)

    def _report(self, event, before, killed) -> None:
        title, subtitle, html = battle_report(event, before, self.screen.names, killed)
        self.screen.dialogs.open(title, html, [("Continue", lambda: None)], size=(640, 460), subtitle=subtitle)

    def _event(self, event) -> None:
        event_def = self.screen.names.events.get(event.event)
        self.screen.dialogs.open(event.title, event_text(event_def, event.narration), [("Continue", lambda: None)],
                                 size=(620, 380))

    def status(self) -> tuple[str, bool]:
        """The top bar's words about whose turn it is, and whether something is being worked out."""
        s = self.session
        if s.game.is_over():
            return "The war is over", False
        if s.busy:
            ai = [side for side in s.ai]
            if len(ai) == 1:
                return f"The {SIDE_NOUN[ai[0]]} are deliberating…", True
            return "The month is being decided…", True
        if self.handover:
            return f"Pass the seat to the {SIDE_NOUN[self.handover]}", False
        if s.active_side:
            return f"Orders: {SIDE_NOUN[s.active_side]}", False
        return ("Paused" if self.paused else "Watching the war"), False
