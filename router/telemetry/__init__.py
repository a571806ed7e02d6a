"""Telemetry: per-request metrics and log line, OpenTelemetry traces, structured logs.

    settings.py   the `observability` configuration section
    requests.py   metrics and the request log line, observed from each audit record
    tracing.py    spans for request, classify, policy, backend, audit; OTLP/HTTP export
    logs.py       the router's loggers into Ray Serve's (JSON) replica logs, with trace ids
    cost.py       `python -m router.telemetry.cost`: what each of them costs per request

Prometheus metric definitions stay in `router/metrics.py`.
"""

from __future__ import annotations

from router.telemetry.settings import ObservabilitySettings

__all__ = ["ObservabilitySettings"]
