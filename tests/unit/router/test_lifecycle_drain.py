"""The ingress side of draining: refuse once told, count requests until their answers are sent."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import pytest

from router.drain import Drain, DrainCoordinator
from router.errors import ApiError


class _Method:
    """`actor.method.remote(...)` for a DrainCoordinator living in this process (Ray's edge only)."""

    def __init__(self, bound: Any) -> None:
        self._bound = bound

    def remote(self, *args: Any) -> Any:
        return self._bound(*args)


class _Handle:
    def __init__(self, coordinator: DrainCoordinator) -> None:
        self.wait_drain = _Method(coordinator.wait_drain)
        self.drain = _Method(coordinator.drain)
        self.idle = _Method(coordinator.idle)
        self.idle_count = _Method(coordinator.idle_count)


@dataclass
class _Answer:
    stream: AsyncIterator[bytes] | None = None


def test_a_replica_drains_when_told_and_reports_idle_once_its_stream_has_ended() -> None:
    async def scenario() -> None:
        coordinator = DrainCoordinator()
        handle = _Handle(coordinator)
        drain = Drain()
        drain.start(handle)
        closed = asyncio.Event()

        async def stream() -> AsyncIterator[bytes]:
            try:
                for n in range(3):
                    yield f"data: {n}\n\n".encode()
            finally:
                closed.set()

        drain.admit()
        answer = drain.track(_Answer(stream()))
        drain.admit()
        drain.track(_Answer())  # a JSON answer is released at once
        await handle.drain.remote()
        await asyncio.sleep(0.01)
        assert drain.draining
        with pytest.raises(ApiError) as refused:
            drain.admit()
        assert refused.value.status == 503 and refused.value.code == "shutting_down"
        assert refused.value.headers["retry-after"] == "5"
        assert await handle.idle_count.remote() == 0  # the stream is still in flight
        chunks = [chunk async for chunk in answer.stream]
        assert len(chunks) == 3
        await asyncio.sleep(0.01)
        assert await handle.idle_count.remote() == 1
        assert closed.is_set()
        await drain.close()

    asyncio.run(scenario())


def test_a_client_that_goes_away_releases_the_request_and_closes_the_inner_stream() -> None:
    async def scenario() -> None:
        drain = Drain()
        closed = asyncio.Event()

        async def stream() -> AsyncIterator[bytes]:
            try:
                while True:
                    yield b"data: {}\n\n"
                    await asyncio.sleep(0)
            finally:
                closed.set()

        drain.admit()
        answer = drain.track(_Answer(stream()))
        assert answer.stream is not None
        await answer.stream.__anext__()
        await answer.stream.aclose()  # what Starlette does when the client disconnects
        assert closed.is_set()
        assert drain._settled.is_set()

    asyncio.run(scenario())
