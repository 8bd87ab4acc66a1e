"""Pydantic errors become problems at the right line and key path, in words a modder can act on."""

from __future__ import annotations

import pytest

from game.scenario.models import Scenario
from game.scenario.validation import validate_model
from game.scenario.yaml_reader import parse_yaml

HEAD = b"metadata: {id: t, title: T, start: 740-01, end: 741-12}\nsides: []\nvictory: {umayyad: {}, berber: {}}\n"


def problems(body: bytes) -> list[str]:
    data = parse_yaml(HEAD + body, "t.yaml")
    model, found = validate_model(Scenario, data, "t.yaml")
    assert model is None
    return [str(p) for p in found]


@pytest.mark.parametrize("body, expected", [
    (b"regions: fez\n", "t.yaml:4:10: error: regions: expected a list, found 'fez'"),
    (b"regions:\n  - fez\n", "t.yaml:5:5: error: regions[0]: expected a mapping of 'key: value' lines, found 'fez'"),
    (b"regions:\n  - {id: " + b"a" * 70 + b", name: A, lat: 1, lon: 1, terrain: plain}\n",
     "regions[0].id: too long (at most 64 characters)"),
    (b"sea_links:\n  - {id: s, name: S, a: x, b: y, months: 0}\n",
     "t.yaml:5:42: error: sea_links[0].months: must be at least 1, found 0"),
    (b"events:\n  - id: e\n    title: E\n    trigger:\n      kind: all\n      of:\n        - {kind: flag, flag: x}\n"
     b"        - {kind: dated, month: 740-02}\n",
     "t.yaml:11:18: error: events[0].trigger.of[1].kind: unknown kind 'dated' (did you mean 'date'?)"),
    (b"regions:\n  - {id: r, name: R, lat: 1, lon: 1, terrain: plain, border: [[1, 2, 3]]}\n",
     "regions[0].border[0]: wrong number of items"),
])
def test_pydantic_error_wording_and_position(body: bytes, expected: str) -> None:
    found = problems(body)
    assert any(expected in p for p in found), found
