"""The ledger as a named Ray actor, shared by every ingress replica of the cluster.

Created on first use by whichever replica asks first (`get_if_exists`), with no CPU
reservation; the limits travel with each lease request, so a redeploy with new
limits needs no new actor.

The actor is detached: it outlives a redeploy and keeps the code it was created with. Its
name carries the wire format (WIRE_VERSION and a fingerprint of the messages' fields), so
a release that changes what a lease says gets a ledger of its own instead of an old actor
that cannot read its requests (every quota-limited request would be a 503 until someone
killed it). While old and new replicas both serve, during a rolling upgrade, each
generation has its own ledger: up to one more limit may be admitted in that window. The
old actor is left idle (no CPU reserved); `ray.kill` it once the upgrade is done.
"""

from __future__ import annotations

import asyncio
import dataclasses
import hashlib
from collections.abc import Awaitable, Callable
from typing import Any

from router.limits.ledger import Lease, LeaseRequest, QuotaLedger, Spent

# Bump when what a lease MEANS changes without its fields changing (a field change alters the
# fingerprint by itself). 1: the per-minute ledger before 902b338's successors; 2: the sliding window.
WIRE_VERSION = 2
NAMESPACE = "sovereign-router"

LeaseFn = Callable[[list[LeaseRequest]], Awaitable[list[Lease]]]


def wire_fingerprint(messages: tuple[type, ...] = (LeaseRequest, Lease, Spent)) -> str:
    """Eight hex digits over the messages' names, field names and field types, in order."""
    text = ";".join(
        f"{cls.__name__}(" + ",".join(f"{f.name}:{f.type}" for f in dataclasses.fields(cls)) + ")"
        for cls in messages
    )
    return hashlib.sha256(text.encode()).hexdigest()[:8]


def actor_name(version: int = WIRE_VERSION, fingerprint: str | None = None) -> str:
    """The ledger actor's name for this wire format: replicas that cannot talk to each other's
    ledger never share one."""
    return f"sovereign-router-quota-ledger-v{version}-{fingerprint or wire_fingerprint()}"


ACTOR_NAME = actor_name()


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
