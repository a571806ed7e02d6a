"""The local path under pressure: a bounded queue, and a replica that dies mid-request.

Overflow is refused at once with 503 and `Retry-After` instead of piling up; a
request in flight on a replica that crashes gets a clean 503 (never the hosted API),
and Serve starts a new replica that answers again.
"""

from __future__ import annotations

import concurrent.futures
import time
from typing import Any

import httpx
import pytest

from tests.integration.conftest import auth_headers, hosted_overrides, wait_ready

PERSONAL = "Reply to jane.doe@example.co.uk about her missing parcel."


@pytest.fixture(scope="module")
def router(deploy: Any, upstream: Any) -> str:
    # One generation at a time and one waiting: a third concurrent request overflows.
    local = {"max_ongoing_requests": 1, "max_queued_requests": 1, "max_context": 4096}
    return str(deploy(local=local, **hosted_overrides(upstream.base_url)))


def _post(router: str, max_tokens: int) -> httpx.Response:
    # Greedy: the demo model's end tokens never win, so each answer runs to max_tokens.
    body = {
        "model": "auto",
        "messages": [{"role": "user", "content": PERSONAL}],
        "max_tokens": max_tokens,
        "temperature": 0,
    }
    return httpx.post(f"{router}/v1/chat/completions", json=body, timeout=120.0, headers=auth_headers())


def test_overflow_is_refused_with_503_and_retry_after(router: str, upstream: Any) -> None:
    with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
        responses = list(pool.map(lambda _: _post(router, 1500), range(8)))

    statuses = sorted(response.status_code for response in responses)
    assert 200 in statuses
    refused = [response for response in responses if response.status_code == 503]
    assert refused, statuses
    assert all(response.headers["retry-after"] for response in refused)
    assert all(response.json()["error"]["code"] == "backend_unavailable" for response in refused)
    assert set(statuses) <= {200, 503}
    assert upstream.records == []


def test_a_replica_killed_mid_request_gives_503_then_serve_restarts_it(router: str, upstream: Any) -> None:
    import ray

    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        in_flight = pool.submit(_post, router, 4000)
        time.sleep(1.0)  # the generation is running on the replica
        replicas = [
            actor
            for actor in ray.util.list_named_actors(all_namespaces=True)
            if actor["name"].startswith("SERVE_REPLICA::") and "#LocalBackend#" in actor["name"]
        ]
        assert replicas, ray.util.list_named_actors(all_namespaces=True)
        for actor in replicas:
            ray.kill(ray.get_actor(actor["name"], namespace=actor["namespace"]), no_restart=True)
        response = in_flight.result(timeout=120)

    assert response.status_code == 503, response.text
    assert response.json()["error"]["code"] == "backend_unavailable"
    assert upstream.records == []
    wait_ready(router, timeout_s=180)
    assert _post(router, 4).status_code == 200
