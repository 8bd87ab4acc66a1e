"""The JSON Schema of scenario and mod files, generated from the models (editors use it for completion and
checking via the `# yaml-language-server: $schema=schema.json` line). `scenarios/schema.json` is this output;
a test keeps them equal."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic.json_schema import models_json_schema

from game.scenario.models import Mod, Scenario

SCHEMA_PATH = Path(__file__).resolve().parents[2] / "scenarios" / "schema.json"


def scenario_schema() -> dict[str, Any]:
    """One schema for both kinds of file: a file with `extends:` is a mod, anything else a scenario."""
    _, top = models_json_schema([(Scenario, "validation"), (Mod, "validation")], ref_template="#/$defs/{model}")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "Berber Revolt scenario or mod",
        "description": "A scenario file, or a mod (a file with 'extends:') that changes one.",
        "if": {"type": "object", "required": ["extends"]},
        "then": {"$ref": "#/$defs/Mod"},
        "else": {"$ref": "#/$defs/Scenario"},
        "$defs": top["$defs"],
    }


def schema_text() -> str:
    return json.dumps(scenario_schema(), indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    SCHEMA_PATH.write_text(schema_text(), encoding="utf-8")
    print(f"wrote {SCHEMA_PATH}")
