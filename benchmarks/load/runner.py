"""Drive a load run: fixed concurrency or Poisson arrivals, until N requests or T seconds.

Concurrency mode keeps `concurrency` workers busy, each sending its next
request as soon as the previous one ends (closed loop, like LLMPerf and
genai-perf's concurrency mode). Rate mode sends on a Poisson schedule whatever
the server's speed (open loop, like vLLM's `--request-rate`), optionally capped
at `max_concurrency` in flight. Either way the run stops sending at whichever
comes first of `num_requests` and `duration_s`; requests already in flight
finish (each bounded by `timeout_s`) and count, so the slow tail is never cut
off the percentiles.

No two requests in flight share a client: each closed-loop worker holds one
one-connection client for the whole run, and each open-loop request leases one
from a free list (`ClientFreeList`). One shared httpx pool scans all its
connections for every waiting request: at 64 in flight that cost the client
~7 ms of CPU per request and capped the load it could drive. Connections are
kept alive, so set-up is paid once per client, not per request.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import httpx

from benchmarks.load.client import RequestResult, send_request
from benchmarks.load.clients import ClientFactory, ClientFreeList
from benchmarks.load.config import LoadConfig
from benchmarks.load.metrics import LoadSummary, summarise
from benchmarks.load.progress import RunProgress
from benchmarks.load.workload import Workload, poisson_arrivals


@dataclass(frozen=True)
class RequestRecord:
    """One request of a run.

    Attributes:
        index: The request's position in the workload (its body depends only on it and the seed).
        start_s: When it was let go (the deadline check), in seconds from the start of the run.
        scheduled_s: Rate mode: when the schedule wanted it sent (later sends mean the client lagged).
        prompt_words: Prompt length in words, the client-side measure of input size.
        result: What the request measured.
    """

    index: int
    start_s: float
    scheduled_s: float | None
    prompt_words: int
    result: RequestResult

    def row(self) -> dict[str, Any]:
        """A JSON-ready row for reports; times in milliseconds."""
        r = self.result
        return {
            "index": self.index,
            "start_ms": round(self.start_s * 1000, 3),
            "scheduled_ms": None if self.scheduled_s is None else round(self.scheduled_s * 1000, 3),
            "ok": r.ok,
            "status": r.status,
            "error_kind": r.error_kind,
            "error": r.error,
            "prompt_words": self.prompt_words,
            "prompt_tokens": r.prompt_tokens,
            "output_tokens": r.output_tokens,
            "content_chunks": r.content_chunks,
            "ttft_ms": None if r.ttft_s is None else round(r.ttft_s * 1000, 3),
            "e2el_ms": round(r.latency_s * 1000, 3),
            "itl_ms": [round(gap * 1000, 3) for gap in r.itl_s],
        }


@dataclass(frozen=True)
class LoadResult:
    """A finished run: its configuration, every request, and the summary."""

    config: LoadConfig
    started_at: datetime
    duration_s: float
    records: tuple[RequestRecord, ...]
    summary: LoadSummary


class _Run:
    """The state of one run while it is in progress."""

    def __init__(
        self, config: LoadConfig, workload: Workload, clients: ClientFreeList, progress: RunProgress
    ) -> None:
        self.config = config
        self.workload = workload
        self.clients = clients
        self.progress = progress
        self.records: list[RequestRecord] = []
        self.start = time.perf_counter()
        self.deadline = None if config.duration_s is None else self.start + config.duration_s

    def may_send(self, index: int) -> float | None:
        """When request `index` is let go (seconds into the run), or None once the run is over.

        The instant of the decision is the request's start, so no request counts as
        started after the deadline however long the event loop takes to reach it.
        """
        limit = self.config.num_requests
        if limit is not None and index >= limit:
            return None
        now = time.perf_counter()
        if self.deadline is not None and now >= self.deadline:
            return None
        return now - self.start

    async def send(self, client: httpx.AsyncClient, index: int, start_s: float, scheduled_s: float | None) -> None:
        spec = self.workload.request(index)
        result = await send_request(client, self.config.url, spec.body, timeout_s=self.config.timeout_s)
        self.records.append(RequestRecord(index, start_s, scheduled_s, spec.prompt_words, result))
        self.progress.advance(ok=result.ok)

    async def fixed_concurrency(self) -> None:
        indices = itertools.count()  # shared by the workers; the event loop makes next() atomic

        async def worker() -> None:
            async with self.clients.lease() as client:  # the worker's own, for the whole run
                while (start_s := self.may_send(index := next(indices))) is not None:
                    await self.send(client, index, start_s, None)

        await asyncio.gather(*(worker() for _ in range(self.config.concurrency)))

    async def fixed_rate(self, rate: float) -> None:
        cap = self.config.max_concurrency
        slots = asyncio.Semaphore(cap) if cap is not None else None
        in_flight: set[asyncio.Task[None]] = set()

        async def send_then_release(index: int, start_s: float, offset: float) -> None:
            try:
                async with self.clients.lease() as client:  # free again once this request ends
                    await self.send(client, index, start_s, offset)
            finally:
                if slots is not None:
                    slots.release()

        for index, offset in enumerate(poisson_arrivals(rate, self.config.seed)):
            if self.deadline is not None and self.start + offset >= self.deadline:
                break
            delay = self.start + offset - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            if slots is not None:
                await slots.acquire()
            start_s = self.may_send(index)
            if start_s is None:
                if slots is not None:
                    slots.release()
                break
            task = asyncio.create_task(send_then_release(index, start_s, offset))
            in_flight.add(task)
            task.add_done_callback(in_flight.discard)
        await asyncio.gather(*in_flight)

    async def tick(self) -> None:
        while True:
            await asyncio.sleep(0.25)
            self.progress.refresh()


async def run_load(
    config: LoadConfig, *, progress: bool = True, client_factory: ClientFactory = httpx.AsyncClient
) -> LoadResult:
    """Run the load `config` describes and summarise it.

    Args:
        config: The target, traffic shape and workload.
        progress: Show a live progress bar on stderr (off for tests and scripts).
        client_factory: Makes each one-connection client (tests pass a subclass that records its use).

    Returns:
        Every request's record (in workload order) and the summary.

    Raises:
        PromptFileError: `config.prompts_file` cannot be used.
    """
    workload = Workload(config)  # reads the prompts file now, so a bad file fails before any request
    started_at = datetime.now(UTC)
    async with ClientFreeList(config.request_headers(), config.timeout_s, factory=client_factory) as clients:
        with RunProgress(config, enabled=progress) as bar:
            run = _Run(config, workload, clients, bar)
            ticker = asyncio.create_task(run.tick())
            try:
                if config.mode == "rate" and config.rate is not None:
                    await run.fixed_rate(config.rate)
                else:
                    await run.fixed_concurrency()
            finally:
                ticker.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await ticker
            duration = max(time.perf_counter() - run.start, 1e-9)
    records = tuple(sorted(run.records, key=lambda record: record.index))
    summary = summarise([record.result for record in records], duration)
    return LoadResult(
        config=config, started_at=started_at, duration_s=duration, records=records, summary=summary
    )
