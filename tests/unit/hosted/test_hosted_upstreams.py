"""Several upstreams: failover, breakers, regions, Azure, tier and faults, against real simulators."""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator, Iterator
from typing import Any

import anyio
import anyio.abc
import pytest

from benchmarks.upstream_sim import UpstreamSim
from benchmarks.upstream_sim.app import FAULT_HEADER
from hosted import (
    HostedAuthFailed,
    HostedCall,
    HostedClient,
    HostedRejected,
    HostedSettings,
    HostedTimeout,
    HostedUnavailable,
)

pytestmark = pytest.mark.anyio

KEY = "sk-test-upstreams"
CHAT = {"model": "gpt-4.1-mini", "messages": [{"role": "user", "content": "Say hi."}], "max_tokens": 3}


@pytest.fixture(scope="module")
def second() -> Iterator[UpstreamSim]:
    with UpstreamSim() as sim:
        yield sim


@pytest.fixture
def fresh_second(second: UpstreamSim) -> Iterator[UpstreamSim]:
    second.clear_fault()
    second.clear_records()
    yield second
    second.clear_fault()


def _settings(*upstreams: dict[str, Any], **extra: Any) -> HostedSettings:
    return HostedSettings(api_key=KEY, upstreams=upstreams, timeout_s=5.0, max_retries=0, **extra)


@pytest.fixture
async def pair(sim: UpstreamSim, fresh_second: UpstreamSim) -> AsyncIterator[HostedClient]:
    """`first` in region eu-west, `second` in region us-east; `first` is always tried first."""
    settings = _settings(
        {"name": "first", "base_url": sim.base_url, "region": "eu-west"},
        {"name": "second", "base_url": fresh_second.base_url, "region": "us-east", "weight": 1e-9},
        breaker_failures=2, breaker_cooldown_s=60.0,
    )
    client = HostedClient(settings, random_source=lambda: 0.5)
    yield client
    await client.aclose()


async def test_an_unavailable_upstream_fails_over_to_the_next(
    pair: HostedClient, sim: UpstreamSim, fresh_second: UpstreamSim
) -> None:
    sim.set_fault(503)
    answer = await pair.create("chat.completions", CHAT)
    assert answer["choices"][0]["message"]["content"]
    assert len(sim.records) == 1 and len(fresh_second.records) == 1


async def test_a_stream_fails_over_before_its_first_byte(
    pair: HostedClient, sim: UpstreamSim, fresh_second: UpstreamSim
) -> None:
    sim.set_fault(500)
    chunks = [c async for c in pair.stream("chat.completions", {**CHAT, "stream": True})]
    assert chunks and len(fresh_second.records) == 1


async def test_the_breaker_opens_and_the_open_upstream_is_skipped_without_a_call(
    pair: HostedClient, sim: UpstreamSim, fresh_second: UpstreamSim
) -> None:
    sim.set_fault(503)
    for _ in range(2):
        await pair.create("chat.completions", CHAT)
    assert pair.breaker_states() == {"first": "open", "second": "closed"}
    sim.clear_fault()
    sim.clear_records()
    await pair.create("chat.completions", CHAT)
    assert sim.records == [] and len(fresh_second.records) == 3


async def test_every_breaker_open_is_unavailable_with_a_clear_message(
    pair: HostedClient, sim: UpstreamSim, fresh_second: UpstreamSim
) -> None:
    sim.set_fault(503)
    fresh_second.set_fault(503)
    for _ in range(2):
        with pytest.raises(HostedUnavailable):
            await pair.create("chat.completions", CHAT)
    with pytest.raises(HostedUnavailable, match="circuit breaker is open"):
        await pair.create("chat.completions", CHAT)


async def test_a_client_error_is_not_failed_over_and_keeps_the_breaker_closed(
    pair: HostedClient, sim: UpstreamSim, fresh_second: UpstreamSim
) -> None:
    sim.set_fault(400, message="bad")
    for _ in range(3):
        with pytest.raises(HostedRejected):
            await pair.create("chat.completions", CHAT)
    assert pair.breaker_states()["first"] == "closed" and fresh_second.records == []


async def test_a_429_fails_over_and_the_last_keeps_its_retry_after(
    pair: HostedClient, sim: UpstreamSim, fresh_second: UpstreamSim
) -> None:
    sim.set_fault(429, retry_after_s=3)
    assert await pair.create("chat.completions", CHAT)
    fresh_second.set_fault(429, retry_after_s=3)
    with pytest.raises(HostedRejected) as caught:
        await pair.create("chat.completions", CHAT)
    assert (caught.value.status_code, caught.value.retry_after) == (429, "3")


@pytest.mark.parametrize("status", [401, 403])
async def test_a_refused_key_fails_over_and_opens_that_upstreams_breaker(
    pair: HostedClient, sim: UpstreamSim, fresh_second: UpstreamSim, status: int
) -> None:
    """One account's key revoked: its requests go to the other account, and its breaker opens."""
    sim.set_fault(status)
    for _ in range(3):
        answer = await pair.create("chat.completions", CHAT)
        assert answer["choices"][0]["message"]["content"]
    assert pair.breaker_states() == {"first": "open", "second": "closed"}
    assert len(sim.records) == 2 and len(fresh_second.records) == 3  # the open breaker skipped the third
    fresh_second.set_fault(status)
    with pytest.raises(HostedAuthFailed):  # every key refused: still the router's credential (502)
        await pair.create("chat.completions", CHAT)


async def test_a_failover_logs_why_the_upstream_failed(
    pair: HostedClient, sim: UpstreamSim, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="hosted.client")
    sim.set_fault(503, message="region eu-west is draining")
    assert await pair.create("chat.completions", CHAT)
    assert "hosted upstream first failed" in caplog.text and "region eu-west is draining" in caplog.text


async def test_regions_restrict_the_upstreams(
    pair: HostedClient, sim: UpstreamSim, fresh_second: UpstreamSim
) -> None:
    await pair.create("chat.completions", CHAT, HostedCall(regions=("us-east",)))
    assert sim.records == [] and len(fresh_second.records) == 1
    with pytest.raises(HostedUnavailable, match="regions"):
        await pair.create("chat.completions", CHAT, HostedCall(regions=("ap-south",)))


async def test_weights_share_the_traffic(sim: UpstreamSim, fresh_second: UpstreamSim) -> None:
    settings = _settings({"name": "a", "base_url": sim.base_url, "weight": 3.0},
                         {"name": "b", "base_url": fresh_second.base_url, "weight": 1.0})
    client = HostedClient(settings)
    try:
        for _ in range(80):
            await client.create("chat.completions", CHAT)
    finally:
        await client.aclose()
    share = len(sim.records) / 80
    assert 0.55 < share < 0.95  # 0.75 expected; wide bounds keep the test deterministic enough


async def test_the_service_tier_is_the_callers_and_a_downgrade_is_visible(pair: HostedClient, sim: UpstreamSim) -> None:
    answer = await pair.create("chat.completions", CHAT, HostedCall(service_tier="flex"))
    assert sim.records[-1]["body"]["service_tier"] == "flex" and answer["service_tier"] == "flex"
    sim.set_fault(service_tier="default", count=1)
    answer = await pair.create("chat.completions", CHAT)
    assert sim.records[-1]["body"]["service_tier"] == "priority" and answer["service_tier"] == "default"


async def test_rate_limit_headers_reach_the_hook(sim: UpstreamSim) -> None:
    seen: list[tuple[str, dict[str, float]]] = []
    client = HostedClient(_settings({"name": "only", "base_url": sim.base_url}),
                          on_rate_limits=lambda name, limits: seen.append((name, limits)))
    try:
        await client.create("chat.completions", CHAT)
    finally:
        await client.aclose()
    [(name, limits)] = seen
    assert name == "only" and limits["remaining-requests"] == 9999 and "reset-requests" not in limits


async def test_rate_limit_headers_of_a_429_reach_the_hook_too() -> None:
    """The API sends its `x-ratelimit-*` counts with a 429 as well: the moment they matter most.

    A plain HTTP/1.1 server on loopback answers as the API does (the simulator sends no
    counts with its injected errors).
    """
    body = b'{"error": {"message": "Rate limit reached", "type": "requests", "code": "rate_limit_exceeded"}}'
    answer = (b"HTTP/1.1 429 Too Many Requests\r\ncontent-type: application/json\r\nretry-after: 7\r\n"
              b"x-ratelimit-limit-requests: 500\r\nx-ratelimit-remaining-requests: 0\r\n"
              b"x-ratelimit-reset-requests: 7s\r\ncontent-length: " + str(len(body)).encode() + b"\r\n"
              b"connection: close\r\n\r\n" + body)

    async def rate_limited(stream: anyio.abc.SocketStream) -> None:
        async with stream:
            await stream.receive()
            await stream.send(answer)

    seen: list[tuple[str, dict[str, float]]] = []
    listener = await anyio.create_tcp_listener(local_host="127.0.0.1")
    port = listener.extra(anyio.abc.SocketAttribute.local_port)
    client = HostedClient(_settings({"name": "only", "base_url": f"http://127.0.0.1:{port}/v1"}),
                          on_rate_limits=lambda name, limits: seen.append((name, limits)))
    async with listener, anyio.create_task_group() as serving:
        serving.start_soon(listener.serve, rate_limited)
        try:
            with pytest.raises(HostedRejected) as caught:
                await client.create("chat.completions", CHAT)
        finally:
            await client.aclose()
            serving.cancel_scope.cancel()
    assert (caught.value.status_code, caught.value.retry_after) == (429, "7")
    assert seen == [("only", {"limit-requests": 500.0, "remaining-requests": 0.0})]


async def test_azure_upstream_names_the_deployment_in_the_path(sim: UpstreamSim) -> None:
    settings = _settings({"name": "azure-uk", "kind": "azure", "base_url": sim.root_url, "api_key": "az-key"})
    client = HostedClient(settings)
    try:
        answer = await client.create("chat.completions", CHAT)
    finally:
        await client.aclose()
    record = sim.records[-1]
    assert record["path"] == "/openai/deployments/gpt-4.1-mini/chat/completions"
    assert record["headers"]["api-key"] == "az-key" and "authorization" not in record["headers"]
    assert answer["choices"]  # the simulator's Azure path refuses store / service_tier, as Azure 2024-10-21 does
    assert "store" not in record["body"] and "service_tier" not in record["body"]
    assert "service_tier" not in answer  # nor does Azure's answer name one: nothing says a tier was served


@pytest.mark.parametrize(
    ("fault", "match"),
    [({"malformed_sse": True}, "unreadable"), ({"stream_omit": "done"}, "DONE"),
     ({"drop_after_chunks": 2}, "broke")],
)
async def test_stream_faults_raise_after_the_chunks_already_sent(
    pair: HostedClient, sim: UpstreamSim, fault: dict[str, Any], match: str
) -> None:
    sim.set_fault(**fault)
    received = []
    with pytest.raises(HostedUnavailable, match=match):
        async for chunk in pair.stream("chat.completions", {**CHAT, "stream": True}):
            received.append(chunk)
    assert received


async def test_a_stalled_stream_is_a_break(sim: UpstreamSim) -> None:
    client = HostedClient(_settings({"name": "only", "base_url": sim.base_url}, stream_idle_timeout_s=0.3))
    sim.set_fault(hold_after_chunks=2)
    received = []
    try:
        with pytest.raises(HostedUnavailable, match="stalled"):
            async for chunk in client.stream("chat.completions", {**CHAT, "stream": True}):
                received.append(chunk)
    finally:
        sim.clear_fault()
        await client.aclose()
    assert len(received) == 2


async def _answer(client: HostedClient, stream: bool) -> None:
    if stream:
        async for _ in client.stream("chat.completions", {**CHAT, "stream": True}):
            pass
    else:
        await client.create("chat.completions", CHAT)


@pytest.mark.parametrize("stream", [False, True], ids=["whole", "stream"])
async def test_the_deadline_cuts_the_sdks_retries_short(sim: UpstreamSim, stream: bool) -> None:
    # Per attempt, 5 s and 3 retries would hold the request ~21 s; the deadline ends it during the first.
    settings = HostedSettings(api_key=KEY, upstreams=({"name": "only", "base_url": sim.base_url},),
                              timeout_s=5.0, max_retries=3, deadline_s=0.5, breaker_failures=1)
    client = HostedClient(settings)
    sim.set_fault(delay_ms=30_000)
    try:
        with pytest.raises(HostedTimeout, match=r"hosted.deadline_s \(0.5 s\)"):
            await _answer(client, stream)
    finally:
        sim.clear_fault()
        await client.aclose()
    assert len(sim.records) == 1, "the SDK retried past the deadline"
    assert client.breaker_states() == {"only": "open"}, "a cut attempt is the upstream's failure"


async def test_the_deadline_covers_the_failover_too(sim: UpstreamSim, fresh_second: UpstreamSim) -> None:
    # The first upstream's attempt times out at 1 s; the second's would at 2 s, the deadline cuts it at 1.6 s.
    settings = HostedSettings(
        api_key=KEY, timeout_s=1.0, max_retries=0, deadline_s=1.6, breaker_failures=1,
        upstreams=({"name": "first", "base_url": sim.base_url},
                   {"name": "second", "base_url": fresh_second.base_url, "weight": 1e-9}),
    )
    client = HostedClient(settings, random_source=lambda: 0.5)
    sim.set_fault(delay_ms=30_000)
    fresh_second.set_fault(delay_ms=30_000)
    try:
        with pytest.raises(HostedTimeout, match="deadline_s"):
            await client.create("chat.completions", CHAT)
    finally:
        sim.clear_fault()
        await client.aclose()
    assert len(sim.records) == 1 and len(fresh_second.records) == 1
    assert client.breaker_states() == {"first": "open", "second": "open"}


async def test_a_wrong_content_type_is_unavailable_not_a_crash(
    pair: HostedClient, sim: UpstreamSim, fresh_second: UpstreamSim
) -> None:
    sim.set_fault(wrong_content_type=True)
    fresh_second.set_fault(wrong_content_type=True)
    with pytest.raises(HostedUnavailable, match="unreadable"):
        await pair.create("chat.completions", CHAT)


@pytest.mark.parametrize("stream", [False, True], ids=["create", "stream"])
@pytest.mark.parametrize("fault", [
    {"wrong_content_type": True},  # an HTML page with 200
    {"empty_answer": True},  # no choices / [DONE] alone
    {"drop_after_chunks": 0},  # reset after the headers, before any byte or chunk
], ids=["wrong-content-type", "empty-answer", "reset-before-first"])
async def test_a_broken_200_fails_over_to_a_healthy_upstream_and_counts_against_its_breaker(
    pair: HostedClient, sim: UpstreamSim, fresh_second: UpstreamSim, fault: dict[str, Any], stream: bool
) -> None:
    sim.set_fault(**fault)
    for _ in range(2):
        if stream:
            chunks = [c async for c in pair.stream("chat.completions", {**CHAT, "stream": True})]
            assert chunks and chunks[-1]["choices"][0]["finish_reason"]
        else:
            answer = await pair.create("chat.completions", CHAT)
            assert answer["choices"][0]["message"]["content"]
    assert len(fresh_second.records) == 2
    assert pair.breaker_states() == {"first": "open", "second": "closed"}


async def test_a_fault_can_be_chosen_per_request_by_header(sim: UpstreamSim) -> None:
    import httpx

    async with httpx.AsyncClient() as http:
        faulted = await http.post(f"{sim.base_url}/chat/completions", json=CHAT,
                                  headers={FAULT_HEADER: json.dumps({"status": 503})})
        plain = await http.post(f"{sim.base_url}/chat/completions", json=CHAT)
    assert (faulted.status_code, plain.status_code) == (503, 200)
    await anyio.sleep(0)


async def _abandon_after_one_chunk(client: HostedClient, sim: UpstreamSim) -> None:
    chunks = client.stream("chat.completions", {**CHAT, "stream": True})
    await anext(chunks)  # the client read one chunk, then went away
    await chunks.aclose()


async def _refuse_the_tier_on_the_first_chunk(client: HostedClient, sim: UpstreamSim) -> None:
    from router.config import DepartmentPolicy, Settings
    from router.errors import TierRefused
    from router.hosted_leg import HostedLeg

    sim.set_fault(service_tier="default", count=1)
    leg = HostedLeg(client, Settings())
    with pytest.raises(TierRefused):
        await leg.call("chat.completions", {**CHAT, "stream": True}, stream=True,
                       policy=DepartmentPolicy(accept_tier_downgrade=False), department="d", headers={})


async def _cancel_before_the_answer(client: HostedClient, sim: UpstreamSim) -> None:
    sim.set_fault(delay_ms=2000, count=1)
    with anyio.move_on_after(0.2):
        await client.create("chat.completions", CHAT)


@pytest.mark.parametrize("abandon", [_abandon_after_one_chunk, _refuse_the_tier_on_the_first_chunk,
                                     _cancel_before_the_answer])
async def test_a_probe_that_ends_without_a_verdict_does_not_wedge_the_breaker(sim: UpstreamSim, abandon: Any) -> None:
    """Half-open lets one probe through; if it ends with neither success nor failure
    recorded, the next request must still be let through, not refused until restart."""
    client = HostedClient(_settings({"name": "only", "base_url": sim.base_url},
                                    breaker_failures=1, breaker_cooldown_s=0.2))
    try:
        sim.set_fault(503, count=1)
        with pytest.raises(HostedUnavailable):
            await client.create("chat.completions", CHAT)
        assert client.breaker_states() == {"only": "open"}
        await anyio.sleep(0.3)
        await abandon(client, sim)
        answer = await client.create("chat.completions", CHAT)  # wedged: HostedCircuitOpen
        assert answer["choices"] and client.breaker_states() == {"only": "closed"}
    finally:
        sim.clear_fault()
        await client.aclose()
