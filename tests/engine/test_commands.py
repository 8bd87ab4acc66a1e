"""Commands are frozen dataclasses that round-trip through one JSON line each."""

from __future__ import annotations

import pickle

import pytest

from game.engine import commands as c

ALL = [
    c.MoveArmy("berber", "host", "sebou"), c.Besiege("berber", "host"), c.Assault("umayyad", "syrians"),
    c.Garrison("umayyad", "syrians", -300), c.SplitArmy("berber", "host", "host_b", 0, 100, 200, "maysara"),
    c.MergeArmies("umayyad", "a", "b"), c.Embark("umayyad", "a", "strait"), c.Recruit("berber", "x", 0, 0, 500),
    c.SetTaxPolicy("umayyad", "high"), c.Preach("berber", "sebou"), c.ChooseOption("umayyad", "ev", "yes"),
]


@pytest.mark.parametrize("cmd", ALL, ids=lambda cmd: type(cmd).__name__)
def test_command_json_round_trip(cmd: c.Command) -> None:
    line = c.command_to_json(cmd)
    assert "\n" not in line
    assert c.command_from_json(line) == cmd


def test_command_from_json_refuses_unknown_types_and_fields() -> None:
    with pytest.raises(ValueError, match="unknown command"):
        c.command_from_json('{"type": "Teleport", "side": "berber"}')
    with pytest.raises(ValueError, match="unknown fields"):
        c.command_from_json('{"type": "Preach", "side": "berber", "region": "x", "miracle": 1}')
    with pytest.raises(ValueError):
        c.command_from_json("not json")


def test_rejected_survives_pickling_between_processes() -> None:
    # simulate's worker pool sends exceptions back pickled; a Rejected must arrive whole.
    original = c.Rejected(c.Rejection("no_ships", "The Berbers have no ships for the Strait of Gibraltar"))
    copy = pickle.loads(pickle.dumps(original))
    assert isinstance(copy, c.Rejected) and copy.rejection == original.rejection
    assert str(copy) == "The Berbers have no ships for the Strait of Gibraltar"
