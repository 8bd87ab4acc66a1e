"""The command line's own promises: help lists every subcommand, and no user ever sees a traceback."""

import subprocess
import sys

from game.cli import build_parser, main


def test_cli_lists_every_subcommand():
    help_text = build_parser().format_help()
    for name in ("play", "replay", "simulate", "validate", "schema", "screenshot"):
        assert name in help_text


def test_cli_turns_an_internal_error_into_a_message(monkeypatch, capsys):
    import game.cli.validate as validate

    def explode(args):
        raise RuntimeError("boom")

    monkeypatch.setattr(validate, "run", explode)
    code = main(["validate", "anything.yaml"])
    err = capsys.readouterr().err
    assert code == 2
    assert "internal error: RuntimeError: boom" in err
    assert "Traceback" not in err


def test_cli_survives_a_closed_pipe():
    reader = subprocess.run(
        f"{sys.executable} -m game replay --headless | head -1",
        shell=True, capture_output=True, text=True, timeout=120,
    )
    assert "Traceback" not in reader.stderr
    assert reader.stdout.strip()
