"""Admission to a local model by priority class: reserved slots, a shared pool, a bounded queue.

A local model can generate for a fixed number of requests at once (its capacity).
Without classes, one department's burst fills every slot and the queue, and another
department's sensitive request waits behind all of it. `ClassAdmission` gives each
priority class a number of *reserved* slots that only that class may hold; the rest
of the capacity is a pool shared by every class. A request takes a free slot of its
own class first, then a shared one, else it waits in the queue.

Reserved slots are not lent to other classes while idle (the scheduler is not
work-conserving for them): a slot lent to a flood would be held for a whole
generation, and the class it was reserved for would wait that long — the very thing
a reservation is meant to prevent. Waiters are served in arrival order among those
that can use the slot that freed, so a class with a free reserved slot overtakes a
queue of others that are waiting for the shared pool.

The queue is bounded: when `max_queued` requests already wait, a new one is refused
at once with `QueueFull` (a `BackendUnavailable`: the router's 503 with Retry-After),
never piled up. Plain asyncio; one instance per event loop.
"""

from __future__ import annotations

import asyncio
import itertools
import math
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass

from local_models.errors import BackendUnavailable
from local_models.settings import LocalModelSettings

__all__ = ["DEFAULT_CLASS", "ClassAdmission", "QueueFull", "model_capacity", "reserved_slots"]

DEFAULT_CLASS = "standard"


def model_capacity(model: LocalModelSettings, ingress_replicas: int = 1) -> int:
    """Requests one ingress replica may have in flight at `model` at once.

    A transformers replica generates for at most `max_batch_size` requests together;
    other engines take `max_ongoing_requests` per replica (an in-boundary server is one).
    """
    per_replica = model.max_ongoing_requests
    if model.engine == "transformers":
        per_replica = min(per_replica, model.max_batch_size)
    replicas = 1 if model.engine == "openai" else (
        model.autoscaling.max_replicas if model.autoscaling is not None else model.num_replicas
    )
    return max(1, per_replica * replicas // ingress_replicas)


def reserved_slots(model: LocalModelSettings, capacity: int) -> dict[str, int]:
    """Slots reserved per priority class: each share of `capacity`, rounded down, at least one.

    Raises:
        ValueError: The reservations leave no shared slot (too small a capacity for them).
    """
    slots = {klass: max(1, math.floor(share * capacity)) for klass, share in model.reserved_shares.items()}
    if sum(slots.values()) >= capacity:
        raise ValueError(
            f"model {model.model_id!r}: reserved_shares {dict(model.reserved_shares)} take {sum(slots.values())} "
            f"of {capacity} slot(s) per ingress replica and leave none shared; raise the capacity or lower the shares"
        )
    return slots


class QueueFull(BackendUnavailable):
    """The model's queue is full: refused now rather than piled up (503 with Retry-After)."""


@dataclass
class _Waiter:
    klass: str
    future: asyncio.Future[bool]  # result: True for a reserved slot, False for a shared one


class ClassAdmission:
    """Bounded, class-aware admission to `capacity` concurrent requests.

    Args:
        capacity: Requests the model serves at once (all classes together).
        max_queued: Requests that may wait for a slot; -1 is unbounded.
        reserved: Slots reserved per class name (only that class may hold them); their
            sum must leave at least one shared slot.
    """

    def __init__(self, capacity: int, max_queued: int = -1, reserved: Mapping[str, int] | None = None) -> None:
        reserved = {k: v for k, v in (reserved or {}).items() if v > 0}
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        if sum(reserved.values()) >= capacity:
            raise ValueError(f"reserved slots {sum(reserved.values())} leave no shared slot of {capacity}")
        self._capacity = capacity
        self._max_queued = max_queued
        self._reserved = reserved
        self._shared = capacity - sum(reserved.values())
        self._held_reserved = dict.fromkeys(reserved, 0)
        self._held_shared = 0
        self._waiting: dict[int, _Waiter] = {}  # arrival order (dicts keep insertion order)
        self._seq = itertools.count()

    @property
    def capacity(self) -> int:
        return self._capacity

    def queued(self) -> dict[str, int]:
        """Requests waiting per class (classes with none waiting included when they have reserved slots)."""
        depth = dict.fromkeys(self._reserved, 0)
        depth.setdefault(DEFAULT_CLASS, 0)
        for waiter in self._waiting.values():
            depth[waiter.klass] = depth.get(waiter.klass, 0) + 1
        return depth

    def in_use(self) -> int:
        """Slots held now, all classes together."""
        return self._held_shared + sum(self._held_reserved.values())

    @asynccontextmanager
    async def slot(self, klass: str = DEFAULT_CLASS) -> AsyncIterator[None]:
        """Hold one slot for class `klass` while the body runs.

        Raises:
            QueueFull: No slot is free and the queue is full.
        """
        reserved = await self._acquire(klass)
        try:
            yield
        finally:
            self._release(klass, reserved)

    async def _acquire(self, klass: str) -> bool:
        # Every release dispatches at once, so a free slot has no waiter that could use it.
        granted = self._try_take(klass)
        if granted is not None:
            return granted
        if self._max_queued >= 0 and len(self._waiting) >= self._max_queued:
            raise QueueFull(f"the local model's queue is full ({len(self._waiting)} waiting)")
        key = next(self._seq)
        waiter = _Waiter(klass, asyncio.get_running_loop().create_future())
        self._waiting[key] = waiter
        try:
            return await waiter.future
        except BaseException:
            if self._waiting.pop(key, None) is None and waiter.future.done() and not waiter.future.cancelled():
                self._release(klass, waiter.future.result())  # granted while being cancelled: hand it on
            raise

    def _try_take(self, klass: str) -> bool | None:
        if self._held_reserved.get(klass, 0) < self._reserved.get(klass, 0):
            self._held_reserved[klass] += 1
            return True
        if self._held_shared < self._shared:
            self._held_shared += 1
            return False
        return None

    def _release(self, klass: str, reserved: bool) -> None:
        if reserved:
            self._held_reserved[klass] -= 1
        else:
            self._held_shared -= 1
        self._dispatch()

    def _dispatch(self) -> None:
        """Grant free slots to waiters, in arrival order among those that can use them."""
        for key, waiter in list(self._waiting.items()):
            if self._held_shared >= self._shared and all(
                self._held_reserved[k] >= n for k, n in self._reserved.items()
            ):
                return
            granted = self._try_take(waiter.klass)
            if granted is None:
                continue
            del self._waiting[key]
            waiter.future.set_result(granted)
