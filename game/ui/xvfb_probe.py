"""Opens the client in a real window and plays one month with synthetic input, then saves what the window
shows: proof that the game runs on a real display server, not only on SDL's dummy driver.

    DISPLAY=:99 SDL_VIDEODRIVER=x11 python -m game.ui.xvfb_probe --out docs/screenshots/xvfb_window.png

It plays a month on the play screen (ending the turn as the Berbers with a real key press) when the play
screen is in this build, else steps a month of the historical replay. Exit status 0 only if a month passed.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path
from typing import Any


def post_key(key: int) -> None:
    import pygame

    pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=key, mod=0, unicode="", scancode=0))
    pygame.event.post(pygame.event.Event(pygame.KEYUP, key=key, mod=0, unicode="", scancode=0))


def run_until(app: Any, done: Any, timeout: float) -> bool:
    """Real frames from the real event queue until `done()` or the timeout."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        app.step(None, 1 / 30)
        if done():
            return True
        time.sleep(1 / 60)
    return done()


def post_click(pos: tuple[int, int], button: int) -> None:
    import pygame

    pygame.event.post(pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(0, 0), buttons=(0, 0, 0)))
    pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=pos, button=button))
    pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONUP, pos=pos, button=button))


def play_a_month(app: Any) -> str:
    """Select an army with Tab, march it with a right-click, end the month with Enter, as a player would."""
    import pygame

    from game.ui.screens.play import PlayScreen
    from game.ui.session import Session, Setup

    session = Session.new(Setup(mode="berber", ai_level="easy"), app.data_dir)
    screen = PlayScreen(app, session)
    app.push(screen)
    run_until(app, lambda: False, 0.5)
    before = session.game.state.month
    post_key(pygame.K_TAB)
    if not run_until(app, lambda: screen.selected_army is not None, 5):
        raise RuntimeError("Tab did not select an army")
    army = screen.selected_army
    reach = screen.game.reachable(army)
    here = screen.game.state.armies[army].region
    target = min((cost, rid) for rid, cost in reach.items() if rid != here and rid in screen.view.anchors)[1]
    screen.view.centre_on(target)
    run_until(app, lambda: False, 0.2)
    post_click(screen.view.region_point(target), 3)
    if not run_until(app, lambda: army in screen.game.state.plans, 5):
        raise RuntimeError(f"the right-click on {target} gave {army} no order")
    post_key(pygame.K_RETURN)  # the play screen's 'end turn' key
    if not run_until(app, lambda: app.current.session.game.state.month > before, 60):
        raise RuntimeError("ending the turn with Enter did not resolve the month")
    run_until(app, lambda: False, 1.0)  # the armies glide, the reports open
    return f"marched {army} to {target} with a right-click and ended the month with Enter"


def step_the_replay(app: Any) -> str:
    import pygame

    from game.ui.screens.replay import ReplayScreen

    screen = ReplayScreen(app)
    app.push(screen)
    if not run_until(app, lambda: screen.ready, 120):
        raise RuntimeError(screen._loader.error or "the replay was not ready in time")
    run_until(app, lambda: False, 0.3)
    post_key(pygame.K_RIGHT)
    if not run_until(app, lambda: screen.index == 1, 20):
        raise RuntimeError("pressing Right did not step the replay a month")
    return "stepped the historical replay one month"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m game.ui.xvfb_probe", description=__doc__)
    parser.add_argument("--out", type=Path, required=True, help="where to save the window's picture")
    parser.add_argument("--replay", action="store_true", help="step the replay even if the play screen exists")
    args = parser.parse_args(argv)
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    import pygame

    from game.ui.app import App, Settings

    app = App(settings=Settings(window_size=(1600, 900)))
    driver = pygame.display.get_driver()
    try:
        try:
            import game.ui.screens.play  # noqa: F401

            what = step_the_replay(app) if args.replay else play_a_month(app)
        except ImportError:
            what = step_the_replay(app)
        args.out.parent.mkdir(parents=True, exist_ok=True)
        pygame.image.save(pygame.display.get_surface(), str(args.out))
    except Exception as exc:  # noqa: BLE001 - the probe reports, it never shows a traceback
        print(f"xvfb_probe: failed on video driver '{driver}': {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    finally:
        pygame.quit()
    print(f"xvfb_probe: {what} in a real window (video driver '{driver}'); saved {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
