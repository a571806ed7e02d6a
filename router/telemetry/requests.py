"""Per-request metrics and the request log line, from the request's audit record.

The audit record is the one place where everything about a finished request meets
(department, route, level, status, latency, time to first token, tokens, hand-off), on
every path a request can leave by: answer, refusal before or after the gateway, stream
end, client gone. Observing metrics and the log line from it means Prometheus, the logs
and the KPI report (`router.report`) count the same requests the same way.

The record holds no text (hashes, kinds and counts), so neither does anything derived
from it here.
"""

from __future__ import annotations

import logging
from typing import Any

from router import metrics

logger = logging.getLogger("router.requests")

_RATE_LIMIT_CODE = "rate_limit_exceeded"


def observe_record(record: dict[str, Any]) -> None:
    """Count one finished request (an `Auditor` listener) and log one structured line for it."""
    department = str(record.get("department") or "unknown")
    route = str(record.get("route") or "none")
    status = int(record.get("status") or 0)
    metrics.REQUESTS.labels(department, route, str(record.get("level") or "unknown"), str(status)).inc()
    latency_ms = record.get("latency_ms")
    if isinstance(latency_ms, int | float):
        metrics.REQUEST_SECONDS.labels(department, route).observe(latency_ms / 1000.0)
    ttft_ms = record.get("ttft_ms")
    if isinstance(ttft_ms, int | float):
        metrics.TTFT_SECONDS.labels(department, route).observe(ttft_ms / 1000.0)
    for direction, key in (("in", "tokens_in"), ("out", "tokens_out")):
        tokens = record.get(key)
        if isinstance(tokens, int) and tokens > 0:
            metrics.TOKENS.labels(department, route, direction).inc(tokens)
    if status == 429 and record.get("error_code") == _RATE_LIMIT_CODE:
        metrics.RATE_LIMITED.labels(department).inc()
    if logger.isEnabledFor(logging.INFO):
        logger.info("request finished", extra=log_fields(record))


_LOGGED = (
    "request_id", "department", "principal", "endpoint", "model", "route", "level", "status", "outcome",
    "error_code", "handoff", "latency_ms", "ttft_ms", "tokens_in", "tokens_out", "service_tier", "stream",
    "classifier_failed",
)


def log_fields(record: dict[str, Any]) -> dict[str, Any]:
    """The record's fields a log line carries: identifiers, route, numbers, finding kinds and counts."""
    fields = {key: record.get(key) for key in _LOGGED}
    # Ray Serve's JSON lines already use `route` for the HTTP path it served.
    fields["sovereign_route"] = fields.pop("route")
    fields["findings"] = dict(record.get("findings") or {})
    return fields
