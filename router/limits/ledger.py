"""The shared ledger: how much of each scope's per-minute limit is leased out, over a sliding minute.

One instance runs as a named Ray actor (`coordinator.py`); ingress replicas lease
shares from it in the background and spend them locally, so no request waits on it
once a replica holds a share.

The limit holds over ANY window of `window_s` (60 s), not over wall-clock minutes (where a
client could spend the limit in the last second of one minute and again in the first
second of the next). The ledger keeps each grant with the span its spending can fall in:
a share granted at `start` is spent only after it arrives and before the replica's
`lease_ttl_s` runs out (counted from when the replica asked, which is before `start`), so
in `(start, start + lease_ttl_s)`. When the replica reports the share closed (`Spent`,
sent with its next lease), the grant shrinks to what was spent and its span ends at
`start` plus the last spend's offset from the ask (no earlier than the last spend). A grant
counts against the limit while its span ends less than `window_s` ago. A new grant is made
only while the counted grants plus it stay within the limit.

Bound: any span of `window_s` admits at most the limit. Take the span's latest grant
made at `t`; every other grant spent in the span ends after `t - window_s` (the span
starts after `t - window_s`, since that grant is spent in it after `t`), so it was
counted, at no less than what it spent, when `t` was granted. Clocks: the ledger
reads only its own clock, replicas only theirs, and they meet through durations
(the lease's lifetime, a report's offset), so clock offsets between nodes do not
weaken this (a drift between clocks over seconds would, negligibly). A restarted actor
starts from nothing: the window across a restart may admit up to one more limit.

Tokens are spent when an answer's usage is known; what a replica's share could not
cover is a deficit paid from its next grant, so tokens count from when they are paid
for, a little after they were used (`shares.py`).

What it costs: a share unspent but not yet reported still counts until it is (sent
with the replica's next lease, or at most `lease_ttl_s` + `window_s` after its grant), and
the shares replicas hold unspent count too: a client sending exactly at the limit's rate
sees a few refusals that wall-clock minutes would not give it. So that shares parked in
many replicas do not add up, what is free is split between the replicas holding the scope
(a lease renewed in the background gets at most its part; requests waiting on a lease get
what they wait for). Simulated over ten minutes, limit 100/min, a steady client spread over
the replicas (`tests/unit/router/access/test_quota_window.py`): at 90 % of the rate, 0 %
refused with 1-2 replicas, 0.1-0.3 % with 5-20 (2.9-8.6 % before the split); at 100 %,
2.5-13 % refused (more with more replicas); at 2x, the whole limit.
"""

from __future__ import annotations

import itertools
import math
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass

WINDOW_S = 60.0  # the span a limit holds over ("per minute")
LEASE_TTL_S = 10.0  # how long a replica may spend a share (then it reports what it spent)
SWEEP_EVERY_S = 10.0  # how often (ledger clock) a lease also drops every scope's grants that no longer count


@dataclass(frozen=True, slots=True)
class Spent:
    """A replica's report on a share it no longer spends: how much of it was spent, and when
    the last spend was, in seconds after the replica asked for the share (0: none spent)."""

    grant: str
    spent: int
    last_s: float


@dataclass(frozen=True, slots=True)
class LeaseRequest:
    scope: str  # "dept:<name>:requests", "key:<id>:tokens", ...
    limit: int
    want: int
    holder: str = ""  # which replica asks (its limiter's id): the ledger counts holders per scope
    spent: tuple[Spent, ...] = ()  # reports on this scope's shares the replica has closed
    need: int = 1  # what the replica must be granted to admit a request (tokens: its unpaid deficit + a reservation)
    waiting: int = 0  # what the requests waiting on this lease need (one each, or their tokens): never split


@dataclass(frozen=True, slots=True)
class Lease:
    scope: str
    grant: str  # the grant's id, for the replica's report ("" when nothing was granted)
    granted: int
    left: int  # what the ledger has left to lease now, after this grant
    ttl_s: float  # spend the share within this many seconds of asking for it
    retry_s: float  # when nothing is left: seconds until what the replica still needs has slid out (else 0)
    reset_s: float  # seconds until everything counted now has slid out of the window


@dataclass(slots=True)
class _Grant:
    start: float
    end: float  # the latest its spending can have been (ledger clock)
    amount: int
    holder: str


class QuotaLedger:
    """Grants shares of each scope's limit so that no `window_s` span admits more than it.

    Args:
        window_s: the span the limit holds over (60 s; tests inject a shorter one).
        lease_ttl_s: how long a replica may spend a share.
        clock: monotonic seconds (tests inject a fake one; `lease(now=...)` also overrides it).
    """

    def __init__(self, window_s: float = WINDOW_S, lease_ttl_s: float = LEASE_TTL_S,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._window = window_s
        self._ttl = lease_ttl_s
        self._clock = clock
        self._scopes: dict[str, dict[str, _Grant]] = {}  # scope → grant id → grant, in grant order
        # Ids unique across restarts of the actor: a report on a grant of an earlier
        # incarnation must not shrink a grant of this one.
        self._prefix = uuid.uuid4().hex[:8]
        self._ids = itertools.count()
        # A scope's own lease drops its old grants; a scope never leased again (a key used once,
        # a department gone) is dropped by a sweep over all of them, at most every SWEEP_EVERY_S.
        self._next_sweep = -math.inf

    def holders(self, scope: str, now: float | None = None) -> int:
        """How many replicas hold grants of `scope` that still count (what an operator, or a
        test, reads to see that the limit is spent by several replicas, not one)."""
        return len({g.holder for g in self._counted(scope, self._now(now)) if g.holder})

    def lease(self, requests: list[LeaseRequest], now: float | None = None) -> list[Lease]:
        at = self._now(now)
        if at >= self._next_sweep:
            self.sweep(at)
        return [self._lease_one(request, at) for request in requests]

    def sweep(self, now: float | None = None) -> None:
        """Drop every grant that no longer counts, and every scope left with none.

        Called from `lease` at most every SWEEP_EVERY_S: one pass over what is held, so the
        ledger's memory follows the scopes in use in the last window plus a lease lifetime,
        not every scope ever leased, and no single lease pays for scanning them all each time.
        """
        at = self._now(now)
        self._next_sweep = at + SWEEP_EVERY_S
        for scope in list(self._scopes):
            self._counted(scope, at)

    def _lease_one(self, request: LeaseRequest, now: float) -> Lease:
        grants = self._scopes.get(request.scope, {})
        for report in request.spent:
            grant = grants.get(report.grant)
            if grant is None:
                continue
            if report.spent <= 0:  # given back whole: it counts for nothing, so it is not kept
                del grants[report.grant]
                continue
            # Only ever shrinks: a report cannot add capacity it did not hold.
            grant.amount = min(grant.amount, report.spent)
            grant.end = min(grant.end, grant.start + max(0.0, report.last_s))
        counted = self._counted(request.scope, now)
        used = sum(g.amount for g in counted)
        free = request.limit - used
        # What is free is split between the replicas holding the scope: a share held unspent counts
        # against the limit, and with one chunk parked in each of ten replicas a client at 90 % of
        # its rate was refused 9 % of the time. What a replica needs now is never split.
        holders = len({g.holder for g in counted} | {request.holder})
        fair = max(request.need, request.waiting, math.ceil(free / holders))
        granted = max(0, min(request.want, free, fair))
        if request.waiting and granted < request.need:
            # Too little for any request that waits (a large tokens reservation): granting what is
            # free would park it, unusable, in one replica for a lease's lifetime while others are refused.
            granted = 0
        grant_id = ""
        if granted:
            grant_id = f"{self._prefix}-{next(self._ids)}"
            new = _Grant(now, now + self._ttl, granted, request.holder)
            self._scopes.setdefault(request.scope, {})[grant_id] = new
            counted.append(new)
            used += granted
        left = max(0, request.limit - used)
        # What the replica still lacks to admit one request, once this grant is in.
        lacking = max(1, request.need - granted)
        retry_s = 0.0 if left >= lacking else self._frees_in(counted, used - (request.limit - lacking), now)
        reset_s = max((g.end + self._window - now for g in counted), default=0.0)
        return Lease(request.scope, grant_id, granted, left, self._ttl, retry_s, max(0.0, reset_s))

    def _counted(self, scope_name: str, now: float) -> list[_Grant]:
        """The scope's grants that still count; drops the rest (and the scope when none is left)."""
        grants = self._scopes.get(scope_name)
        if grants is None:
            return []
        # A grant spent no later than `end` cannot share a window with a spend after `now`
        # once `end + window <= now`.
        for grant_id in [i for i, g in grants.items() if g.end + self._window <= now]:
            del grants[grant_id]
        if not grants:
            del self._scopes[scope_name]
            return []
        return list(grants.values())

    def _frees_in(self, counted: list[_Grant], needed: int, now: float) -> float:
        """Seconds until grants totalling `needed` have slid out of the window (all of them, at most)."""
        freed, at = 0, now
        for grant in sorted(counted, key=lambda g: g.end):
            freed += grant.amount
            at = grant.end + self._window
            if freed >= needed:
                break
        return max(0.0, at - now)

    def _now(self, now: float | None) -> float:
        return self._clock() if now is None else now
