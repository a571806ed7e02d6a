"""Tracing: spans exported over OTLP/HTTP to a real receiver on loopback; off costs nothing."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest

from router.telemetry import tracing
from router.telemetry.settings import ObservabilitySettings
from tests.otlp_receiver import OtlpReceiver


class _Headers(dict[str, str]):
    def getlist(self, key: str) -> list[str]:
        return [self[key]] if key in self else []


@pytest.fixture
def receiver() -> Iterator[OtlpReceiver]:
    with OtlpReceiver() as running:
        yield running
    tracing.shutdown()


def test_off_by_default_builds_nothing() -> None:
    assert tracing.configure(ObservabilitySettings()) is False
    assert not tracing.enabled()
    # One shared no-op context manager, no span, no ids.
    assert tracing.span("classify") is tracing.span("policy")
    with tracing.request_span("chat.completions", _Headers()) as span:
        assert span is None
        assert tracing.current_ids() is None
        assert tracing.capture() is None
    assert tracing.start_span("policy") is None


def test_spans_reach_the_receiver_with_their_parents(receiver: OtlpReceiver) -> None:
    settings = ObservabilitySettings(otlp_endpoint=receiver.endpoint, trace_batch_delay_ms=50, service_name="sr-test")
    assert tracing.configure(settings) is True
    caller_trace = "4bf92f3577b34da6a3ce929d0e0e4736"
    headers = _Headers(traceparent=f"00-{caller_trace}-00f067aa0ba902b7-01")

    async def pipeline() -> tuple[str, str] | None:
        with tracing.request_span("chat.completions", headers) as root:
            with tracing.span("classify"):
                pass
            policy = tracing.start_span("policy")
            tracing.end_span(policy)
            context = tracing.capture()
            with pytest.raises(RuntimeError), tracing.span("backend.local", {"sovereign.model": "m"}):
                raise RuntimeError("the prompt could be quoted here")
            tracing.annotate(root, {"x-sovereign-route": "local", "x-request-id": "req-1"}, 200)
            ids = tracing.current_ids()
        # Later, outside the request span (the end of a stream): still a child of `request`.
        with tracing.span("audit", {"sovereign.outcome": "answered"}, context):
            pass
        return ids

    ids = asyncio.run(pipeline())
    tracing.shutdown()  # flushes the batch
    spans = receiver.wait_for(lambda got: len(got) >= 5, timeout_s=30)
    by_name = {span["name"]: span for span in spans}
    assert set(by_name) == {"request", "classify", "policy", "backend.local", "audit"}
    root = by_name["request"]
    assert root["trace_id"] == caller_trace and root["parent_span_id"] == "00f067aa0ba902b7"
    assert ids == (caller_trace, root["span_id"])
    for child in ("classify", "policy", "backend.local", "audit"):
        assert by_name[child]["trace_id"] == caller_trace
        assert by_name[child]["parent_span_id"] == root["span_id"], child
    assert root["attributes"]["sovereign.route"] == "local"
    assert root["attributes"]["http.response.status_code"] == 200
    assert root["resource"]["service.name"] == "sr-test"
    backend = by_name["backend.local"]
    assert backend["status"] == 2  # STATUS_CODE_ERROR
    assert "prompt" not in repr(backend)  # the type name only, never the message


def test_an_unsampled_request_gets_no_child_spans_but_a_callers_decision_wins(receiver: OtlpReceiver) -> None:
    assert tracing.configure(ObservabilitySettings(otlp_endpoint=receiver.endpoint, trace_sample_ratio=0.0))
    sampled_by_caller = _Headers(traceparent="00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")

    async def pipeline(headers: _Headers) -> bool:
        with tracing.request_span("completions", headers):
            noop = tracing.span("classify") is tracing.span("policy")
            with tracing.span("classify"):
                pass
            tracing.end_span(tracing.start_span("policy"))
        return noop

    assert asyncio.run(pipeline(_Headers())) is True  # ratio 0: not sampled, children are the no-op
    assert asyncio.run(pipeline(sampled_by_caller)) is False
    tracing.shutdown()
    spans = receiver.wait_for(lambda got: len(got) >= 3, timeout_s=30)
    assert sorted(span["name"] for span in spans) == ["classify", "policy", "request"]
    assert {span["trace_id"] for span in spans} == {"4bf92f3577b34da6a3ce929d0e0e4736"}
