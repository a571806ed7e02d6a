"""Fitted efficiency factors, written by `python -m benchmarks.sizing.calibrate` (do not edit by hand).

Fitted on the fit rows of `published.py` only; `FIT_REPORT` holds each GPU's fit-row count and
mean absolute error. See `efficiency.py` for what each factor means.
"""

# ruff: noqa: E501
from __future__ import annotations

GLOBAL: dict[str, float] = {'layer_overhead_us': 8.8954,
 'moe': 0.7645,
 'sequence_overhead_us': 7.4721,
 'step_overhead_us': 697.7414}
FITTED: dict[str, dict[str, float]] = {'A100-40GB': {'allreduce_latency_us': 25.6854, 'link': 0.8, 'memory': 0.7874, 'mfu': 0.6083},
 'A100-80GB': {'allreduce_latency_us': 25.6854, 'link': 0.8, 'memory': 0.5864, 'mfu': 0.6083},
 'H100-SXM': {'allreduce_latency_us': 25.6854, 'link': 0.8, 'memory': 0.733, 'mfu': 0.5348},
 'H200': {'allreduce_latency_us': 25.6854, 'link': 0.8, 'memory': 0.5536, 'mfu': 0.5619},
 'L40S': {'allreduce_latency_us': 25.6854, 'link': 0.5, 'memory': 0.6252, 'mfu': 0.4316},
 'MI300X': {'allreduce_latency_us': 25.6854, 'link': 0.6, 'memory': 0.673, 'mfu': 0.5348}}
FIT_REPORT: dict[str, dict[str, float]] = {'A100-40GB': {'mean_abs_pct': 0.2388, 'rows': 1.0},
 'A100-80GB': {'mean_abs_pct': 17.3787, 'rows': 34.0},
 'H100-SXM': {'mean_abs_pct': 13.9396, 'rows': 55.0},
 'H200': {'mean_abs_pct': 9.4547, 'rows': 55.0},
 'L40S': {'mean_abs_pct': 5.3792, 'rows': 25.0},
 'MI300X': {'mean_abs_pct': 0.4305, 'rows': 2.0},
 'all': {'mean_abs_pct': 11.7043, 'rows': 172.0}}
