"""A clock the test moves: ``sleep`` advances it instead of waiting."""

from __future__ import annotations

import threading


class SteppedClock:
    """Seconds since the epoch, starting near now's magnitude; only moves when told."""

    def __init__(self, start: float = 1_800_000_000.0) -> None:
        self._now = start
        self._lock = threading.Lock()
        self.slept: list[float] = []

    def __call__(self) -> float:
        with self._lock:
            return self._now

    def advance(self, seconds: float) -> None:
        with self._lock:
            self._now += seconds

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.advance(max(0.0, seconds))
