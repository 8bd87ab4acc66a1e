"""The rules engine: pure Python, standard library only. No pygame, no YAML, no files, no clock, no print.

The public API is re-exported here; everything else is private to the engine.
"""

from game.engine.commands import (
    Assault,
    Besiege,
    ChooseOption,
    Command,
    Embark,
    Garrison,
    MergeArmies,
    MoveArmy,
    Preach,
    Recruit,
    Rejected,
    Rejection,
    SetTaxPolicy,
    SplitArmy,
    command_from_dict,
    command_from_json,
    command_to_dict,
    command_to_json,
)
from game.engine.events import Event
from game.engine.game import Game, GameLog, LogEntry, Outcome
from game.engine.state import GameState
from game.engine.view import SideView

__all__ = [
    "Assault",
    "Besiege",
    "ChooseOption",
    "Command",
    "Embark",
    "Event",
    "Game",
    "GameLog",
    "GameState",
    "Garrison",
    "LogEntry",
    "MergeArmies",
    "MoveArmy",
    "Outcome",
    "Preach",
    "Recruit",
    "Rejected",
    "Rejection",
    "SetTaxPolicy",
    "SideView",
    "SplitArmy",
    "command_from_dict",
    "command_from_json",
    "command_to_dict",
    "command_to_json",
]
