"""`bench load`: throughput and latency of any OpenAI-compatible endpoint.

Fixed-concurrency or Poisson-rate load against a base URL (the router, a vLLM
server, the hosted API), with synthetic or JSONL prompts and streaming; it
measures request and token throughput, TTFT, inter-token and end-to-end latency
percentiles (named as vLLM's benchmark_serving names them) and errors by kind,
and reports JSON + Markdown + PNG. `send_request` and `summarise` are the
measuring primitives other benchmarks reuse.

    config = LoadConfig(base_url="http://127.0.0.1:8000/v1", concurrency=8, num_requests=200)
    result = asyncio.run(run_load(config, progress=False))
    write_report(result, Path("benchmarks/results/load"))
"""

from __future__ import annotations

from benchmarks.load.cli import load_command
from benchmarks.load.client import ERROR_KINDS, ErrorKind, RequestResult, send_request
from benchmarks.load.clients import ClientFactory, ClientFreeList
from benchmarks.load.config import LoadConfig
from benchmarks.load.metrics import LatencyStats, LoadSummary, latency_stats, percentile, summarise
from benchmarks.load.report import ReportPaths, write_report
from benchmarks.load.runner import LoadResult, RequestRecord, run_load
from benchmarks.load.workload import (
    PromptFileError,
    PromptSource,
    RequestSpec,
    Workload,
    load_prompts,
    poisson_arrivals,
    poisson_schedule,
)

__all__ = [
    "ERROR_KINDS",
    "ClientFactory",
    "ClientFreeList",
    "ErrorKind",
    "LatencyStats",
    "LoadConfig",
    "LoadResult",
    "LoadSummary",
    "PromptFileError",
    "PromptSource",
    "ReportPaths",
    "RequestRecord",
    "RequestResult",
    "RequestSpec",
    "Workload",
    "latency_stats",
    "load_command",
    "load_prompts",
    "percentile",
    "poisson_arrivals",
    "poisson_schedule",
    "run_load",
    "send_request",
    "summarise",
    "write_report",
]
