"""AI players: controllers that give a side's orders through the engine's public API only.

`make_player(level, side, seed)` builds one from the registry; other modules add levels with `register`.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any, Protocol


class Player(Protocol):
    def play_turn(self, game: Any, side: str) -> None:
        """Submit this month's orders for `side` (the caller ends the turn)."""

    def choose(self, game: Any, side: str, event_id: str) -> str:
        """The id of the choice `side` makes for the pending event `event_id`."""


PlayerFactory = Callable[[str, int], Player]
_REGISTRY: dict[str, PlayerFactory] = {}
# Levels whose modules register themselves on import (so the registry stays lazy and cheap).
_BUILTIN_MODULES = {
    "random": "game.ai.random_player",
    "easy": "game.ai.easy",
    "normal": "game.ai.normal",
    "hard": "game.ai.hard",
    "hard_fixed": "game.ai.hard",  # hard without the clock: a fixed number of rollouts (reproducible)
}


def register(level: str, factory: PlayerFactory) -> None:
    _REGISTRY[level] = factory


def _load(level: str) -> None:
    module = _BUILTIN_MODULES.get(level)
    if module is not None and level not in _REGISTRY:
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name != module:
                raise


def levels() -> list[str]:
    """The levels that can be built now."""
    for level in _BUILTIN_MODULES:
        _load(level)
    return sorted(_REGISTRY)


def make_player(level: str, side: str, seed: int) -> Player:
    """A player for `side` at `level`; raises ValueError for an unknown level."""
    _load(level)
    factory = _REGISTRY.get(level)
    if factory is None:
        raise ValueError(f"unknown player '{level}' (known: {', '.join(levels())})")
    return factory(side, seed)
