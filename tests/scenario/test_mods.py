"""Mods: `extends:` plus only what changes; removals, patches by id, additions, and errors that point at
the mod's own lines."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from game.scenario import ScenarioError, load_scenario, scenario_hash

REPO = Path(__file__).parents[2]


def problems(path: Path) -> list[str]:
    with pytest.raises(ScenarioError) as caught:
        load_scenario(path)
    return [str(p) for p in caught.value.problems]


def test_patch_changes_only_the_keys_given(write_mod, tiny_path: Path) -> None:
    base = load_scenario(tiny_path)
    mod = load_scenario(write_mod("extends: tiny\nmetadata: {id: m}\nleaders:\n  - {id: maysara, command: 5}\n"))
    before, after = base.leaders[0], mod.leaders[0]
    assert (after.command, after.name, after.successor) == (5, before.name, before.successor)
    assert mod.metadata.title == base.metadata.title and mod.metadata.id == "m"


def test_new_ids_are_added_and_removed_ids_are_gone(write_mod) -> None:
    mod = load_scenario(write_mod(
        "extends: tiny.yaml\nmetadata: {id: m}\nremove:\n  events: [maysara_deposed]\n"
        "events:\n  - {id: gone, title: Gone, trigger: {kind: date, month: 740-05}, "
        "effects: [{kind: set_flag, flag: maysara_gone}]}\n"))
    assert [e.id for e in mod.events] == ["hisham_answers", "gone"]


def test_changing_a_kind_replaces_the_whole_mapping(write_mod) -> None:
    mod = load_scenario(write_mod("extends: tiny\nmetadata: {id: m}\nevents:\n"
                                  "  - {id: hisham_answers, trigger: {kind: date, month: 740-03}}\n"))
    assert mod.events[1].trigger.kind == "date" and mod.events[1].trigger.month == "740-03"


def test_reinforcements_match_by_army_id_and_timeline_by_month(write_mod) -> None:
    mod = load_scenario(write_mod("extends: tiny\nmetadata: {id: m}\nreinforcements:\n"
                                  "  - {army: {id: syrian_army, cavalry: 100}}\ntimeline:\n"
                                  "  - {month: 740-01, narration: It begins.}\n"))
    assert mod.reinforcements[0].army.cavalry == 100 and mod.reinforcements[0].army.infantry == 0
    assert mod.timeline[0].narration == "It begins." and len(mod.timeline[0].orders) == 1


def test_mod_changes_the_hash(write_mod, tiny_path: Path) -> None:
    mod = load_scenario(write_mod("extends: tiny\nmetadata: {id: tiny}\nsides:\n  - {id: berber, treasury: 101}\n"))
    assert scenario_hash(mod) != scenario_hash(load_scenario(tiny_path))


def test_error_in_a_patch_points_at_the_mod_line(write_mod) -> None:
    path = write_mod("extends: tiny\nmetadata: {id: m}\narmies:\n  - id: rebels\n    region: fes\n")
    [found] = problems(path)
    assert found.endswith(f"{path.name}:5:13: error: armies[0].region: unknown region 'fes' (did you mean 'fez'?)")


def test_reference_to_a_removed_entry_says_who_removed_it(write_mod) -> None:
    path = write_mod("extends: tiny\nmetadata: {id: m}\nremove:\n  leaders: [kulthum]\n")
    found = problems(path)
    assert any("unknown leader 'kulthum'" in p and "removed by" in p and p.endswith(f"{path.name})") for p in found)
    assert all("tiny.yaml" in p.split(":")[0] for p in found)


def test_mods_can_extend_mods(write_mod) -> None:
    write_mod("extends: tiny\nmetadata: {id: first}\nleaders:\n  - {id: maysara, command: 4}\n", "first.yaml")
    second = load_scenario(write_mod("extends: first\nmetadata: {id: second}\nleaders:\n  - {id: maysara, "
                                     "charisma: 2}\n", "second.yaml"))
    assert (second.leaders[0].command, second.leaders[0].charisma) == (4, 2)


def test_symlink_out_of_the_folder_is_refused(tmp_path: Path, write_mod) -> None:
    outside = tmp_path.parent / f"{tmp_path.name}_outside.yaml"
    outside.write_text((REPO / "tests/scenario/data/tiny.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    os.symlink(outside, tmp_path / "link.yaml")
    try:
        found = problems(write_mod("extends: link.yaml\nmetadata: {id: m}\n"))
    finally:
        outside.unlink()
    assert any("leads outside" in p for p in found)


@pytest.mark.parametrize("name", ["maysara_not_deposed", "no_syrian_army"])
def test_shipped_mods_validate_against_the_740_scenario(name: str) -> None:
    base = load_scenario(REPO / "scenarios/berber_revolt_740.yaml")
    mod = load_scenario(REPO / f"scenarios/mods/{name}.yaml")
    assert mod.metadata.id == name and scenario_hash(mod) != scenario_hash(base)


def test_maysara_mod_keeps_him_and_makes_him_better() -> None:
    base = load_scenario(REPO / "scenarios/berber_revolt_740.yaml")
    mod = load_scenario(REPO / "scenarios/mods/maysara_not_deposed.yaml")
    assert "maysara_deposed" in {e.id for e in base.events} - {e.id for e in mod.events}
    command = {le.id: le.command for le in mod.leaders}["maysara"]
    assert command > {le.id: le.command for le in base.leaders}["maysara"]


def test_no_syrian_army_mod_has_no_syrian_reinforcements() -> None:
    mod = load_scenario(REPO / "scenarios/mods/no_syrian_army.yaml")
    factions = {r.army.faction for r in mod.reinforcements} | {a.faction for a in mod.armies}
    assert "syrian_junds" not in factions


def test_replace_empties_a_list_before_the_mods_entries(write_mod) -> None:
    mod = load_scenario(write_mod("extends: tiny\nmetadata: {id: m}\nreplace: [timeline]\ntimeline:\n"
                                  "  - {month: 741-01, narration: Only this.}\n"))
    assert [t.month for t in mod.timeline] == ["741-01"]


def test_a_mod_may_share_its_bases_file_name_in_another_folder(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BERBER_REVOLT_MODS", str(tmp_path))
    mod = tmp_path / "berber_revolt_740.yaml"
    mod.write_text("extends: berber_revolt_740\nmetadata: {id: my_740}\nsides:\n  - {id: berber, treasury: 7}\n",
                   encoding="utf-8")
    assert {s.id: s.treasury for s in load_scenario(mod).sides}["berber"] == 7
