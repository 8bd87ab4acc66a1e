"""The replay's clock: which month is shown, how far its marches have gone (t), playing or paused, speed.

A month is shown from its start. Playing it takes `SECONDS_PER_MONTH / speed`: first the march (t runs
0 -> 1 while armies glide and battles flash), then a pause to read the reports, then the next month begins.
Stepping forward plays one month and stops. No pygame here, so the timing is tested without a window.
"""

from __future__ import annotations


class Playback:
    SPEEDS = (0.5, 1.0, 2.0, 4.0)
    SECONDS_PER_MONTH = 3.2
    MARCH_SHARE = 0.55

    def __init__(self, months: int) -> None:
        self.months = max(1, months)
        self.index = 0
        self.clock = 0.0  # seconds into the current month; 0 = its start, settled
        self.playing = False
        self.stepping = False  # playing exactly one month, then stopping
        self._speed = 1.0

    @property
    def speed(self) -> float:
        return self._speed

    @speed.setter
    def speed(self, value: float) -> None:
        """Changing speed keeps the fraction of the month already played."""
        fraction = self.clock / self.period
        self._speed = value
        self.clock = fraction * self.period

    @property
    def period(self) -> float:
        return self.SECONDS_PER_MONTH / self.speed

    @property
    def t(self) -> float:
        """How far this month's marches have gone, 0..1."""
        return min(1.0, self.clock / (self.period * self.MARCH_SHARE))

    @property
    def position(self) -> float:
        """Where the timeline handle stands: gliding from this month towards the next."""
        return min(self.months - 1.0, self.index + self.clock / self.period)

    @property
    def at_end(self) -> bool:
        return self.index >= self.months - 1

    @property
    def finished(self) -> bool:
        """The last month has been played out: the map shows how the war ended."""
        return self.at_end and self.clock >= self.period

    # --- commands ---------------------------------------------------------------------------------------
    def seek(self, index: int) -> None:
        """Show the start of month `index`, at once."""
        self.index = min(self.months - 1, max(0, index))
        self.clock = 0.0
        self.stepping = False

    def toggle(self) -> None:
        if not self.playing and self.finished:
            self.seek(0)
        self.playing = not self.playing
        self.stepping = False

    def forward(self) -> None:
        """At a month's start: play it and stop at the next. Mid-month: jump to the next month at once."""
        if self.clock == 0 and not self.playing:
            self.stepping = True
            self.clock = 1e-6
        elif self.at_end:
            self.clock = self.period
            self.playing = self.stepping = False
        else:
            self.seek(self.index + 1)

    def back(self) -> None:
        self.playing = False
        self.seek(self.index if self.clock > 0 else self.index - 1)

    def first(self) -> None:
        self.playing = False
        self.seek(0)

    def last(self) -> None:
        self.playing = False
        self.seek(self.months - 1)

    def change_speed(self, step: int) -> None:
        i = self.SPEEDS.index(self.speed) if self.speed in self.SPEEDS else 1
        self.speed = self.SPEEDS[min(len(self.SPEEDS) - 1, max(0, i + step))]

    def update(self, dt: float) -> bool:
        """Advance the clock; True when the shown month changed (the screen then rebuilds its overlays)."""
        if not (self.playing or self.stepping) or self.finished:
            return False
        self.clock += dt
        if self.clock < self.period:
            return False
        if self.at_end:
            self.clock = self.period
            self.playing = self.stepping = False
            return True
        self.index += 1
        self.clock = 0.0
        if self.stepping:
            self.stepping = False
        return True
