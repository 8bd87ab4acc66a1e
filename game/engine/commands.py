"""Commands: what a player orders. Frozen dataclasses holding ids and numbers only, each one JSON line.

Administrative orders (tax, recruit, split, merge, garrison, choices) apply at once; military orders (move,
besiege, assault, embark) and preaching are plans resolved when the month ends.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields
from typing import Any


@dataclass(frozen=True, slots=True)
class MoveArmy:
    side: str
    army: str
    to: str


@dataclass(frozen=True, slots=True)
class Besiege:
    side: str
    army: str


@dataclass(frozen=True, slots=True)
class Assault:
    side: str
    army: str


@dataclass(frozen=True, slots=True)
class Garrison:
    """Put `men` of the army into the region's garrison (negative: take men out of it into the army)."""

    side: str
    army: str
    men: int


@dataclass(frozen=True, slots=True)
class SplitArmy:
    side: str
    army: str
    new_army: str
    cavalry: int = 0
    infantry: int = 0
    light: int = 0
    leader: str | None = None


@dataclass(frozen=True, slots=True)
class MergeArmies:
    side: str
    army: str
    into: str


@dataclass(frozen=True, slots=True)
class Embark:
    side: str
    army: str
    link: str


@dataclass(frozen=True, slots=True)
class Recruit:
    side: str
    region: str
    cavalry: int = 0
    infantry: int = 0
    light: int = 0


@dataclass(frozen=True, slots=True)
class SetTaxPolicy:
    side: str
    policy: str


@dataclass(frozen=True, slots=True)
class Preach:
    side: str
    region: str


@dataclass(frozen=True, slots=True)
class ChooseOption:
    side: str
    event: str
    choice: str


Command = (
    MoveArmy | Besiege | Assault | Garrison | SplitArmy | MergeArmies | Embark | Recruit | SetTaxPolicy | Preach
    | ChooseOption
)
COMMAND_TYPES: dict[str, type] = {
    cls.__name__: cls
    for cls in (
        MoveArmy, Besiege, Assault, Garrison, SplitArmy, MergeArmies, Embark, Recruit, SetTaxPolicy, Preach,
        ChooseOption,
    )
}
MILITARY = (MoveArmy, Besiege, Assault, Embark)


@dataclass(frozen=True, slots=True)
class Rejection:
    """Why a command was refused: a stable `code` for programs and a `message` a player can read."""

    code: str
    message: str


class Rejected(Exception):
    """Raised by `Game.submit` for an illegal command; the state is untouched."""

    def __init__(self, rejection: Rejection) -> None:
        super().__init__(rejection.message)
        self.rejection = rejection

    def __reduce__(self) -> tuple:
        # Pickle by the Rejection, not by the message (Exception's default), so a Rejected raised in a
        # `simulate` worker process crosses back to the parent instead of killing the pool's result thread.
        return (Rejected, (self.rejection,))


def command_to_dict(cmd: Command) -> dict[str, Any]:
    return {"type": type(cmd).__name__, **asdict(cmd)}


def command_from_dict(data: dict[str, Any]) -> Command:
    """Rebuild a command; raises ValueError on an unknown type or bad fields."""
    data = dict(data)
    cls = COMMAND_TYPES.get(str(data.pop("type", "")))
    if cls is None:
        raise ValueError(f"unknown command type in {data!r}")
    names = {f.name for f in fields(cls)}
    if not set(data) <= names:
        raise ValueError(f"unknown fields {sorted(set(data) - names)} for {cls.__name__}")
    try:
        return cls(**data)
    except TypeError as exc:
        raise ValueError(f"bad {cls.__name__}: {exc}") from None


def command_to_json(cmd: Command) -> str:
    return json.dumps(command_to_dict(cmd), sort_keys=True, separators=(",", ":"))


def command_from_json(line: str) -> Command:
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ValueError(f"not a command: {exc}") from None
    if not isinstance(data, dict):
        raise ValueError("not a command: expected a JSON object")
    return command_from_dict(data)
