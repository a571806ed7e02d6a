"""Admission by priority class: reserved slots, the shared pool, arrival order, the queue bound."""

from __future__ import annotations

import asyncio

import pytest

from local_models.admission import DEFAULT_CLASS, ClassAdmission, QueueFull


async def _hold(admission: ClassAdmission, klass: str, order: list[str], name: str, release: asyncio.Event) -> None:
    async with admission.slot(klass):
        order.append(name)
        await release.wait()


async def _settle() -> None:
    for _ in range(5):
        await asyncio.sleep(0)


def test_a_flood_cannot_take_another_classs_reserved_slot() -> None:
    async def go() -> list[str]:
        admission = ClassAdmission(capacity=3, reserved={"sensitive": 1})
        order: list[str] = []
        release = asyncio.Event()
        flood = [asyncio.create_task(_hold(admission, "bulk", order, f"bulk{i}", release)) for i in range(6)]
        await _settle()
        assert order == ["bulk0", "bulk1"]  # the two shared slots; the reserved one stays free
        assert admission.queued() == {"sensitive": 0, DEFAULT_CLASS: 0, "bulk": 4}
        late = asyncio.create_task(_hold(admission, "sensitive", order, "sensitive", release))
        await _settle()
        assert order == ["bulk0", "bulk1", "sensitive"]  # admitted at once, ahead of four queued bulk requests
        release.set()
        await asyncio.gather(*flood, late)
        return order

    order = asyncio.run(go())
    assert order[3:] == ["bulk2", "bulk3", "bulk4", "bulk5"]  # the rest in arrival order


def test_waiters_are_served_in_arrival_order_across_classes_for_shared_slots() -> None:
    async def go() -> list[str]:
        admission = ClassAdmission(capacity=2, reserved={"a": 1})
        order: list[str] = []
        gates = {name: asyncio.Event() for name in ("a0", "s0", "b1", "a1", "b2")}
        tasks = {}
        for name, klass in (("a0", "a"), ("s0", "b"), ("b1", "b"), ("a1", "a"), ("b2", "b")):
            tasks[name] = asyncio.create_task(_hold(admission, klass, order, name, gates[name]))
            await _settle()
        assert order == ["a0", "s0"]  # a0 holds a's reserved slot, s0 the shared one
        gates["s0"].set()  # the shared slot frees: b1 arrived before a1
        await _settle()
        assert order == ["a0", "s0", "b1"]
        gates["a0"].set()  # a's reserved slot frees: only a1 may take it, b2 keeps waiting
        await _settle()
        assert order == ["a0", "s0", "b1", "a1"]
        for gate in gates.values():
            gate.set()
        await asyncio.gather(*tasks.values())
        return order

    assert asyncio.run(go()) == ["a0", "s0", "b1", "a1", "b2"]


def test_the_queue_is_bounded() -> None:
    async def go() -> None:
        admission = ClassAdmission(capacity=1, max_queued=1)
        release = asyncio.Event()
        order: list[str] = []
        first = asyncio.create_task(_hold(admission, DEFAULT_CLASS, order, "1", release))
        second = asyncio.create_task(_hold(admission, DEFAULT_CLASS, order, "2", release))
        await _settle()
        with pytest.raises(QueueFull):
            async with admission.slot():
                pass
        release.set()
        await asyncio.gather(first, second)
        assert admission.in_use() == 0 and order == ["1", "2"]

    asyncio.run(go())


def test_a_cancelled_waiter_leaves_the_queue_and_a_cancelled_holder_frees_its_slot() -> None:
    async def go() -> None:
        admission = ClassAdmission(capacity=1)
        release = asyncio.Event()
        order: list[str] = []
        holder = asyncio.create_task(_hold(admission, DEFAULT_CLASS, order, "holder", release))
        waiter = asyncio.create_task(_hold(admission, DEFAULT_CLASS, order, "waiter", release))
        await _settle()
        waiter.cancel()
        await _settle()
        assert admission.queued()[DEFAULT_CLASS] == 0
        holder.cancel()
        await _settle()
        assert admission.in_use() == 0
        async with admission.slot():
            assert admission.in_use() == 1

    asyncio.run(go())


def test_reservations_must_leave_a_shared_slot() -> None:
    with pytest.raises(ValueError, match="shared"):
        ClassAdmission(capacity=2, reserved={"a": 1, "b": 1})
