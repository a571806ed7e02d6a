"""Summary statistics of a set of timed requests, named as vLLM names them.

The flat names (`request_throughput`, `output_throughput`, `mean_ttft_ms`,
`p99_itl_ms`, `median_e2el_ms`, ...) and their meanings follow vLLM's
benchmark_serving, so a report from this tool can be read beside one from
vLLM, genai-perf or LLMPerf without a glossary:

- throughputs divide by the whole run's duration and count successful requests only;
- TTFT, ITL and TPOT come from streaming requests with content; TPOT is
  `(e2e - ttft) / (output_tokens - 1)` over requests with more than one token;
- e2el is the end-to-end latency of successful requests;
- percentiles interpolate linearly between order statistics (numpy's default).

Pure functions over `RequestResult`s: the routing benchmark summarises its own
results with the same code.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from benchmarks.load.client import ERROR_KINDS, RequestResult

PERCENTILES: tuple[float, ...] = (50.0, 90.0, 95.0, 99.0)
LATENCY_METRICS = ("ttft", "tpot", "itl", "e2el")


def percentile(values: Sequence[float], q: float) -> float:
    """The `q`-th percentile (0-100) of `values`, interpolating linearly as numpy does.

    Raises:
        ValueError: `values` is empty or `q` is outside 0-100.
    """
    if not values:
        raise ValueError("percentile of no values")
    if not 0.0 <= q <= 100.0:
        raise ValueError(f"percentile must be within 0-100, got {q}")
    ordered = sorted(values)
    rank = (len(ordered) - 1) * q / 100.0
    low = math.floor(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def _label(q: float) -> str:
    return f"p{q:g}".replace(".", "_")


@dataclass(frozen=True)
class LatencyStats:
    """Distribution of one latency, in milliseconds.

    Attributes:
        count: Number of samples.
        mean_ms, median_ms, std_ms, min_ms, max_ms: The usual moments and extremes
            (std is the population standard deviation, as numpy's `std`).
        percentiles_ms: `{q: value}` for each percentile asked for.
    """

    count: int
    mean_ms: float
    median_ms: float
    std_ms: float
    min_ms: float
    max_ms: float
    percentiles_ms: dict[float, float]

    def flat(self, metric: str) -> dict[str, float]:
        """vLLM-style keys: `mean_<metric>_ms`, `median_...`, `std_...`, `p99_<metric>_ms`, ..."""
        out = {
            f"mean_{metric}_ms": self.mean_ms,
            f"median_{metric}_ms": self.median_ms,
            f"std_{metric}_ms": self.std_ms,
            f"min_{metric}_ms": self.min_ms,
            f"max_{metric}_ms": self.max_ms,
        }
        out.update({f"{_label(q)}_{metric}_ms": v for q, v in self.percentiles_ms.items()})
        return out


def latency_stats(
    values_s: Iterable[float], percentiles: Sequence[float] = PERCENTILES
) -> LatencyStats | None:
    """Summarise latencies given in seconds (reported in ms); None when there are none."""
    ms = [v * 1000.0 for v in values_s]
    if not ms:
        return None
    return LatencyStats(
        count=len(ms),
        mean_ms=statistics.fmean(ms),
        median_ms=statistics.median(ms),
        std_ms=statistics.pstdev(ms),
        min_ms=min(ms),
        max_ms=max(ms),
        percentiles_ms={q: percentile(ms, q) for q in percentiles},
    )


@dataclass(frozen=True)
class LoadSummary:
    """What a run achieved; see the module docstring for each figure's meaning.

    Attributes:
        completed: Successful requests.
        failed: Failed requests (sum of `errors`).
        duration_s: Wall time of the run, first send to last answer.
        total_input_tokens: Prompt tokens from usage (requests without usage add 0).
        total_output_tokens: Output tokens (usage, else content chunks) of successful requests.
        requests_with_usage: Successful requests whose server reported usage.
        request_throughput: completed / duration, req/s.
        output_throughput, input_throughput, total_token_throughput: tokens per second.
        ttft, tpot, itl, e2el: Latency distributions (None when no sample).
        errors: Failed requests by `ErrorKind`, every kind present.
    """

    completed: int
    failed: int
    duration_s: float
    total_input_tokens: int
    total_output_tokens: int
    requests_with_usage: int
    request_throughput: float
    output_throughput: float
    input_throughput: float
    total_token_throughput: float
    ttft: LatencyStats | None
    tpot: LatencyStats | None
    itl: LatencyStats | None
    e2el: LatencyStats | None
    errors: dict[str, int]

    def latency(self, metric: str) -> LatencyStats | None:
        """The stats named `ttft`, `tpot`, `itl` or `e2el`."""
        stats: LatencyStats | None = getattr(self, metric)
        return stats

    def as_dict(self) -> dict[str, Any]:
        """Flat, JSON-ready, with vLLM benchmark_serving's key names (latencies in ms)."""
        out: dict[str, Any] = {
            "completed": self.completed,
            "failed": self.failed,
            "duration": self.duration_s,
            "total_input_tokens": self.total_input_tokens,
            "total_output_tokens": self.total_output_tokens,
            "requests_with_usage": self.requests_with_usage,
            "request_throughput": self.request_throughput,
            "output_throughput": self.output_throughput,
            "input_throughput": self.input_throughput,
            "total_token_throughput": self.total_token_throughput,
        }
        for metric in LATENCY_METRICS:
            stats = self.latency(metric)
            if stats is not None:
                out.update(stats.flat(metric))
        out["errors"] = dict(self.errors)
        return out


def _tpot(result: RequestResult) -> float | None:
    if result.ttft_s is None or result.output_tokens < 2:
        return None
    return (result.latency_s - result.ttft_s) / (result.output_tokens - 1)


def summarise(
    results: Sequence[RequestResult], duration_s: float, percentiles: Sequence[float] = PERCENTILES
) -> LoadSummary:
    """Summarise a run's results over its wall time `duration_s`.

    Raises:
        ValueError: `duration_s` is not positive.
    """
    if duration_s <= 0:
        raise ValueError(f"duration_s must be > 0, got {duration_s}")
    ok = [r for r in results if r.ok]
    errors: dict[str, int] = dict.fromkeys(ERROR_KINDS, 0)
    for r in results:
        if r.error_kind is not None:
            errors[r.error_kind] += 1
    input_tokens = sum(r.prompt_tokens or 0 for r in ok)
    output_tokens = sum(r.output_tokens for r in ok)
    tpots = [t for t in map(_tpot, ok) if t is not None]
    return LoadSummary(
        completed=len(ok),
        failed=len(results) - len(ok),
        duration_s=duration_s,
        total_input_tokens=input_tokens,
        total_output_tokens=output_tokens,
        requests_with_usage=sum(1 for r in ok if r.usage_reported),
        request_throughput=len(ok) / duration_s,
        output_throughput=output_tokens / duration_s,
        input_throughput=input_tokens / duration_s,
        total_token_throughput=(input_tokens + output_tokens) / duration_s,
        ttft=latency_stats((r.ttft_s for r in ok if r.ttft_s is not None), percentiles),
        tpot=latency_stats(tpots, percentiles),
        itl=latency_stats((gap for r in ok for gap in r.itl_s), percentiles),
        e2el=latency_stats((r.latency_s for r in ok), percentiles),
        errors=errors,
    )
