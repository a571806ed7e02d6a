"""The hosted backend: one or more upstreams behind weighted selection, failover and breakers.

Satisfies the router's `Backend` protocol structurally: OpenAI JSON body in (the body
`hosted.egress.build_outgoing` built from the egress schema, with the model and the
opaque user id set by the router), OpenAI-shaped dicts out. Per request the router may
pass a `HostedCall`: the department's service tier and the regions it may use.

Order of events for one request:

1. candidates: the upstreams in the allowed regions, in a weighted random order;
2. each candidate whose breaker allows a call is tried in turn; an availability failure
   (connection, timeout, 5xx after the SDK's own retries, 429 after them, our key refused
   with 401/403, a broken 200: not JSON, no choices, a stream reset or empty before its
   first chunk) is recorded on its breaker and the next candidate is tried — before
   anything reached the caller only; all of this within `hosted.deadline_s` (else
   `HostedTimeout`, counted against the upstream in flight);
3. the answer (or each streamed chunk) is returned raw; a stream that breaks, stalls for
   `stream_idle_timeout_s` or ends incomplete raises from the iterator after the chunks
   already yielded, and counts against its upstream's breaker.

Retries of one upstream are the SDK's alone (its backoff with jitter, `Retry-After`
honoured): there is no second retry loop here, only the move to another upstream.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import AsyncGenerator, Awaitable, Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import httpx2

from hosted.egress import Endpoint, with_our_fields
from hosted.errors import (
    HostedAuthFailed,
    HostedCircuitOpen,
    HostedError,
    HostedRejected,
    HostedTimeout,
    HostedUnavailable,
)
from hosted.idle_watch import IdleWatch
from hosted.settings import HostedSettings
from hosted.sse import DONE, USAGE_OPTIONAL, StreamCheck, answer_object, sse_data
from hosted.upstream import RetryHook, Upstream, map_sdk_errors, rate_limits

__all__ = ["HostedCall", "HostedClient", "map_sdk_errors"]

logger = logging.getLogger(__name__)

RateLimitHook = Callable[[str, dict[str, float]], None]
OpenedT = TypeVar("OpenedT")


@dataclass(frozen=True, slots=True)
class HostedCall:
    """What policy decides for one hosted request.

    Attributes:
        service_tier: the tier to ask for; None uses `hosted.service_tier`.
        regions: the upstream regions allowed; None allows every upstream.
    """

    service_tier: str | None = None
    regions: tuple[str, ...] | None = None


_ANY = HostedCall()


def _fails_over(exc: HostedError) -> bool:
    """Availability failures move to the next upstream; a 429 (after the SDK's retries) too, and a
    refused key (401/403): that upstream's credential is broken, not the request, and another
    account may still answer. Each counts against its upstream's breaker."""
    return isinstance(exc, HostedUnavailable | HostedTimeout | HostedAuthFailed) or (
        isinstance(exc, HostedRejected) and exc.status_code == 429
    )


def _no_answer(upstream: Upstream, past_deadline: bool) -> None:
    """An attempt cut short: the deadline's cut counts against the upstream, a client's going does not."""
    if past_deadline:
        upstream.breaker.record_failure()
    else:
        upstream.breaker.release()


class HostedClient:
    """The `Backend` for the hosted API.

    Args:
        settings: the `hosted` section of the router's configuration.
        on_rate_limits: called with an upstream's name and its `x-ratelimit-*` counts
            after each answer, a 429 or other 4xx included (the router exports them as metrics).
        on_retries: called with an upstream's name and the number of retries the SDK
            made for one call, when it made any (exported as a metric).
        random_source: a `random.random`-like function (tests fix the order).

    Raises:
        ValueError: an upstream has no API key (its own, `hosted.api_key` or `$OPENAI_API_KEY`).
    """

    def __init__(
        self,
        settings: HostedSettings,
        *,
        on_rate_limits: RateLimitHook | None = None,
        on_retries: RetryHook | None = None,
        random_source: Callable[[], float] = random.random,
    ) -> None:
        self._settings = settings
        self._upstreams = [
            Upstream(upstream, settings, on_retries) for upstream in settings.resolved_upstreams()
        ]
        self._on_rate_limits = on_rate_limits
        self._random = random_source

    def breaker_states(self) -> dict[str, str]:
        """Each upstream's breaker state (`closed`, `open`, `half_open`), for /readyz and metrics."""
        return {upstream.name: upstream.breaker.state for upstream in self._upstreams}

    def _candidates(self, regions: tuple[str, ...] | None) -> list[Upstream]:
        eligible = [u for u in self._upstreams if regions is None or u.region in regions]
        if not eligible:
            allowed = ", ".join(regions or ())
            raise HostedUnavailable(f"no hosted upstream in the regions this department allows ({allowed})")
        # Weighted order without replacement (Efraimidis-Spirakis keys): the first is chosen
        # in proportion to its weight, the rest follow as failover candidates.
        return sorted(eligible, key=lambda upstream: -(self._random() ** (1.0 / upstream.weight)))

    async def _open(
        self,
        endpoint: Endpoint,
        body: dict[str, Any],
        call: HostedCall,
        *,
        stream: bool,
        first: Callable[[httpx2.Response], Awaitable[OpenedT]],
    ) -> tuple[Upstream, httpx2.Response, OpenedT]:
        """The first upstream that answers, its response, and `first`'s reading of it.

        `first` reads the whole answer, or a stream's first chunk: a broken 200 (not JSON, no
        choices, a stream reset or empty before its first chunk) moves on like a 5xx, since
        nothing has reached the caller yet. All of it, the SDK's retries and the failover
        included, has `hosted.deadline_s`: per-attempt timeouts alone let a silent upstream
        hold a request for (max_retries + 1) × timeout_s on each upstream.
        """
        wire = with_our_fields(body, service_tier=call.service_tier or self._settings.service_tier, stream=stream)
        deadline = self._settings.deadline_s
        try:
            async with asyncio.timeout(deadline) as scope:
                return await self._first_answer(endpoint, wire, call, first=first, stream=stream, cut=scope.expired)
        except TimeoutError:
            if not scope.expired():
                raise
            raise HostedTimeout(
                f"no hosted answer within hosted.deadline_s ({deadline:g} s), retries and failover included"
            ) from None

    async def _first_answer(
        self,
        endpoint: Endpoint,
        wire: dict[str, Any],
        call: HostedCall,
        *,
        stream: bool,
        first: Callable[[httpx2.Response], Awaitable[OpenedT]],
        cut: Callable[[], bool],
    ) -> tuple[Upstream, httpx2.Response, OpenedT]:
        """`_open`'s walk over the upstreams; `cut()` says whether the deadline ended it."""
        failure: HostedError | None = None
        for upstream in self._candidates(call.regions):
            if not upstream.breaker.allow():
                continue
            try:
                response = await upstream.post(endpoint, wire, stream=stream)
            except HostedError as exc:
                if isinstance(exc, HostedRejected) and exc.rate_limits:
                    self._report_limits(upstream, exc.rate_limits)  # a 429 says how far over the limits are
                if not _fails_over(exc):
                    upstream.breaker.record_success()  # it answered: the request, not the upstream, failed
                    raise
                upstream.breaker.record_failure()
                logger.warning("hosted upstream %s failed (%s); trying the next", upstream.name, exc.log_text())
                failure = exc
                continue
            except BaseException:  # cancelled before an answer: the deadline's verdict, else (client gone) none
                _no_answer(upstream, cut())
                raise
            if self._on_rate_limits is not None:
                self._report_limits(upstream, rate_limits(response.headers))
            try:
                opened = await first(response)
            except (HostedUnavailable, HostedTimeout) as exc:
                await response.aclose()
                upstream.breaker.record_failure()
                logger.warning("hosted upstream %s sent a broken answer (%s); trying the next",
                               upstream.name, exc.log_text())
                failure = exc
                continue
            except BaseException:  # cancelled while reading: as above
                await response.aclose()
                _no_answer(upstream, cut())
                raise
            return upstream, response, opened
        if failure is not None:
            raise failure
        raise HostedCircuitOpen("every hosted upstream's circuit breaker is open")

    def _report_limits(self, upstream: Upstream, limits: dict[str, float]) -> None:
        if limits and self._on_rate_limits is not None:
            self._on_rate_limits(upstream.name, limits)

    async def create(self, endpoint: Endpoint, body: dict[str, Any], call: HostedCall = _ANY) -> dict[str, Any]:
        """One whole answer (`chat.completion` or `text_completion` dict).

        Raises:
            HostedError: see `map_sdk_errors`; the last upstream's error when all failed.
        """

        async def read(response: httpx2.Response) -> dict[str, Any]:
            return answer_object(response.content)

        upstream, _, answer = await self._open(endpoint, body, call, stream=False, first=read)
        upstream.breaker.record_success()
        return answer

    async def stream(
        self, endpoint: Endpoint, body: dict[str, Any], call: HostedCall = _ANY
    ) -> AsyncGenerator[dict[str, Any], None]:
        """Chunk dicts, each yielded as it arrives; closing the iterator closes the connection.

        Raises:
            HostedError: see `map_sdk_errors`; after chunks were yielded when the stream broke,
                stalled for `hosted.stream_idle_timeout_s` or ended incomplete (`StreamCheck`).
        """
        options = body.get("stream_options")
        asked = isinstance(options, dict) and bool(options.get("include_usage"))
        want_usage = asked and not USAGE_OPTIONAL.get()  # only usage the client asked for
        checks: list[StreamCheck] = []

        async def head(response: httpx2.Response) -> tuple[AsyncGenerator[dict[str, Any], None], dict[str, Any]]:
            check = StreamCheck(want_usage=want_usage)
            checks.append(check)  # one per upstream tried: the last is the one that answered
            chunks = self._chunks(response, check)
            try:
                with map_sdk_errors():
                    return chunks, await anext(chunks)
            except StopAsyncIteration:
                raise HostedUnavailable("the hosted API sent a stream with no chunk") from None
            except BaseException:
                await chunks.aclose()
                raise

        upstream, response, (chunks, first) = await self._open(endpoint, body, call, stream=True, first=head)
        check = checks[-1]
        received = False
        try:
            with map_sdk_errors():
                received = True
                yield first
                async for chunk in chunks:
                    yield chunk
            problem = check.missing()
            if problem is not None:
                raise HostedUnavailable(problem)
        except HostedError:
            upstream.breaker.record_failure()
            raise
        except BaseException:
            # Closed by the consumer (client gone, tier refused on the first chunk) or cancelled:
            # chunks that arrived show the upstream answering; none is no verdict at all.
            if received:
                upstream.breaker.record_success()
            else:
                upstream.breaker.release()
            raise
        finally:
            await chunks.aclose()
            await response.aclose()
        upstream.breaker.record_success()

    async def _chunks(self, response: httpx2.Response, check: StreamCheck) -> AsyncGenerator[dict[str, Any], None]:
        idle = self._settings.stream_idle_timeout_s
        lines = response.aiter_lines()
        watch = IdleWatch(idle)  # asyncio.timeout(idle) around each line, with fewer timers
        try:
            while True:
                try:
                    line = await watch.read(anext(lines))
                except StopAsyncIteration:
                    return
                except TimeoutError:
                    raise HostedUnavailable(f"the hosted API stream stalled for more than {idle:g} s") from None
                event = sse_data(line)
                if event is DONE:
                    check.done = True
                elif isinstance(event, dict):
                    check.see(event)
                    yield event
        except httpx2.TransportError as exc:
            raise HostedUnavailable(f"the hosted API stream broke: {type(exc).__name__}") from exc
        finally:
            watch.close()

    async def aclose(self) -> None:
        """Close every upstream's pooled connections."""
        for upstream in self._upstreams:
            await upstream.aclose()
