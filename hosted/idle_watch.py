"""A streamed answer's idle limit with one timer per idle period, not one per line read.

`hosted.stream_idle_timeout_s` ends a stream whose next line does not come in time. An
`asyncio.timeout(idle_s)` around each read gives exactly that, but each one schedules a
timer on the event loop and cancels it a moment later: a 16-token answer is ~40 lines, and
those timers were ~0.25 ms of the ingress replica's CPU per streamed request (py-spy,
benchmarks/results/route/ingress_cpu/README.md). Here each read opens a timeout with no
deadline (no timer), and one timer, armed for the idle limit after the read it first
saw, checks when the read now waiting began: a read that has waited the whole limit is
given a deadline of now, so it ends with the same `TimeoutError` as before; otherwise the
timer is set again for that read's own limit.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import TypeVar

_T = TypeVar("_T")


class IdleWatch:
    """`await watch.read(x)` is `async with asyncio.timeout(idle_s): await x`, with fewer timers.

    One per stream, used by one task, read after read; `close` when the stream ends.
    """

    def __init__(self, idle_s: float) -> None:
        self._idle = idle_s
        self._loop = asyncio.get_running_loop()
        self._waiting: asyncio.Timeout | None = None  # the read in progress, if any
        self._since = 0.0  # when it began (loop time)
        self._timer: asyncio.TimerHandle | None = None

    async def read(self, pending: Awaitable[_T]) -> _T:
        """Await `pending`; TimeoutError when it takes `idle_s` or longer."""
        async with asyncio.timeout(None) as window:
            self._waiting, self._since = window, self._loop.time()
            if self._timer is None:
                self._timer = self._loop.call_at(self._since + self._idle, self._check)
            try:
                return await pending
            finally:
                self._waiting = None

    def _check(self) -> None:
        self._timer = None
        if self._waiting is None:
            return  # between reads: the next read arms a timer
        due = self._since + self._idle
        now = self._loop.time()
        if now >= due:
            self._waiting.reschedule(now)  # expires now: the read ends in TimeoutError
        else:
            self._timer = self._loop.call_at(due, self._check)

    def close(self) -> None:
        """Drop the timer (the stream ended or was closed)."""
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
