"""Plain YAML data that remembers where each value came from.

`YamlMap` and `YamlSeq` are a dict and a list that also hold the (file, line, column) of every key and
value. Mods move whole entries between trees, and the marks travel with them, so an error in a resolved
scenario still points at the line of the file that wrote the offending value.
"""

from __future__ import annotations

from typing import Any, NamedTuple


class Mark(NamedTuple):
    file: str
    line: int
    column: int


class YamlMap(dict):
    """A mapping with `mark` (where it starts), `key_marks` and `value_marks` per key."""

    __slots__ = ("mark", "key_marks", "value_marks")

    def __init__(self, mark: Mark, *args: Any):
        super().__init__(*args)
        self.mark = mark
        self.key_marks: dict[str, Mark] = {}
        self.value_marks: dict[str, Mark] = {}

    def put(self, key: str, value: Any, key_mark: Mark, value_mark: Mark) -> None:
        self[key] = value
        self.key_marks[key] = key_mark
        self.value_marks[key] = value_mark

    def copy_marked(self) -> YamlMap:
        twin = YamlMap(self.mark, self)
        twin.key_marks = dict(self.key_marks)
        twin.value_marks = dict(self.value_marks)
        return twin


class YamlSeq(list):
    """A list with `mark` (where it starts) and `item_marks`, one per item."""

    __slots__ = ("mark", "item_marks")

    def __init__(self, mark: Mark, *args: Any):
        super().__init__(*args)
        self.mark = mark
        self.item_marks: list[Mark] = []

    def add(self, value: Any, mark: Mark) -> None:
        self.append(value)
        self.item_marks.append(mark)


def mark_at(root: Any, path: tuple[Any, ...], key_of_last: bool = False) -> Mark | None:
    """The mark of the value at `path`, or of the deepest container on it that exists.

    A mapping or list reached by a key is marked at its key (`regions:` rather than the first entry below
    it); with `key_of_last`, any last key is (for unknown keys).
    """
    node, best = root, getattr(root, "mark", None)
    for index, part in enumerate(path):
        last = index == len(path) - 1
        if isinstance(node, YamlMap) and isinstance(part, str) and part in node:
            child = node[part]
            on_key = last and (key_of_last or isinstance(child, (YamlMap, YamlSeq)))
            best = node.key_marks[part] if on_key else node.value_marks[part]
            node = child
        elif isinstance(node, YamlSeq) and isinstance(part, int) and 0 <= part < len(node):
            best = node.item_marks[part]
            node = node[part]
        else:
            break
    return best


def plain(value: Any) -> Any:
    """The same data as ordinary dicts and lists (for hashing, printing and tests)."""
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value
