"""Save files: a versioned, self-describing JSON document, never a pickle.

A save holds a header (format and game version, scenario id and hash, seed, mode), the command log with the
state hash after every month, and a snapshot of the state at the start of the current month. Loading replays
the log from the scenario and checks every hash, so a save also proves its own history; if the replay
diverges (the rules or the scenario changed) it can fall back to the snapshot. Files are written atomically:
a crash mid-save never destroys the previous save.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from game import __version__
from game.engine import Game, Rejected, command_from_dict
from game.engine.calendar import month_label

FORMAT = "berber-revolt-save"
FORMAT_VERSION = 1


class SaveError(Exception):
    """A save cannot be written or read; the message says why in words a player can act on."""


@dataclass(frozen=True, slots=True)
class LoadedSave:
    game: Game
    header: dict[str, Any]
    replayed: bool  # True: rebuilt by replaying the log; False: from the snapshot
    divergence: str  # why the replay was abandoned, "" if it was not
    scenario_changed: bool  # the scenario's content differs from the one the save was made with


def _scenario_hash(scenario: Any) -> str:
    from game.scenario.hashing import scenario_hash

    return scenario_hash(scenario)


def save_data(game: Game) -> dict[str, Any]:
    snapshot = game.to_dict()
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "game_version": __version__,
        "scenario_id": game.scenario.metadata.id,
        "scenario_hash": _scenario_hash(game.scenario),
        "seed": game.seed,
        "historical": game.historical,
        "month": game.month,
        "turn": game.turn,
        "over": game.is_over(),
        "commands": snapshot["commands"],
        "month_hashes": snapshot["month_hashes"],
        "snapshot": snapshot["state"],
        "state_hash": game.state_hash(),
    }


def save_game(game: Game, path: str | Path) -> Path:
    """Write the save atomically (temp file, fsync, rename); raises SaveError on failure."""
    path = Path(path)
    text = json.dumps(save_data(game), sort_keys=True, separators=(",", ":"))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(text)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        _fsync_dir(path.parent)
    except OSError as exc:
        raise SaveError(f"cannot write the save {path}: {exc.strerror or exc}") from None
    return path


def _fsync_dir(directory: Path) -> None:
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def read_header(path: str | Path) -> dict[str, Any]:
    """The parsed save (checked for format and version), without rebuilding the game."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SaveError(f"no save file at {path}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise SaveError(f"cannot read the save {path}: {exc}") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        raise SaveError(f"{path} is damaged (truncated or corrupt) and cannot be loaded") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise SaveError(f"{path} is not a Berber Revolt save file")
    version = data.get("format_version")
    if version != FORMAT_VERSION:
        raise SaveError(f"{path} uses save format {version!r}; this game (version {__version__}) reads format "
                        f"{FORMAT_VERSION} only")
    missing = [k for k in ("scenario_id", "scenario_hash", "seed", "historical", "commands", "month_hashes",
                           "snapshot", "state_hash") if k not in data]
    if missing:
        raise SaveError(f"{path} is damaged: missing {', '.join(missing)}")
    return data


def load_save(path: str | Path, scenario: Any, fallback_to_snapshot: bool = True) -> LoadedSave:
    """Rebuild the game: replay the log and check each month's hash; on divergence use the snapshot
    (or raise SaveError if `fallback_to_snapshot` is False)."""
    data = read_header(path)
    if data["scenario_id"] != scenario.metadata.id:
        raise SaveError(f"{path} is a save of scenario '{data['scenario_id']}', not '{scenario.metadata.id}'")
    changed = data["scenario_hash"] != _scenario_hash(scenario)
    try:
        game = _replay(data, scenario)
        return LoadedSave(game, data, True, "", changed)
    except _Divergence as exc:
        if not fallback_to_snapshot:
            raise SaveError(f"{path}: the replay diverged at {exc}") from None
        return LoadedSave(_from_snapshot(path, data, scenario), data, False, str(exc), changed)


def load_game(path: str | Path, scenario: Any) -> Game:
    return load_save(path, scenario).game


class _Divergence(Exception):
    pass


def _replay(data: dict[str, Any], scenario: Any) -> Game:
    try:
        game = Game.new(scenario, int(data["seed"]), bool(data["historical"]))
        entries = [(int(e["month"]), command_from_dict(e["command"])) for e in data["commands"]]
        hashes = list(data["month_hashes"])
    except (KeyError, TypeError, ValueError) as exc:
        raise _Divergence(f"the start (malformed log: {exc})") from None
    start = scenario.metadata.start
    for month, expected in enumerate(hashes + [None]):
        for _m, cmd in (x for x in entries if x[0] == month):
            try:
                game.submit(cmd)
            except Rejected as exc:
                raise _Divergence(f"{month_label(start, month)}: an order was refused ({exc})") from None
        if expected is None:
            break
        game.end_turn()
        got = game.state_hash()
        if got != expected:
            raise _Divergence(f"{month_label(start, month)}: expected {expected[:10]}…, got {got[:10]}…")
    if game.state_hash() != data["state_hash"]:
        raise _Divergence(f"{game.month}: the final state differs from the saved one")
    return game


def _from_snapshot(path: str | Path, data: dict[str, Any], scenario: Any) -> Game:
    try:
        game = Game.from_dict(scenario, {"seed": data["seed"], "historical": data["historical"],
                                         "state": data["snapshot"], "commands": data["commands"],
                                         "month_hashes": data["month_hashes"]})
    except (KeyError, TypeError, ValueError, Rejected) as exc:
        raise SaveError(f"{path} is damaged: its snapshot cannot be read ({exc})") from None
    if game.state_hash() != data["state_hash"]:
        raise SaveError(f"{path} is damaged: its snapshot does not match its own hash")
    return game


__all__ = ["FORMAT", "FORMAT_VERSION", "LoadedSave", "SaveError", "load_game", "load_save", "read_header",
           "save_data", "save_game"]
