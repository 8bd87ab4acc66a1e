"""`berber-revolt schema`: prints the JSON Schema of scenario and mod files (the same text as the committed
scenarios/schema.json), or writes it to a file."""

from __future__ import annotations

import argparse
from pathlib import Path

NAME = "schema"
HELP = "Print the JSON Schema of scenario and mod files (generated from the format's models)."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-o", "--output", type=Path, help="write the schema to this file instead of printing it")


def run(args: argparse.Namespace) -> int:
    from game.scenario.schema import schema_text

    text = schema_text()
    if args.output is None:
        print(text, end="")
        return 0
    try:
        args.output.write_text(text, encoding="utf-8")
    except OSError as exc:
        print(f"{args.output}: error: cannot write the schema: {exc.strerror or exc}")
        return 1
    print(f"wrote {args.output}")
    return 0
