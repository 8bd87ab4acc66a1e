"""The safe YAML layer: marks for every value, and refusals for what PyYAML would let through."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from game.scenario.errors import ScenarioError
from game.scenario.located import mark_at, plain
from game.scenario.yaml_reader import MAX_FILE_BYTES, parse_yaml, read_yaml_file


def problems_of(data: bytes) -> list[str]:
    with pytest.raises(ScenarioError) as caught:
        parse_yaml(data, "t.yaml")
    return [str(p) for p in caught.value.problems]


def test_values_keep_their_line_and_column() -> None:
    data = parse_yaml(b"regions:\n  - id: fez\n    neighbors: [tangier, kairouan]\n", "t.yaml")
    assert plain(data) == {"regions": [{"id": "fez", "neighbors": ["tangier", "kairouan"]}]}
    assert mark_at(data, ("regions", 0, "neighbors", 1))[1:] == (3, 26)
    assert mark_at(data, ("regions", 0, "id"), key_of_last=True)[1:] == (2, 5)


def test_dates_and_yes_stay_what_yaml_says() -> None:
    data = plain(parse_yaml(b"a: 0741-10-01\nb: yes\nc: '740-01'\nd: 740-01\n", "t.yaml"))
    assert data == {"a": "0741-10-01", "b": True, "c": "740-01", "d": "740-01"}


def test_every_duplicate_key_is_reported() -> None:
    found = problems_of(b"a: 1\nb: 2\na: 3\nb: 4\n")
    assert [p.split(": error")[0] for p in found] == ["t.yaml:3:1", "t.yaml:4:1"]


@pytest.mark.parametrize("tag", ["!!python/object:os.system", "!!python/name:os.system", "!!binary", "!custom",
                                 "!!set"])
def test_no_tag_constructs_anything(tag: str) -> None:
    found = problems_of(f"a: 1\nb: {tag} {{}}\n".encode())
    assert found and "not allowed" in found[0] and ":2:" in found[0]


def test_python_tag_is_never_executed(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    problems_of(f"a: !!python/object/apply:os.system ['touch {marker}']\n".encode())
    assert not marker.exists()


def test_billion_laughs_is_refused_quickly() -> None:
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]" for i in range(1, 12)]
    started = time.perf_counter()
    found = problems_of("\n".join(lines).encode())
    assert time.perf_counter() - started < 0.5
    assert "alias" in found[0]


def test_deep_nesting_is_refused_without_recursion_error() -> None:
    found = problems_of(b"a: " + b"[" * 5000 + b"]" * 5000 + b"\n")
    assert "nest" in found[0]  # ours says "nested too deeply"; libyaml 0.2.6+ (PyYAML 6.0.4) says "nesting depth" first


def test_oversized_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    path.write_bytes(b"# padding\n" * (MAX_FILE_BYTES // 10 + 1))
    with pytest.raises(ScenarioError) as caught:
        read_yaml_file(path)
    assert "file too large" in str(caught.value)


def test_missing_file_and_directory_are_problems_not_exceptions(tmp_path: Path) -> None:
    for path, words in [(tmp_path / "nope.yaml", "no such file"), (tmp_path, "is a directory")]:
        with pytest.raises(ScenarioError) as caught:
            read_yaml_file(path)
        assert words in str(caught.value)


def test_control_characters_get_a_position() -> None:
    found = problems_of(b"a: 1\nb: \x07bell\n")
    assert found[0].startswith("t.yaml:2:") and "invalid character" in found[0]


def test_tab_inside_a_value_is_fine() -> None:
    assert plain(parse_yaml(b"a: 'x\ty'\n", "t.yaml")) == {"a": "x\ty"}


def test_pure_python_parser_reads_the_same_data_and_marks(monkeypatch: pytest.MonkeyPatch) -> None:
    import game.scenario.yaml_reader as reader

    source = (Path(__file__).parent / "data" / "tiny.yaml").read_bytes()
    fast = parse_yaml(source, "t.yaml")
    monkeypatch.setattr(reader, "CParser", None)
    slow = parse_yaml(source, "t.yaml")
    assert plain(fast) == plain(slow)
    assert mark_at(fast, ("events", 1, "choices", 0, "id")) == mark_at(slow, ("events", 1, "choices", 0, "id"))
    assert "tab used for indentation" in problems_of(b"a:\n\tb: 1\n")[0]
