"""`python -m benchmarks` prints one figure a line, `topic.figure: value unit`, the unit read from the name."""

from __future__ import annotations

from benchmarks.__main__ import line, main, unit


def test_units_come_from_the_end_of_the_name() -> None:
    assert unit("random_games_per_second") == "games/s"
    assert unit("normal_2_workers_games_per_second") == "games/s"
    assert unit("end_turn_p99_ms") == "ms"
    assert unit("region_at_us") == "us"
    assert unit("startup_to_menu_s") == "s"
    assert unit("instrumented_seconds") == "s"
    assert unit("peak_memory_game_mb") == "MB"
    assert unit("file_kb") == "KB"
    assert unit("balance_draw_percent") == "%"
    assert unit("mean_turns_per_game") == ""
    assert unit("frames") == ""


def test_a_line_is_topic_dot_figure_value_and_unit() -> None:
    assert line("engine", "random_games_per_second", 31.2) == "engine.random_games_per_second: 31.2 games/s"
    assert line("engine", "scenario", "berber_revolt_740.yaml") == "engine.scenario: berber_revolt_740.yaml"


def test_an_unknown_topic_is_refused(capsys) -> None:
    assert main(["no_such_topic"]) == 2
    assert "unknown benchmark" in capsys.readouterr().err
