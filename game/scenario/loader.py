"""The one way in: a scenario or mod file (or id) becomes a validated, frozen `Scenario`, or a
`ScenarioError` listing every problem with its file, line and column.

Stages: safe YAML -> (mods: resolve `extends:` and apply) -> pydantic models -> cross-reference checks.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from game.scenario.discovery import default_search_dirs, find_scenario_file, scenario_files
from game.scenario.errors import Problem, ScenarioError, did_you_mean
from game.scenario.located import Mark, YamlMap
from game.scenario.models import Mod, Scenario
from game.scenario.mods import apply_mod
from game.scenario.validation import validate_model
from game.scenario.yaml_reader import display_name, read_yaml_file

MAX_EXTENDS_DEPTH = 8
_ID = re.compile(r"^[a-z][a-z0-9_]*$")


def load_scenario(path: str | Path, search_dirs: list[Path] | None = None) -> Scenario:
    """Loads, resolves and checks one scenario or mod file."""
    from game.scenario.crossref import check_scenario
    from game.scenario.partial import partial_scenario

    path = Path(path)
    dirs = default_search_dirs() if search_dirs is None else [Path(d) for d in search_dirs]
    removed: dict[str, dict[str, str]] = {}
    data = load_resolved_data(path, dirs, removed=removed)
    scenario, problems = validate_model(Scenario, data, display_name(path))
    if problems:
        partial = partial_scenario(data)
        if partial is not None:
            problems += check_scenario(partial.scenario, data, display_name(path), removed, partial)
        raise ScenarioError(problems)
    problems = check_scenario(scenario, data, display_name(path), removed)
    if problems:
        raise ScenarioError(problems)
    return scenario


def load_scenario_id(scenario_id: str, search_dirs: list[Path] | None = None) -> Scenario:
    """Loads a scenario or mod by id from the shipped folder and the player's mod folder."""
    if not isinstance(scenario_id, str) or not _ID.match(scenario_id):  # ids come from saves too: no paths
        raise ScenarioError([Problem(str(scenario_id)[:80], 0, 0, "", "not a scenario id (lowercase letters, "
                                     "digits and '_', starting with a letter)")])
    dirs = default_search_dirs() if search_dirs is None else [Path(d) for d in search_dirs]
    path = find_scenario_file(scenario_id, dirs)
    if path is None:
        known = [p.stem for p in scenario_files(dirs)]
        raise ScenarioError([Problem(scenario_id, 0, 0, "", f"no scenario or mod with id '{scenario_id}'",
                                     did_you_mean(scenario_id, known))])
    return load_scenario(path, dirs)


def load_resolved_data(path: Path, search_dirs: list[Path], chain: tuple[Path, ...] = (),
                       removed: dict[str, dict[str, str]] | None = None) -> YamlMap:
    """The file's located data with any `extends:` chain applied (not yet validated); what mods removed is
    recorded in `removed` (namespace -> id -> mod file)."""
    removed = {} if removed is None else removed
    name = display_name(path)
    data = read_yaml_file(path)
    if not isinstance(data, YamlMap):
        mark = getattr(data, "mark", None)
        line, column = (mark.line, mark.column) if mark else (1, 1)
        raise ScenarioError([Problem(name, line, column, "", "a scenario must be a mapping of sections "
                                     "(metadata:, regions:, ...)")])
    if "extends" not in data:
        return data
    _, problems = validate_model(Mod, data, name)
    if problems:
        raise ScenarioError(problems)
    mark = data.value_marks["extends"]
    base_path = resolve_extends(data["extends"], path, search_dirs, mark)
    if base_path.resolve() in {p.resolve() for p in (*chain, path)}:
        loop = " -> ".join(p.name for p in (*chain, path, base_path))
        raise ScenarioError([_problem_at(mark, "extends", f"mods extend each other in a loop: {loop}")])
    if len(chain) >= MAX_EXTENDS_DEPTH:
        raise ScenarioError([_problem_at(mark, "extends", f"more than {MAX_EXTENDS_DEPTH} mods deep")])
    base = load_resolved_data(base_path, search_dirs, chain + (path,), removed)
    resolved, problems = apply_mod(base, data, display_name(base_path), removed)
    if problems:
        raise ScenarioError(problems)
    return resolved


def resolve_extends(target: str, mod_path: Path, search_dirs: list[Path], mark: Mark) -> Path:
    """The base file a mod names, which must stay inside the mod's folder or a scenarios folder."""
    roots = [mod_path.parent.resolve(), *(d.resolve() for d in search_dirs if d.is_dir())]
    if _ID.match(target):
        dirs = [d for d in (mod_path.parent, *search_dirs) if d.is_dir()]
        found = find_scenario_file(target, dirs)
        if found is not None and found.resolve() == mod_path.resolve():  # a mod named like its base
            found = find_scenario_file(target, [d for d in dirs if d.resolve() != mod_path.parent.resolve()])
        if found is None:
            known = [p.stem for p in scenario_files(dirs) if p.resolve() != mod_path.resolve()]
            raise ScenarioError([_problem_at(mark, "extends", f"no scenario with id '{target}'",
                                             did_you_mean(target, known))])
        candidate = found
    else:
        if Path(target).is_absolute() or target.startswith(("/", "\\", "~")) or re.match(r"^[A-Za-z]:", target):
            raise ScenarioError([_problem_at(mark, "extends", f"absolute path '{target}' is not allowed",
                                             "give a scenario id or a path relative to this file")])
        candidate = mod_path.parent / target
    real = candidate.resolve()
    if not any(real.is_relative_to(root) for root in roots):
        raise ScenarioError([_problem_at(mark, "extends", f"'{target}' leads outside the mod's folder and the "
                                         "scenarios folder", "keep the base scenario beside the mod")])
    if not real.is_file():
        raise ScenarioError([_problem_at(mark, "extends", f"no such file '{target}'")])
    return candidate


def _problem_at(mark: Mark, path: str, message: str, hint: str = "") -> Problem:
    return Problem(mark.file, mark.line, mark.column, path, message, hint)


def plain_data(path: Path, search_dirs: list[Path] | None = None) -> Any:
    """The resolved data as plain dicts (for tools and tests that mutate scenarios)."""
    from game.scenario.located import plain

    return plain(load_resolved_data(path, default_search_dirs() if search_dirs is None else search_dirs))
