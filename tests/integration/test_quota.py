"""Quotas over the real Serve app with two ingress replicas sharing the ledger actor: a burst over
the limit gets 429 with Retry-After and x-ratelimit-* headers, and the admitted total holds to
the limit within ±10 %."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest

from router.access import AccessSettings, KeyAdmin
from tests.integration.conftest import hosted_overrides

LIMIT = 100
TOKEN_LIMIT = 120  # a tiny-model chat request uses some 30-60 tokens (prompt and answer)
BURST_TOKEN_LIMIT = 1000  # hosted answers of 20 tokens (the simulator counts 4 words + 16), 29 reserved
PUBLIC_TEXT = "Name three British birds."
SLIDE_LIMIT = 20
SLIDE_WINDOW_S, SLIDE_TTL_S = 8.0, 2.0  # the ledger actor's window and lease lifetime in the sliding test
SECRET_TEXT = "TOP SECRET: the attached plan."  # refused by policy after admission: cheap, still counted
ACCESS: dict[str, Any] = {
    "enabled": True,
    "quotas": {"Burst-Dept": {"requests_per_min": LIMIT}, "Calm-Dept": {"requests_per_min": 1000,
                                                                        "tokens_per_min": 100000},
               "Stream-Dept": {"tokens_per_min": TOKEN_LIMIT}, "Slide-Dept": {"requests_per_min": SLIDE_LIMIT},
               "Token-Burst-Dept": {"tokens_per_min": BURST_TOKEN_LIMIT}, "Refused-Dept": {"tokens_per_min": 300}},
}


@pytest.fixture(scope="module")
def router(deploy: Any, upstream: Any) -> str:
    return str(deploy(access=ACCESS, server={"num_replicas": 2, "num_cpus": 0.25},
                      **hosted_overrides(upstream.base_url)))


@pytest.fixture(scope="module")
def admin(router: str, data_dir: Path) -> Any:
    keys = KeyAdmin(AccessSettings(**ACCESS), data_dir)
    yield keys
    keys.close()


def _post(router: str, key: str, text: str, max_tokens: int = 2) -> httpx.Response:
    body = {"model": "auto", "messages": [{"role": "user", "content": text}], "max_tokens": max_tokens}
    return httpx.post(f"{router}/v1/chat/completions", json=body, headers={"Authorization": f"Bearer {key}"},
                      timeout=60.0)


def test_burst_over_the_limit_across_two_replicas(router: str, admin: KeyAdmin) -> None:
    # No wait for the start of a wall-clock minute: the limit holds over any 60-s window.
    keys = [admin.create("Burst-Dept", ("caseworker",))[0] for _ in range(4)]  # several keys, one department
    with ThreadPoolExecutor(max_workers=8) as pool:
        responses = list(pool.map(lambda i: _post(router, keys[i % 4], SECRET_TEXT), range(int(LIMIT * 1.6))))
    statuses = [r.status_code for r in responses]
    admitted = statuses.count(403)
    print(f"admitted {admitted} of {LIMIT} (limit) from {len(statuses)} requests over two replicas")
    assert set(statuses) <= {403, 429}, statuses
    assert LIMIT * 0.9 <= admitted <= LIMIT * 1.1, admitted
    refused = next(r for r in responses if r.status_code == 429)
    error = refused.json()["error"]
    assert (error["type"], error["code"]) == ("rate_limit_error", "rate_limit_exceeded")
    assert 1 <= int(refused.headers["retry-after"]) <= 60
    assert refused.headers["x-ratelimit-limit-requests"] == str(LIMIT)
    assert refused.headers["x-ratelimit-remaining-requests"] == "0"
    # Both replicas spent shares of the limit (the ledger counts the replicas it leased to).
    import ray

    from router.limits.coordinator import ACTOR_NAME, NAMESPACE

    ledger = ray.get_actor(ACTOR_NAME, namespace=NAMESPACE)
    assert ray.get(ledger.holders.remote("dept:Burst-Dept:requests")) == 2


def test_answers_carry_rate_limit_headers(router: str, admin: KeyAdmin) -> None:
    key, _ = admin.create("Calm-Dept", ("caseworker",))
    response = _post(router, key, "Summarise the referral for the patient with NHS number 943 476 5919.")
    assert response.status_code == 200, response.text
    assert response.headers["x-ratelimit-limit-requests"] == "1000"
    assert int(response.headers["x-ratelimit-remaining-requests"]) < 1000
    assert response.headers["x-ratelimit-limit-tokens"] == "100000"
    assert response.headers["x-ratelimit-reset-requests"].endswith("s")


def test_the_ledger_actor_is_found_again_after_it_dies(router: str, admin: KeyAdmin) -> None:
    import ray

    from router.limits.coordinator import ACTOR_NAME, NAMESPACE

    key, _ = admin.create("Calm-Dept", ("caseworker",))
    assert _post(router, key, SECRET_TEXT).status_code == 403  # admitted (then refused by policy)
    ray.kill(ray.get_actor(ACTOR_NAME, namespace=NAMESPACE), no_restart=True)  # gone for good
    # Enough requests that both replicas spend their shares and lease again from the ledger.
    with ThreadPoolExecutor(max_workers=4) as pool:
        statuses = list(pool.map(lambda _: _post(router, key, SECRET_TEXT).status_code, range(120)))
    # Never a 500. While Ray re-creates the ledger a request may wait 2 s and be refused closed
    # (503 quota_unavailable, never admitted unmetered); once it is back, every request is metered again.
    assert set(statuses) <= {403, 503}, statuses
    deadline = time.monotonic() + 60
    while _post(router, key, SECRET_TEXT).status_code != 403 and time.monotonic() < deadline:
        time.sleep(0.5)
    with ThreadPoolExecutor(max_workers=4) as pool:
        after = list(pool.map(lambda _: _post(router, key, SECRET_TEXT).status_code, range(40)))
    assert set(after) == {403}, after  # the replicas looked the ledger up again
    assert ray.get_actor(ACTOR_NAME, namespace=NAMESPACE) is not None


def test_a_concurrent_burst_spends_no_more_tokens_than_the_limit_across_two_replicas(
    router: str, admin: KeyAdmin,
) -> None:
    # Tokens are known only once each answer is back; requests admitted together reserve what
    # they may use (prompt estimate + max_tokens), so eight in flight cannot all spend the
    # limit's last tokens (before: every request found tokens left when it was admitted).
    key, _ = admin.create("Token-Burst-Dept", ("caseworker",))
    with ThreadPoolExecutor(max_workers=8) as pool:
        responses = list(pool.map(lambda _: _post(router, key, PUBLIC_TEXT, max_tokens=16), range(100)))
    statuses = [r.status_code for r in responses]
    assert set(statuses) <= {200, 429}, next(r.text for r in responses if r.status_code not in (200, 429))
    used = sum(r.json()["usage"]["total_tokens"] for r in responses if r.status_code == 200)
    print(f"{statuses.count(200)} answered, {used} tokens of {BURST_TOKEN_LIMIT} (limit)")
    assert BURST_TOKEN_LIMIT * 0.9 <= used <= BURST_TOKEN_LIMIT, used
    refused = next(r for r in responses if r.status_code == 429)
    assert refused.headers["x-ratelimit-limit-tokens"] == str(BURST_TOKEN_LIMIT)


def test_requests_refused_by_policy_use_no_tokens(router: str, admin: KeyAdmin) -> None:
    # Each reserves ~110 tokens at admission (max_tokens 100) against 300 tokens/min, then policy
    # refuses it (403): the reservation comes back, so the third is refused 403, not 429.
    key, _ = admin.create("Refused-Dept", ("caseworker",))
    statuses = [_post(router, key, SECRET_TEXT, max_tokens=100).status_code for _ in range(8)]
    assert statuses == [403] * 8, statuses


def test_streams_count_against_tokens_per_min_without_asking_for_usage(router: str, admin: KeyAdmin) -> None:
    # A client that never sets stream_options.include_usage is counted all the same: the router
    # asks the backend for the usage chunk and keeps it from the client, which did not ask.
    key, _ = admin.create("Stream-Dept", ("caseworker",))
    body = {"model": "auto", "stream": True, "max_tokens": 2,
            "messages": [{"role": "user", "content": "Summarise the referral for the patient with NHS number "
                                                     "943 476 5919."}]}
    statuses = []
    for _ in range(12):
        response = httpx.post(f"{router}/v1/chat/completions", json=body, timeout=60.0,
                              headers={"Authorization": f"Bearer {key}"})
        statuses.append(response.status_code)
        if response.status_code == 429:
            break
        assert response.status_code == 200, response.text
        assert '"usage":{' not in response.text.replace(" ", "")  # not asked for, not sent
        assert response.text.rstrip().endswith("data: [DONE]")
    assert statuses[-1] == 429, statuses  # before: streams were never counted, all 12 answered
    assert 2 <= len(statuses) <= 8, statuses


def _ledger_with_window(window_s: float, ttl_s: float) -> Any:
    """Replace the cluster's ledger actor by one whose window is `window_s` (the served app's is
    60 s): the replicas' handles then fail, and they look the actor up again by name and find it."""
    import ray

    from router.limits import QuotaLedger
    from router.limits.coordinator import ACTOR_NAME, NAMESPACE

    try:
        ray.kill(ray.get_actor(ACTOR_NAME, namespace=NAMESPACE), no_restart=True)
    except ValueError:
        pass  # none yet
    deadline = time.monotonic() + 30
    while True:
        try:
            return (ray.remote(QuotaLedger)
                    .options(name=ACTOR_NAME, namespace=NAMESPACE, lifetime="detached", num_cpus=0, max_restarts=-1)
                    .remote(window_s=window_s, lease_ttl_s=ttl_s))
        except ValueError:  # the killed actor's name is not yet free
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def test_the_limit_holds_over_a_sliding_window_across_two_replicas(router: str, admin: KeyAdmin) -> None:
    # Requests sent without pause for a window and a half over two replicas, against the real
    # ledger actor with an 8-s window: fixed windows would admit the limit at the start of each
    # window, so a span across a window boundary would hold more than the limit.
    import ray

    ledger = _ledger_with_window(SLIDE_WINDOW_S, SLIDE_TTL_S)
    try:
        ray.get(ledger.holders.remote("dept:Slide-Dept:requests"))  # up before the replicas ask
        keys = [admin.create("Slide-Dept", ("caseworker",))[0] for _ in range(4)]
        until = time.monotonic() + SLIDE_WINDOW_S * 1.5

        def sender(i: int) -> list[tuple[float, httpx.Response, float]]:
            sent: list[tuple[float, httpx.Response, float]] = []
            while time.monotonic() < until:
                start = time.monotonic()
                response = _post(router, keys[i], SECRET_TEXT)
                sent.append((start, response, time.monotonic()))
            return sent

        with ThreadPoolExecutor(max_workers=4) as pool:
            results = [result for batch in pool.map(sender, range(4)) for result in batch]
        assert {r.status_code for _, r, _ in results} <= {403, 429}, [r.text for _, r, _ in results]
        admitted = sorted((sent, got) for sent, r, got in results if r.status_code == 403)
        print(f"admitted {len(admitted)} of {len(results)} requests over {SLIDE_WINDOW_S * 1.5:.0f} s "
              f"(limit {SLIDE_LIMIT} per {SLIDE_WINDOW_S:.0f} s) over two replicas")
        assert len(admitted) >= SLIDE_LIMIT * 0.9
        # Requests sent and answered within one window were admitted within it: never more than the limit.
        for i, (start, _) in enumerate(admitted):
            assert sum(s >= start and got < start + SLIDE_WINDOW_S for s, got in admitted[i:]) <= SLIDE_LIMIT
        assert ray.get(ledger.holders.remote("dept:Slide-Dept:requests")) == 2

        got, refused = max(((got, r) for _, r, got in results if r.status_code == 429), key=lambda x: x[0])
        retry_after = int(refused.headers["retry-after"])
        assert 1 <= retry_after <= SLIDE_WINDOW_S + SLIDE_TTL_S + 1
        assert refused.headers["x-ratelimit-limit-requests"] == str(SLIDE_LIMIT)
        assert refused.headers["x-ratelimit-remaining-requests"] == "0"
        assert int(refused.headers["x-ratelimit-reset-requests"].removesuffix("s")) >= retry_after
        time.sleep(max(0.0, got + retry_after - time.monotonic()))
        assert _post(router, keys[0], SECRET_TEXT).status_code == 403  # admitted when Retry-After said
    finally:
        # The next app finds the default (60-s) ledger again: its replicas re-create it by name.
        ray.kill(ledger, no_restart=True)
