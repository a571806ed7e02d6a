"""Per-request latency and batched throughput, every engine in the same process.

Measurements are interleaved: each run visits every size and, within a size, every
engine, alternating which engine goes first. Background load on a shared machine
therefore lands on all engines alike, and the ratios (the headline) stay
meaningful even when absolute times drift.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from benchmarks.classify_bench.corpora import PromptSize, build_prompts
from benchmarks.classify_bench.engines import Detector, Progress
from benchmarks.classify_bench.eval_set import EvalRow

PROMPTS_PER_SIZE = 16
BATCH_BYTES = 256 * 1024
BATCH_REPEATS = 3


@dataclass(frozen=True, slots=True)
class LatencyStats:
    """Summary of one engine's per-request times at one size, in milliseconds."""

    n: int
    p50_ms: float
    p99_ms: float
    mean_ms: float
    max_ms: float

    @classmethod
    def from_samples(cls, samples_ms: Sequence[float]) -> LatencyStats:
        """Summarise samples; p50/p99 by linear interpolation between order statistics."""
        if not samples_ms:
            raise ValueError("no samples")
        return cls(
            n=len(samples_ms),
            p50_ms=percentile(samples_ms, 50),
            p99_ms=percentile(samples_ms, 99),
            mean_ms=statistics.fmean(samples_ms),
            max_ms=max(samples_ms),
        )


@dataclass(slots=True)
class SizeResult:
    """Everything measured at one prompt size."""

    size: PromptSize
    mean_bytes: float
    latency: dict[str, LatencyStats] = field(default_factory=dict)
    batch_docs: int = 0
    docs_per_s: dict[str, float] = field(default_factory=dict)
    sensitive_share: dict[str, float] = field(default_factory=dict)


@dataclass(slots=True)
class LatencyReport:
    """The whole latency run; `ratio` gives baseline time over ours."""

    engines: list[str]
    runs: int
    corpus: str
    sizes: list[SizeResult]
    environment: dict[str, Any] = field(default_factory=dict)

    def ratio(self, size: SizeResult, baseline: str, ours: str, stat: str = "p50_ms") -> float | None:
        """How many times faster `ours` is than `baseline` at this size (None if either is absent)."""
        if baseline not in size.latency or ours not in size.latency:
            return None
        mine = float(getattr(size.latency[ours], stat))
        theirs = float(getattr(size.latency[baseline], stat))
        return theirs / mine if mine > 0 else None

    def throughput_ratio(self, size: SizeResult, baseline: str, ours: str) -> float | None:
        """Batched docs/s of `ours` over `baseline`."""
        if baseline not in size.docs_per_s or ours not in size.docs_per_s:
            return None
        theirs = size.docs_per_s[baseline]
        return size.docs_per_s[ours] / theirs if theirs > 0 else None


def percentile(samples: Sequence[float], q: float) -> float:
    """The q-th percentile (0-100) with linear interpolation (NumPy's default method)."""
    ordered = sorted(samples)
    if len(ordered) == 1:
        return ordered[0]
    pos = (len(ordered) - 1) * q / 100.0
    low = int(pos)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)


def _timed(call: Callable[[], object]) -> float:
    start = time.perf_counter_ns()
    call()
    return (time.perf_counter_ns() - start) / 1e6


def run_latency(
    detectors: Sequence[Detector[Any]],
    rows: Sequence[EvalRow],
    sizes: Sequence[PromptSize],
    runs: int,
    *,
    warmup: int = 3,
    corpus: str = "mixed",
    prompts_per_size: int = PROMPTS_PER_SIZE,
    batch_bytes: int = BATCH_BYTES,
    batch_repeats: int = BATCH_REPEATS,
    progress: Progress | None = None,
) -> LatencyReport:
    """Measure every detector at every size.

    Args:
        detectors: engines to compare, already constructed (they are warmed up here).
        rows: evaluation rows used as prompt material.
        sizes: prompt sizes.
        runs: timed requests per engine per size (p99 needs about 100 to mean much).
        warmup: untimed requests per engine per size before timing.
        corpus: "mixed" or "public" (see `corpora.build_prompts`).
        prompts_per_size: distinct prompts per size; runs cycle through them.
        batch_bytes: roughly how much text each batched measurement classifies.
        batch_repeats: batched measurements per engine per size (the median counts).
        progress: optional callback for a progress bar.
    """
    prompts = {s.label: build_prompts(rows, s, prompts_per_size, corpus=corpus) for s in sizes}
    results = {
        s.label: SizeResult(size=s, mean_bytes=statistics.fmean(len(p.encode()) for p in prompts[s.label]))
        for s in sizes
    }
    batch_docs = {s.label: max(4, min(1000, batch_bytes // s.target_bytes)) for s in sizes}
    total = len(detectors) * (1 + len(sizes) * (warmup + runs + batch_repeats + 1))
    done = 0

    def step(what: str) -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(what, done, total)

    for det in detectors:
        det.warm_up()
        step(f"warm-up {det.name}")
    for s in sizes:
        for det in detectors:
            for i in range(warmup):
                det.run(prompts[s.label][i % prompts_per_size])
                step(f"warm-up {s.label}")

    samples: dict[tuple[str, str], list[float]] = {(s.label, d.name): [] for s in sizes for d in detectors}
    for i in range(runs):
        order = list(detectors) if i % 2 == 0 else list(reversed(detectors))
        for s in sizes:
            text = prompts[s.label][i % prompts_per_size]
            for det in order:
                samples[(s.label, det.name)].append(_timed(partial(det.run, text)))
                step(f"latency {s.label}")

    for s in sizes:
        docs = [prompts[s.label][i % prompts_per_size] for i in range(batch_docs[s.label])]
        results[s.label].batch_docs = len(docs)
        times: dict[str, list[float]] = {d.name: [] for d in detectors}
        for rep in range(batch_repeats):
            order = list(detectors) if rep % 2 == 0 else list(reversed(detectors))
            for det in order:
                times[det.name].append(_timed(partial(det.run_many, docs)) / 1000.0)
                step(f"batch {s.label}")
        for det in detectors:
            results[s.label].docs_per_s[det.name] = len(docs) / statistics.median(times[det.name])
            verdicts = [det.interpret(det.run(p)) for p in prompts[s.label]]
            results[s.label].sensitive_share[det.name] = sum(v.sensitive for v in verdicts) / len(verdicts)
            results[s.label].latency[det.name] = LatencyStats.from_samples(samples[(s.label, det.name)])
            step(f"summary {s.label}")

    return LatencyReport(
        engines=[d.name for d in detectors], runs=runs, corpus=corpus, sizes=[results[s.label] for s in sizes]
    )
