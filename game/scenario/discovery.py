"""Where scenarios live: the shipped `scenarios/` folder (and its `mods/`) and the player's mod folder.

A scenario's file name is its id (`scenarios/berber_revolt_740.yaml` is `berber_revolt_740`); files whose
stem differs are still found by their `metadata.id` as a fallback.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from game.scenario.errors import ScenarioError
from game.scenario.located import YamlMap

SUFFIXES = (".yaml", ".yml")
MODS_ENV = "BERBER_REVOLT_MODS"


def shipped_scenarios_dir() -> Path:
    return Path(__file__).resolve().parents[2] / "scenarios"


def user_mods_dir() -> Path:
    """The folder a player drops mods into (`$BERBER_REVOLT_MODS` overrides it, for tests and power users)."""
    override = os.environ.get(MODS_ENV)
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir("berber-revolt", appauthor=False)) / "mods"


def default_search_dirs() -> list[Path]:
    shipped = shipped_scenarios_dir()
    return [shipped, shipped / "mods", user_mods_dir()]


def scenario_files(search_dirs: list[Path]) -> list[Path]:
    files: list[Path] = []
    for folder in search_dirs:
        if folder.is_dir():
            files += sorted(p for p in folder.iterdir() if p.suffix in SUFFIXES and p.is_file())
    return files


def find_scenario_file(scenario_id: str, search_dirs: list[Path]) -> Path | None:
    for folder in search_dirs:
        for suffix in SUFFIXES:
            candidate = folder / f"{scenario_id}{suffix}"
            if candidate.is_file():
                return candidate
    return next((info.path for info in discover_scenarios(search_dirs) if info.id == scenario_id), None)


@dataclass(frozen=True, slots=True)
class ScenarioInfo:
    """What the menu shows for one scenario file, read cheaply (metadata only, nothing resolved)."""

    id: str
    title: str
    path: Path
    is_mod: bool
    extends: str | None = None
    problem: str | None = None  # first line of the error if the file cannot even be read


def discover_scenarios(search_dirs: list[Path] | None = None) -> list[ScenarioInfo]:
    """Every scenario and mod in the search folders (shipped first, then the player's mods). A file that
    cannot be read, or reuses an id found earlier (which `load_scenario_id` would never reach), carries a
    `problem` so the menu can show it greyed out with the reason."""
    from game.scenario.yaml_reader import read_yaml_file

    infos = []
    for path in scenario_files(default_search_dirs() if search_dirs is None else search_dirs):
        if path.name.startswith("."):
            continue
        try:
            data = read_yaml_file(path)
        except ScenarioError as exc:
            infos.append(ScenarioInfo(path.stem, path.stem, path, False, problem=str(exc.problems[0])))
            continue
        meta = data.get("metadata") if isinstance(data, YamlMap) else None
        meta = meta if isinstance(meta, dict) else {}
        extends = data.get("extends") if isinstance(data, YamlMap) else None
        raw_id, raw_title = meta.get("id"), meta.get("title")
        scenario_id = raw_id if isinstance(raw_id, str) else path.stem
        title = raw_title if isinstance(raw_title, str) else scenario_id
        clash = next((info.path for info in infos if info.id == scenario_id), None)
        infos.append(ScenarioInfo(scenario_id, title, path, extends is not None,
                                  extends if isinstance(extends, str) else None,
                                  f"{path}: the id '{scenario_id}' is already used by {clash}" if clash else None))
    return infos
