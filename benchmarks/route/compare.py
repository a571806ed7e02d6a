"""The routing benchmark's headline arithmetic: what a path adds over going direct.

Requests through the router and requests straight to the simulator are not
paired, so the added latency at a percentile is the difference of the two
percentiles (p99 through the router minus p99 direct), not a percentile of
per-request differences. Both are measured in the same run, interleaved, at
the same concurrency and streaming setting, so the subtraction removes the
client's and the simulator's own cost and leaves the router's.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from benchmarks.load.metrics import LatencyStats
from benchmarks.route.points import PointResult

DIRECT = "direct"
NOOP = "noop"
REDACTED = "redacted-hosted"
ROUTER_PATHS: tuple[str, ...] = ("hosted", "local", REDACTED)
# Which server's process tree a path's CPU is charged to.
SERVER_OF_PATH = {DIRECT: "upstream", "hosted": "router", "local": "router", REDACTED: "router", NOOP: "noop"}


def added_ms(path: LatencyStats | None, direct: LatencyStats | None, q: float) -> float | None:
    """`q`-th percentile of `path` minus that of `direct`, in ms; None when either is missing.

    Raises:
        KeyError: `q` is not among the percentiles both were summarised with.
    """
    if path is None or direct is None:
        return None
    return path.percentiles_ms[q] - direct.percentiles_ms[q]


def mean_added_ms(path: LatencyStats | None, direct: LatencyStats | None) -> float | None:
    if path is None or direct is None:
        return None
    return path.mean_ms - direct.mean_ms


def find(points: Iterable[PointResult], *, mode: str, path: str, stream: bool, concurrency: int) -> PointResult | None:
    """The point with these coordinates, or None."""
    for point in points:
        if (point.mode, point.path, point.stream, point.concurrency) == (mode, path, stream, concurrency):
            return point
    return None


@dataclass(frozen=True)
class Added:
    """One path's cost over direct at one point.

    Attributes:
        point: The path's point; `direct` the baseline measured beside it.
        latency_ms: `{q: added ms}` of end-to-end latency.
        ttft_ms: `{q: added ms}` of time to first token (streaming only, else empty).
        mean_ms: Added mean latency, which the Server-Timing stage means add up to.
    """

    point: PointResult
    direct: PointResult
    latency_ms: dict[float, float]
    ttft_ms: dict[float, float]
    mean_ms: float | None


def added_over_direct(points: Sequence[PointResult], qs: Sequence[float]) -> list[Added]:
    """Every non-direct point with its direct baseline (same mode, stream and concurrency)."""
    out: list[Added] = []
    for point in points:
        if point.path == DIRECT:
            continue
        direct = find(points, mode=point.mode, path=DIRECT, stream=point.stream, concurrency=point.concurrency)
        if direct is None:
            continue
        latency = {q: v for q in qs if (v := added_ms(point.latency, direct.latency, q)) is not None}
        ttft = {q: v for q in qs if (v := added_ms(point.ttft, direct.ttft, q)) is not None}
        out.append(Added(point, direct, latency, ttft, mean_added_ms(point.latency, direct.latency)))
    return out


def throughput_ratio(point: PointResult, ceiling: PointResult | None) -> float | None:
    """`point`'s req/s as a fraction of the no-op Serve app's (None without a ceiling)."""
    if ceiling is None or ceiling.req_per_s <= 0:
        return None
    return point.req_per_s / ceiling.req_per_s


def net_cpu_ms(point: PointResult, server: str, idle_cores: dict[str, float]) -> float | None:
    """CPU ms per request of `server`'s tree less what it burns idle over the point's duration.

    Ray's background work (GCS, raylet, controller polls) runs whether or not
    requests arrive; subtracting its idle rate leaves what the requests cost.
    """
    gross = point.cpu_ms(server)
    if gross is None or not point.completed:
        return None
    idle_ms = idle_cores.get(server, 0.0) * point.duration_s * 1000.0 / point.completed
    return gross - idle_ms
