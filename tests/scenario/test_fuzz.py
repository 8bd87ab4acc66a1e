"""Property: whatever a modder does to a valid scenario (delete keys, change types, swap ids, insert junk,
mangle bytes), the loader either loads it or raises ScenarioError with positioned problems; never any
other exception."""

from __future__ import annotations

import copy
import tempfile
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.scenario import ScenarioError, load_scenario
from game.scenario.models import Scenario

DATA = Path(__file__).parent / "data"
TINY = DATA / "tiny.yaml"
BASE = yaml.safe_load(TINY.read_text(encoding="utf-8"))
MOD = yaml.safe_load((DATA / "tiny_mod.yaml").read_text(encoding="utf-8"))
IDS = ["tangier", "fez", "kairouan", "maysara", "khalid", "rebels", "syrian_army", "kharijites", "umayyad"]

junk = st.one_of(
    st.none(), st.booleans(), st.integers(-10**12, 10**12), st.floats(allow_nan=False), st.sampled_from(IDS),
    st.text(max_size=12), st.lists(st.sampled_from(IDS), max_size=3),
    st.dictionaries(st.sampled_from(["id", "kind", "name", "region", "x"]), st.sampled_from(IDS), max_size=2),
)


def paths(node: Any, prefix: tuple = ()) -> list[tuple]:
    found = [prefix]
    items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else []
    for key, child in items:
        found += paths(child, prefix + (key,))
    return found


ALL_PATHS = [p for p in paths(BASE) if p]
MOD_PATHS = [p for p in paths(MOD) if p]


def mutate(data: Any, path: tuple, operation: str, value: Any) -> None:
    parent = data
    for part in path[:-1]:
        parent = parent[part]
    last = path[-1]
    if operation == "delete":
        del parent[last]
    elif operation == "replace":
        parent[last] = value
    elif operation == "insert" and isinstance(parent[last], dict):
        parent[last]["junk_key" if not isinstance(value, str) or not value.isidentifier() else value] = value
    elif operation == "insert" and isinstance(parent[last], list):
        parent[last].append(value)
    elif operation == "swap_id":
        parent[last] = IDS[hash(str(value)) % len(IDS)]


def check(text: bytes, search_dirs: list[Path] | None = None) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzzed.yaml"
        path.write_bytes(text)
        try:
            assert isinstance(load_scenario(path, search_dirs=search_dirs or []), Scenario)
        except ScenarioError as exc:
            assert exc.problems and all(p.message for p in exc.problems)
            assert str(exc)


mutations = st.lists(st.tuples(st.sampled_from(ALL_PATHS), st.sampled_from(["delete", "replace", "insert",
                                                                            "swap_id"]), junk),
                     min_size=1, max_size=4)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutations)
def test_mutated_scenario_loads_or_fails_cleanly(changes: list) -> None:
    data = copy.deepcopy(BASE)
    for path, operation, value in changes:
        try:
            mutate(data, path, operation, value)
        except (KeyError, IndexError, TypeError):
            continue  # an earlier change removed this path
    check(yaml.safe_dump(data, allow_unicode=True, sort_keys=False).encode("utf-8"))


@settings(max_examples=60, deadline=None)
@given(st.integers(0, len(TINY.read_bytes())), st.binary(min_size=1, max_size=8), st.integers(0, 8))
def test_mangled_bytes_load_or_fail_cleanly(at: int, inserted: bytes, cut: int) -> None:
    text = TINY.read_bytes()
    check(text[:at] + inserted + text[at + cut:])


mod_mutations = st.lists(st.tuples(st.sampled_from(MOD_PATHS), st.sampled_from(["delete", "replace", "insert",
                                                                                "swap_id"]), junk),
                         min_size=1, max_size=3)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mod_mutations)
def test_mutated_mod_loads_or_fails_cleanly(changes: list) -> None:
    data = copy.deepcopy(MOD)
    for path, operation, value in changes:
        try:
            mutate(data, path, operation, value)
        except (KeyError, IndexError, TypeError):
            continue
    check(yaml.safe_dump(data, allow_unicode=True, sort_keys=False).encode("utf-8"), [DATA])
