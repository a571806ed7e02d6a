"""The ledger as a named Ray actor, shared by every ingress replica of the cluster.

Created on first use by whichever replica asks first (`get_if_exists`), with no CPU
reservation; the limits travel with each lease request, so a redeploy with new
limits needs no new actor.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from router.limits.ledger import Lease, LeaseRequest, QuotaLedger

ACTOR_NAME = "sovereign-router-quota-ledger"
NAMESPACE = "sovereign-router"

LeaseFn = Callable[[list[LeaseRequest]], Awaitable[list[Lease]]]


def local_lease_fn() -> LeaseFn:
    """An in-process ledger: one replica, or tests without Ray."""
    ledger = QuotaLedger()

    async def lease(requests: list[LeaseRequest]) -> list[Lease]:
        return ledger.lease(requests)

    return lease


def actor_lease_fn() -> LeaseFn:
    """Leases from the cluster's shared ledger actor."""
    import ray

    actor: Any = (
        ray.remote(QuotaLedger)
        .options(name=ACTOR_NAME, namespace=NAMESPACE, get_if_exists=True, lifetime="detached", num_cpus=0)
        .remote()
    )

    async def lease(requests: list[LeaseRequest]) -> list[Lease]:
        result: list[Lease] = await actor.lease.remote(requests)
        return result

    return lease
