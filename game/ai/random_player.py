"""A uniformly random legal player: the baseline opponent, and the engine's fuzzer in tests and benchmarks.

Each month it draws commands, without replacement, and gives each that is still legal (earlier orders may
have changed that), up to MAX_ORDERS orders in at most DRAWS draws. A draw picks one of the side's order
sources uniformly: an army on land (sorted by id; armies split off this month are not sources) or the
administrative menu (recruits, tax, preaching, choices); then a command uniformly from that source's legal
commands (`game.legal_commands(side, army=...)`, `game.admin_commands(side)`). Menus are listed lazily, once
per source and month, so armies never drawn cost nothing; a source whose menu is empty or used up is dropped
without spending a draw. Its dice are its own seeded random.Random, never the game's RNG.
"""

from __future__ import annotations

import random
from typing import Any

from game.ai import register

MAX_ORDERS = 12
DRAWS = 3 * MAX_ORDERS
ADMIN = ""  # the administrative menu's source key (no army has an empty id)


class RandomPlayer:
    def __init__(self, side: str, seed: int) -> None:
        self.side = side
        self.rng = random.Random(seed)

    def play_turn(self, game: Any, side: str) -> None:
        if game.is_over():
            return
        sources = sorted(aid for aid, a in game.state.armies.items() if a.side == side and not a.at_sea)
        sources.append(ADMIN)
        menus: dict[str, list[Any]] = {}
        given = draws = 0
        while given < MAX_ORDERS and draws < DRAWS and sources:
            index = self.rng.randrange(len(sources))
            source = sources[index]
            menu = menus.get(source)
            if menu is None:
                listed = game.admin_commands(side) if source == ADMIN else game.legal_commands(side, army=source)
                menu = menus[source] = list(listed)
            if not menu:
                sources.pop(index)
                continue
            cmd = menu.pop(self.rng.randrange(len(menu)))
            draws += 1
            if game.check(cmd) is None:
                game.submit(cmd)
                given += 1

    def choose(self, game: Any, side: str, event_id: str) -> str:
        choices = [c.id for c in game.scenario.events[_index(game, event_id)].choices]
        return self.rng.choice(choices)


def _index(game: Any, event_id: str) -> int:
    return next(i for i, e in enumerate(game.scenario.events) if e.id == event_id)


register("random", lambda side, seed: RandomPlayer(side, seed))
