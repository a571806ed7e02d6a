"""Fitted efficiency factors, written by `python -m benchmarks.sizing.calibrate` (do not edit by hand).

Fitted on the fit rows of `published.py` only; `FIT_REPORT` holds each GPU's fit-row count and
mean absolute error. See `efficiency.py` for what each factor means.
"""

# ruff: noqa: E501
from __future__ import annotations

GLOBAL: dict[str, float] = {'attention_overhead_ns': 91.7445,
 'layer_overhead_us': 6.2319,
 'moe': 0.7523,
 'roof_exponent': 1.8578,
 'sequence_overhead_us': 2.0355,
 'step_overhead_us': 343.8043,
 'vllm_step_overhead_us': 130.0181}
FITTED: dict[str, dict[str, float]] = {'A100-40GB': {'allreduce_latency_us': 25.6854,
               'attention_memory': 0.6133,
               'link': 0.4756,
               'memory': 0.7717,
               'mfu': 0.6902},
 'A100-80GB': {'allreduce_latency_us': 25.6854,
               'attention_memory': 0.6133,
               'link': 0.4756,
               'memory': 0.6472,
               'mfu': 0.6902},
 'H100-SXM': {'allreduce_latency_us': 25.6854,
              'attention_memory': 0.8133,
              'link': 0.5597,
              'memory': 0.7213,
              'mfu': 0.5958},
 'H200': {'allreduce_latency_us': 25.6854,
          'attention_memory': 0.8122,
          'link': 0.7565,
          'memory': 0.6067,
          'mfu': 0.5901},
 'L40S': {'allreduce_latency_us': 17.2214,
          'attention_memory': 0.6305,
          'link': 0.5,
          'memory': 0.8071,
          'mfu': 0.508},
 'MI300X': {'allreduce_latency_us': 25.6854,
            'attention_memory': 0.8133,
            'link': 0.6,
            'memory': 0.4967,
            'mfu': 0.45}}
FIT_REPORT: dict[str, dict[str, float]] = {'A100-40GB': {'mean_abs_pct': 0.0156, 'rows': 1.0},
 'A100-80GB': {'mean_abs_pct': 5.3736, 'rows': 34.0},
 'H100-SXM': {'mean_abs_pct': 4.5345, 'rows': 55.0},
 'H200': {'mean_abs_pct': 3.2807, 'rows': 55.0},
 'L40S': {'mean_abs_pct': 3.9135, 'rows': 25.0},
 'MI300X': {'mean_abs_pct': 0.3833, 'rows': 2.0},
 'all': {'mean_abs_pct': 4.1346, 'rows': 172.0}}
