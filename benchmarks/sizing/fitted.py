"""Fitted efficiency factors, written by `python -m benchmarks.sizing.calibrate` (do not edit by hand).

Fitted on the fit rows of `published.py` only; `FIT_REPORT` holds each GPU's fit-row count and
mean absolute error. See `efficiency.py` for what each factor means.
"""

# ruff: noqa: E501
from __future__ import annotations

GLOBAL: dict[str, float] = {'layer_overhead_us': 9.0021,
 'moe': 0.7956,
 'sequence_overhead_us': 3.6438,
 'step_overhead_us': 566.375}
FITTED: dict[str, dict[str, float]] = {'A100-40GB': {'allreduce_latency_us': 21.0153,
               'attention_memory': 0.5152,
               'link': 0.5587,
               'memory': 0.7844,
               'mfu': 0.6474},
 'A100-80GB': {'allreduce_latency_us': 21.0153,
               'attention_memory': 0.5152,
               'link': 0.5587,
               'memory': 0.609,
               'mfu': 0.6474},
 'H100-SXM': {'allreduce_latency_us': 25.6854,
              'attention_memory': 0.6145,
              'link': 0.5387,
              'memory': 0.7311,
              'mfu': 0.595},
 'H200': {'allreduce_latency_us': 18.9562,
          'attention_memory': 0.5852,
          'link': 0.6477,
          'memory': 0.5927,
          'mfu': 0.5961},
 'L40S': {'allreduce_latency_us': 25.6854,
          'attention_memory': 0.6326,
          'link': 0.4925,
          'memory': 0.6006,
          'mfu': 0.5025},
 'MI300X': {'allreduce_latency_us': 25.6854,
            'attention_memory': 0.6145,
            'link': 0.6,
            'memory': 0.673,
            'mfu': 0.595}}
FIT_REPORT: dict[str, dict[str, float]] = {'A100-40GB': {'mean_abs_pct': 0.0547, 'rows': 1.0},
 'A100-80GB': {'mean_abs_pct': 6.8776, 'rows': 34.0},
 'H100-SXM': {'mean_abs_pct': 5.5133, 'rows': 55.0},
 'H200': {'mean_abs_pct': 4.3301, 'rows': 55.0},
 'L40S': {'mean_abs_pct': 4.0462, 'rows': 25.0},
 'MI300X': {'mean_abs_pct': 0.4666, 'rows': 2.0},
 'all': {'mean_abs_pct': 5.101, 'rows': 172.0}}
