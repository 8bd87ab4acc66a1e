"""The layering: the engine is the standard library alone, and owns its dice."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ENGINE = Path(__file__).resolve().parents[1] / "game" / "engine"


def test_engine_imports_no_pygame_yaml_or_pydantic() -> None:
    code = ("import sys, game.engine, game.engine.game, game.engine.turn\n"
            "bad = sorted(m for m in ('pygame', 'yaml', 'pydantic') if m in sys.modules)\n"
            "print(','.join(bad))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                            cwd=ENGINE.parents[1], check=True)
    assert result.stdout.strip() == ""


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_engine_never_imports_random_time_or_io_of_its_own() -> None:
    sources = sorted(ENGINE.rglob("*.py"))
    assert sources
    for path in sources:
        forbidden = _imports(path) & {"random", "time", "datetime", "pygame", "yaml", "pydantic", "os"}
        assert not forbidden, f"{path.relative_to(ENGINE)} imports {sorted(forbidden)}"


def test_engine_imports_only_itself_and_the_standard_library() -> None:
    stdlib = set(sys.stdlib_module_names) | {"__future__"}
    for path in sorted(ENGINE.rglob("*.py")):
        for name in _imports(path):
            assert name in stdlib or name == "game", f"{path.relative_to(ENGINE)} imports {name}"
        text = path.read_text(encoding="utf-8")
        for other in ("game.ui", "game.ai", "game.scenario", "game.cli", "game.saves"):
            assert f"import {other}" not in text and f"from {other}" not in text, f"{path.name} uses {other}"
