"""New game: pick a scenario (or one of its historical bookmarks, or a mod), a side (Umayyad, Berber,
hot-seat, or watch the AI play itself) and the AI's level, then start.

Scenarios are listed from `discover_scenarios()` at once (metadata only) and loaded fully when picked,
so the page opens instantly; loaded scenarios are kept in the App's cache.
"""

from __future__ import annotations

import pygame
import pygame_gui

from game.ui.screens.main_menu import MenuScreen
from game.ui.session import Setup
from game.ui.widgets.buttons import button, escape, label, text_box

MODES = [("umayyad", "Umayyad Caliphate"), ("berber", "Berber rebels"),
         ("hotseat", "Hot-seat: two players"), ("watch", "Watch AI against AI")]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def month_name(month: str) -> str:
    """'740-10' -> 'October 740'."""
    year, m = month.split("-")
    return f"{MONTHS[int(m) - 1]} {int(year)}"


def ai_levels() -> list[str]:
    try:
        from game.ai import levels

        # `historical` replays history and `hard_fixed` exists for reproducible measurements: not opponents.
        found = [lv for lv in levels() if lv not in ("historical", "hard_fixed")]
    except Exception:  # a broken AI module must not close the menu
        found = []
    order = {"random": 0, "easy": 1, "normal": 2, "hard": 3}
    return sorted(found, key=lambda lv: (order.get(lv, 9), lv)) or ["random"]


def _level_name(level: str) -> str:
    return level.replace("_", " ").capitalize()


def loaded_scenario(app, scenario_id: str):
    cache = app.cache.setdefault("scenarios", {})
    if scenario_id not in cache:
        from game.scenario import load_scenario_id

        cache[scenario_id] = load_scenario_id(scenario_id)
    return cache[scenario_id]


class NewGameScreen(MenuScreen):
    def __init__(self, app, setup: Setup | None = None) -> None:
        self.setup = setup or Setup()
        super().__init__(app)

    def build(self) -> None:
        from game.scenario import discover_scenarios

        rect = self.page_rect(1120, 640)
        self.panel = pygame_gui.elements.UIPanel(rect, manager=self.ui)
        label(self.ui, (24, 14, 400, 40), "Scenario", "@heading", self.panel)
        self.entries: list[tuple[str, str | None]] = []
        self.entry_buttons: list[pygame_gui.elements.UIButton] = []
        infos = [i for i in discover_scenarios() if i.problem is None]
        y = 62
        for info in infos:
            prefix = "Mod: " if info.is_mod else ""
            self._entry(y, f"{prefix}{info.title}", info.id, None)
            y += 42
            if info.id == self.setup.scenario_id and not info.is_mod:
                for bm in self._bookmarks(info.id):
                    self._entry(y, f"      {month_name(bm.month)} — {bm.title}", info.id, bm.month, indent=True)
                    y += 38
        self.description = text_box(self.ui, (480, 62, 616, 330), "", container=self.panel)
        label(self.ui, (480, 404, 300, 34), "Play as", "@subheading", self.panel)
        self.side_buttons: dict[str, pygame_gui.elements.UIButton] = {}
        for i, (mode, text) in enumerate(MODES):
            r = (480 + (i % 2) * 312, 442 + (i // 2) * 48, 302, 42)
            self.side_buttons[mode] = button(self.ui, r, text, lambda m=mode: self.pick_mode(m), container=self.panel)
        label(self.ui, (480, 548, 160, 40), "AI level", container=self.panel)
        levels = ai_levels()
        current = self.setup.ai_level if self.setup.ai_level in levels else levels[min(1, len(levels) - 1)]
        self.setup.ai_level = current
        self.ai_menu = pygame_gui.elements.UIDropDownMenu([_level_name(lv) for lv in levels], _level_name(current),
                                                          pygame.Rect(640, 548, 200, 40), self.ui,
                                                          container=self.panel)
        self._levels = levels
        self.start_button = button(self.ui, (880, 580, 216, 46), "Start", self.start, "@end_turn", self.panel)
        button(self.ui, (24, 580, 160, 46), "Back", self.back, container=self.panel)
        self.pick_mode(self.setup.mode)
        self.pick(self.setup.scenario_id, self.setup.start)

    def _entry(self, y: int, text: str, scenario_id: str, month: str | None, indent: bool = False) -> None:
        index = len(self.entries)
        self.entries.append((scenario_id, month))
        btn = button(self.ui, (24, y, 430, 36 if indent else 40), text,
                     lambda: self.pick(*self.entries[index]), container=self.panel,
                     object_id="@small" if indent else None)
        self.entry_buttons.append(btn)

    def _bookmarks(self, scenario_id: str):
        try:
            return list(loaded_scenario(self.app, scenario_id).bookmarks)
        except Exception:
            return []

    def pick(self, scenario_id: str, month: str | None) -> None:
        """Select a scenario (and bookmark); rebuild the list if the scenario changed (its bookmarks show)."""
        if scenario_id != self.setup.scenario_id:
            self.setup.scenario_id, self.setup.start = scenario_id, month
            self.ui.clear_and_reset()
            self.build()
            return
        self.setup.start = month
        for (sid, m), btn in zip(self.entries, self.entry_buttons, strict=True):
            (btn.select if (sid, m) == (scenario_id, month) else btn.unselect)()
        self.description.set_text(self._describe(scenario_id, month))

    def _describe(self, scenario_id: str, month: str | None) -> str:
        try:
            sc = loaded_scenario(self.app, scenario_id)
        except Exception as exc:
            return f"<font color='#e08060'>This scenario cannot be loaded:</font><br>{escape(str(exc))[:600]}"
        meta = sc.metadata
        head = f"<b>{escape(meta.title)}</b><br><i>{month_name(meta.start)} – {month_name(meta.end)}</i>"
        bm = next((b for b in sc.bookmarks if b.month == month), None)
        if bm is not None:
            head += f"<br><br><b>{escape(bm.title)}</b> · {month_name(bm.month)}<br>{escape(bm.description)}"
            head += "<br><br><i>Starts from the state history reached in that month.</i>"
        else:
            head += f"<br><br>{escape(meta.description)}"
        return head

    def pick_mode(self, mode: str) -> None:
        self.setup.mode = mode
        for m, btn in self.side_buttons.items():
            (btn.select if m == mode else btn.unselect)()

    def start(self) -> None:
        from game.ui.screens.play import PlayScreen
        from game.ui.session import Session

        choice = self.ai_menu.selected_option
        text = choice[0] if isinstance(choice, tuple) else choice
        self.setup.ai_level = next((lv for lv in self._levels if _level_name(lv) == text), self.setup.ai_level)
        try:
            session = Session.new(self.setup, self.app.data_dir)
            screen = PlayScreen(self.app, session)
        except Exception as exc:  # a broken scenario or mod (or its map): say so, stay here
            self.message("Cannot start this game", str(exc)[:800])
            return
        self.app.pop()
        self.app.push(screen)
