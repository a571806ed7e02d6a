"""In-process CPU timing for the route cost scripts (`egress_cost.py`, `redaction_cost.py`).

CPU time (`time.process_time`), not wall time: on a machine shared with other work,
other processes inflate it less. What is timed is a plain call, in this process; the
router itself is measured over HTTP by `bench route` (benchmarks never import it).
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from typing import Any


def mean_cpu_us(call: Callable[..., Any], *args: Any, repeats: int, warmup: int = 1000) -> float:
    """Mean CPU microseconds of `call(*args)` over `repeats` calls, after `warmup` untimed ones."""
    for _ in range(warmup):
        call(*args)
    start = time.process_time()
    for _ in range(repeats):
        call(*args)
    return (time.process_time() - start) / repeats * 1e6


def median_cpu_ms(call: Callable[[], Any], repeats: int) -> float:
    """Median CPU milliseconds of one call, over `repeats` calls each timed alone."""
    times = []
    for _ in range(repeats):
        start = time.process_time()
        call()
        times.append(time.process_time() - start)
    return statistics.median(times) * 1000
