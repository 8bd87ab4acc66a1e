"""The historical replay viewer: the map month by month with armies gliding along their routes, battles
flashing with their reports, the chronicle beside it, and a timeline to seek anywhere at once.

Keys: Space play/pause, Left/Right step a month, Home/End first/last month, +/- speed, Esc back.
'Take command' starts a game from the month on screen for the chosen side. The viewer only reads the
replay (`game.ui.replay_source`); it never changes a game.
"""

from __future__ import annotations

from typing import Any

import pygame

from game.ui import theme
from game.ui.replay_camera import CameraControl
from game.ui.replay_draw import BOTTOM, TOP, ReplayDraw
from game.ui.replay_layers import army_names, loading_texts, region_names
from game.ui.replay_loading import ReplayLoader
from game.ui.replay_motion import tracks_between
from game.ui.replay_narration import NarrationColours, NarrationFonts, NarrationPanel
from game.ui.replay_playback import Playback
from game.ui.replay_source import ReplaySource
from game.ui.replay_story import ending_blocks, story_blocks
from game.ui.replay_timeline import Timeline
from game.ui.screen import Screen
from game.ui.widgets.buttons import button

PANEL_W = 430
MAP_MARGIN_KM = 60  # room around the outermost region labels for their names (more above: counters)
KEYS = {pygame.K_SPACE: "toggle", pygame.K_RIGHT: "forward", pygame.K_LEFT: "back", pygame.K_HOME: "first",
        pygame.K_END: "last", pygame.K_PLUS: "faster", pygame.K_EQUALS: "faster", pygame.K_KP_PLUS: "faster",
        pygame.K_MINUS: "slower", pygame.K_KP_MINUS: "slower", pygame.K_ESCAPE: "leave"}


class ReplayScreen(ReplayDraw, Screen):
    """Opens at once with a loading card; the replay and the map are prepared in a background thread."""

    def __init__(self, app: Any, scenario_id: str = "berber_revolt_740", source: ReplaySource | None = None,
                 month: str | None = None) -> None:
        super().__init__(app)
        self.scenario_id = scenario_id
        self.message = ""
        self._message_timer = 0.0
        self._time = 0.0
        self._wanted_month = month
        self._mouse = (-1, -1)
        self.ready = False
        loading_texts()
        self._loader = ReplayLoader(scenario_id, source, warm=self._warm)

    def _warm(self, prepared: Any) -> None:
        """In the loader thread: paint the map layers of the first month before the first frame needs them."""
        camera = self._make_camera(prepared.renderer, self._map_rect(self.app.size))
        regions = prepared.source.game_at(0).state.regions
        on_map = {r: s for r, s in regions.items() if r in prepared.renderer.scene.regions}
        prepared.renderer.prepare(camera, {r: s.owner for r, s in on_map.items()},
                                  {r: s.unrest for r, s in on_map.items()})

    def wait_ready(self, timeout: float = 120.0) -> bool:
        """Block until the replay is prepared (tests, screenshots, benchmarks; never the frame loop)."""
        self._loader.wait(timeout)
        self._adopt()
        return self.ready

    def _adopt(self) -> None:
        if self.ready or not self._loader.done or self._loader.result is None:
            return
        self.source = self._loader.result.source
        self._renderer = self._loader.result.renderer
        self.names = region_names(self.source.scenario)
        self._army_names = army_names(self.source.scenario)
        self.playback = Playback(len(self.source))
        self.ready = True
        self._layout(self.app.size)
        if self._wanted_month:
            self.seek(self.source.index_of(self._wanted_month))
        self._show_month()

    # --- layout -----------------------------------------------------------------------------------------
    @staticmethod
    def _map_rect(size: tuple[int, int]) -> pygame.Rect:
        return pygame.Rect(0, TOP, size[0] - PANEL_W, size[1] - TOP - BOTTOM)

    @staticmethod
    def _make_camera(renderer: Any, map_rect: pygame.Rect) -> Any:
        """A camera framing every region of the war (Asturias to the Sous, Tangier to Tripoli), no more:
        the empty Sahara and Francia stay out of the picture."""
        camera = renderer.make_camera(map_rect.size)
        points = [geo.label for geo in renderer.scene.regions.values()]
        x0, x1 = min(p[0] for p in points) - MAP_MARGIN_KM, max(p[0] for p in points) + MAP_MARGIN_KM
        y0, y1 = min(p[1] for p in points) - 1.6 * MAP_MARGIN_KM, max(p[1] for p in points) + MAP_MARGIN_KM
        camera.zoom = max(camera.fit_zoom, min(map_rect.width / (x1 - x0), map_rect.height / (y1 - y0)))
        camera.centre_on((x0 + x1) / 2, (y0 + y1) / 2)
        return camera

    def _layout(self, size: tuple[int, int]) -> None:
        w, h = size
        self.map_rect = self._map_rect(size)
        self.view = CameraControl(self._make_camera(self._renderer, self.map_rect), self.map_rect,
                                  home=lambda: self._make_camera(self._renderer, self.map_rect))
        fonts = NarrationFonts(theme.font("title", 30), theme.font("title", 22), theme.font("body", 19),
                               theme.font("italic", 15))
        panel = pygame.Rect(self.map_rect.right + 12, TOP + 12, PANEL_W - 24, self.map_rect.height - 24)
        self.narration = NarrationPanel(panel, fonts, NarrationColours())
        battles: dict[int, list[str]] = {}
        for i, story in enumerate(self.source.stories):
            if story.battles:
                battles[i] = [b.name for b in story.battles]
        track = pygame.Rect(170, h - BOTTOM + 48, w - 170 - 30, 60)
        bookmarks = {self.source.index_of(b.month): b.title for b in self.source.scenario.bookmarks
                     if b.month in self.source.months}
        self.timeline = Timeline(track, self.source.months, battles, theme.font("ui", 13), bookmarks=bookmarks)
        self._build_buttons(w, h)

    def _build_buttons(self, w: int, h: int) -> None:
        self.ui.clear_and_reset()
        y = h - BOTTOM + 12
        controls = (("|<", "first"), ("<", "back"), ("Play", "toggle"), (">", "forward"), (">|", "last"))
        self.buttons: dict[str, Any] = {}
        x = 20
        tips = {"first": "The first month (Home)", "back": "A month back (Left)", "toggle": "Play or pause (Space)",
                "forward": "Play this month (Right)", "last": "The last month (End)"}
        for text, action in controls:
            width = 64 if action == "toggle" else 40
            self.buttons[action] = button(self.ui, (x, y, width, 34), text, lambda a=action: self.act(a),
                                          tooltip=tips[action])
            x += width + 6
        x += 18
        for speed in Playback.SPEEDS:
            self.buttons[f"speed {speed}"] = button(self.ui, (x, y, 52, 34), f"{speed:g}x",
                                                    lambda s=speed: self.set_speed(s))
            x += 56
        right = w - 14
        for text, action, tip in (
                ("Back", lambda: self.act("leave"), "Leave the replay (Esc)"),
                ("as the Berbers", lambda: self.take_command("berber"),
                 "Play on from the month on screen as the Berber rebels, against the computer"),
                ("as the Umayyads", lambda: self.take_command("umayyad"),
                 "Play on from the month on screen as the Umayyad governors, against the computer")):
            width = 80 if text == "Back" else 170
            right -= width
            self.buttons[text] = button(self.ui, (right, 10, width, 38), text, action, tooltip=tip)
            right -= 8
        self._command_label_x = right

    def on_resize(self, size: tuple[int, int]) -> None:
        super().on_resize(size)
        if self.ready:
            self._layout(size)
            self._show_month()

    # --- what is on screen ------------------------------------------------------------------------------
    @property
    def index(self) -> int:
        return self.playback.index

    @property
    def month(self) -> str:
        return self.source.months[self.index]

    @property
    def game(self) -> Any:
        """The game whose state the map shows: the month's start, or its end once the armies have arrived."""
        if self.playback.clock > 0 and self.playback.t >= 0.5:
            return self.source.game_after(self.index)
        return self.source.game_at(self.index)

    def _show_month(self) -> None:
        story = self.source.story(self.index)
        blocks = story_blocks(story, self.source.scenario, self.names)
        if self.playback.finished:
            blocks = ending_blocks(self.source.game_after(self.index), self.source.scenario) + blocks
        self.narration.set_blocks(blocks)
        before = self.source.game_at(self.index).state.armies
        after = self.source.game_after(self.index).state.armies
        self._tracks = tracks_between(before, after, story.routes)
        self.buttons["toggle"].set_text("Pause" if self.playback.playing else "Play")
        for speed in Playback.SPEEDS:
            btn = self.buttons[f"speed {speed}"]
            btn.select() if speed == self.playback.speed else btn.unselect()

    # --- actions ----------------------------------------------------------------------------------------
    def act(self, action: str) -> None:
        if action == "leave":
            self.app.pop()
            return
        if action in ("faster", "slower"):
            self.playback.change_speed(1 if action == "faster" else -1)
        else:
            getattr(self.playback, action)()
        self._show_month()

    def seek(self, index: int) -> None:
        """Jump to a month at once: the snapshot is cached, only the overlays are rebuilt."""
        self.playback.seek(index)
        self._show_month()

    def set_speed(self, speed: float) -> None:
        self.playback.speed = speed
        self._show_month()

    def take_command(self, side: str) -> None:
        """Start a game from the month on screen, for `side`, on the play screen."""
        from game.ui.replay_command import start_from

        self.playback.playing = False
        error = start_from(self.app, self.game, side, self.source.scenario, self.source.month_label(
            self.game.state.month), self.source.replay.seed)
        if error:
            self.flash_message(error)

    def flash_message(self, text: str) -> None:
        self.message, self._message_timer = text, 6.0

    # --- frame ------------------------------------------------------------------------------------------
    def handle_event(self, event: pygame.event.Event) -> bool:
        if not self.ready:
            if event.type == pygame.KEYDOWN and event.key == pygame.K_ESCAPE:
                self.app.pop()
                return True
            return False
        if event.type == pygame.KEYDOWN and event.key in KEYS:
            self.act(KEYS[event.key])
            return True
        target = self.timeline.handle_event(event)
        if target is not None:
            if target != self.index or self.playback.t < 1:
                self.seek(target)
            return True
        if self.narration.handle_event(event) or self.view.handle_event(event):
            return True
        if event.type == pygame.MOUSEMOTION:
            self._mouse = event.pos
        return super().handle_event(event)

    def update(self, dt: float) -> None:
        self._time += dt
        if not self.ready:
            self._adopt()
            return
        self._message_timer = max(0.0, self._message_timer - dt)
        if self.playback.update(dt):
            self._show_month()
        elif not self.playback.playing:
            self.source.prefetch()
        super().update(dt)
