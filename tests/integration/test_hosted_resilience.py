"""The hosted leg under faults, over the real Serve app: retries, failover, breakers, tiers, residency.

Three recording simulators stand in for three upstreams: `primary` and `backup` in
region eu-west, `overseas` in us-east with by far the largest weight. The department
may use eu-west only, so `overseas` must never receive anything.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from benchmarks.upstream_sim import UpstreamSim
from tests.integration.conftest import SUITE_DEPARTMENT, UPSTREAM_KEY, auth_headers

QUESTION = "Which river flows through London?"
COOLDOWN_S = 5.0


@pytest.fixture(scope="module")
def backup() -> Iterator[UpstreamSim]:
    with UpstreamSim() as sim:
        yield sim


@pytest.fixture(scope="module")
def overseas() -> Iterator[UpstreamSim]:
    with UpstreamSim() as sim:
        yield sim


@pytest.fixture(scope="module")
def router(deploy: Any, upstream: UpstreamSim, backup: UpstreamSim, overseas: UpstreamSim) -> Iterator[str]:
    upstreams = [
        {"name": "primary", "base_url": upstream.base_url, "region": "eu-west", "weight": 1.0},
        {"name": "backup", "base_url": backup.base_url, "region": "eu-west", "weight": 1e-6},
        {"name": "overseas", "base_url": overseas.base_url, "region": "us-east", "weight": 1e6},
    ]
    yield str(deploy(
        hosted={"api_key": UPSTREAM_KEY, "upstreams": upstreams, "max_retries": 1, "breaker_failures": 2,
                "breaker_cooldown_s": COOLDOWN_S},
        policy={"departments": {"*": {"hosted_regions": ["eu-west"]}}},
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


def test_a_tier_downgrade_is_reported_and_counted(router: str, upstream: UpstreamSim) -> None:
    upstream.set_fault(service_tier="default", count=1)
    response = _ask(router)
    assert response.headers["x-sovereign-service-tier"] == "default"
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
