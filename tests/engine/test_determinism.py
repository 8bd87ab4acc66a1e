"""Determinism across processes: string hashing is randomised per interpreter, so any dependence on set or
dict-of-set iteration order would show up as different hashes here."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = """
import sys
sys.path.insert(0, "tests")
from engine.tiny import scenario_from, tiny_data
from game.ai import make_player
from game.engine import Game
game = Game.new(scenario_from(tiny_data()), seed=42)
players = {side: make_player("random", side, 7) for side in ("umayyad", "berber")}
while not game.is_over():
    for side, player in players.items():
        player.play_turn(game, side)
    game.end_turn()
print(game.state_hash(), len(game.log.entries))
"""


def _run(hash_seed: str) -> str:
    env = dict(os.environ, PYTHONHASHSEED=hash_seed)
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, cwd=ROOT, env=env,
                            timeout=120, check=True)
    return result.stdout.strip()


def test_same_game_same_hash_whatever_the_string_hash_seed() -> None:
    first, second = _run("1"), _run("2")
    assert first == second and len(first.split()[0]) == 64 and int(first.split()[1]) > 0
