"""The shared ledger: how much of each scope's per-minute limit has been leased out.

One instance runs as a named Ray actor (`coordinator.py`); ingress replicas lease
shares from it in the background and spend them locally, so no request waits on it
once a replica holds a share. Windows are wall-clock minutes. The ledger never
leases more than a limit in a window, so the admitted total cannot exceed it;
shares a replica holds but does not spend by the end of the minute are the only
shortfall (the lease size bounds it).
"""

from __future__ import annotations

import time
from dataclasses import dataclass

WINDOW_S = 60


@dataclass(frozen=True, slots=True)
class LeaseRequest:
    scope: str  # "dept:<name>:requests", "key:<id>:tokens", ...
    limit: int
    want: int
    holder: str = ""  # which replica asks (its limiter's id): the ledger counts holders per scope


@dataclass(frozen=True, slots=True)
class Lease:
    scope: str
    window: int
    granted: int
    left: int  # what the ledger has left for the window after this grant


def current_window(now: float | None = None) -> int:
    return int((time.time() if now is None else now) // WINDOW_S)


def reset_in(window: int, now: float | None = None) -> float:
    """Seconds until `window` ends."""
    return max(0.0, (window + 1) * WINDOW_S - (time.time() if now is None else now))


class QuotaLedger:
    def __init__(self) -> None:
        self._granted: dict[str, tuple[int, int]] = {}  # scope → (window, granted in it)
        self._holders: dict[str, tuple[int, set[str]]] = {}  # scope → (window, replicas granted a share)

    def holders(self, scope: str, now: float | None = None) -> int:
        """How many replicas were granted a share of `scope` this minute (what an operator, or a
        test, reads to see that the limit is spent by several replicas, not one)."""
        window, holders = self._holders.get(scope, (-1, set()))
        return len(holders) if window == current_window(now) else 0

    def lease(self, requests: list[LeaseRequest], now: float | None = None) -> list[Lease]:
        window = current_window(now)
        leases = []
        for request in requests:
            held_window, granted = self._granted.get(request.scope, (window, 0))
            if held_window != window:
                granted = 0
            holders_window, holders = self._holders.get(request.scope, (window, set()))
            if holders_window != window:
                holders = set()
            grant = max(0, min(request.want, request.limit - granted))
            granted += grant
            self._granted[request.scope] = (window, granted)
            if grant and request.holder:
                holders.add(request.holder)
            self._holders[request.scope] = (window, holders)
            leases.append(Lease(request.scope, window, grant, request.limit - granted))
        return leases
