"""The `berber-revolt` command line: one module per subcommand in this package.

Each subcommand module defines `NAME`, `HELP`, `add_arguments(parser)` and `run(args) -> int`, and keeps
heavy imports (pygame, pydantic, the engine) inside `run` so that `--help` and start-up stay fast.
With no subcommand the game itself starts (`play`).
"""

from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import sys
from types import ModuleType

from game import __version__


def _subcommand_modules() -> list[ModuleType]:
    modules = []
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        if hasattr(module, "NAME") and hasattr(module, "run"):
            modules.append(module)
    return modules


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="berber-revolt",
        description="Berber Revolt 740-743: a turn-based strategy game of the Kharijite Berber revolt.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in _subcommand_modules():
        sub = subparsers.add_parser(module.NAME, help=module.HELP, description=module.HELP)
        module.add_arguments(sub)
        sub.set_defaults(_run=module.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    if args.command is None:
        args = parser.parse_args(["play"])
    try:
        return int(args._run(args) or 0)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`... | head`): not an error, but stdout must not be flushed again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as error:  # noqa: BLE001 - the last line of defence: players never see a traceback
        if os.environ.get("BERBER_REVOLT_DEBUG"):
            raise
        print(
            f"berber-revolt: internal error: {type(error).__name__}: {error}\n"
            "This is a bug in the game, not in your files. Run again with BERBER_REVOLT_DEBUG=1 "
            "to see the details, and please report it.",
            file=sys.stderr,
        )
        return 2
