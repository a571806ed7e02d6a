"""Department KPIs computed from audit records (pure: records in, numbers out).

Definitions (the report prints them too):

- requests: every audit record in the window, answered or not (one per request).
- route mix: answered (status 200) by `local`, `hosted` or `redacted-hosted`; every
  other status is `refused` (policy 403, quota 429, invalid 400, no backend 503, client
  gone 499 ...), whatever route it had reached.
- kept inside the boundary: requests whose text was never sent to the hosted API in
  any form — route `local`, or refused before a backend (`none`). Redacted-hosted
  requests count as outside (their redacted text left).
- latency: `latency_ms` of answered requests by route (streams: to the end of the
  stream); TTFT: `ttft_ms` of answered streams by route. Percentiles interpolate
  linearly between the two nearest ranks (numpy's default).
- hand-off rate: requests refused with a hand-off code (`handoff`, e.g. human_review)
  over all requests; answered share: status 200 over all requests.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np

ROUTES = ("local", "hosted", "redacted-hosted")
MIX = (*ROUTES, "refused")
PERCENTILES = (50, 95, 99)
_INSIDE_ROUTES = ("local", "none")


@dataclass
class DepartmentKpis:
    """One department's numbers over the report window."""

    department: str
    requests: int = 0
    answered: int = 0
    mix: Counter[str] = field(default_factory=Counter)
    statuses: Counter[int] = field(default_factory=Counter)
    inside: int = 0
    handoffs: int = 0
    tokens_in: int = 0
    tokens_out: int = 0
    latency_ms: dict[str, list[float]] = field(default_factory=lambda: {route: [] for route in ROUTES})
    ttft_ms: dict[str, list[float]] = field(default_factory=lambda: {route: [] for route in ROUTES})
    hourly: Counter[tuple[str, str]] = field(default_factory=Counter)  # (hour, mix bucket) → requests
    first: str | None = None
    last: str | None = None

    def add(self, record: Mapping[str, Any]) -> None:
        self.requests += 1
        status = int(record.get("status") or 0)
        route = str(record.get("route") or "none")
        self.statuses[status] += 1
        bucket = route if status == 200 and route in ROUTES else "refused"
        self.mix[bucket] += 1
        if route in _INSIDE_ROUTES:
            self.inside += 1
        if record.get("handoff"):
            self.handoffs += 1
        self.tokens_in += _int(record.get("tokens_in"))
        self.tokens_out += _int(record.get("tokens_out"))
        if status == 200 and route in ROUTES:
            self.answered += 1
            if isinstance(latency := record.get("latency_ms"), int | float):
                self.latency_ms[route].append(float(latency))
            if isinstance(ttft := record.get("ttft_ms"), int | float):
                self.ttft_ms[route].append(float(ttft))
        when = str(record.get("time") or "")
        if when:
            self.hourly[(when[:13], bucket)] += 1
            self.first = when if self.first is None or when < self.first else self.first
            self.last = when if self.last is None or when > self.last else self.last

    def share(self, count: int) -> float:
        return count / self.requests if self.requests else 0.0

    @property
    def inside_share(self) -> float:
        return self.share(self.inside)

    @property
    def handoff_rate(self) -> float:
        return self.share(self.handoffs)

    @property
    def answered_share(self) -> float:
        return self.share(self.answered)

    def latency_percentiles(self, route: str) -> dict[int, float] | None:
        return percentiles(self.latency_ms[route])

    def ttft_percentiles(self, route: str) -> dict[int, float] | None:
        return percentiles(self.ttft_ms[route])


def _int(value: object) -> int:
    return value if isinstance(value, int) and value > 0 else 0


def percentiles(values: list[float]) -> dict[int, float] | None:
    """p50/p95/p99 of `values` (linear interpolation), None when there are none."""
    if not values:
        return None
    computed = np.percentile(np.asarray(values, dtype=float), PERCENTILES)
    return {p: float(v) for p, v in zip(PERCENTILES, computed, strict=True)}


def department_kpis(records: Iterable[Mapping[str, Any]]) -> dict[str, DepartmentKpis]:
    """KPIs per department, departments in name order."""
    by_department: dict[str, DepartmentKpis] = {}
    for record in records:
        department = str(record.get("department") or "unknown")
        kpis = by_department.get(department)
        if kpis is None:
            kpis = by_department[department] = DepartmentKpis(department)
        kpis.add(record)
    return dict(sorted(by_department.items()))
