"""Prepares the replay viewer off the main thread: loads the scenario, plays the historical replay once and
paints the map's cached layers, so the window keeps drawing (a loading card) instead of freezing for
seconds. A failure is kept as a sentence for the screen to show, never raised into the frame loop.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

from game.ui.last_built import LastBuilt

_RENDERERS = LastBuilt()


@dataclass
class Prepared:
    source: Any  # ReplaySource
    renderer: Any  # MapRenderer


def renderer_for(scenario: Any) -> Any:
    """One MapRenderer per scenario object: its cached layers make the second replay open instantly."""
    from game.ui.map_data import map_data_from_dict
    from game.ui.map_render import MapRenderer

    return _RENDERERS.get(scenario, lambda s: MapRenderer(map_data_from_dict(s.model_dump())))


def prepare(scenario_id: str, source: Any = None) -> Prepared:
    from game.ui.replay_source import replay_for

    source = source or replay_for(scenario_id)
    return Prepared(source, renderer_for(source.scenario))


class ReplayLoader:
    """Runs `prepare` in a daemon thread; `poll()` gives the result once, or the error's sentence."""

    def __init__(self, scenario_id: str, source: Any = None, warm: Any = None) -> None:
        self.result: Prepared | None = None
        self.error = ""
        self._warm = warm  # called with the Prepared in the thread: paint the map ahead of the first frame

        def work() -> None:
            try:
                prepared = prepare(scenario_id, source)
                if self._warm is not None:
                    self._warm(prepared)
                self.result = prepared
            except Exception as exc:  # noqa: BLE001 - shown on the loading card instead of a traceback
                self.error = f"The historical replay could not be prepared: {type(exc).__name__}: {exc}"

        self._thread = threading.Thread(target=work, name="replay-loader", daemon=True)
        self._thread.start()

    @property
    def done(self) -> bool:
        return not self._thread.is_alive()

    def wait(self, timeout: float = 120.0) -> bool:
        self._thread.join(timeout)
        return self.done
