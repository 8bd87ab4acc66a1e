"""Reads scenario YAML safely into located plain data (`YamlMap`/`YamlSeq`), refusing anything risky.

Only a SafeLoader subclass composes the file, and we build the values ourselves from the node tree, so no
tag can ever construct a Python object. We also refuse what PyYAML lets through silently or slowly:
duplicate keys, tabs in indentation, oversized files, alias bombs and absurd nesting.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from game.scenario.errors import Problem, ScenarioError
from game.scenario.located import Mark, YamlMap, YamlSeq

MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_NODES = 300_000  # after expanding aliases; the 740 scenario has a few tens of thousands
MAX_DEPTH = 48
_STD = "tag:yaml.org,2002:"


class MarkedSafeLoader(yaml.SafeLoader):
    """The stock SafeLoader, used only to compose nodes (with their marks); we never call its constructor
    on a whole document."""


try:
    from yaml._yaml import CParser
except ImportError:  # PyYAML without libyaml: the pure-Python parser is ~8x slower but just as safe
    CParser = None


class FastMarkedSafeLoader(MarkedSafeLoader):
    """The same loader with libyaml parsing the events (the Python composer still builds the nodes, so
    nesting depth stays bounded by Python's recursion limit instead of the C stack)."""

    def __init__(self, text: str):
        super().__init__(text)
        self._events = CParser(text)
        self.check_event = self._events.check_event  # type: ignore[method-assign]
        self.peek_event = self._events.peek_event  # type: ignore[method-assign]
        self.get_event = self._events.get_event  # type: ignore[method-assign]

    def dispose(self) -> None:
        self._events.dispose()
        super().dispose()


_SCALARS = {
    _STD + "str": MarkedSafeLoader.construct_yaml_str,
    _STD + "int": MarkedSafeLoader.construct_yaml_int,
    _STD + "float": MarkedSafeLoader.construct_yaml_float,
    _STD + "bool": MarkedSafeLoader.construct_yaml_bool,
    _STD + "null": MarkedSafeLoader.construct_yaml_null,
    _STD + "timestamp": MarkedSafeLoader.construct_yaml_str,  # dates stay text: "0741-10-01" is not ours
}


class _Refused(Exception):
    def __init__(self, node: Node, message: str, hint: str = ""):
        super().__init__(message)
        self.node, self.message, self.hint = node, message, hint


def display_name(path: Path) -> str:
    """The path as a user typed it relative to the working directory when possible."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except (ValueError, OSError):
        return str(path)


def read_yaml_file(path: Path) -> Any:
    """The file's located data; raises ScenarioError (never OSError or YAMLError)."""
    name = display_name(path)
    try:
        if path.is_dir():
            raise ScenarioError([Problem(name, 0, 0, "", "is a directory, not a scenario file")])
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ScenarioError([Problem(name, 0, 0, "", f"file too large ({size:,} bytes; the limit is "
                                         f"{MAX_FILE_BYTES:,})", "a whole scenario fits in a few hundred KB")])
        data = path.read_bytes()
    except FileNotFoundError:
        raise ScenarioError([Problem(name, 0, 0, "", "no such file")]) from None
    except OSError as exc:
        raise ScenarioError([Problem(name, 0, 0, "", f"cannot read the file: {exc.strerror or exc}")]) from None
    return parse_yaml(data, name)


def parse_yaml(data: bytes, name: str) -> Any:
    """Located data from raw bytes; raises ScenarioError listing every problem found."""
    text = _decode(data, name)
    loader = None
    try:
        loader = (FastMarkedSafeLoader if CParser else MarkedSafeLoader)(text)  # checks characters already
        root = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        raise ScenarioError(_syntax_problems(exc, text, name)) from None
    except yaml.YAMLError as exc:
        raise ScenarioError([_reader_problem(exc, text, name)]) from None
    except RecursionError:
        raise ScenarioError([Problem(name, 1, 1, "", "nested too deeply to read")]) from None
    finally:
        if loader is not None:
            loader.dispose()
    if root is None:
        raise ScenarioError([Problem(name, 1, 1, "", "the file is empty")])
    try:
        _check_size(root)
    except _Refused as exc:
        mark = exc.node.start_mark
        raise ScenarioError([Problem(name, mark.line + 1, mark.column + 1, "", exc.message, exc.hint)]) from None
    builder = _Builder(name)
    value = builder.build(root)
    if builder.problems:
        raise ScenarioError(builder.problems)
    return value


def _decode(data: bytes, name: str) -> str:
    if b"\x00" in data[:8192]:
        raise ScenarioError([Problem(name, 1, 1, "", "binary data, not a YAML text file")])
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise ScenarioError([Problem(name, line, column, "", f"not UTF-8 text (byte 0x{data[exc.start]:02x})",
                                     "save the file as UTF-8")]) from None


def _tab_problems(text: str, name: str) -> list[Problem]:
    problems = []
    for number, line in enumerate(text.splitlines(), start=1):
        indent = line[: len(line) - len(line.lstrip(" \t"))]
        if "\t" in indent:
            problems.append(Problem(name, number, indent.index("\t") + 1, "", "tab used for indentation",
                                    "YAML indents with spaces only; replace the tab with spaces"))
    return problems


_SYNTAX_HINTS = {
    "mapping values are not allowed": "a ':' inside a value needs quotes, or the indentation is off",
    "could not find expected ':'": "a key is missing its ':' or a quote is not closed",
    "found undefined alias": "an alias (*name) must come after its anchor (&name)",
    "expected a single document": "a scenario is one YAML document: remove the '---' separators",
}


def _syntax_problems(exc: yaml.MarkedYAMLError, text: str, name: str) -> list[Problem]:
    mark = exc.problem_mark or exc.context_mark
    tabs = _tab_problems(text, name)
    if tabs and ("'\\t'" in str(exc) or (mark and any(t.line == mark.line + 1 for t in tabs))):
        return tabs
    problem = exc.problem or exc.context or "invalid YAML"
    hint = next((h for key, h in _SYNTAX_HINTS.items() if key in f"{problem} {exc.context}"), "")
    if exc.context and exc.context_mark and exc.problem_mark and exc.context_mark.line != exc.problem_mark.line:
        problem += f" ({exc.context} at line {exc.context_mark.line + 1})"
    line, column = (mark.line + 1, mark.column + 1) if mark else (0, 0)
    return [Problem(name, line, column, "", f"invalid YAML: {problem}", hint)]


def _reader_problem(exc: yaml.YAMLError, text: str, name: str) -> Problem:
    position = getattr(exc, "position", None)
    if isinstance(position, int):
        line = text.count("\n", 0, position) + 1
        column = position - (text.rfind("\n", 0, position) + 1) + 1
        return Problem(name, line, column, "", "invalid character in the file",
                       "remove control characters; scenarios are plain UTF-8 text")
    return Problem(name, 0, 0, "", f"invalid YAML: {exc}")


def _check_size(root: Node) -> None:
    """Counts nodes as if aliases were expanded (memoised, so a 'billion laughs' file costs microseconds)."""
    sizes: dict[int, int] = {}
    open_nodes: set[int] = set()

    def size(node: Node, depth: int) -> int:
        key = id(node)
        if key in sizes:
            return sizes[key]
        if key in open_nodes:
            raise _Refused(node, "an alias refers to a mapping or list that contains it")
        if depth > MAX_DEPTH:
            raise _Refused(node, f"nested more than {MAX_DEPTH} levels deep")
        open_nodes.add(key)
        total = 1
        if isinstance(node, SequenceNode):
            total += sum(size(child, depth + 1) for child in node.value)
        elif isinstance(node, MappingNode):
            total += sum(size(k, depth + 1) + size(v, depth + 1) for k, v in node.value)
        open_nodes.discard(key)
        if total > MAX_NODES:
            raise _Refused(node, f"too many values once aliases are expanded (over {MAX_NODES:,})",
                           "this looks like an alias bomb; write the data out instead")
        sizes[key] = total
        return total

    size(root, 0)


class _Builder:
    """Turns the node tree into YamlMap/YamlSeq/scalars, collecting problems instead of stopping."""

    def __init__(self, name: str):
        self.name = name
        self.problems: list[Problem] = []
        self.loader = MarkedSafeLoader("")

    def mark(self, node: Node) -> Mark:
        return Mark(self.name, node.start_mark.line + 1, node.start_mark.column + 1)

    def problem(self, node: Node, message: str, hint: str = "") -> None:
        mark = self.mark(node)
        self.problems.append(Problem(self.name, mark.line, mark.column, "", message, hint))

    def build(self, node: Node) -> Any:
        if isinstance(node, MappingNode):
            return self.build_map(node) if self.tag_ok(node, _STD + "map") else None
        if isinstance(node, SequenceNode):
            return self.build_seq(node) if self.tag_ok(node, _STD + "seq") else None
        return self.build_scalar(node)

    def tag_ok(self, node: Node, expected: str) -> bool:
        if node.tag == expected:
            return True
        tag = node.tag.replace(_STD, "!!")
        self.problem(node, f"tag '{tag}' is not allowed", "scenarios are plain data: remove the tag")
        return False

    def build_scalar(self, node: ScalarNode) -> Any:
        construct = _SCALARS.get(node.tag)
        if construct is None:
            self.tag_ok(node, _STD + "str")
            return None
        try:
            value = construct(self.loader, node)
        except (ValueError, OverflowError, yaml.YAMLError):
            self.problem(node, f"cannot read the value {node.value[:40]!r}")
            return None
        if isinstance(value, float) and not math.isfinite(value):
            self.problem(node, f"{node.value!r} is not a finite number")
            return None
        return value

    def build_seq(self, node: SequenceNode) -> YamlSeq:
        seq = YamlSeq(self.mark(node))
        for child in node.value:
            seq.add(self.build(child), self.mark(child))
        return seq

    def build_map(self, node: MappingNode) -> YamlMap:
        result = YamlMap(self.mark(node))
        for key_node, value_node in node.value:
            if key_node.tag == _STD + "merge":
                self.problem(key_node, "merge keys ('<<') are not supported",
                             "write the values out, or use 'extends:' to build on a scenario")
                continue
            if not isinstance(key_node, ScalarNode):
                self.problem(key_node, "a key must be plain text, not a list or mapping")
                continue
            if key_node.tag not in _SCALARS:
                self.tag_ok(key_node, _STD + "str")
                continue
            key = key_node.value
            if key in result:
                first = result.key_marks[key]
                self.problem(key_node, f"duplicate key '{key}' (first at line {first.line})",
                             "YAML would silently keep only the last one: remove or rename one")
                continue
            result.put(key, self.build(value_node), self.mark(key_node), self.mark(value_node))
        return result
