"""A small seeded PRNG (splitmix64) whose whole state is one integer field of GameState.

The engine never imports `random`: every die roll goes through an `Rng` built from `GameState.rng` and written
back, so a saved state carries its future dice and two machines roll the same numbers.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

T = TypeVar("T")
_MASK = (1 << 64) - 1


def seed_state(seed: int) -> int:
    """Scramble a user seed into a 64-bit state (nearby seeds give unrelated streams)."""
    return Rng(seed & _MASK).next_u64()


class Rng:
    __slots__ = ("state",)

    def __init__(self, state: int) -> None:
        self.state = state & _MASK

    def next_u64(self) -> int:
        self.state = (self.state + 0x9E3779B97F4A7C15) & _MASK
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & _MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & _MASK
        return z ^ (z >> 31)

    def below(self, n: int) -> int:
        """Uniform integer in [0, n); the modulo bias over 64 bits is negligible for game-sized n."""
        if n <= 0:
            raise ValueError("below() needs a positive bound")
        return self.next_u64() % n

    def roll(self, low: int, high: int) -> int:
        """Uniform integer in [low, high] inclusive."""
        return low + self.below(high - low + 1)

    def chance(self, percent: int) -> bool:
        """True with probability percent/100."""
        return self.below(100) < percent

    def choice(self, items: Sequence[T]) -> T:
        return items[self.below(len(items))]

    def shuffle(self, items: list[T]) -> None:
        """Fisher-Yates in place."""
        for i in range(len(items) - 1, 0, -1):
            j = self.below(i + 1)
            items[i], items[j] = items[j], items[i]
