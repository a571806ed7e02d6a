"""A circuit breaker per hosted upstream: closed → open → half-open → closed.

Closed: calls pass; each availability failure (connection, timeout, 5xx after the
SDK's retries, a broken stream) is remembered for `window_s`. When `failures` of them
fall within the window the breaker opens: calls are refused at once, without touching
the network, for `cooldown_s`. Then it is half-open: exactly one call (the probe) is let
through; its success closes the breaker, its failure opens it for another cooldown. A
client error (4xx) is the request's fault, not the upstream's, and counts for nothing.
A probe that ends with no verdict (the client went away, or policy refused the answer
before it was read) is released: the breaker stays half-open and the next caller probes,
instead of every later call being refused until restart.

Written here rather than taken from a library: the maintained asyncio breakers on the
package index (purgatory, aiobreaker, circuitbreaker, pybreaker) take a failure count
threshold and a reset timeout, not failures within a time window, and purgatory sends
every call through its own event bus — a cost on the routing path that this
state machine (a deque and two floats) does not have. The clock is injectable so tests
drive it without sleeping.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from typing import Literal

__all__ = ["BreakerState", "CircuitBreaker"]

BreakerState = Literal["closed", "open", "half_open"]


class CircuitBreaker:
    """The state of one upstream; see the module docstring.

    Args:
        failures: availability failures within `window_s` that open the breaker.
        window_s: how long a failure is remembered.
        cooldown_s: how long the breaker stays open before it lets one probe through.
        clock: monotonic seconds (tests pass their own).
    """

    def __init__(
        self,
        *,
        failures: int = 5,
        window_s: float = 30.0,
        cooldown_s: float = 30.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if failures < 1 or window_s <= 0 or cooldown_s <= 0:
            raise ValueError("failures must be >= 1 and window_s, cooldown_s > 0")
        self._threshold = failures
        self._window_s = window_s
        self._cooldown_s = cooldown_s
        self._clock = clock
        self._failures: deque[float] = deque()
        self._opened_at: float | None = None
        self._probing = False

    @property
    def state(self) -> BreakerState:
        if self._opened_at is None:
            return "closed"
        if self._clock() - self._opened_at < self._cooldown_s:
            return "open"
        return "half_open"

    def allow(self) -> bool:
        """Whether a call may go out now; in half-open state only the first caller gets True."""
        state = self.state
        if state == "closed":
            return True
        if state == "half_open" and not self._probing:
            self._probing = True
            return True
        return False

    def release(self) -> None:
        """End a call that gave no verdict on the upstream; a probe's slot goes to the next caller."""
        self._probing = False

    def record_success(self) -> None:
        self._failures.clear()
        self._opened_at = None
        self._probing = False

    def record_failure(self) -> None:
        now = self._clock()
        if self._probing or self.state != "closed":
            self._opened_at = now  # a failed probe: open for another cooldown
            self._probing = False
            return
        self._failures.append(now)
        while self._failures and now - self._failures[0] > self._window_s:
            self._failures.popleft()
        if len(self._failures) >= self._threshold:
            self._opened_at = now
            self._failures.clear()
