"""A uniformly random legal player: the baseline opponent, and the engine's fuzzer in tests and benchmarks.

Each month it draws commands uniformly, without replacement, from its legal commands and gives each that is
still legal (earlier orders may have changed that), up to MAX_ORDERS. Its dice are its own seeded
random.Random, never the game's RNG.
"""

from __future__ import annotations

import random
from typing import Any

from game.ai import register

MAX_ORDERS = 12
DRAWS = 3 * MAX_ORDERS


class RandomPlayer:
    def __init__(self, side: str, seed: int) -> None:
        self.side = side
        self.rng = random.Random(seed)

    def play_turn(self, game: Any, side: str) -> None:
        commands = game.legal_commands(side)
        given = 0
        for cmd in self.rng.sample(commands, min(DRAWS, len(commands))):
            if given >= MAX_ORDERS:
                break
            if game.check(cmd) is None:
                game.submit(cmd)
                given += 1

    def choose(self, game: Any, side: str, event_id: str) -> str:
        choices = [c.id for c in game.scenario.events[_index(game, event_id)].choices]
        return self.rng.choice(choices)


def _index(game: Any, event_id: str) -> int:
    return next(i for i, e in enumerate(game.scenario.events) if e.id == event_id)


register("random", lambda side, seed: RandomPlayer(side, seed))
