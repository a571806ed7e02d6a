"""Draining on shutdown: new requests are refused, requests in flight finish.

`sovereign-router serve` (router/serve_loop.py) creates one `DrainCoordinator` actor
before the app starts. Each ingress replica's `Drain` holds one long-poll call on it
(`wait_drain`, no polling traffic); on SIGTERM the supervisor sets the coordinator's
flag, every replica's call returns, and from then on the replica:

- refuses new OpenAI requests with 503, `Retry-After` and error code `shutting_down`
  (audited like any refusal), and answers `/readyz` with 503 so a load balancer stops
  sending; `/healthz` stays 200 (the process is alive);
- lets the requests it has in flight finish (a stream counts until its last chunk);
- tells the coordinator when it has none left, so the supervisor can stop Serve as soon
  as every replica is idle instead of waiting out the whole grace period.

Without a coordinator (the app deployed by a Serve config on KubeRay, or by the test
suite) the replica never drains by itself: Serve's own `graceful_shutdown_timeout_s`
(set from `server.shutdown_grace_s`) then lets in-flight requests finish when a replica
stops.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import uuid
from collections.abc import AsyncIterator
from typing import Any, Protocol

from router.errors import ApiError

logger = logging.getLogger(__name__)

COORDINATOR_NAME = "sovereign-router-drain"
COORDINATOR_NAMESPACE = "sovereign-router"
RETRY_AFTER_S = "5"


class DrainCoordinator:
    """The flag every ingress replica waits on, and which replicas are idle (a Ray actor)."""

    def __init__(self) -> None:
        self._draining = asyncio.Event()
        self._idle: set[str] = set()

    async def wait_drain(self) -> bool:
        await self._draining.wait()
        return True

    async def drain(self) -> None:
        self._draining.set()

    async def idle(self, replica: str) -> None:
        self._idle.add(replica)

    async def idle_count(self) -> int:
        return len(self._idle)


class _Answer(Protocol):
    stream: AsyncIterator[bytes] | None


def shutting_down() -> ApiError:
    """The refusal a draining replica sends (OpenAI error shape, retryable)."""
    return ApiError(503, "the router is shutting down; retry shortly", code="shutting_down",
                    headers={"retry-after": RETRY_AFTER_S})


class Drain:
    """One ingress replica's side: refuses new work once draining, counts work in flight."""

    def __init__(self) -> None:
        self.draining = False
        self._in_flight = 0
        self._settled = asyncio.Event()
        self._settled.set()
        self._id = uuid.uuid4().hex
        self._task: asyncio.Task[None] | None = None

    def start(self, coordinator: Any = None) -> None:
        """Start waiting on the coordinator (in the replica's event loop; no-op without one).

        `coordinator` is a handle to the `DrainCoordinator` actor; None looks it up by name.
        """
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return
        if self._task is None:
            self._task = loop.create_task(self._watch(coordinator))

    def admit(self) -> None:
        """Count a new request in, or raise the 503 when draining."""
        if self.draining:
            raise shutting_down()
        if self._task is None:
            self.start()
        self._in_flight += 1
        self._settled.clear()

    def release(self) -> None:
        self._in_flight -= 1
        if self._in_flight <= 0:
            self._in_flight = 0
            self._settled.set()

    def track(self, answer: Any) -> Any:
        """Release the request when its answer has been sent (a stream: after its last chunk)."""
        if answer.stream is None:
            self.release()
        else:
            answer.stream = self._released_after(answer.stream)
        return answer

    async def _released_after(self, stream: AsyncIterator[bytes]) -> AsyncIterator[bytes]:
        try:
            async for chunk in stream:
                yield chunk
        finally:
            self.release()
            # A client that went away closes this generator: close the one inside now (it
            # records the request and stops generation), not whenever it is collected.
            close = getattr(stream, "aclose", None)
            if close is not None:
                await close()

    async def _watch(self, coordinator: Any) -> None:
        if coordinator is None:
            try:
                import ray

                coordinator = await asyncio.to_thread(ray.get_actor, COORDINATOR_NAME,
                                                      namespace=COORDINATOR_NAMESPACE)
            except Exception:  # noqa: BLE001 - no coordinator: not started by `sovereign-router serve`
                return
        try:
            await coordinator.wait_drain.remote()
            self.draining = True
            logger.warning("draining: refusing new requests, %d in flight", self._in_flight)
            await self._settled.wait()
            await coordinator.idle.remote(self._id)
        except Exception as exc:  # noqa: BLE001 - the supervisor is gone: it stops everything anyway
            logger.warning("drain coordinator unreachable: %s", type(exc).__name__)

    async def close(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._task
