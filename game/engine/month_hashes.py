"""The state hash after each resolved month, computed when first read.

Hashing is the canonical JSON of the whole state, about a fifth of a month's resolution, and most games
(simulations, AI look-ahead, benchmarks) never read a past month's hash. So `end_turn` keeps a snapshot of
the month-end state, which it needs anyway as the next month's start, and the hash is made from that snapshot
the first time anyone reads it (saves, replays, tests); the text hashed is the same either way.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import overload

from game.engine.state import Snapshot


class MonthHashes:
    """A list of month hashes (strings) whose entries may still be month-end snapshots waiting to be hashed
    (shared with clones: a snapshot never changes)."""

    __slots__ = ("_items",)

    def __init__(self, hashes: Iterable[str | Snapshot] = ()) -> None:
        self._items: list[str | Snapshot] = list(hashes)

    def append(self, item: str | Snapshot) -> None:
        """A hash, or the month-end snapshot to hash when read."""
        self._items.append(item)

    def copy(self) -> MonthHashes:
        return MonthHashes(self._items)

    def _realised(self, index: int) -> str:
        item = self._items[index]
        if isinstance(item, Snapshot):
            item = self._items[index] = item.hash()
        return item

    def __len__(self) -> int:
        return len(self._items)

    @overload
    def __getitem__(self, index: int) -> str: ...

    @overload
    def __getitem__(self, index: slice) -> list[str]: ...

    def __getitem__(self, index: int | slice) -> str | list[str]:
        if isinstance(index, slice):
            return [self._realised(i) for i in range(len(self._items))[index]]
        return self._realised(index)

    def __iter__(self) -> Iterator[str]:
        return (self._realised(i) for i in range(len(self._items)))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, MonthHashes | list):
            return list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # mutable, like a list

    def __repr__(self) -> str:
        return f"MonthHashes({list(self)!r})"
