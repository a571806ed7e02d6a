"""One measured point: a path, streaming or not, at one concurrency.

`measure_point` sends a fixed number of requests through a shared pooled
client with `concurrency` closed-loop workers (each sends its next request as
soon as its last one ends) and samples the CPU of the server process trees
just before and just after. The runner measures a point in several slices,
interleaved with the other paths so that noise on the shared machine falls on
all of them alike; `summarise_point` merges the slices into the figures the
report shows.
"""

from __future__ import annotations

import asyncio
import itertools
import time
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import httpx

from benchmarks.load.client import RequestResult, send_request
from benchmarks.load.metrics import LatencyStats, latency_stats
from benchmarks.route.cpu import TreeSample, cpu_delta, tree_cpu
from benchmarks.route.server_timing import HEADER as SERVER_TIMING
from benchmarks.route.server_timing import parse_server_timing, stage_means

PERCENTILES: tuple[float, ...] = (50.0, 95.0, 99.0)
STAGES: tuple[str, ...] = ("classify", "policy", "redact", "backend", "total")
ROUTE_HEADER = "x-sovereign-route"
CAPTURED_HEADERS = (SERVER_TIMING, ROUTE_HEADER)
CLIENT = "client"


@dataclass(frozen=True)
class Target:
    """Where one path's requests go and what they carry.

    Attributes:
        path: `direct`, `hosted`, `local` or `noop`.
        url: The full endpoint URL.
        body: The non-streaming body; streaming adds `stream` and `stream_options.include_usage`.
        headers: Extra request headers.
        expect_route: The `x-sovereign-route` the router should answer (None: not the router).
        streams: Whether this path is also measured streaming.
    """

    path: str
    url: str
    body: Mapping[str, Any]
    headers: Mapping[str, str] = field(default_factory=dict)
    expect_route: str | None = None
    streams: bool = True

    def body_for(self, stream: bool) -> dict[str, Any]:
        body = dict(self.body)
        if stream:
            body["stream"] = True
            body["stream_options"] = {"include_usage": True}
        return body


@dataclass(frozen=True)
class PointSample:
    """One slice of a point as measured.

    Attributes:
        results: Every request's measurements.
        duration_s: First send to last answer.
        cpu_s: CPU seconds gained per server tree (`{server: {component: s}}`), plus `client`
            (this process, all threads).
    """

    path: str
    stream: bool
    concurrency: int
    results: tuple[RequestResult, ...]
    duration_s: float
    cpu_s: dict[str, dict[str, float]]


def _samples(roots: Mapping[str, int]) -> dict[str, TreeSample]:
    return {name: tree_cpu(pid) for name, pid in roots.items()}


async def measure_point(
    client: httpx.AsyncClient | Sequence[httpx.AsyncClient],
    target: Target,
    *,
    stream: bool,
    concurrency: int,
    requests: int,
    cpu_roots: Mapping[str, int] | None = None,
    on_result: Callable[[RequestResult], None] | None = None,
    timeout_s: float = 60.0,
) -> PointSample:
    """Send `requests` requests to `target` with `concurrency` in flight and measure them.

    Args:
        client: One pooled client shared by every worker (its pool must allow `concurrency`
            connections), or several: worker `i` uses `client[i % len(client)]`. httpcore's
            pool scans every connection for every queued request, so one pool shared by 64
            requests in flight costs the client ~7 ms CPU per request; a small pool per
            worker keeps the client's cost flat (~0.7 ms) and the client out of the figures.
        target: Where to send and what.
        stream: Ask for a streamed answer.
        concurrency: Closed-loop workers.
        requests: How many requests in all.
        cpu_roots: `{server name: pid}` of process trees whose CPU time to charge to this slice.
        on_result: Called after each request (progress bars).
        timeout_s: Per-request deadline.
    """
    body = target.body_for(stream)
    headers = dict(target.headers) or None
    results: list[RequestResult] = []
    indices = itertools.count()

    clients = [client] if isinstance(client, httpx.AsyncClient) else list(client)

    async def worker(own: httpx.AsyncClient) -> None:
        while next(indices) < requests:
            result = await send_request(
                own, target.url, body, headers=headers, timeout_s=timeout_s, capture_headers=CAPTURED_HEADERS
            )
            results.append(result)
            if on_result is not None:
                on_result(result)

    roots = dict(cpu_roots or {})
    before = _samples(roots)
    client_before = time.process_time()
    start = time.perf_counter()
    workers = max(1, min(concurrency, requests))
    await asyncio.gather(*(worker(clients[i % len(clients)]) for i in range(workers)))
    duration = max(time.perf_counter() - start, 1e-9)
    client_cpu = time.process_time() - client_before
    after = _samples(roots)
    cpu = {name: cpu_delta(before[name], after[name]) for name in roots}
    cpu[CLIENT] = {"benchmark client": client_cpu}
    return PointSample(target.path, stream, concurrency, tuple(results), duration, cpu)


@dataclass(frozen=True)
class PointResult:
    """The figures of one point, all its slices merged.

    Attributes:
        requests: Requests sent; `completed` of them succeeded.
        errors: Failures by kind; `first_error` is one failure's message, for the report.
        duration_s: Sum of the slices' durations (time spent measuring this point).
        req_per_s: completed / duration_s.
        latency, ttft: End-to-end latency and time to first content chunk of successful
            requests (TTFT for streaming only), in ms.
        server_timing: Mean ms per stage from the router's Server-Timing header.
        beyond_level_pass: End-to-end latency less the request's own `classify` stage, in
            ms, per request (None when the router did not report that stage): what a path
            costs apart from the level pass, which every request pays whatever its route.
        cpu_ms_per_request: `{server: {component: CPU ms per completed request}}`.
        routes: Answers by `x-sovereign-route` (`-` when absent).
    """

    mode: str
    path: str
    stream: bool
    concurrency: int
    requests: int
    completed: int
    errors: dict[str, int]
    first_error: str | None
    duration_s: float
    req_per_s: float
    latency: LatencyStats | None
    ttft: LatencyStats | None
    server_timing: dict[str, float]
    beyond_level_pass: LatencyStats | None
    cpu_ms_per_request: dict[str, dict[str, float]]
    routes: dict[str, int]

    def cpu_ms(self, server: str) -> float | None:
        """Total CPU ms per request of one server tree; None when it was not measured."""
        parts = self.cpu_ms_per_request.get(server)
        return None if parts is None else sum(parts.values())

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready, latencies as `{mean, p50, p95, p99, max, count}` in ms."""
        return {
            "mode": self.mode,
            "path": self.path,
            "stream": self.stream,
            "concurrency": self.concurrency,
            "requests": self.requests,
            "completed": self.completed,
            "errors": self.errors,
            "first_error": self.first_error,
            "duration_s": self.duration_s,
            "req_per_s": self.req_per_s,
            "latency_ms": _stats_dict(self.latency),
            "ttft_ms": _stats_dict(self.ttft),
            "server_timing_ms": self.server_timing,
            "beyond_level_pass_ms": _stats_dict(self.beyond_level_pass),
            "cpu_ms_per_request": self.cpu_ms_per_request,
            "routes": self.routes,
        }


def _stats_dict(stats: LatencyStats | None) -> dict[str, float] | None:
    if stats is None:
        return None
    out = {"mean": stats.mean_ms, "max": stats.max_ms, "count": float(stats.count)}
    out.update({f"p{q:g}": v for q, v in stats.percentiles_ms.items()})
    return out


def _sum_cpu(samples: Sequence[PointSample]) -> dict[str, dict[str, float]]:
    total: dict[str, dict[str, float]] = {}
    for sample in samples:
        for server, parts in sample.cpu_s.items():
            into = total.setdefault(server, {})
            for component, seconds in parts.items():
                into[component] = into.get(component, 0.0) + seconds
    return total


def _beyond_level_pass_s(results: Sequence[RequestResult]) -> list[float]:
    """Each answer's latency less its `classify` stage (seconds); answers without the stage are left out."""
    values = []
    for result in results:
        classify_ms = parse_server_timing(result.headers.get(SERVER_TIMING, "")).get("classify")
        if classify_ms is not None:
            values.append(result.latency_s - classify_ms / 1000.0)
    return values


def summarise_point(mode: str, samples: Sequence[PointSample]) -> PointResult:
    """Merge the slices of one point (same path, stream and concurrency).

    Raises:
        ValueError: no samples, or samples of different points.
    """
    if not samples:
        raise ValueError("a point needs at least one sample")
    keys = {(s.path, s.stream, s.concurrency) for s in samples}
    if len(keys) != 1:
        raise ValueError(f"samples of different points: {sorted(keys)}")
    path, stream, concurrency = keys.pop()
    results = [r for s in samples for r in s.results]
    ok = [r for r in results if r.ok]
    duration = sum(s.duration_s for s in samples)
    per_request = 1000.0 / len(ok) if ok else 0.0
    cpu = {
        server: {component: seconds * per_request for component, seconds in parts.items()}
        for server, parts in _sum_cpu(samples).items()
    }
    errors = Counter(str(r.error_kind) for r in results if r.error_kind is not None)
    first_error = next((f"{r.error_kind}: {r.error}" for r in results if not r.ok), None)
    return PointResult(
        mode=mode,
        path=path,
        stream=stream,
        concurrency=concurrency,
        requests=len(results),
        completed=len(ok),
        errors=dict(errors),
        first_error=first_error,
        duration_s=duration,
        req_per_s=len(ok) / duration,
        latency=latency_stats((r.latency_s for r in ok), PERCENTILES),
        ttft=latency_stats((r.ttft_s for r in ok if r.ttft_s is not None), PERCENTILES) if stream else None,
        server_timing=stage_means((r.headers for r in ok), STAGES),
        beyond_level_pass=latency_stats(_beyond_level_pass_s(ok), PERCENTILES),
        cpu_ms_per_request=cpu,
        routes=dict(Counter(r.headers.get(ROUTE_HEADER, "-") for r in results)),
    )
