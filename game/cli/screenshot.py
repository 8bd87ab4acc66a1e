"""`berber-revolt screenshot`: render one scene of the client headless to a PNG, for the docs and reviews."""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
from pathlib import Path

NAME = "screenshot"
HELP = "Render a scene of the game (menu, play, battle, event, replay, result) to a PNG file, headless."
SCENES = ("menu", "play", "battle", "event", "replay", "result")


def _size(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"(\d{3,5})x(\d{3,5})", text.strip().lower())
    if not match:
        raise argparse.ArgumentTypeError(f"'{text}' is not a size like 1600x900")
    w, h = int(match[1]), int(match[2])
    if not (640 <= w <= 7680 and 480 <= h <= 4320):
        raise argparse.ArgumentTypeError(f"{w}x{h} is outside 640x480 .. 7680x4320")
    return w, h


def _month(text: str) -> str:
    if not re.fullmatch(r"\d{3,4}-(0[1-9]|1[0-2])", text.strip()):
        raise argparse.ArgumentTypeError(f"'{text}' is not a month like 741-10")
    return text.strip()


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--scene", required=True, choices=SCENES, help="what to render")
    parser.add_argument("--out", required=True, type=Path, metavar="FILE.png", help="the PNG file to write")
    parser.add_argument("--size", type=_size, default=(1600, 900), metavar="WxH",
                        help="window size (default 1600x900)")
    parser.add_argument("--at", type=_month, default=None, metavar="YYYY-MM",
                        help="the historical month: play and replay show it, battle and event the first battle or "
                        "choice from it on, result plays on from it")


def run(args: argparse.Namespace) -> int:
    os.environ["SDL_VIDEODRIVER"] = "dummy"  # before pygame starts: no window, no display needed
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    # The scenes play real sessions, which autosave: keep them away from the player's saves and settings,
    # and show every scene as on a first run (no 'Continue' in the menu).
    names = ("BERBER_REVOLT_DATA_DIR", "BERBER_REVOLT_CONFIG_DIR")
    before = {name: os.environ.get(name) for name in names}
    with tempfile.TemporaryDirectory(prefix="berber-revolt-screenshot-") as scratch:
        for name in names:
            os.environ.setdefault(name, str(Path(scratch) / name.rsplit("_", 2)[-2].lower()))
        try:
            return _render(args)
        finally:
            for name, value in before.items():
                if value is None:
                    os.environ.pop(name, None)
                else:
                    os.environ[name] = value


def _render(args: argparse.Namespace) -> int:
    import pygame

    from game.scenario.errors import ScenarioError
    from game.ui.app import App, Settings
    from game.ui.screenshot_scenes import SceneError, render_scene

    settings = Settings(window_size=args.size)
    try:
        app = App(size=args.size, settings=settings, headless=True)
        render_scene(app, args.scene, args.at)
        args.out.parent.mkdir(parents=True, exist_ok=True)
        pygame.image.save(app.window_surface, str(args.out))
    except (SceneError, ScenarioError, ValueError, OSError) as exc:
        print(f"screenshot: error: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:  # a bug elsewhere in the game: one readable line, the traceback on request
        if os.environ.get("BERBER_REVOLT_DEBUG"):
            raise
        print(f"screenshot: internal error while rendering '{args.scene}': {type(exc).__name__}: {exc} "
              "(set BERBER_REVOLT_DEBUG=1 for the traceback)", file=sys.stderr)
        return 1
    finally:
        pygame.quit()
    print(f"wrote {args.out} ({args.size[0]}x{args.size[1]}, scene {args.scene})")
    return 0
