"""Problems a modder can act on: where (file, line, column, key path), what, and a hint.

`ScenarioError` carries every problem found at once, sorted by position, and prints them the way compilers
do (`file:line:col: error: key.path: message (hint)`) so editors can jump to them.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Problem:
    file: str
    line: int
    column: int
    key_path: str
    message: str
    hint: str = ""
    severity: str = "error"

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.file, self.line, self.column, self.key_path)

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}:{self.column}" if self.line else self.file
        path = f"{self.key_path}: " if self.key_path else ""
        hint = f" ({self.hint})" if self.hint else ""
        return f"{where}: {self.severity}: {path}{self.message}{hint}"


class ScenarioError(Exception):
    """A scenario (or mod) that cannot be loaded; `problems` lists every reason, sorted by position."""

    def __init__(self, problems: Iterable[Problem]):
        unique = {(p.sort_key(), p.message): p for p in problems}
        self.problems: list[Problem] = sorted(unique.values(), key=lambda p: (p.sort_key(), p.message))
        super().__init__(str(self))

    def __str__(self) -> str:
        return "\n".join(str(p) for p in self.problems)


def did_you_mean(word: object, candidates: Iterable[str]) -> str:
    """A 'did you mean' hint naming the closest candidate, or '' when nothing is close."""
    if not isinstance(word, str):
        return ""
    pool = sorted(set(candidates))
    matches = difflib.get_close_matches(word, pool, n=1, cutoff=0.6)
    if not matches:
        lowered = {c.lower(): c for c in pool}
        matches = [lowered[word.lower()]] if word.lower() in lowered else []
    return f"did you mean '{matches[0]}'?" if matches else ""


def format_path(path: Iterable[object]) -> str:
    """('regions', 3, 'neighbors', 1) -> 'regions[3].neighbors[1]'."""
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text
