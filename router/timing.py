"""Stage timings for the standard `Server-Timing` response header."""

from __future__ import annotations

import time


class StageTimer:
    """Records how long each stage of one request took, in milliseconds."""

    __slots__ = ("_start", "_last", "stages")

    def __init__(self) -> None:
        self._start = self._last = time.perf_counter()
        self.stages: dict[str, float] = {}

    def mark(self, stage: str) -> None:
        """Close `stage` at the current instant (it began where the previous stage ended)."""
        now = time.perf_counter()
        self.stages[stage] = (now - self._last) * 1000.0
        self._last = now

    def header(self) -> str:
        total = (time.perf_counter() - self._start) * 1000.0
        parts = [f"{name};dur={ms:.3f}" for name, ms in self.stages.items()]
        parts.append(f"total;dur={total:.3f}")
        return ", ".join(parts)
