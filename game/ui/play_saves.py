"""Saving and loading from the client: `game.saves` writes the game itself; a small sidecar file beside it
remembers how the client was playing it (which side is human, the AI's level), so Continue and Load put
the player back exactly where they were.
"""

from __future__ import annotations

import json
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from game.ui.session import SAVE_SUFFIX, Session, Setup, saves_dir


@dataclass(frozen=True)
class SaveEntry:
    path: Path
    name: str
    month: str
    scenario_id: str
    mode: str
    modified: float
    problem: str = ""


def _sidecar(path: Path) -> Path:
    return path.with_name(path.name + ".client.json")


def write_save(game, setup: Setup, path: Path) -> str:
    """Write the save and its sidecar; '' on success, else a sentence for the player."""
    from game.saves import SaveError, save_game

    try:
        save_game(game, path)
        _sidecar(path).write_text(json.dumps(asdict(setup)), encoding="utf-8")
    except SaveError as exc:
        return str(exc)
    except OSError as exc:
        return f"cannot write {path}: {exc.strerror or exc}"
    return ""


def new_save_path(session: Session) -> Path:
    stamp = time.strftime("%Y%m%d-%H%M%S")
    return saves_dir(session.data_dir) / f"{session.scenario.metadata.id}_{session.game.month}_{stamp}{SAVE_SUFFIX}"


def read_setup(path: Path) -> Setup:
    try:
        raw = json.loads(_sidecar(path).read_text(encoding="utf-8"))
        return Setup(**{k: raw[k] for k in ("scenario_id", "mode", "ai_level", "seed", "start") if k in raw})
    except (OSError, ValueError, TypeError):
        return Setup()


def list_saves(data_dir: Path) -> list[SaveEntry]:
    """Every save in the player's save folder, newest first; unreadable ones listed with their problem."""
    from game.saves import SaveError, read_header

    folder = saves_dir(data_dir)
    if not folder.is_dir():
        return []
    entries = []
    for path in folder.glob(f"*{SAVE_SUFFIX}"):
        setup = read_setup(path)
        name = "Autosave" if path.stem == "autosave" else path.stem
        try:
            header = read_header(path)
            entries.append(SaveEntry(path, name, str(header.get("month", "?")), str(header["scenario_id"]),
                                     setup.mode, path.stat().st_mtime))
        except (SaveError, OSError) as exc:
            entries.append(SaveEntry(path, name, "?", "?", setup.mode, 0.0, str(exc)))
    return sorted(entries, key=lambda e: -e.modified)


def open_session(path: Path, data_dir: Path) -> Session:
    """Load a save into a new session; raises SaveError or ScenarioError with a readable message."""
    from game.saves import load_save, read_header
    from game.scenario import load_scenario_id

    header = read_header(path)
    scenario = load_scenario_id(header["scenario_id"])
    loaded = load_save(path, scenario)
    setup = read_setup(path)
    setup.scenario_id = header["scenario_id"]
    return Session(loaded.game, setup, data_dir, scenario)
