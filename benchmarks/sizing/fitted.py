"""Fitted efficiency factors, written by `python -m benchmarks.sizing.calibrate` (do not edit by hand).

Fitted on the fit rows of `published.py` only; `FIT_REPORT` holds each GPU's fit-row count and
mean absolute error. See `efficiency.py` for what each factor means.
"""

# ruff: noqa: E501
from __future__ import annotations

GLOBAL: dict[str, float] = {
    "attention_overhead_ns": 96.8673,
    "layer_overhead_us": 7.2535,
    "moe": 0.7638,
    "roof_exponent": 2.0643,
    "sequence_overhead_us": 1.6618,
    "step_overhead_us": 159.7501,
    "vllm_step_overhead_us": 130.0181,
}
FITTED: dict[str, dict[str, float]] = {
    "A100-40GB": {
        "allreduce_latency_us": 25.6854,
        "attention_memory": 0.579,
        "link": 0.4789,
        "memory": 0.7662,
        "mfu": 0.6903,
    },
    "A100-80GB": {
        "allreduce_latency_us": 25.6854,
        "attention_memory": 0.579,
        "link": 0.4789,
        "memory": 0.6242,
        "mfu": 0.6903,
    },
    "H100-SXM": {
        "allreduce_latency_us": 25.6854,
        "attention_memory": 0.7316,
        "link": 0.5679,
        "memory": 0.7169,
        "mfu": 0.5939,
    },
    "H200": {
        "allreduce_latency_us": 25.4558,
        "attention_memory": 0.7536,
        "link": 0.7451,
        "memory": 0.5943,
        "mfu": 0.5931,
    },
    "L40S": {"allreduce_latency_us": 17.2214, "attention_memory": 0.6244, "link": 0.5, "memory": 0.7225, "mfu": 0.508},
    "MI300X": {"allreduce_latency_us": 25.6854, "attention_memory": 0.7316, "link": 0.6, "memory": 0.4903, "mfu": 0.45},
}
FIT_REPORT: dict[str, dict[str, float]] = {
    "A100-40GB": {"mean_abs_pct": 0.3853, "rows": 1.0},
    "A100-80GB": {"mean_abs_pct": 5.578, "rows": 34.0},
    "H100-SXM": {"mean_abs_pct": 4.5992, "rows": 55.0},
    "H200": {"mean_abs_pct": 3.3875, "rows": 55.0},
    "L40S": {"mean_abs_pct": 3.9077, "rows": 25.0},
    "MI300X": {"mean_abs_pct": 0.2877, "rows": 2.0},
    "all": {"mean_abs_pct": 4.2301, "rows": 172.0},
}
