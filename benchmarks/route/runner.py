"""Drive a routing benchmark: start the servers, measure every point, collect the figures.

For each proxy mode the router (`sovereign-router serve`) and the no-op Serve
app start beside one upstream simulator shared by the whole run. Then, per
concurrency and streaming setting, every path is warmed up and measured in
slices whose order rotates (direct, hosted, local, noop; then hosted, local,
noop, direct; ...), so a burst of load from elsewhere on the machine falls on
all paths rather than on whichever happened to run then. A slice holds at
least four rounds of `concurrency` requests, so a slice's ramp and drain stay
a small part of its duration. Each closed-loop worker has its own small
keep-alive pool: one httpx pool shared by 64 requests in flight cost the client
~7 ms of CPU per request (httpcore scans every connection for every waiting
request), which on two cores made the client, not the router, the bottleneck.

Paths: `direct` is the simulator itself; `hosted` the same request through the
router (public text, routed to the simulator); `local` a request with an NHS
number through the router to the tiny local model with `max_tokens: 1`;
`noop` the no-op Serve app (non-streaming only), Serve's own ceiling.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import platform
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any

import httpx

from benchmarks.route.cpu import cpu_delta, tree_cpu
from benchmarks.route.points import PointResult, PointSample, Target, measure_point, summarise_point
from benchmarks.route.processes import BenchServers, ServerProcess
from benchmarks.route.progress import BenchProgress
from benchmarks.route.server_config import PROXY_MODES, ProxyMode

PUBLIC_TEXT = "What is the capital of France?"
PERSONAL_TEXT = "Please update the record for NHS number 943 476 5919."
HOSTED_MODEL = "gpt-4.1-mini"
PATHS: tuple[str, ...] = ("direct", "hosted", "local", "noop")
# The redacted comparison (`RouteConfig.redacted`): a ~1 KB personal prompt goes redacted; the
# hosted path (and direct) send its redacted twin, the very text the hosted API then receives, as
# a client that had redacted it itself would: same bytes upstream, and a level pass over a text
# of the same shape, so the difference of the two paths is what redaction adds.
PROSE_1KB = "The library opens at nine on weekdays and at ten on Saturdays, and the cafe closes an hour earlier. " * 9
PERSONAL_1KB = "Write to Jane Doe (NHS number 943 476 5919) about this notice. " + PROSE_1KB
REDACTED_TWIN_1KB = "Write to <PERSON_1> (NHS number <UK_NHS_NUMBER_1>) about this notice. " + PROSE_1KB
SPECIAL_TEXT = "Jane Doe, NHS number 943 476 5919, was diagnosed with diabetes; update her record."
REDACT_POLICY = {"policy": {"departments": {"*": {"actions": {
    "public": "hosted", "personal": "redact_hosted", "special": "local", "secret": "reject"}}}}}
_MIN_ROUNDS_PER_SLICE = 4


@dataclass(frozen=True)
class RouteConfig:
    """What one routing benchmark measures.

    Attributes:
        requests: Measured requests per point (path × stream × concurrency × mode).
        concurrencies: Requests in flight, one point each.
        proxy_modes: Ray Serve ingress modes, one router start each.
        streams: Streaming settings to measure (`noop` is measured non-streaming only).
        upstream_latency_ms: The simulator's delay before each answer.
        max_tokens: `max_tokens` of the direct and hosted requests (local always asks for 1).
        warmup: Unmeasured requests per path before each point (at least 2 × concurrency).
        max_slices: Most slices a point is split into for interleaving.
        idle_s: Seconds of idle CPU measured per mode, subtracted in the net CPU figures.
        timeout_s: Per-request deadline.
        router_overrides: Router config sections merged over the generated config (A/B of a setting).
        redacted: Also measure the redacted-hosted path: the router's department sends
            `personal` work redacted, a ~1 KB personal prompt goes that way, the hosted path
            (and direct) send its redacted twin, and the local path a special-category one.
    """

    requests: int = 400
    concurrencies: tuple[int, ...] = (1, 8, 32, 64)
    proxy_modes: tuple[ProxyMode, ...] = PROXY_MODES
    streams: tuple[bool, ...] = (False, True)
    upstream_latency_ms: float = 0.0
    max_tokens: int = 16
    warmup: int = 20
    max_slices: int = 4
    idle_s: float = 5.0
    timeout_s: float = 60.0
    router_overrides: dict[str, Any] = field(default_factory=dict)
    redacted: bool = False

    def __post_init__(self) -> None:
        if self.requests < 1 or self.warmup < 0 or self.max_slices < 1 or self.max_tokens < 1:
            raise ValueError("requests, max_slices and max_tokens must be >= 1 and warmup >= 0")
        if not self.concurrencies or min(self.concurrencies) < 1:
            raise ValueError("concurrencies must be a non-empty list of integers >= 1")
        if not self.proxy_modes or not self.streams:
            raise ValueError("at least one proxy mode and one streaming setting are needed")
        if self.upstream_latency_ms < 0 or self.idle_s < 0 or self.timeout_s <= 0:
            raise ValueError("upstream_latency_ms and idle_s must be >= 0, timeout_s > 0")

    def slice_sizes(self, concurrency: int) -> list[int]:
        """How one point's requests are split into interleaved slices."""
        slices = max(1, min(self.max_slices, self.requests // (_MIN_ROUNDS_PER_SLICE * concurrency)))
        base, extra = divmod(self.requests, slices)
        return [base + (1 if i < extra else 0) for i in range(slices)]

    def warmup_for(self, concurrency: int) -> int:
        return max(self.warmup, 2 * concurrency) if self.warmup else 0

    def total_requests(self) -> int:
        """Every request the run sends, warm-ups included (the progress bar's total)."""
        per_mode = 0
        for concurrency in self.concurrencies:
            for stream in self.streams:
                paths = len(PATHS) + (1 if self.redacted else 0) - (1 if stream else 0)
                per_mode += paths * (self.requests + self.warmup_for(concurrency))
        return per_mode * len(self.proxy_modes)


@dataclass(frozen=True)
class ModeRun:
    """One proxy mode's servers and points.

    Attributes:
        startup_s: Seconds until each server answered ready.
        idle_cpu_cores: CPU cores each server tree used while idle (before any point).
        points: Every measured point.
    """

    mode: str
    startup_s: dict[str, float]
    idle_cpu_cores: dict[str, float]
    points: tuple[PointResult, ...]


@dataclass(frozen=True)
class RouteRun:
    """A finished benchmark: its configuration, the machine, and each mode's points."""

    config: RouteConfig
    started_at: datetime
    duration_s: float
    environment: dict[str, Any]
    modes: tuple[ModeRun, ...]

    @property
    def points(self) -> list[PointResult]:
        return [point for mode in self.modes for point in mode.points]

    def config_dict(self) -> dict[str, Any]:
        return asdict(self.config)


def build_targets(
    *,
    upstream_url: str,
    router_url: str | None,
    noop_url: str | None,
    max_tokens: int,
    redacted: bool = False,
    router_key: str | None = None,
) -> list[Target]:
    """The paths of one mode; `router_url`/`noop_url` None leaves their paths out (tests).

    `router_key` is the bearer credential of the router paths (authentication is on by
    default); direct and no-op get no header, which costs them nothing either way.
    """
    auth = {"Authorization": f"Bearer {router_key}"} if router_key else {}

    def chat(text: str, model: str, tokens: int) -> dict[str, Any]:
        return {"model": model, "messages": [{"role": "user", "content": text}], "max_tokens": tokens}

    public = chat(REDACTED_TWIN_1KB if redacted else PUBLIC_TEXT, HOSTED_MODEL, max_tokens)
    targets = [Target("direct", f"{upstream_url}/v1/chat/completions", public)]
    if router_url is not None:
        url = f"{router_url}/v1/chat/completions"
        local = chat(SPECIAL_TEXT if redacted else PERSONAL_TEXT, "auto", 1)
        targets.append(Target("hosted", url, public, expect_route="hosted", headers=auth))
        targets.append(Target("local", url, local, expect_route="local", headers=auth))
        if redacted:
            redacted_body = chat(PERSONAL_1KB, "auto", max_tokens)
            targets.append(
                Target("redacted-hosted", url, redacted_body, expect_route="redacted-hosted", headers=auth)
            )
    if noop_url is not None:
        targets.append(Target("noop", f"{noop_url}/v1/chat/completions", public, streams=False))
    return targets


def _environment() -> dict[str, Any]:
    def version(name: str) -> str | None:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            return None

    return {
        "cpu_count": os.cpu_count(),
        "load_average_at_start": list(os.getloadavg()),
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "ray": version("ray"),
        "httpx": version("httpx"),
    }


async def measure_mode(
    config: RouteConfig,
    targets: Sequence[Target],
    cpu_roots: dict[str, int],
    bar: BenchProgress,
    mode: str,
    check_alive: Callable[[], None] | None = None,
) -> list[PointResult]:
    """Measure every point of one mode, interleaving the paths (see the module docstring).

    Args:
        check_alive: Called after every slice; raises (`ServerFailed`) when a server has
            died, so a run stops at once instead of measuring connection errors.
    """
    # One small pool per worker (see `measure_point`): a connection to each path, kept alive
    # between slices, so no measured request pays for a connection or for a crowded pool.
    limits = httpx.Limits(max_connections=len(targets), max_keepalive_connections=len(targets))
    points: list[PointResult] = []
    async with contextlib.AsyncExitStack() as stack:
        client = [
            await stack.enter_async_context(httpx.AsyncClient(limits=limits, timeout=httpx.Timeout(config.timeout_s)))
            for _ in range(max(config.concurrencies))
        ]
        for concurrency in config.concurrencies:
            for stream in config.streams:
                active = [t for t in targets if t.streams or not stream]
                samples: dict[str, list[PointSample]] = {t.path: [] for t in active}
                for target in active:
                    bar.phase(f"{mode} {target.path} c={concurrency}{' stream' if stream else ''} warm-up")
                    warmup = config.warmup_for(concurrency)
                    if warmup:
                        await measure_point(
                            client,
                            target,
                            stream=stream,
                            concurrency=concurrency,
                            requests=warmup,
                            on_result=lambda r: bar.advance(ok=r.ok),
                            timeout_s=config.timeout_s,
                        )
                for index, size in enumerate(config.slice_sizes(concurrency)):
                    shift = index % len(active)
                    for target in active[shift:] + active[:shift]:
                        bar.phase(f"{mode} {target.path} c={concurrency}{' stream' if stream else ''}")
                        sample = await measure_point(
                            client,
                            target,
                            stream=stream,
                            concurrency=concurrency,
                            requests=size,
                            cpu_roots=cpu_roots,
                            on_result=lambda r: bar.advance(ok=r.ok),
                            timeout_s=config.timeout_s,
                        )
                        samples[target.path].append(sample)
                        if check_alive is not None:
                            check_alive()
                points += [summarise_point(mode, samples[t.path]) for t in active]
    return points


def _idle_cores(cpu_roots: dict[str, int], seconds: float) -> dict[str, float]:
    if seconds <= 0:
        return {}
    before = {name: tree_cpu(pid) for name, pid in cpu_roots.items()}
    time.sleep(seconds)
    return {name: sum(cpu_delta(before[name], tree_cpu(pid)).values()) / seconds for name, pid in cpu_roots.items()}


def _alive_check(*servers: ServerProcess) -> Callable[[], None]:
    def check() -> None:
        for server in servers:
            server.check_alive()

    return check


def run_route_bench(
    config: RouteConfig, *, progress: bool = True, work_dir: Path | None = None, key: str | None = None
) -> RouteRun:
    """Start the servers and run every point of `config`; the servers are stopped on return.

    `key` is the API key the router paths send; None: the bench creates one (`BenchServers`).
    It is kept out of the report; the report says whether authentication was on.

    Raises:
        ServerFailed: a server did not start (its log's tail is in the message).
    """
    started_at = datetime.now(UTC)
    start = time.perf_counter()
    environment = _environment()
    modes: list[ModeRun] = []
    servers = BenchServers(
        work_dir,
        upstream_latency_ms=config.upstream_latency_ms,
        router_overrides={**config.router_overrides, **(REDACT_POLICY if config.redacted else {})},
        router_key=key,
    )
    access = config.router_overrides.get("access")
    enabled = not isinstance(access, dict) or access.get("enabled", True) is not False
    environment["authentication"] = (
        ("on: a given key" if key else "on: a key the bench created (keys create)") if enabled else "off"
    )
    with servers:
        with BenchProgress(config.total_requests(), enabled=progress) as bar:
            bar.phase("starting upstream-sim")
            upstream = servers.upstream()
            for mode in config.proxy_modes:
                startup: dict[str, float] = {}
                bar.phase(f"{mode}: starting the router (Ray start + deploy)")
                began = time.perf_counter()
                router = servers.router(mode, upstream.root_url + "/v1")
                startup["router"] = time.perf_counter() - began
                bar.phase(f"{mode}: starting the no-op Serve app")
                began = time.perf_counter()
                noop = servers.noop(mode)
                startup["noop"] = time.perf_counter() - began
                roots = {"router": router.pid, "noop": noop.pid, "upstream": upstream.pid}
                bar.phase(f"{mode}: measuring idle CPU")
                idle = _idle_cores(roots, config.idle_s)
                targets = build_targets(
                    upstream_url=upstream.root_url,
                    router_url=router.root_url,
                    noop_url=noop.root_url,
                    max_tokens=config.max_tokens,
                    redacted=config.redacted,
                    router_key=servers.router_key,
                )
                check = _alive_check(upstream, router, noop)
                points = asyncio.run(measure_mode(config, targets, roots, bar, mode, check))
                modes.append(ModeRun(mode, startup, idle, tuple(points)))
                bar.phase(f"{mode}: stopping Ray (~30 s)")
                servers.stop(router, noop)
    environment["load_average_at_end"] = list(os.getloadavg())
    return RouteRun(config, started_at, time.perf_counter() - start, environment, tuple(modes))
