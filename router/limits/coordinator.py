"""The ledger as a named Ray actor, shared by every ingress replica of the cluster.

Created on first use by whichever replica asks first (`get_if_exists`), with no CPU
reservation; the limits travel with each lease request, so a redeploy with new
limits needs no new actor.
"""

from __future__ import annotations

import asyncio
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
    """Leases from the cluster's shared ledger actor.

    The actor restarts when it dies (`max_restarts=-1`; its counts start again from
    zero, so the 60-s window across the restart may admit up to one more limit). A lease that fails because the
    actor died or is restarting looks the actor up again (re-creating it if it was
    killed for good) and asks once more; a second failure reaches the limiter, which
    refuses with 503 once the replica's share is spent.
    """
    import ray
    from ray.exceptions import RayActorError

    def lookup() -> Any:
        return (
            ray.remote(QuotaLedger)
            .options(name=ACTOR_NAME, namespace=NAMESPACE, get_if_exists=True, lifetime="detached", num_cpus=0,
                     max_restarts=-1)
            .remote()
        )

    actor: list[Any] = [lookup()]

    async def lease(requests: list[LeaseRequest]) -> list[Lease]:
        try:
            result: list[Lease] = await actor[0].lease.remote(requests)
        except RayActorError:
            actor[0] = await asyncio.to_thread(lookup)
            result = await actor[0].lease.remote(requests)
        return result

    return lease
