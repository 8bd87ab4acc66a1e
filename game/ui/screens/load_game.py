"""Load game: the saves in the player's save folder, newest first, with their month and side; Load opens
one in the play screen, Delete removes it (after asking)."""

from __future__ import annotations

import time
from pathlib import Path

import pygame_gui

from game.ui.screens.main_menu import MenuScreen
from game.ui.widgets.buttons import button, label

MODE_WORDS = {"umayyad": "as the Umayyads", "berber": "as the Berbers", "hotseat": "hot-seat",
              "watch": "watching"}


def open_save(screen: MenuScreen, path: Path) -> None:
    """Load `path` and switch to the play screen, or tell the player why not."""
    from game.ui.play_saves import open_session
    from game.ui.screens.play import PlayScreen

    try:
        play = PlayScreen(screen.app, open_session(path, screen.app.data_dir))
    except Exception as exc:  # damaged save, missing scenario: a message, not a traceback
        screen.message("This game cannot be loaded", str(exc)[:600])
        return
    app = screen.app
    while len(app.screens) > 1:  # back to the main menu, then play on top of it
        app.pop()
    app.push(play)


class LoadGameScreen(MenuScreen):
    def build(self) -> None:
        from game.ui.play_saves import list_saves
        from game.ui.play_text import month_name

        rect = self.page_rect(820, 600)
        self.panel = pygame_gui.elements.UIPanel(rect, manager=self.ui)
        label(self.ui, (24, 14, 400, 40), "Load game", "@heading", self.panel)
        self.saves = list_saves(self.app.data_dir)[:10]
        self.rows = []
        if not self.saves:
            label(self.ui, (24, 80, 760, 40), "No saved games yet.", "@subheading", self.panel)
        for i, entry in enumerate(self.saves):
            y = 66 + i * 46
            when = time.strftime("%d %b %H:%M", time.localtime(entry.modified)) if entry.modified else ""
            if entry.problem:
                text = f"{entry.name} — cannot be read"
            else:
                label_ = "Autosave" if entry.name == "Autosave" else "Saved"
                text = f"{label_}   ·   {month_name(entry.month)}   ·   {MODE_WORDS.get(entry.mode, '')}   ·   {when}"
            self.rows.append(button(self.ui, (24, y, 660, 40), text, lambda e=entry: self.load(e),
                                    container=self.panel, tooltip=entry.problem or None,
                                    enabled=not entry.problem))
            button(self.ui, (694, y, 100, 40), "Delete", lambda e=entry: self.ask_delete(e), container=self.panel)
        button(self.ui, (24, 540, 160, 46), "Back", self.back, container=self.panel)

    def load(self, entry) -> None:
        open_save(self, entry.path)

    def ask_delete(self, entry) -> None:
        self.dialogs.open("Delete this save?", entry.name, [("Delete", lambda: self.delete(entry)),
                                                            ("Keep", lambda: None)], size=(480, 220))

    def delete(self, entry) -> None:
        for path in (entry.path, entry.path.with_name(entry.path.name + ".client.json")):
            path.unlink(missing_ok=True)
        self.ui.clear_and_reset()
        self.build()
