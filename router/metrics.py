"""Prometheus metrics of the ingress replica.

Labels carry departments, routes, levels and outcomes only — never text; models asked
for by clients are bounded by the catalogue, departments by the configured policies and
credentials. Per-request metrics (requests, latency, TTFT, tokens, rate-limit refusals)
are observed from the request's audit record (`router.telemetry.requests`), so the
Prometheus counts and the KPI report read the same facts. Each ingress replica serves
its own registry at `/metrics`; Ray Serve's own metrics stay on Ray's metrics port.
"""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest

REGISTRY = CollectorRegistry(auto_describe=True)

REQUESTS = Counter(
    "sovereign_requests",
    "Requests answered or refused, by department, route, level and HTTP status (499: client went away).",
    ["department", "route", "level", "status"],
    registry=REGISTRY,
)
# Seconds: from a fast local answer (~10 ms) to a long generation (minutes).
_LATENCY_BUCKETS = (0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0)
REQUEST_SECONDS = Histogram(
    "sovereign_request_seconds",
    "End-to-end time of a request in the router (streams: to the end of the stream), by department and route.",
    ["department", "route"],
    buckets=_LATENCY_BUCKETS,
    registry=REGISTRY,
)
TTFT_SECONDS = Histogram(
    "sovereign_ttft_seconds",
    "Time to the first streamed chunk of an answer, by department and route (streamed requests only).",
    ["department", "route"],
    buckets=_LATENCY_BUCKETS,
    registry=REGISTRY,
)
TOKENS = Counter(
    "sovereign_tokens",
    "Tokens the backends reported, by department, route and direction (in: prompt, out: completion).",
    ["department", "route", "direction"],
    registry=REGISTRY,
)
RATE_LIMITED = Counter(
    "sovereign_rate_limited",
    "Requests refused with 429 by the department or credential quotas, by department.",
    ["department"],
    registry=REGISTRY,
)
CLASSIFY_SECONDS = Histogram(
    "sovereign_classify_seconds",
    "Time to classify one request.",
    buckets=(0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 1.0),
    registry=REGISTRY,
)
CLASSIFIER_FAILURES = Counter(
    "sovereign_classifier_failures",
    "Classifications that failed or timed out (the request was kept local).",
    registry=REGISTRY,
)
HOSTED_FALLBACKS = Counter(
    "sovereign_hosted_fallbacks",
    "Public requests answered locally because the hosted API was unavailable.",
    registry=REGISTRY,
)


AUDIT_RECORDS_WRITTEN = Counter(
    "sovereign_audit_records_written",
    "Audit records this replica handed to the writer and saw committed.",
    registry=REGISTRY,
)
AUDIT_WRITE_FAILURES = Counter(
    "sovereign_audit_write_failures",
    "Batches the audit writer did not take (kept in the journal and retried).",
    registry=REGISTRY,
)
AUDIT_QUEUE_DEPTH = Gauge(
    "sovereign_audit_queue_depth",
    "Audit records journaled by this replica and waiting to be sent to the writer.",
    registry=REGISTRY,
)
AUDIT_LAG_SECONDS = Gauge(
    "sovereign_audit_lag_seconds",
    "Age of the oldest audit record of this replica not yet committed (0 when none).",
    registry=REGISTRY,
)
HANDOFFS = Counter(
    "sovereign_handoffs",
    "Requests no backend could answer, refused with a hand-off code for a human queue.",
    ["handoff"],
    registry=REGISTRY,
)


def render() -> bytes:
    return generate_latest(REGISTRY)


# The hosted leg (issue 11): tiers, upstream rate limits, circuit breakers.
TIER_MISMATCHES = Counter(
    "sovereign_hosted_tier_mismatches",
    "Hosted answers served on another service tier than the one asked for (a downgrade, mostly).",
    ["department", "model", "requested", "served"],
    registry=REGISTRY,
)
HOSTED_RATE_LIMIT = Gauge(
    "sovereign_hosted_rate_limit",
    "The last x-ratelimit-* count each hosted upstream reported (e.g. remaining-requests).",
    ["upstream", "name"],
    registry=REGISTRY,
)
HOSTED_RETRIES = Counter(
    "sovereign_hosted_retries",
    "Retries the openai SDK made to a hosted upstream (attempts beyond the first), by upstream.",
    ["upstream"],
    registry=REGISTRY,
)
HOSTED_BREAKER_STATE = Gauge(
    "sovereign_hosted_breaker_state",
    "Each hosted upstream's circuit breaker: 0 closed, 1 half-open, 2 open.",
    ["upstream"],
    registry=REGISTRY,
)
_BREAKER_VALUES = {"closed": 0, "half_open": 1, "open": 2}


def record_rate_limits(upstream: str, limits: dict[str, float]) -> None:
    """Hook for the hosted client: export an upstream's rate-limit headers."""
    for name, value in limits.items():
        HOSTED_RATE_LIMIT.labels(upstream, name).set(value)


def record_hosted_retries(upstream: str, retries: int) -> None:
    """Hook for the hosted client: the SDK retried one call `retries` times."""
    HOSTED_RETRIES.labels(upstream).inc(retries)


def record_breaker_states(states: dict[str, str]) -> None:
    """Set the breaker gauges (called when /metrics is scraped)."""
    for upstream, state in states.items():
        HOSTED_BREAKER_STATE.labels(upstream).set(_BREAKER_VALUES[state])
REDACTIONS = Counter(
    "sovereign_redactions",
    "Personal requests under redact_hosted: sent redacted, or kept local at a step (classifier, placement, recheck).",
    ["outcome"],
    registry=REGISTRY,
)
