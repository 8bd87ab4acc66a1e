"""`berber-revolt play`: open the game window (the title screen and main menu), or with --side/--start go
straight into a game. Heavy imports (pygame, the engine) happen inside run() so `--help` stays instant."""

from __future__ import annotations

import argparse
import re
import sys

NAME = "play"
HELP = "play the game (the default command)"
SIDES = ("umayyad", "berber", "hotseat", "watch")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--scenario", default=None, metavar="ID", help="scenario or mod id (default: the 740 revolt)")
    parser.add_argument("--start", default=None, metavar="YYYY-MM",
                        help="start from the historical state at this month, e.g. 741-09")
    parser.add_argument("--side", choices=SIDES, default=None,
                        help="play as umayyad or berber, hotseat for two players, or watch the AI")
    parser.add_argument("--ai", default="normal", metavar="LEVEL", help="AI level (see the New game screen)")
    parser.add_argument("--seed", type=int, default=740, help="random seed of the game")
    parser.add_argument("--size", default=None, metavar="WxH", help="window size, e.g. 1600x900")
    parser.add_argument("--fullscreen", action="store_true", help="start in fullscreen")


def run(args: argparse.Namespace) -> int:
    if args.start and not re.fullmatch(r"\d{3,4}-(0[1-9]|1[0-2])", args.start):
        print(f"--start {args.start}: expected a month as YYYY-MM, e.g. 741-09", file=sys.stderr)
        return 2
    size = (1600, 900)
    if args.size:
        match = re.fullmatch(r"(\d{3,5})[xX](\d{3,5})", args.size)
        if not match:
            print(f"--size {args.size}: expected WIDTHxHEIGHT, e.g. 1600x900", file=sys.stderr)
            return 2
        size = (int(match[1]), int(match[2]))
    import os

    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    from game.ui.app import App
    from game.ui.screens.title import TitleScreen

    app = App(size=size)
    if args.fullscreen and not app.settings.fullscreen:
        settings = app.settings.copy()
        settings.fullscreen = True
        app.apply_settings(settings)
    if args.side or args.start:
        error = _start_game(app, args)
        if error:
            print(error, file=sys.stderr)
            return 1
    else:
        app.push(TitleScreen(app))
        if args.scenario:
            from game.ui.screens.main_menu import MainMenuScreen
            from game.ui.screens.new_game import NewGameScreen
            from game.ui.session import Setup

            app.replace(MainMenuScreen(app))
            app.push(NewGameScreen(app, Setup(scenario_id=args.scenario, ai_level=args.ai, seed=args.seed)))
    try:
        app.run()
    except Exception as exc:  # a bug: one line for the player, the details in a file for us
        log = _write_crash_log(app.data_dir)
        print(f"berber-revolt: the game stopped on an internal error ({type(exc).__name__}: {exc}); "
              f"details in {log}", file=sys.stderr)
        return 1
    return 0


def _write_crash_log(data_dir) -> str:
    import traceback
    from pathlib import Path

    path = Path(data_dir) / "crash.log"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(traceback.format_exc(), encoding="utf-8")
    except OSError:
        return "(the log could not be written)"
    return str(path)


def _start_game(app, args: argparse.Namespace) -> str:
    """Straight into a game: the main menu underneath, the play screen on top. Returns an error or ''."""
    from game.ui.screens.main_menu import MainMenuScreen
    from game.ui.screens.play import PlayScreen
    from game.ui.session import Session, Setup

    setup = Setup(scenario_id=args.scenario or "berber_revolt_740", mode=args.side or "berber",
                  ai_level=args.ai, seed=args.seed, start=args.start)
    try:
        session = Session.new(setup, app.data_dir)
    except Exception as exc:  # unknown scenario, month outside it, unknown AI level: one readable line
        return f"cannot start the game: {exc}"
    app.push(MainMenuScreen(app))
    app.push(PlayScreen(app, session))
    return ""
