"""A replica's local share of one scope's limit: the leases it holds, spent oldest first.

Each lease from the ledger (`ledger.py`) becomes a lot the replica may spend until the
lease's lifetime runs out, counted from when the replica asked for it (before the ledger
granted it, so on any clock the lot is spent up before the ledger's span for it ends).
A lot that runs out, or a requests lot that is spent up, is closed, and a report of what
it spent and when (`Spent`) goes to the ledger with the scope's next lease: an unspent share
is given back instead of counting for a whole window, and a spent one slides out of the
window from its last spend rather than from its expiry.

Tokens are reserved at admission (an estimate of the request's prompt and the most it may
generate, `estimate.TokenEstimate`) and settled when the answer's usage is known: what it
used beyond the reservation is spent then, and what it did not use goes back to the lots it
came from (`Draw`) while they are open, so a tokens lot stays open until it runs out (a lot
already closed and reported keeps it: the count errs towards the limit, never past it).
What the lots cannot cover is a deficit, paid from the next lease before anything else.
A deficit is kept up to the limit less one (tokens beyond a whole window's worth are
forgiven; paying them would refuse the scope for minutes over one answer).
"""

from __future__ import annotations

import asyncio
import math
from collections import deque
from dataclasses import dataclass, field
from typing import Literal

from router.limits.ledger import Lease, Spent

Kind = Literal["requests", "tokens"]
LEASE_FRACTION = 0.05  # of the limit per lease: what a replica holds unspent, at most about twice this


@dataclass(slots=True, eq=False)
class _Lot:
    grant: str
    asked: float  # replica clock when the lease was asked for
    expires: float  # asked + the lease's lifetime: spent no later than this
    left: int
    spent: int = 0
    last: float = 0.0  # replica clock at the last spend
    closed: bool = False  # reported to the ledger: what it spent stays spent

    def report(self) -> Spent:
        self.closed = True
        return Spent(self.grant, self.spent, self.last - self.asked if self.spent else 0.0)


@dataclass(slots=True)
class Draw:
    """What one spend took from one lot: a reservation can come back only to where it came from."""

    lot: _Lot
    amount: int


@dataclass
class Share:
    scope: str
    kind: Kind
    limit: int
    lots: deque[_Lot] = field(default_factory=deque)
    held: int = 0  # unspent in the lots (kept, not summed: admission reads it several times)
    next_expiry: float = math.inf  # the earliest a lot runs out
    debt: int = 0  # tokens used beyond the lots, paid from the next lease
    waiters: list[int] = field(default_factory=list)  # what each request waiting for a lease needs
    left: int | None = None  # what the ledger had left at our last lease (None: not asked yet)
    retry_at: float = 0.0  # when the ledger said what we need slides out of its window (when it had too little)
    reset_at: float = 0.0  # when everything the ledger counted had slid out, as of our last lease
    answered: float = 0.0  # when the ledger last answered (replica clock)
    reports: list[Spent] = field(default_factory=list)  # closed lots, for the next lease
    renewing: asyncio.Task[None] | None = field(default=None, repr=False)
    chunk: int = field(init=False)  # what a lease asks for at least

    def __post_init__(self) -> None:
        self.chunk = max(1, math.ceil(self.limit * LEASE_FRACTION))

    @property
    def balance(self) -> int:
        """Unspent here (tokens: negative while a deficit is unpaid)."""
        return self.held - self.debt

    def enough(self, amount: int = 1) -> bool:
        return self.balance >= amount

    def exhausted(self, now: float, amount: int = 1) -> bool:
        """Not worth asking the ledger for `amount` more: at our last lease it had less left than
        that lacks here, and will not have more before `retry_at` (unless our own reports, still
        unsent, give some back). A smaller request than the one refused then may still ask."""
        if self.left is None or now >= self.retry_at or self.reports:
            return False
        return self.left < amount - self.balance

    @property
    def waiting(self) -> int:
        """What the requests waiting for this share's lease need together (a lease covers them all)."""
        return sum(self.waiters)

    def need(self) -> int:
        """What a lease must grant for one more request to be admitted (tokens: what the smallest
        reservation waiting lacks, the deficit included; at least one)."""
        if self.kind == "requests":
            return 1
        # What is held counts (else a ledger with enough for the lack, not for the whole
        # reservation, granted nothing while the replica kept asking); at most the limit: a
        # deficit and a reservation together may exceed it, and a need no window can hold would be
        # refused for ever (the deficit is paid first, the request after).
        return max(1, min(self.limit, min(self.waiters, default=1) - self.balance))

    def expire(self, now: float) -> None:
        """Close the lots whose lifetime has run out (what they did not spend is given back)."""
        if now < self.next_expiry:
            return
        for lot in [lot for lot in self.lots if lot.expires <= now]:
            self.lots.remove(lot)
            self.held -= lot.left
            self.reports.append(lot.report())
        self.next_expiry = min((lot.expires for lot in self.lots), default=math.inf)

    def spend(self, amount: int, now: float) -> list[Draw]:
        """Spend from the oldest lots first; what they cannot cover is a deficit (tokens).
        Returns what was taken from each lot.

        A requests lot spent out is closed and reported at once; a tokens lot stays open until
        it expires, so that what a reservation did not use can come back to it (`refund`).
        """
        draws = []
        for lot in self.lots:
            if amount <= 0:
                break
            take = min(amount, lot.left)
            if take:
                lot.left -= take
                lot.spent += take
                lot.last = now
                self.held -= take
                amount -= take
                draws.append(Draw(lot, take))
        if self.kind == "requests":
            while self.lots and self.lots[0].left == 0:
                self.reports.append(self.lots.popleft().report())
            self.next_expiry = min((lot.expires for lot in self.lots), default=math.inf)
        if amount > 0:
            self.debt = min(self.limit - 1, self.debt + amount)
        return draws

    def refund(self, draws: list[Draw], amount: int) -> None:
        """Give back up to `amount` tokens a request took and did not use, each to the lot it
        came from while that lot is open. What came from a lot since closed stays spent, and a
        refund never pays a deficit: either would let the ledger count a spend in a lot that
        slides out of its window before the spend does."""
        for draw in reversed(draws):
            if amount <= 0:
                break
            if draw.lot.closed:
                continue
            back = min(amount, draw.amount)
            draw.amount -= back
            draw.lot.spent -= back
            draw.lot.left += back
            self.held += back
            amount -= back

    def take_reports(self) -> tuple[Spent, ...]:
        reports, self.reports = tuple(self.reports), []
        return reports

    def receive(self, lease: Lease, asked: float, now: float) -> None:
        """Add a lease: it pays the deficit first, the rest is a new lot."""
        paid = min(self.debt, lease.granted)
        self.debt -= paid
        if lease.granted:
            lot = _Lot(lease.grant, asked, asked + lease.ttl_s, lease.granted - paid, paid, now if paid else 0.0)
            if lot.left:
                self.lots.append(lot)
                self.held += lot.left
                self.next_expiry = min(self.next_expiry, lot.expires)
            else:
                self.reports.append(lot.report())
        self.left = lease.left
        self.answered = now
        # From when the answer came (after the ledger read its clock): never earlier than the ledger meant.
        self.retry_at = now + lease.retry_s
        self.reset_at = now + lease.reset_s
