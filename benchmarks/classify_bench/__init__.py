"""Classifier benchmark: latency, throughput and quality against Presidio.

`sovereign-router bench classify` measures speed; `--quality` scores the
evaluation set in `benchmarks/data/`. Presidio is an optional dependency (the
`bench` extra) and is imported only when it is used.
"""

from __future__ import annotations

from benchmarks.classify_bench.cli import classify_command
from benchmarks.classify_bench.corpora import PromptSize, build_prompts, parse_sizes
from benchmarks.classify_bench.engines import Detection, Detector, OurDetector
from benchmarks.classify_bench.eval_set import DEFAULT_EVAL_PATH, EvalRow, EvalSetError, load_eval_set
from benchmarks.classify_bench.latency import LatencyReport, LatencyStats, run_latency
from benchmarks.classify_bench.presidio_adapter import (
    PresidioDetector,
    PresidioUnavailable,
    presidio_available,
)
from benchmarks.classify_bench.quality import Counts, EngineQuality, evaluate, score, targets
from benchmarks.classify_bench.report import DEFAULT_OUT, write_latency_report, write_quality_report

__all__ = [
    "DEFAULT_EVAL_PATH",
    "DEFAULT_OUT",
    "Counts",
    "Detection",
    "Detector",
    "EngineQuality",
    "EvalRow",
    "EvalSetError",
    "LatencyReport",
    "LatencyStats",
    "OurDetector",
    "PresidioDetector",
    "PresidioUnavailable",
    "PromptSize",
    "build_prompts",
    "classify_command",
    "evaluate",
    "load_eval_set",
    "parse_sizes",
    "presidio_available",
    "run_latency",
    "score",
    "targets",
    "write_latency_report",
    "write_quality_report",
]
