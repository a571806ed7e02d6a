"""Quotas: requests and tokens per minute, per department and per credential, across replicas.

    ledger.py       the shared ledger: leased shares per scope, each limit held over any 60-s window
    coordinator.py  the ledger as a named Ray actor (or in-process)
    shares.py       a replica's local share of a scope: leased lots, spent oldest first, reported back
    quotas.py       the replica's limiter: admission, background renewal, 429s and x-ratelimit-* headers
    estimate.py     what a request may use of a tokens/min quota, reserved at admission
"""

from __future__ import annotations

from router.limits.coordinator import LeaseFn, actor_lease_fn, local_lease_fn
from router.limits.estimate import TokenEstimate
from router.limits.ledger import Lease, LeaseRequest, QuotaLedger, Spent
from router.limits.quotas import NO_TICKET, Limiter, Ticket, replica_limiter

__all__ = [
    "NO_TICKET",
    "Lease",
    "LeaseFn",
    "LeaseRequest",
    "Limiter",
    "QuotaLedger",
    "Spent",
    "Ticket",
    "TokenEstimate",
    "actor_lease_fn",
    "local_lease_fn",
    "replica_limiter",
]
