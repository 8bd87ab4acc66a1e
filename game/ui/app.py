"""The client application: the window, the stack of screens, the frame loop and the user's settings.

`App.step()` runs exactly one frame (events -> current screen -> draw), so the real loop (`run`), the tests
and the screenshot command all drive the same code with real pygame events. Settings are JSON in the user's
config dir; saves, the autosave and mods live in the user's data dir (both overridable by environment
variables so tests never touch the real home directory).
"""

from __future__ import annotations

import copy
import json
import os
import sys
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

import pygame

from game.ui.screen import Screen

APP_NAME = "berber-revolt"
ROOT = Path(__file__).resolve().parents[2]
THEME_PATH = ROOT / "assets" / "ui" / "theme.json"
FONTS_DIR = ROOT / "assets" / "fonts"
CONFIG_ENV = "BERBER_REVOLT_CONFIG_DIR"
DATA_ENV = "BERBER_REVOLT_DATA_DIR"


def config_dir() -> Path:
    if os.environ.get(CONFIG_ENV):
        return Path(os.environ[CONFIG_ENV])
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME))


def user_data_dir() -> Path:
    if os.environ.get(DATA_ENV):
        return Path(os.environ[DATA_ENV])
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME))


@dataclass
class Settings:
    """What the player can change in the Settings screen; unknown or broken keys fall back to defaults."""

    window_size: tuple[int, int] = (1600, 900)
    fullscreen: bool = False
    ui_scale: float = 1.0
    animation_speed: float = 1.0

    @classmethod
    def load(cls) -> Settings:
        path = config_dir() / "settings.json"
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        return cls.from_dict(raw if isinstance(raw, dict) else {})

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> Settings:
        settings = cls()
        try:
            w, h = raw.get("window_size", settings.window_size)
            settings.window_size = (max(800, int(w)), max(600, int(h)))
            settings.fullscreen = bool(raw.get("fullscreen", settings.fullscreen))
            settings.ui_scale = min(2.0, max(0.75, float(raw.get("ui_scale", settings.ui_scale))))
            settings.animation_speed = min(4.0, max(0.0, float(raw.get("animation_speed", 1.0))))
        except (TypeError, ValueError):
            return cls()
        return settings

    def save(self) -> None:
        path = config_dir() / "settings.json"
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(".tmp")
            data = asdict(self)
            data["window_size"] = list(self.window_size)
            tmp.write_text(json.dumps(data, indent=2), encoding="utf-8")
            tmp.replace(path)
        except OSError:
            pass  # settings are a convenience: never crash the game over them

    def copy(self) -> Settings:
        return Settings(**{f.name: getattr(self, f.name) for f in fields(self)})


_THEME_CACHE: dict[float, dict[str, Any]] = {}
_FONT_FILES = {
    "garamond": {"regular_path": str(FONTS_DIR / "EBGaramond12-Regular.ttf"),
                 "italic_path": str(FONTS_DIR / "EBGaramond12-Italic.ttf"),
                 "bold_path": str(FONTS_DIR / "EBGaramond12-Regular.ttf"),
                 "bold_italic_path": str(FONTS_DIR / "EBGaramond12-Italic.ttf")},
    "garamond_sc": {"regular_path": str(FONTS_DIR / "EBGaramondSC12-Regular.ttf")},
    "noto": {"regular_path": str(FONTS_DIR / "NotoSans-Regular.ttf"),
             "bold_path": str(FONTS_DIR / "NotoSans-Bold.ttf"),
             "italic_path": str(FONTS_DIR / "NotoSans-Regular.ttf"),
             "bold_italic_path": str(FONTS_DIR / "NotoSans-Bold.ttf")},
}


def _scaled_theme(scale: float) -> dict[str, Any]:
    """The pygame_gui theme with every font size multiplied by the UI scale (parsed once per scale)."""
    if scale not in _THEME_CACHE:
        try:
            theme = json.loads(THEME_PATH.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            theme = {}
        theme = copy.deepcopy(theme)
        for block in theme.values():
            font = block.get("font") if isinstance(block, dict) else None
            if isinstance(font, dict) and "size" in font:
                font["size"] = str(max(8, round(int(font["size"]) * scale)))
            if isinstance(font, dict):
                font.update(_FONT_FILES.get(font.get("name", ""), {}))
        _THEME_CACHE[scale] = theme
    return _THEME_CACHE[scale]


class App:
    """Owns the window and a stack of screens; `step` runs one frame, `run` loops until quit."""

    def __init__(self, size: tuple[int, int] = (1600, 900), settings: Settings | None = None,
                 headless: bool = False) -> None:
        # Measured under X11 without a GPU: a 1600x900 flip costs 13 ms through SDL's accelerated
        # framebuffer and 0.3 ms through the plain one. A 2D game gains nothing from the former.
        os.environ.setdefault("SDL_FRAMEBUFFER_ACCELERATION", "0")
        # Background threads (the AI's month, the map's repaint) are pure Python and would keep the GIL
        # for 5 ms slices, stalling frames; make them hand it back every 0.5 ms.
        sys.setswitchinterval(0.0005)
        if headless:
            os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
            os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
        self.headless = headless
        self.settings = settings if settings is not None else Settings.load()
        _set_theme_scale(self.settings.ui_scale)
        if tuple(size) != (1600, 900):  # an explicit size (tests, screenshots) beats the saved one
            self.settings.window_size = tuple(size)
        size = self.settings.window_size
        self.data_dir = user_data_dir()
        self._screens: list[Screen] = []
        self.cache: dict[str, Any] = {}  # shared by screens: the menu backdrop, loaded scenarios, ...
        self.running = True
        self.frame_count = 0
        pygame.display.init()
        pygame.font.init()
        pygame.display.set_caption("Berber Revolt 740-743")
        pygame.display.set_icon(_window_icon())
        self.window_surface = self._open_window(tuple(size))
        self.clock = pygame.time.Clock()

    # --- window -----------------------------------------------------------------------------------------
    def _open_window(self, size: tuple[int, int]) -> pygame.Surface:
        flags = 0
        if self.settings.fullscreen and not self.headless:
            flags |= pygame.FULLSCREEN
        elif not self.headless:
            flags |= pygame.RESIZABLE
        return pygame.display.set_mode(size, flags)

    @property
    def size(self) -> tuple[int, int]:
        return self.window_surface.get_size()

    @property
    def ui_scale(self) -> float:
        return self.settings.ui_scale

    def apply_settings(self, settings: Settings) -> None:
        """Adopt new settings: reopen the window if its size or mode changed, save them to disk."""
        old = self.settings
        self.settings = settings
        settings.save()
        _set_theme_scale(settings.ui_scale)
        if (old.window_size != settings.window_size or old.fullscreen != settings.fullscreen
                or old.ui_scale != settings.ui_scale):
            self.window_surface = self._open_window(tuple(settings.window_size))
            for screen in self._screens:
                screen.on_resize(self.size)

    def new_ui_manager(self):
        """A pygame_gui manager for one screen, with the game's theme, fonts and the window's size."""
        import pygame_gui

        theme = copy.deepcopy(_scaled_theme(self.settings.ui_scale))
        manager = pygame_gui.UIManager(self.size, theme, enable_live_theme_updates=False)
        # Text boxes use <b> and <i>: load those cuts now (pygame_gui warns when it must load them late).
        size = int(theme.get("text_box", {}).get("font", {}).get("size", 14))
        manager.preload_fonts([{"name": "noto", "point_size": size, "style": style}
                               for style in ("bold", "italic", "bold_italic")])
        return manager

    # --- the screen stack -------------------------------------------------------------------------------
    @property
    def current(self) -> Screen | None:
        return self._screens[-1] if self._screens else None

    @property
    def screens(self) -> list[Screen]:
        return list(self._screens)

    def push(self, screen: Screen) -> None:
        if self._screens:
            self._screens[-1].on_exit()
        self._screens.append(screen)
        screen.on_enter()

    def pop(self) -> Screen | None:
        if not self._screens:
            return None
        screen = self._screens.pop()
        screen.on_exit()
        if self._screens:
            self._screens[-1].on_enter()
        else:
            self.running = False
        return screen

    def replace(self, screen: Screen) -> None:
        if self._screens:
            self._screens.pop().on_exit()
        self._screens.append(screen)
        screen.on_enter()

    def quit(self) -> None:
        self.running = False

    # --- frames -----------------------------------------------------------------------------------------
    def step(self, events: list[pygame.event.Event] | None = None, dt: float = 1 / 60) -> None:
        """Process one frame: the given events (or the queue's), update the current screen, draw it."""
        # Given events first, then the queue: widgets post their own events (hover, text entry) there.
        events = list(events or []) + pygame.event.get()
        for event in events:
            if event.type == pygame.QUIT:
                self.running = False
                continue
            if event.type == pygame.VIDEORESIZE and not self.settings.fullscreen:
                self._resize((event.w, event.h))
                continue
            if self.current is not None:
                self.current.handle_event(event)
        if self.current is not None:
            self.current.update(dt)
            self.current.draw(self.window_surface)
        self.frame_count += 1
        if pygame.display.get_surface() is not None:
            pygame.display.flip()

    def _resize(self, size: tuple[int, int]) -> None:
        size = (max(800, size[0]), max(600, size[1]))
        self.settings.window_size = size
        self.window_surface = self._open_window(size)
        for screen in self._screens:
            screen.on_resize(size)

    def render_to(self, surface: pygame.Surface) -> None:
        """Draw the current screen onto surface (for screenshots), without touching the event queue."""
        if self.current is not None:
            self.current.draw(surface)

    def run(self) -> None:
        """The main loop: about 60 frames a second until the last screen is popped or the window closed."""
        while self.running and self.current is not None:
            dt = self.clock.tick(60) / 1000.0
            self.step(None, min(dt, 0.1))
        self.settings.save()


def _set_theme_scale(scale: float) -> None:
    from game.ui import theme

    theme.set_ui_scale(scale)


def _window_icon() -> pygame.Surface:
    """Crossed swords on a dark red shield, drawn rather than shipped as a file."""
    icon = pygame.Surface((32, 32), pygame.SRCALPHA)
    pygame.draw.circle(icon, (120, 24, 16), (16, 16), 15)
    pygame.draw.circle(icon, (232, 192, 106), (16, 16), 15, 2)
    for a, b in (((8, 8), (24, 24)), ((24, 8), (8, 24))):
        pygame.draw.line(icon, (245, 236, 214), a, b, 3)
    return icon
