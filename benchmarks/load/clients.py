"""The load generator's HTTP clients: many one-connection clients, never one big pool.

httpcore's pool scans every connection for every request waiting on it, so one
`httpx.AsyncClient` shared by 64 requests in flight cost the client ~7 ms of CPU
per request and capped what the generator could drive on a 2-core machine
(`benchmarks/results/route/profile.md`, finding 5); one small pool per sender
costs ~0.6 ms. `ClientFreeList` is a free list of clients with one kept-alive
connection each: a sender leases one for as long as it sends (a closed-loop
worker for the whole run, an open-loop request for itself), so no client ever
has more than one request in flight, and the list grows only to the peak number
of senders at once. Every client is closed when the list closes.
"""

from __future__ import annotations

import contextlib
import ssl
from collections.abc import AsyncIterator, Mapping
from types import TracebackType
from typing import Protocol

import httpx


class ClientFactory(Protocol):
    """Makes one client from the run's settings; `httpx.AsyncClient` itself is one."""

    def __call__(
        self,
        *,
        headers: Mapping[str, str],
        timeout: httpx.Timeout,
        limits: httpx.Limits,
        verify: ssl.SSLContext,
    ) -> httpx.AsyncClient: ...


# One connection, kept alive between the requests of whoever holds the client.
_ONE_CONNECTION = httpx.Limits(max_connections=1, max_keepalive_connections=1)


class ClientFreeList:
    """A free list of one-connection clients, one per sender at a time.

    Use as `async with ClientFreeList(...) as clients:`, then `async with clients.lease() as client:`.

    Args:
        headers: Headers every request carries.
        timeout_s: httpx's connect/read/write/pool timeout for each client.
        factory: Makes each client (tests pass a subclass that records its use).
    """

    def __init__(
        self,
        headers: Mapping[str, str],
        timeout_s: float,
        *,
        factory: ClientFactory = httpx.AsyncClient,
    ) -> None:
        self._headers = dict(headers)
        self._timeout = httpx.Timeout(timeout_s)
        self._factory = factory
        # httpx builds a TLS context per client by default (~30 ms, loading the CA bundle); one
        # shared context makes a new client cheap enough to make mid-run for an open-loop arrival.
        self._tls = httpx.create_ssl_context()
        self._free: list[httpx.AsyncClient] = []
        self._stack = contextlib.AsyncExitStack()

    async def __aenter__(self) -> ClientFreeList:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close every client the list made, leased or free."""
        self._free.clear()
        await self._stack.aclose()

    @contextlib.asynccontextmanager
    async def lease(self) -> AsyncIterator[httpx.AsyncClient]:
        """A client no one else holds until this context exits; made when none is free."""
        if self._free:
            # Last in, first out: the most recently used connection is the likeliest still open.
            client = self._free.pop()
        else:
            client = await self._stack.enter_async_context(
                self._factory(headers=self._headers, timeout=self._timeout, limits=_ONE_CONNECTION, verify=self._tls)
            )
        try:
            yield client
        finally:
            self._free.append(client)
