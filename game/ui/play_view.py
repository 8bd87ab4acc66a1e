"""The play screen's map view: camera control (drag, wheel, keys), picking regions and army counters,
and drawing the map, planned routes, counters and gliding armies into the map's part of the window.

Counters stand under each region's name; when two sides share a region they stand apart, left and right.
Stacks are recomputed only when the game state changes (the screen bumps `version`).
"""

from __future__ import annotations

import contextlib
import dataclasses
import threading

import pygame

from game.ui import theme
from game.ui.play_counters import CounterLook, badge_surface, counter_surface, stack_rects
from game.ui.play_map import anchors_for, label_rects, renderer_for
from game.ui.play_routes import ROUTE, along, draw_route, ease

PAN_KEYS = {pygame.K_LEFT: (1, 0), pygame.K_a: (1, 0), pygame.K_RIGHT: (-1, 0), pygame.K_d: (-1, 0),
            pygame.K_UP: (0, 1), pygame.K_w: (0, 1), pygame.K_DOWN: (0, -1), pygame.K_s: (0, -1)}
PAN_SPEED = 900  # pixels a second
COUNTER_DROP = 31  # pixels below a region's anchor when its name's place is unknown
COUNTER_BELOW = 19  # pixels from the bottom of a placed name to the counter's centre
SIDE_SPREAD = 36


class MapView:
    def __init__(self, scenario, rect: pygame.Rect, names=None) -> None:
        self.scenario = scenario
        self.names = names
        self.renderer = renderer_for(scenario)
        self.anchors = anchors_for(scenario)
        self.rect = pygame.Rect(rect)
        self.camera = self.renderer.make_camera(self.rect.size)
        self.offmap = {r.id for r in scenario.regions if r.offmap}
        self.held: set[int] = set()
        self.drag_from: tuple[int, int] | None = None
        self.dragged = False
        self.mouse = (0, 0)
        self.hover_region: str | None = None
        self.hover_army: str | None = None
        self._stacks: dict[str, list[str]] = {}
        self._hits: list[tuple[pygame.Rect, str]] = []
        self._stack_key: tuple | None = None
        self._stack_state = None
        self.glides: dict[str, list[str]] = {}
        self.glide_t = 1.0
        self._glide_speed = 1.0
        self.moved = True  # the camera moved: hit rects need recomputing
        self._labels: dict[str, pygame.Rect] = {}
        self._groups: list[tuple[list[pygame.Rect], int]] = []
        self._painter: threading.Thread | None = None
        self._frozen: pygame.Surface | None = None

    # --- geometry ---------------------------------------------------------------------------------------
    def resize(self, rect: pygame.Rect) -> None:
        centre = self.camera.screen_to_world(self.rect.w / 2, self.rect.h / 2)
        rung = self.camera.rung
        self.rect = pygame.Rect(rect)
        self.camera = self.renderer.make_camera(self.rect.size)
        self.camera.set_rung(rung, centre)
        self.moved = True

    def world_to_window(self, p: tuple[float, float]) -> tuple[float, float]:
        x, y = self.camera.world_to_screen(*p)
        return (x + self.rect.x, y + self.rect.y)

    def region_point(self, region: str) -> tuple[int, int]:
        """A window point inside the region (its name), e.g. where a test clicks to pick it."""
        x, y = self.world_to_window(self.anchors[region])
        return (round(x), round(y))

    def counter_centre(self, region: str, side_slot: int, sides_here: int) -> tuple[float, float]:
        """Under the region's name as placed on the map (or under its anchor before the first paint)."""
        dx = 0 if sides_here < 2 else (-SIDE_SPREAD if side_slot == 0 else SIDE_SPREAD)
        rect = self._labels.get(region)
        if rect is not None:
            return (rect.centerx + self.rect.x + theme.px(dx), rect.bottom + self.rect.y + theme.px(COUNTER_BELOW))
        x, y = self.world_to_window(self.anchors[region])
        return (x + theme.px(dx), y + theme.px(COUNTER_DROP))

    def name_rect(self, region: str) -> pygame.Rect:
        """The window rectangle of the region's name on the map (a small box at its anchor if unplaced)."""
        rect = self._labels.get(region)
        if rect is not None:
            return rect.move(self.rect.x, self.rect.y)
        x, y = self.region_point(region)
        return pygame.Rect(x - 20, y - 8, 40, 16)

    def centre_on(self, region: str) -> None:
        self.camera.centre_on(*self.anchors[region])
        self.moved = True

    # --- picking ----------------------------------------------------------------------------------------
    def region_at(self, pos: tuple[int, int]) -> str | None:
        if not self.rect.collidepoint(pos):
            return None
        local = (pos[0] - self.rect.x, pos[1] - self.rect.y)
        return self.renderer.region_at(local, self.camera)

    def army_at(self, pos: tuple[int, int]) -> str | None:
        for rect, army in reversed(self._hits):
            if rect.collidepoint(pos):
                return army
        return None

    def stack_of(self, army: str) -> list[str]:
        return next((ids for ids in self._stacks.values() if army in ids), [army])

    def army_rect(self, army: str) -> pygame.Rect | None:
        return next((r for r, a in self._hits if a == army), None)

    # --- input ------------------------------------------------------------------------------------------
    def handle_event(self, event: pygame.event.Event) -> bool:
        """Camera input: drag with the left or middle button, wheel and +/- to zoom, keys to pan."""
        if event.type == pygame.MOUSEMOTION:
            self.mouse = event.pos
            if self.drag_from is not None:
                dx, dy = event.pos[0] - self.drag_from[0], event.pos[1] - self.drag_from[1]
                if self.dragged or abs(dx) + abs(dy) > 6:
                    self.dragged = True
                    self.camera.pan(dx, dy)
                    self.drag_from = event.pos
                    self.moved = True
            return False
        if event.type == pygame.MOUSEBUTTONDOWN and event.button in (1, 2) and self.rect.collidepoint(event.pos):
            self.drag_from, self.dragged = event.pos, False
            return False
        if event.type == pygame.MOUSEBUTTONUP and event.button in (1, 2):
            was_drag = self.dragged
            self.drag_from, self.dragged = None, False
            return was_drag  # a drag is not a click
        if event.type == pygame.MOUSEWHEEL:
            if self.rect.collidepoint(self.mouse):
                self.zoom(1 if event.y > 0 else -1, self.mouse)
                return True
            return False
        if event.type == pygame.KEYDOWN:
            if event.mod & (pygame.KMOD_CTRL | pygame.KMOD_META):
                return False
            if event.key in PAN_KEYS:
                self.held.add(event.key)
                return True
            if event.key in (pygame.K_PLUS, pygame.K_EQUALS, pygame.K_KP_PLUS):
                self.zoom(1, self.rect.center)
                return True
            if event.key in (pygame.K_MINUS, pygame.K_KP_MINUS):
                self.zoom(-1, self.rect.center)
                return True
        if event.type == pygame.KEYUP and event.key in self.held:
            self.held.discard(event.key)
        return False

    def zoom(self, steps: int, at: tuple[int, int]) -> None:
        self.camera.zoom_at((at[0] - self.rect.x, at[1] - self.rect.y), steps)
        self.moved = True

    def update(self, dt: float) -> None:
        if self.held:
            dx = sum(PAN_KEYS[k][0] for k in self.held) * PAN_SPEED * dt
            dy = sum(PAN_KEYS[k][1] for k in self.held) * PAN_SPEED * dt
            if dx or dy:
                self.camera.pan(dx, dy)
                self.moved = True
        if self.glide_t < 1.0:
            self.glide_t = min(1.0, self.glide_t + dt * self._glide_speed / 1.4)

    # --- stacks -----------------------------------------------------------------------------------------
    def _restack(self, state, visible: set[str] | None, version: int) -> None:
        key = (version, self.camera.offset, self.camera.zoom, tuple(sorted(self.glides)),
               self.glide_t >= 1.0, None if visible is None else tuple(sorted(visible)),
               getattr(self.renderer, "complete", True))  # names move when a zoom's sharp map replaces its stand-in
        if key == self._stack_key and state is self._stack_state:  # the state itself: a freed one's id recurs
            return
        self._stack_key, self._stack_state = key, state
        self._labels = label_rects(self.renderer)
        stacks: dict[str, list[str]] = {}
        for army in sorted(state.armies.values(), key=lambda a: (a.side, -(a.cavalry + a.infantry + a.light))):
            if visible is not None and army.id not in visible:
                continue
            if army.id in self.glides and self.glide_t < 1.0:
                continue
            stacks.setdefault(army.region, []).append(army.id)
        self._stacks = stacks
        self._hits = []
        self._groups = []
        groups = []
        for region, ids in stacks.items():
            if region in self.anchors:
                sides = sorted({state.armies[a].side for a in ids})
                for slot, side in enumerate(sides):
                    mine = [a for a in ids if state.armies[a].side == side]
                    groups.append((self.counter_centre(region, slot, len(sides)), mine))
        placed: list[pygame.Rect] = []
        for centre, mine in sorted(groups, key=lambda g: (g[0][1], g[0][0])):
            rects = _clear_of(placed, centre, len(mine))
            placed.append(rects[0].unionall(rects[1:]))
            self._groups.append((rects, len(mine)))
            for rect, army in zip(reversed(rects), reversed(mine[:len(rects)]), strict=False):
                self._hits.append((rect, army))
            self._hits.append((rects[0], mine[0]))  # the front counter wins clicks

    # --- drawing ----------------------------------------------------------------------------------------
    def _political(self, state) -> tuple[dict[str, str], dict[str, int]]:
        owners = {rid: r.owner for rid, r in state.regions.items() if rid not in self.offmap}
        unrest = {rid: r.unrest for rid, r in state.regions.items() if rid not in self.offmap}
        return owners, unrest

    def prepare(self, old_state, new_state) -> None:
        """Repaint the political layer for a new month in a thread (it takes ~50 ms); until it is ready the
        map shows a still picture of the old month, so no frame waits for the paint."""
        new = self._political(new_state)
        if new == self._political(old_state) or self._painter is not None:
            return
        frozen = pygame.Surface(self.rect.size)
        self.renderer.draw(frozen, self.camera, *self._political(old_state))  # cached: a blit
        camera = dataclasses.replace(self.camera)

        def paint() -> None:
            with contextlib.suppress(Exception):  # the main thread will simply paint it itself
                self.renderer.prepare(camera, *new)

        self._frozen = frozen
        self._painter = threading.Thread(target=paint, name="map-political", daemon=True)
        self._painter.start()

    def draw(self, surface: pygame.Surface, state, *, version: int, selected_army: str | None,
             selected_region: str | None, highlights: dict[str, set[str]], routes: list[list[str]],
             visible: set[str] | None = None, time_ms: int = 0, preview: list[str] | None = None) -> None:
        if self._painter is not None and self._painter.is_alive():
            surface.blit(self._frozen, self.rect)
        else:
            self._painter = self._frozen = None
            view = surface.subsurface(self.rect)
            owners, unrest = self._political(state)
            self.renderer.draw(view, self.camera, owners, unrest, selected=selected_region,
                               highlights=highlights, hovered=self.hover_region, time_ms=time_ms)
        self._restack(state, visible, version)
        self._draw_stacks(surface, state, selected_army)
        for route in routes:  # over the counters: an order must never hide under a stack
            self._draw_route(surface, route)
        if preview:
            self._draw_route(surface, preview, (200, 236, 255))
        self._draw_glides(surface, state)
        self.moved = False

    def _draw_stacks(self, surface: pygame.Surface, state, selected: str | None) -> None:
        clip = surface.get_clip()
        surface.set_clip(self.rect)
        drawn: set[int] = set()
        for rect, army_id in self._hits:
            if id(rect) in drawn:
                continue
            drawn.add(id(rect))
            army = state.armies[army_id]
            surface.blit(counter_surface(_look(state, army, army_id == selected, self.names)), rect)
        for rects, count in self._groups:
            if count > 1:
                badge = badge_surface(count)
                surface.blit(badge, badge.get_rect(center=(rects[-1].right - theme.px(4), rects[-1].top + theme.px(3))))
        surface.set_clip(clip)

    def _draw_glides(self, surface: pygame.Surface, state) -> None:
        if self.glide_t >= 1.0:
            return
        for army_id, regions in self.glides.items():
            army = state.armies.get(army_id)
            if army is None:
                continue
            points = [self.counter_centre(r, 0, 1) for r in regions]
            x, y = along(points, ease(self.glide_t))
            surf = counter_surface(_look(state, army, False, self.names))
            surface.blit(surf, surf.get_rect(center=(round(x), round(y))))

    def _draw_route(self, surface: pygame.Surface, route: list[str], colour=ROUTE) -> None:
        pts = [self.world_to_window(self.anchors[r]) for r in route if r in self.anchors]
        if len(pts) >= 2:
            pts[0] = self.counter_centre(route[0], 0, 1)  # from the counter to the place names
            draw_route(surface, pts, colour)

    def start_glides(self, paths: dict[str, list[str]], speed: float) -> None:
        """Animate armies along region paths over about a second (0 speed: no animation)."""
        self.glides = {a: [r for r in p if r in self.anchors] for a, p in paths.items()}
        self.glides = {a: regions for a, regions in self.glides.items() if len(regions) >= 2}
        self.glide_t = 1.0 if speed <= 0 or not self.glides else 0.0
        self._glide_speed = speed

    @property
    def animating(self) -> bool:
        return self.glide_t < 1.0


def _clear_of(placed: list[pygame.Rect], centre: tuple[float, float], count: int) -> list[pygame.Rect]:
    """A stack's rects, nudged down or sideways (whichever is less) off counters already placed, so two
    small neighbouring regions never hide each other's armies."""
    cx, cy = centre
    rects = stack_rects((cx, cy), count)
    for _ in range(4):
        union = rects[0].unionall(rects[1:])
        hit = union.collidelist(placed)
        if hit < 0:
            break
        other = placed[hit]
        down = other.bottom - union.top + 2
        right = other.right - union.left + 2
        left = union.right - other.left + 2
        step = min((down, (0, down)), (right, (right, 0)), (left, (-left, 0)))[1]
        cx, cy = cx + step[0], cy + step[1]
        rects = stack_rects((cx, cy), count)
    return rects


def _look(state, army, selected: bool, names=None) -> CounterLook:
    """The counter shows the leader's initial, or the army's own (a tribe's host) when it has no leader."""
    if names is not None:
        initial = (names.leader(army.leader) if army.leader else names.army(army.id))[:1].upper()
    else:
        initial = (army.leader or army.id)[:1].upper()
    return CounterLook(army.side, army.cavalry + army.infantry + army.light, initial, army.morale,
                       selected, army.id in state.plans, army.at_sea > 0)
