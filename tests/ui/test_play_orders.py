"""The play screen driven with real clicks and keys; every assertion is on the engine's state."""

from __future__ import annotations

import pygame
import pytest

from game.engine.commands import MoveArmy
from game.engine.events import ArmyMoved, BattleFought
from game.ui.screens.play import PlayScreen
from game.ui.session import Session, Setup


def start(client, **setup) -> PlayScreen:
    session = Session.new(Setup(**setup), client.app.data_dir)
    client.app.push(PlayScreen(client.app, session))
    client.frame()
    return client.screen


def click_army(client, screen, army: str) -> None:
    screen.view.centre_on(screen.game.state.armies[army].region)
    client.frame()
    rect = screen.view.army_rect(army)
    assert rect is not None, f"{army} has no counter on screen"
    client.click(rect.center)


def end_turn(client, screen) -> None:
    month = screen.game.month
    client.key(pygame.K_RETURN, unicode="\r")
    ended = client.until(lambda: screen.game.month != month and not screen.session.busy)
    shown = screen.dialogs.top
    assert ended, f"the month did not end; busy={screen.session.busy}; dialog: " \
                  f"{(shown.title, shown.body_html) if shown else None}"


def empty_friendly_target(screen, army: str) -> str:
    game = screen.game
    side = game.state.armies[army].side
    occupied = {a.region for a in game.state.armies.values()}
    reach = game.reachable(army)
    here = game.state.armies[army].region
    return next(r for r in sorted(reach, key=lambda r: (reach[r], r))
                if r != here and game.state.regions[r].owner in (side, "neutral") and r not in occupied)


def test_play_click_counter_selects_the_army_and_lights_its_moves(client):
    screen = start(client, mode="berber")
    click_army(client, screen, "maysara_host")
    assert screen.selected_army == "maysara_host"
    lit = screen.highlights()
    assert set(lit["reachable"]) | set(lit["attack"]) == set(screen.game.reachable("maysara_host")) - {"ghomara"}
    assert "tangier" in lit["attack"]  # held by the Umayyads: marching there is an attack
    assert any(b.text == "Move…" for b in screen.order_buttons)


def test_play_right_click_moves_the_army_after_the_month(client):
    screen = start(client, mode="berber")
    click_army(client, screen, "miknasa_host")
    target = empty_friendly_target(screen, "miknasa_host")
    client.click(screen.view.region_point(target), button=3)
    plan = screen.game.state.plans["miknasa_host"]
    assert (plan.kind, plan.target) == ("move", target)
    end_turn(client, screen)
    assert screen.game.month == "740-02"
    moved = [e for e in screen.session.last_events if isinstance(e, ArmyMoved) and e.army == "miknasa_host"]
    assert moved and moved[-1].path[-1] == target
    assert screen.game.state.armies["miknasa_host"].region == target


def test_play_move_button_then_click_destination(client):
    screen = start(client, mode="berber")
    click_army(client, screen, "berghwata_host")
    target = min(r for r in screen.game.reachable("berghwata_host") if r != "tamesna")
    move = next(b for b in screen.order_buttons if b.text == "Move…")
    client.click(move.rect.center)
    assert screen.mode == "move"
    client.click(screen.view.region_point(target))
    assert screen.game.state.plans["berghwata_host"].target == target
    assert screen.mode == ""


def test_play_attack_on_an_enemy_region_is_fought(client):
    screen = start(client, mode="berber", start="740-10")  # history's armies face each other at the Chelif
    game = screen.game
    attacker = max((a for a in game.state.armies.values() if a.side == "berber"), key=lambda a: a.men)
    reach = game.reachable(attacker.id)
    enemy_at = {a.region for a in game.state.armies.values() if a.side == "umayyad"}
    targets = sorted(r for r in reach if r in enemy_at)
    if not targets:
        pytest.skip("no Umayyad army within reach in this state")
    click_army(client, screen, attacker.id)
    screen.view.centre_on(targets[0])
    client.frame()
    client.click(screen.view.region_point(targets[0]), button=3)
    assert screen.game.state.plans[attacker.id].target == targets[0]
    end_turn(client, screen)
    battles = [e for e in screen.session.last_events if isinstance(e, BattleFought)]
    assert any(attacker.id in b.armies for b in battles)


def test_play_enter_ends_the_turn_and_the_month_advances(client):
    screen = start(client, mode="umayyad")
    before = screen.game.state_hash()
    end_turn(client, screen)
    assert screen.game.month == "740-02"
    assert screen.game.state_hash() != before
    assert (client.app.data_dir / "saves" / "autosave.brsave").exists()


def test_play_tax_button_then_ctrl_z_undoes_it(client):
    screen = start(client, mode="umayyad")
    before = screen.game.state_hash()
    policy = screen.game.state.sides["umayyad"].tax_policy
    tax = next(b for b in screen.order_buttons if b.text.endswith("taxes"))
    client.click(tax.rect.center)
    assert screen.game.state.sides["umayyad"].tax_policy != policy
    client.key(pygame.K_z, mod=pygame.KMOD_CTRL, unicode="z")
    assert screen.game.state.sides["umayyad"].tax_policy == policy
    assert screen.game.state_hash() == before


def test_play_event_choice_button_applies_its_effects(client):
    screen = start(client, mode="umayyad", start="742-03")
    assert screen.game.state.pending.get("syrian_crossing") == "umayyad"
    assert client.until(lambda: screen.dialogs.top is not None, timeout=5)
    dialog = screen.dialogs.top
    labels = [b.text for b in dialog.buttons]
    choice = next(c for c in screen.names.events["syrian_crossing"].choices if c.id == "let_them_cross")
    client.click(dialog.buttons[labels.index(choice.label)].rect.center)
    assert "syrian_crossing" not in screen.game.state.pending
    assert screen.game.state.armies["syrian_army"].region == "algeciras"


def test_play_hotseat_hands_over_between_players(client):
    screen = start(client, mode="hotseat")
    assert screen.flow.handover == "umayyad"
    client.key(pygame.K_RETURN, unicode="\r")
    assert screen.flow.handover is None and screen.session.active_side == "umayyad"
    client.key(pygame.K_RETURN, unicode="\r")  # the Umayyads are done: pass the seat
    assert screen.flow.handover == "berber"
    assert screen.game.month == "740-01"
    client.click((400, 400))  # the cover takes the click: no selection behind it
    assert screen.session.active_side == "berber" and screen.selected_region is None
    client.key(pygame.K_RETURN, unicode="\r")
    assert client.until(lambda: screen.game.month == "740-02")


def test_play_hovering_a_reachable_region_previews_the_march(client):
    screen = start(client, mode="berber")
    click_army(client, screen, "maysara_host")
    reach = screen.game.reachable("maysara_host")
    target = max(reach, key=lambda r: (reach[r], r))  # the farthest: a path of more than one step
    client.move_mouse(screen.view.region_point(target))
    client.frame()
    route = screen.preview_route()
    assert route[0] == "ghomara" and route[-1] == target
    assert all(b in screen.game.tables.neighbors[a] for a, b in zip(route, route[1:]))


def test_play_marches_glide_after_the_month(client):
    client.app.settings.animation_speed = 1.0
    screen = start(client, mode="berber")
    click_army(client, screen, "miknasa_host")
    target = empty_friendly_target(screen, "miknasa_host")
    client.click(screen.view.region_point(target), button=3)
    client.key(pygame.K_RETURN, unicode="\r")
    assert client.until(lambda: screen.view.animating, timeout=30)
    assert screen.view.glides["miknasa_host"] == ["miknasa", target]
    assert screen.view.army_rect("miknasa_host") is None  # in motion: not yet standing anywhere
    assert client.until(lambda: not screen.view.animating, timeout=10)
    client.frame()
    rect = screen.view.army_rect("miknasa_host")
    assert rect is not None and screen.view.army_at(rect.center) == "miknasa_host"


def test_play_hotseat_battle_report_waits_for_each_side(client):
    screen = start(client, mode="hotseat", start="740-10")
    game = screen.game
    attacker = max((a for a in game.state.armies.values() if a.side == "berber"), key=lambda a: a.men)
    target = next(r for r in sorted(game.reachable(attacker.id))
                  if any(a.region == r and a.side == "umayyad" for a in game.state.armies.values()))
    client.key(pygame.K_RETURN, unicode="\r")  # the Umayyad player takes the seat
    client.key(pygame.K_RETURN, unicode="\r")  # ... and gives no orders
    client.key(pygame.K_RETURN, unicode="\r")  # the Berber player takes the seat
    assert screen.session.active_side == "berber"
    assert screen.order(MoveArmy(side="berber", army=attacker.id, to=target))
    client.key(pygame.K_RETURN, unicode="\r")
    assert client.until(lambda: screen.flow.handover == "umayyad", timeout=30)
    waiting = [side for side, _ in screen.flow.queue]
    assert "umayyad" in waiting and "berber" in waiting  # one report for each player, none shown yet
    assert screen.dialogs.top is None
    client.key(pygame.K_RETURN, unicode="\r")  # the Umayyad takes the seat: his report opens
    assert client.until(lambda: screen.dialogs.top is not None, timeout=5)
    assert screen.dialogs.top.title.startswith("Battle at")
    assert [side for side, _ in screen.flow.queue].count("berber") >= 1
