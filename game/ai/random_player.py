"""A uniformly random legal player: the baseline opponent, and the engine's fuzzer in tests and benchmarks.

Each month it walks a shuffled list of its legal commands and gives each with a fixed chance, skipping any
that earlier orders have made illegal. Its dice are its own seeded random.Random, never the game's RNG.
"""

from __future__ import annotations

import random
from typing import Any

from game.ai import register

ORDER_CHANCE = 0.25
MAX_ORDERS = 12


class RandomPlayer:
    def __init__(self, side: str, seed: int) -> None:
        self.side = side
        self.rng = random.Random(seed)

    def play_turn(self, game: Any, side: str) -> None:
        commands = game.legal_commands(side)
        self.rng.shuffle(commands)
        given = 0
        for cmd in commands:
            if given >= MAX_ORDERS:
                break
            if self.rng.random() < ORDER_CHANCE and game.check(cmd) is None:
                game.submit(cmd)
                given += 1

    def choose(self, game: Any, side: str, event_id: str) -> str:
        choices = [c.id for c in game.scenario.events[_index(game, event_id)].choices]
        return self.rng.choice(choices)


def _index(game: Any, event_id: str) -> int:
    return next(i for i, e in enumerate(game.scenario.events) if e.id == event_id)


register("random", lambda side, seed: RandomPlayer(side, seed))
