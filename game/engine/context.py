"""What a phase may read besides the state: the scenario tables and the game's mode."""

from __future__ import annotations

from dataclasses import dataclass

from game.engine.tables import Tables


@dataclass(frozen=True, slots=True)
class Context:
    tables: Tables
    historical: bool = False
