"""Fitted efficiency factors, written by `python -m benchmarks.sizing.calibrate` (do not edit by hand).

Fitted on the fit rows of `published.py` only; `FIT_REPORT` holds each GPU's fit-row count and
mean absolute error. See `efficiency.py` for what each factor means.
"""

# ruff: noqa: E501
from __future__ import annotations

GLOBAL: dict[str, float] = {'attention_overhead_ns': 97.44,
 'layer_overhead_us': 6.8396,
 'moe': 0.7754,
 'roof_exponent': 2.0643,
 'sequence_overhead_us': 1.7122,
 'step_overhead_us': 98.942}
FITTED: dict[str, dict[str, float]] = {'A100-40GB': {'allreduce_latency_us': 25.6854,
               'attention_memory': 0.58,
               'link': 0.4862,
               'memory': 0.751,
               'mfu': 0.6723},
 'A100-80GB': {'allreduce_latency_us': 25.6854,
               'attention_memory': 0.58,
               'link': 0.4862,
               'memory': 0.63,
               'mfu': 0.6723},
 'H100-SXM': {'allreduce_latency_us': 25.6854,
              'attention_memory': 0.7287,
              'link': 0.5594,
              'memory': 0.715,
              'mfu': 0.5986},
 'H200': {'allreduce_latency_us': 25.6854,
          'attention_memory': 0.7409,
          'link': 0.7483,
          'memory': 0.5974,
          'mfu': 0.5961},
 'L40S': {'allreduce_latency_us': 17.2214,
          'attention_memory': 0.6162,
          'link': 0.5,
          'memory': 0.7227,
          'mfu': 0.508},
 'MI300X': {'allreduce_latency_us': 25.6854,
            'attention_memory': 0.7287,
            'link': 0.6,
            'memory': 0.4834,
            'mfu': 0.45}}
FIT_REPORT: dict[str, dict[str, float]] = {'A100-40GB': {'mean_abs_pct': 0.0044, 'rows': 1.0},
 'A100-80GB': {'mean_abs_pct': 5.7634, 'rows': 34.0},
 'H100-SXM': {'mean_abs_pct': 4.5225, 'rows': 55.0},
 'H200': {'mean_abs_pct': 3.4077, 'rows': 55.0},
 'L40S': {'mean_abs_pct': 3.9167, 'rows': 25.0},
 'MI300X': {'mean_abs_pct': 0.4078, 'rows': 2.0},
 'all': {'mean_abs_pct': 4.2492, 'rows': 172.0}}
