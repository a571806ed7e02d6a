"""Per-request metrics move when a request's audit record is finished."""

from __future__ import annotations

import logging
from typing import Any

import pytest

from router import metrics
from router.telemetry.requests import observe_record


def _value(name: str, **labels: str) -> float:
    return metrics.REGISTRY.get_sample_value(name, labels) or 0.0


def _record(**fields: Any) -> dict[str, Any]:
    record = {
        "request_id": "r-1", "department": "dwp", "principal": "key:abc", "endpoint": "chat.completions",
        "model": "local-demo-tiny", "route": "local", "level": "personal", "findings": {"UK_NHS_NUMBER": 1},
        "status": 200, "outcome": "answered", "error_code": None, "handoff": None, "latency_ms": 120.0,
        "ttft_ms": None, "tokens_in": 11, "tokens_out": 7, "service_tier": None, "stream": False,
        "classifier_failed": False, "prompt_hmac": "ab" * 32,
    }
    return {**record, **fields}


def test_an_answered_request_counts_latency_and_tokens() -> None:
    before = (
        _value("sovereign_requests_total", department="dwp", route="local", level="personal", status="200"),
        _value("sovereign_request_seconds_count", department="dwp", route="local"),
        _value("sovereign_request_seconds_sum", department="dwp", route="local"),
        _value("sovereign_tokens_total", department="dwp", route="local", direction="in"),
        _value("sovereign_tokens_total", department="dwp", route="local", direction="out"),
        _value("sovereign_ttft_seconds_count", department="dwp", route="local"),
    )
    observe_record(_record())
    after = (
        _value("sovereign_requests_total", department="dwp", route="local", level="personal", status="200"),
        _value("sovereign_request_seconds_count", department="dwp", route="local"),
        _value("sovereign_request_seconds_sum", department="dwp", route="local"),
        _value("sovereign_tokens_total", department="dwp", route="local", direction="in"),
        _value("sovereign_tokens_total", department="dwp", route="local", direction="out"),
        _value("sovereign_ttft_seconds_count", department="dwp", route="local"),
    )
    deltas = [round(a - b, 6) for a, b in zip(after, before, strict=True)]
    assert deltas == [1, 1, 0.12, 11, 7, 0]  # not streamed: no TTFT


def test_a_stream_counts_its_time_to_first_token() -> None:
    before = _value("sovereign_ttft_seconds_count", department="hmrc", route="hosted")
    observe_record(_record(department="hmrc", route="hosted", level="public", stream=True, ttft_ms=40.0))
    assert _value("sovereign_ttft_seconds_count", department="hmrc", route="hosted") == before + 1
    assert _value("sovereign_ttft_seconds_bucket", department="hmrc", route="hosted", le="0.05") >= 1


def test_a_quota_refusal_counts_as_rate_limited() -> None:
    before = _value("sovereign_rate_limited_total", department="moj")
    observe_record(_record(department="moj", route="none", level=None, status=429,
                           outcome="refused", error_code="rate_limit_exceeded", tokens_in=None, tokens_out=None))
    observe_record(_record(department="moj", route="none", status=403, outcome="refused", error_code="forbidden"))
    assert _value("sovereign_rate_limited_total", department="moj") == before + 1
    assert _value("sovereign_requests_total", department="moj", route="none", level="unknown", status="429") >= 1


def test_the_log_line_carries_ids_and_counts_never_text(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="router.requests"):
        observe_record(_record(request_id="r-42"))
    [line] = [r for r in caplog.records if r.name == "router.requests"]
    assert line.getMessage() == "request finished"
    fields = (line.request_id, line.sovereign_route, line.findings, line.status)  # type: ignore[attr-defined]
    assert fields == ("r-42", "local", {"UK_NHS_NUMBER": 1}, 200)
    assert not hasattr(line, "prompt_hmac")  # the fingerprint stays in the audit store
