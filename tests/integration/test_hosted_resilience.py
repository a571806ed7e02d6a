"""The hosted leg under faults, over the real Serve app: retries, failover, breakers, tiers, residency.

Three recording simulators stand in for three upstreams: `primary` and `backup` in
region eu-west, `overseas` in us-east with by far the largest weight. The department
may use eu-west only, so `overseas` must never receive anything.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest

from benchmarks.upstream_sim import UpstreamSim
from tests.integration.audit_rows import audit_records
from tests.integration.conftest import SUITE_DEPARTMENT, UPSTREAM_KEY, auth_headers, sdk

QUESTION = "Which river flows through London?"
COOLDOWN_S = 5.0
TIMEOUT_S = 2.0  # hosted.timeout_s: short, so that a latency fault beyond it costs seconds, not minutes
IDLE_S = 1.0  # hosted.stream_idle_timeout_s
# hosted.deadline_s: past a silent primary's two attempts (2 × TIMEOUT_S + the SDK's backoff, ~4.5 s),
# during the backup's first attempt (which would time out at ~6.5 s, its retry starting ~0.4 s later).
DEADLINE_S = 6.0


@pytest.fixture(scope="module")
def audit_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("audit") / "audit.sqlite3"


@pytest.fixture(scope="module")
def backup() -> Iterator[UpstreamSim]:
    with UpstreamSim() as sim:
        yield sim


@pytest.fixture(scope="module")
def overseas() -> Iterator[UpstreamSim]:
    with UpstreamSim() as sim:
        yield sim


@pytest.fixture(scope="module")
def router(
    deploy: Any, upstream: UpstreamSim, backup: UpstreamSim, overseas: UpstreamSim, audit_file: Path
) -> Iterator[str]:
    upstreams = [
        {"name": "primary", "base_url": upstream.base_url, "region": "eu-west", "weight": 1.0},
        {"name": "backup", "base_url": backup.base_url, "region": "eu-west", "weight": 1e-6},
        {"name": "overseas", "base_url": overseas.base_url, "region": "us-east", "weight": 1e6},
    ]
    yield str(deploy(
        hosted={"api_key": UPSTREAM_KEY, "upstreams": upstreams, "max_retries": 1, "breaker_failures": 2,
                "breaker_cooldown_s": COOLDOWN_S, "timeout_s": TIMEOUT_S, "stream_idle_timeout_s": IDLE_S,
                "deadline_s": DEADLINE_S},
        policy={"departments": {"*": {"hosted_regions": ["eu-west"]}}},
        audit={"sqlite_path": str(audit_file), "batch_interval_ms": 20},
    ))
    assert overseas.records == [], "an upstream outside the department's regions was called"


@pytest.fixture(autouse=True)
def _clean(upstream: UpstreamSim, backup: UpstreamSim) -> Iterator[None]:
    backup.clear_fault()
    backup.clear_records()
    yield
    backup.clear_fault()
    # Whatever the fault, every request that left carried store=false, a tier, and none of our headers.
    for record in [*upstream.records, *backup.records]:
        assert record["body"]["store"] is False and record["body"]["service_tier"] == "priority"
        assert not [name for name in record["headers"] if name.startswith("x-sovereign")]


def _ask(router: str, **extra: Any) -> httpx.Response:
    body = {"model": "auto", "messages": [{"role": "user", "content": QUESTION}], "max_tokens": 3, **extra}
    return httpx.post(f"{router}/v1/chat/completions", json=body, timeout=60, headers=auth_headers())


def test_a_transient_error_is_retried_by_the_sdk_then_succeeds(router: str, upstream: UpstreamSim) -> None:
    upstream.set_fault(500, count=1, retry_after_s=0.01)
    response = _ask(router)
    assert response.status_code == 200 and response.headers["x-sovereign-route"] == "hosted"
    assert len(upstream.records) == 2  # the SDK's retry, not a loop of ours


def test_an_upstream_down_fails_over_to_the_next_in_region(
    router: str, upstream: UpstreamSim, backup: UpstreamSim
) -> None:
    upstream.set_fault(503, count=2, retry_after_s=0.01)
    response = _ask(router)
    assert response.status_code == 200 and response.headers["x-sovereign-route"] == "hosted"
    assert len(backup.records) == 1


def test_silent_upstreams_are_cut_at_the_deadline_and_public_work_falls_back(
    router: str, upstream: UpstreamSim, backup: UpstreamSim
) -> None:
    assert _ask(router).headers["x-sovereign-route"] == "hosted"  # the primary's breaker starts clean
    _until_backup_may_be_called(router)
    upstream.clear_records()
    upstream.set_fault(delay_ms=30_000)
    backup.set_fault(delay_ms=30_000)
    try:
        response = _ask(router)
    finally:
        upstream.clear_fault()
    assert response.status_code == 200
    assert response.headers["x-sovereign-route"] == "local"
    assert response.headers["x-sovereign-fallback"] == "hosted-unavailable"
    # The primary's attempt and the SDK's retry, then the backup's first attempt, cut by the
    # deadline: without it the backup's retry would follow, ~9 s in all.
    assert (len(upstream.records), len(backup.records)) == (2, 1)
    # The cut counted against both breakers (the backup's reopened if it was half-open); a success
    # clears an upstream's failures, so leave each with one for the tests after. (Before the
    # breaker test, the backup's is closed: no cooldown to wait out.)
    backup.clear_fault()
    _until_backup_may_be_called(router)
    assert _ask(router).headers["x-sovereign-route"] == "hosted"  # the primary's
    upstream.set_fault(503, count=2, retry_after_s=0.01)
    assert _ask(router).headers["x-sovereign-route"] == "hosted"  # the backup's
    assert _ask(router).headers["x-sovereign-route"] == "hosted"  # the primary's again


def test_breakers_open_then_public_work_falls_back_and_a_probe_closes_them(
    router: str, upstream: UpstreamSim, backup: UpstreamSim
) -> None:
    upstream.set_fault(503, retry_after_s=0.01)
    backup.set_fault(503, retry_after_s=0.01)
    for _ in range(2):
        response = _ask(router)
        assert response.headers["x-sovereign-route"] == "local"
        assert response.headers["x-sovereign-fallback"] == "hosted-unavailable"
    ready = httpx.get(f"{router}/readyz", timeout=10).json()
    assert ready["hosted_upstreams"] == {"primary": "open", "backup": "open", "overseas": "closed"}
    scraped = httpx.get(f"{router}/metrics").text
    assert 'sovereign_hosted_breaker_state{upstream="primary"} 2.0' in scraped  # 2 = open
    upstream.clear_records()
    assert _ask(router).headers["x-sovereign-route"] == "local"
    assert upstream.records == []  # open: refused without a call
    upstream.clear_fault()
    backup.clear_fault()
    time.sleep(COOLDOWN_S + 0.2)
    response = _ask(router)  # the half-open probe
    assert response.headers["x-sovereign-route"] == "hosted"
    assert httpx.get(f"{router}/readyz", timeout=10).json()["hosted_upstreams"]["primary"] == "closed"


def test_a_streamed_break_after_the_first_chunk_is_an_error_event_then_done(
    router: str, upstream: UpstreamSim
) -> None:
    upstream.set_fault(drop_after_chunks=3, count=1)
    body = {"model": "auto", "messages": [{"role": "user", "content": "Count to ten."}], "max_tokens": 10,
            "stream": True}
    with httpx.stream("POST", f"{router}/v1/chat/completions", json=body, timeout=60,
                      headers=auth_headers()) as response:
        lines = [line for line in response.iter_lines() if line]
    assert response.status_code == 200 and lines[-1] == "data: [DONE]" and '"error"' in lines[-2]


def _audit_record(audit_file: Path, request_id: str, timeout_s: float = 30.0) -> dict[str, Any]:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        found = [row for row in audit_records(audit_file) if row["request_id"] == request_id]
        if found:
            return found[0]
        time.sleep(0.1)
    raise AssertionError(f"no audit record for {request_id}")


def test_a_tier_downgrade_is_reported_and_counted(router: str, upstream: UpstreamSim, audit_file: Path) -> None:
    upstream.set_fault(service_tier="default", count=1)
    body = {"model": "auto", "messages": [{"role": "user", "content": QUESTION}], "max_tokens": 3}
    response = httpx.post(f"{router}/v1/chat/completions", json=body, timeout=60,
                          headers={"x-request-id": "tier-downgrade", **auth_headers()})
    assert response.headers["x-sovereign-service-tier"] == "default"
    record = _audit_record(audit_file, "tier-downgrade")
    assert (record["route"], record["service_tier_requested"], record["service_tier"]) == (
        "hosted", "priority", "default")
    assert _ask(router).headers["x-sovereign-service-tier"] == "priority"
    scraped = httpx.get(f"{router}/metrics").text
    assert f'sovereign_hosted_tier_mismatches_total{{department="{SUITE_DEPARTMENT}"' in scraped
    assert 'requested="priority",served="default"' in scraped
    assert 'sovereign_hosted_rate_limit{name="remaining-requests",upstream="primary"} 9999.0' in scraped


def test_a_rate_limited_upstream_passes_its_429_and_retry_after_when_no_other_can_serve(
    router: str, upstream: UpstreamSim, backup: UpstreamSim
) -> None:
    upstream.set_fault(429, count=2, retry_after_s=0.01)
    backup.set_fault(429, count=2, retry_after_s=0.01)
    response = _ask(router)
    assert response.status_code == 429 and response.headers["retry-after"] == "1"
    assert response.headers["x-sovereign-route"] == "hosted"
    scraped = httpx.get(f"{router}/metrics").text  # the 429's own x-ratelimit-* counts, as OpenAI sends them
    assert 'sovereign_hosted_rate_limit{name="remaining-requests",upstream="primary"} 0.0' in scraped



# --- faults through the app, with the official SDK as the client -----------------------------------


def _sdk_stream(router: str) -> tuple[list[Any], BaseException | None]:
    """The chunks the SDK yields for a streamed chat request, and what it raised (None: the stream ended)."""
    chunks: list[Any] = []
    try:
        stream = sdk(router).chat.completions.create(
            model="auto", messages=[{"role": "user", "content": "Count to ten."}], max_tokens=10, stream=True)
        for chunk in stream:
            chunks.append(chunk)
    except openai.APIError as exc:
        return chunks, exc
    return chunks, None


def _sdk_headers(router: str, stream: bool) -> dict[str, str]:
    """The response headers of one chat request through the SDK, its answer read to the end."""
    client = sdk(router).chat.completions.with_raw_response
    raw = client.create(model="auto", messages=[{"role": "user", "content": QUESTION}], max_tokens=3, stream=stream)
    answer = raw.parse()
    if stream:
        assert [chunk for chunk in answer]  # ends cleanly, no error event
    else:
        assert answer.choices[0].message.content is not None
    return dict(raw.headers)


@pytest.mark.parametrize("fault", [
    {"hold_after_chunks": 2},  # silent past hosted.stream_idle_timeout_s
    {"malformed_sse": True},  # a data line that is not JSON after the first token
], ids=["stall-mid-stream", "malformed-sse"])
def test_a_stream_that_breaks_after_its_first_chunk_reaches_the_sdk_as_an_error_then_ends(
    router: str, upstream: UpstreamSim, fault: dict[str, Any]
) -> None:
    assert _ask(router).headers["x-sovereign-route"] == "hosted"  # the primary's breaker starts clean
    upstream.set_fault(**fault, count=1)
    chunks, error = _sdk_stream(router)
    assert chunks, "the chunks before the break reached the client"
    assert isinstance(error, openai.APIError) and "hosted API is unavailable" in error.message
    # Read to the end by the SDK without hanging: the router sent the error event, then [DONE].


def _until_backup_may_be_called(router: str) -> None:
    """Wait out the backup's cooldown if its breaker is open (half-open lets the next call through)."""
    deadline = time.monotonic() + COOLDOWN_S + 5
    while httpx.get(f"{router}/readyz", timeout=10).json()["hosted_upstreams"]["backup"] == "open":
        assert time.monotonic() < deadline, "the backup's breaker never left open"
        time.sleep(0.2)


@pytest.mark.parametrize(("fault", "stream", "route", "by_backup"), [
    ({"wrong_content_type": True, "count": 1}, False, "hosted", True),  # an HTML page with 200: a broken answer
    ({"delay_ms": (TIMEOUT_S + 1) * 1000}, False, "hosted", True),  # past hosted.timeout_s, the SDK's retry too
    ({"drop_after_chunks": 0}, False, "hosted", True),  # reset after the headers, before any byte of the body
    ({"drop_after_chunks": 0, "count": 1}, True, "hosted", True),  # a stream reset before its first chunk
    ({"empty_answer": True, "count": 1}, False, "hosted", True),  # 200 with no choices: not an empty answer
    ({"empty_answer": True, "count": 1}, True, "hosted", True),  # a stream of [DONE] alone
    ({"empty_answer": True}, True, "local", True),  # every upstream broken the same way: public falls back
    # Reset after the role chunk: the router waits for the first token before the response
    # starts (router/streaming.py), so the break is an outage, not a 200 with an error event;
    # the hosted stream was already open, so public work falls back inward rather than over.
    ({"drop_after_chunks": 1, "count": 1}, True, "local", False),
], ids=["wrong-content-type", "latency-beyond-timeout", "reset-before-body", "reset-before-first-chunk",
        "no-choices", "done-only-stream", "all-broken", "reset-after-role-chunk"])
def test_a_fault_before_the_answer_fails_over_or_falls_back_and_the_sdk_sees_an_answer(
    router: str, upstream: UpstreamSim, backup: UpstreamSim, fault: dict[str, Any], stream: bool, route: str,
    by_backup: bool,
) -> None:
    """`by_backup`: the backup upstream was called. A broken 200 moves on to it as a 5xx does."""
    assert _ask(router).headers["x-sovereign-route"] == "hosted"  # the primary's breaker starts clean
    _until_backup_may_be_called(router)  # an earlier test (429 on both) may have left it open
    upstream.clear_records()
    upstream.set_fault(**fault)
    if route == "local":  # no healthy upstream left
        backup.set_fault(**fault)
    headers = _sdk_headers(router, stream)
    upstream.clear_fault()
    assert headers["x-sovereign-route"] == route
    assert upstream.records, "the primary was tried first"
    assert bool(backup.records) is by_backup
    if route == "local":
        assert headers["x-sovereign-fallback"] == "hosted-unavailable"
        assert "x-sovereign-service-tier" not in headers
