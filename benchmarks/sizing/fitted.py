"""Fitted efficiency factors, written by `python -m benchmarks.sizing.calibrate` (do not edit by hand).

Fitted on the fit rows of `published.py` only; `FIT_REPORT` holds each GPU's fit-row count and
mean absolute error. See `efficiency.py` for what each factor means.
"""

# ruff: noqa: E501
from __future__ import annotations

GLOBAL: dict[str, float] = {'attention_overhead_ns': 91.7445,
 'layer_overhead_us': 8.6559,
 'moe': 0.7837,
 'sequence_overhead_us': 1.3297,
 'step_overhead_us': 420.7723}
FITTED: dict[str, dict[str, float]] = {'A100-40GB': {'allreduce_latency_us': 25.6854,
               'attention_memory': 0.5409,
               'link': 0.5596,
               'memory': 0.7753,
               'mfu': 0.652},
 'A100-80GB': {'allreduce_latency_us': 25.6854,
               'attention_memory': 0.5409,
               'link': 0.5596,
               'memory': 0.6184,
               'mfu': 0.652},
 'H100-SXM': {'allreduce_latency_us': 25.6854,
              'attention_memory': 0.6578,
              'link': 0.5966,
              'memory': 0.7252,
              'mfu': 0.5886},
 'H200': {'allreduce_latency_us': 15.5656,
          'attention_memory': 0.6101,
          'link': 0.7693,
          'memory': 0.5556,
          'mfu': 0.5965},
 'L40S': {'allreduce_latency_us': 25.6854,
          'attention_memory': 0.5651,
          'link': 0.5,
          'memory': 0.7122,
          'mfu': 0.528},
 'MI300X': {'allreduce_latency_us': 25.6854,
            'attention_memory': 0.6578,
            'link': 0.6,
            'memory': 0.6585,
            'mfu': 0.5886}}
FIT_REPORT: dict[str, dict[str, float]] = {'A100-40GB': {'mean_abs_pct': 0.0959, 'rows': 1.0},
 'A100-80GB': {'mean_abs_pct': 6.5284, 'rows': 34.0},
 'H100-SXM': {'mean_abs_pct': 5.3434, 'rows': 55.0},
 'H200': {'mean_abs_pct': 4.2445, 'rows': 55.0},
 'L40S': {'mean_abs_pct': 4.1524, 'rows': 25.0},
 'MI300X': {'mean_abs_pct': 0.4512, 'rows': 2.0},
 'all': {'mean_abs_pct': 4.9657, 'rows': 172.0}}
