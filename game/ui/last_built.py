"""A one-entry cache keyed by an object's identity, for values costly to build (map renderers, glyph arrays)
that belong to one scenario or map scene object. It holds the object itself: a cache keyed by `id()` alone
can hand a later object, allocated at a freed object's address, the value built for the old one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


class LastBuilt:
    """The value `build(obj)` for the last object asked about; asking about another object builds anew."""

    def __init__(self) -> None:
        self._entry: tuple[Any, Any] | None = None

    def get(self, obj: Any, build: Callable[[Any], Any]) -> Any:
        entry = self._entry  # one read: another thread may replace it meanwhile
        if entry is None or entry[0] is not obj:
            entry = (obj, build(obj))
            self._entry = entry
        return entry[1]

    def clear(self) -> None:
        self._entry = None
