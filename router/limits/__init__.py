"""Quotas: requests and tokens per minute, per department and per credential, across replicas.

    ledger.py       the shared ledger of leased shares per scope and minute
    coordinator.py  the ledger as a named Ray actor (or in-process)
    quotas.py       the replica's limiter: local shares, background renewal, 429s
"""

from __future__ import annotations

from router.limits.coordinator import LeaseFn, actor_lease_fn, local_lease_fn
from router.limits.ledger import Lease, LeaseRequest, QuotaLedger
from router.limits.quotas import NO_TICKET, Limiter, Ticket, replica_limiter

__all__ = [
    "NO_TICKET",
    "Lease",
    "LeaseFn",
    "LeaseRequest",
    "Limiter",
    "QuotaLedger",
    "Ticket",
    "actor_lease_fn",
    "local_lease_fn",
    "replica_limiter",
]
