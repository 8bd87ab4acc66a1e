"""Generated artefacts stay in step with the models: the key reference in docs/modding.md, the committed
JSON Schema; and every example in the modding tutorial validates against the shipped scenario."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from game.cli import main
from game.scenario import load_scenario
from game.scenario.docgen import DOC_PATH, render
from game.scenario.schema import SCHEMA_PATH, scenario_schema, schema_text

EXAMPLE = re.compile(r"<!-- example: (?P<name>[\w.]+) -->\n```yaml\n(?P<body>.*?)```", re.S)


def test_modding_reference_matches_the_models() -> None:
    doc = DOC_PATH.read_text(encoding="utf-8")
    assert render(doc) == doc, "run: python -m game.scenario.docgen"


def test_committed_schema_matches_the_models() -> None:
    assert SCHEMA_PATH.read_text(encoding="utf-8") == schema_text(), "run: python -m game.scenario.schema"


def test_schema_command_prints_the_schema(capsys: pytest.CaptureFixture) -> None:
    assert main(["schema"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed == scenario_schema() and {"Scenario", "Mod", "Region"} <= set(printed["$defs"])


def test_reference_names_every_key_of_region() -> None:
    doc = DOC_PATH.read_text(encoding="utf-8")
    section = doc[doc.index('<a id="region"></a>'):doc.index('<a id="sealink"></a>')]
    for key in ("neighbors", "offmap", "fortress", "terrain"):
        assert f"| `{key}` |" in section


@pytest.mark.parametrize("index", range(3))
def test_tutorial_examples_validate(index: int, tmp_path: Path) -> None:
    examples = list(EXAMPLE.finditer(DOC_PATH.read_text(encoding="utf-8")))
    assert len(examples) == 3
    path = tmp_path / examples[index]["name"]
    path.write_text(examples[index]["body"], encoding="utf-8")
    scenario = load_scenario(path)
    assert scenario.metadata.id == "tarif_rides"


def test_tutorial_error_output_is_what_the_validator_prints(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    doc = DOC_PATH.read_text(encoding="utf-8")
    final = list(EXAMPLE.finditer(doc))[-1]["body"]
    typo = final.replace("leader: tarif\n", "leader: tarrif\n")
    typo = typo.replace("light: 12000\n", "light: 12000\n    moral: 90\n")
    (tmp_path / "tarif_rides.yaml").write_text(typo, encoding="utf-8")
    documented = [line for line in doc.splitlines() if line.startswith("tarif_rides.yaml:") and "error:" in line]
    assert len(documented) == 2
    assert main(["validate", str(tmp_path / "tarif_rides.yaml")]) == 1
    printed = [line.replace(str(tmp_path) + "/", "") for line in capsys.readouterr().out.splitlines()]
    assert documented == [line for line in printed if "error:" in line]


@pytest.mark.parametrize("relative", ["scenarios/berber_revolt_740.yaml", "scenarios/mods/no_syrian_army.yaml",
                                      "scenarios/mods/maysara_not_deposed.yaml"])
def test_shipped_files_satisfy_the_schema_editors_use(relative: str) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    from game.scenario.located import plain
    from game.scenario.yaml_reader import read_yaml_file

    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    data = plain(read_yaml_file(SCHEMA_PATH.parent.parent / relative))
    jsonschema.validate(data, schema)
    data["regions" if "regions" in data else "metadata"] = {"neighbours": []}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, schema)
