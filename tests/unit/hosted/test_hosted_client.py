"""The real HostedClient against the real upstream simulator: answers, egress record, faults."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import anyio
import anyio.abc
import pytest

from benchmarks.ports import free_port
from benchmarks.upstream_sim import UpstreamSim, generated_text
from hosted import (
    HostedAuthFailed,
    HostedClient,
    HostedError,
    HostedRejected,
    HostedSettings,
    HostedTimeout,
    HostedUnavailable,
    build_outgoing,
)
from hosted.sse import answer_object

pytestmark = pytest.mark.anyio

CHAT = {"model": "gpt-4.1-mini", "messages": [{"role": "user", "content": "What is the capital of France?"}]}
COMPLETION = {"model": "gpt-4.1-mini", "prompt": "The capital of France is"}
BODIES: dict[str, dict[str, Any]] = {"chat.completions": CHAT, "completions": COMPLETION}
ENDPOINTS = pytest.mark.parametrize("endpoint", ["chat.completions", "completions"])


async def _eventually(condition: Callable[[], bool]) -> None:
    """Wait for something the simulator's thread does after our call returned (5 s at most)."""
    deadline = time.monotonic() + 5.0
    while not condition():
        assert time.monotonic() < deadline, "the simulator never saw it"
        await anyio.sleep(0.01)


def _text(endpoint: str, chunks: list[dict[str, Any]]) -> str:
    if endpoint == "chat.completions":
        return "".join(c["choices"][0]["delta"].get("content") or "" for c in chunks if c["choices"])
    return "".join(c["choices"][0]["text"] for c in chunks if c["choices"])


@ENDPOINTS
async def test_create_returns_the_answer_as_a_dict(client: HostedClient, endpoint: Any) -> None:
    answer = await client.create(endpoint, {**BODIES[endpoint], "max_tokens": 3})
    choice = answer["choices"][0]
    text = choice["message"]["content"] if endpoint == "chat.completions" else choice["text"]
    assert text == generated_text(3)
    assert answer["model"] == "gpt-4.1-mini"
    assert answer["service_tier"] == "priority"
    assert answer["usage"]["completion_tokens"] == 3


@ENDPOINTS
async def test_stream_yields_each_chunk_as_it_arrives(
    client: HostedClient, sim: UpstreamSim, endpoint: Any
) -> None:
    # The simulator holds the stream after 3 chunks until the fault is cleared: a client
    # that buffered would see nothing and time out instead of yielding those 3.
    sim.set_fault(hold_after_chunks=3, count=1)
    stream = client.stream(endpoint, {**BODIES[endpoint], "max_tokens": 5})
    first = [await anext(stream) for _ in range(3)]
    sim.clear_fault()
    rest = [chunk async for chunk in stream]
    chunks = first + rest
    assert _text(endpoint, chunks) == generated_text(5)
    expected_object = "chat.completion.chunk" if endpoint == "chat.completions" else "text_completion"
    assert {c["object"] for c in chunks} == {expected_object}
    assert chunks[-1]["choices"][0]["finish_reason"] == "length"


async def test_closing_the_stream_early_closes_the_upstream_connection(
    client: HostedClient, sim: UpstreamSim
) -> None:
    # The router closes the iterator when its client disconnects; generation upstream must stop.
    before = sim.client_disconnects
    sim.set_fault(hold_after_chunks=2, count=1)
    stream = client.stream("chat.completions", {**CHAT, "max_tokens": 50})
    assert [await anext(stream) for _ in range(2)]
    await stream.aclose()
    await _eventually(lambda: sim.client_disconnects == before + 1)


async def test_stream_usage_arrives_when_asked_for(client: HostedClient) -> None:
    body = {**CHAT, "max_tokens": 2, "stream_options": {"include_usage": True}}
    chunks = [chunk async for chunk in client.stream("chat.completions", body)]
    assert chunks[-1]["choices"] == []
    assert chunks[-1]["usage"]["completion_tokens"] == 2


@pytest.mark.parametrize("streamed", [False, True], ids=["create", "stream"])
@ENDPOINTS
async def test_egress_carries_only_what_the_request_needs(
    client: HostedClient, sim: UpstreamSim, api_key: str, endpoint: Any, streamed: bool
) -> None:
    # As the router does it: the client's body is built from the egress schema, then `user`
    # is set to the department's opaque id.
    client_body = {
        **BODIES[endpoint],
        "max_tokens": 2,
        "temperature": 0.5,
        "user": "dept-7c1e",
        "store": True,
        "service_tier": "flex",
        "metadata": {"sensitivity": "public", "case_ref": "C-1"},
        "x_sovereign_department": "dwp",
        "stream_options": {"include_usage": True},
        "stream": streamed,
    }
    body = {**build_outgoing(endpoint, client_body).body, "user": "dept-7c1e"}
    if streamed:
        [chunk async for chunk in client.stream(endpoint, body)]
    else:
        await client.create(endpoint, body)

    (record,) = sim.records
    sent = record["body"]
    expected = {*BODIES[endpoint], "max_tokens", "temperature", "user", "store", "service_tier", "stream"}
    assert set(sent) == expected | ({"stream_options"} if streamed else set())
    assert sent["store"] is False
    assert sent["service_tier"] == "priority"
    assert sent["user"] == "dept-7c1e"
    assert sent["stream"] is streamed
    headers = record["headers"]
    assert headers["authorization"] == f"Bearer {api_key}"
    assert [h for h in headers if h.startswith(("x-stainless-", "x-sovereign-"))] == []


async def test_retries_also_leave_without_sdk_telemetry(
    make_hosted_settings: Callable[..., HostedSettings], sim: UpstreamSim
) -> None:
    # The SDK adds x-stainless-retry-count per attempt, after the default headers.
    sim.set_fault(500, count=1, retry_after_s=0.001)
    client = HostedClient(make_hosted_settings(max_retries=1))
    try:
        answer = await client.create("chat.completions", CHAT)
    finally:
        await client.aclose()
    assert answer["object"] == "chat.completion"
    assert len(sim.records) == 2
    for record in sim.records:
        assert [h for h in record["headers"] if h.startswith("x-stainless-")] == []


@pytest.mark.parametrize("status", [401, 403])
async def test_our_credential_refused_is_auth_failed(
    client: HostedClient, sim: UpstreamSim, status: int
) -> None:
    sim.set_fault(status, message="Incorrect API key provided")
    with pytest.raises(HostedAuthFailed) as caught:
        await client.create("chat.completions", CHAT)
    assert caught.value.status_code == status


async def test_other_4xx_keep_status_message_code_and_param(client: HostedClient, sim: UpstreamSim) -> None:
    sim.set_fault(400, message="temperature is out of range", code="invalid_value", param="temperature")
    with pytest.raises(HostedRejected) as caught:
        await client.create("chat.completions", CHAT)
    error = caught.value
    assert not isinstance(error, HostedAuthFailed)
    assert (error.status_code, error.message, error.code, error.param) == (
        400,
        "temperature is out of range",
        "invalid_value",
        "temperature",
    )


async def test_rate_limit_without_retries_is_rejected_with_429(
    client: HostedClient, sim: UpstreamSim
) -> None:
    sim.set_fault(429)
    with pytest.raises(HostedRejected) as caught:
        await client.create("chat.completions", CHAT)
    assert caught.value.status_code == 429
    assert caught.value.code == "rate_limit_exceeded"


async def test_server_error_after_retries_is_unavailable(client: HostedClient, sim: UpstreamSim) -> None:
    sim.set_fault(500)
    with pytest.raises(HostedUnavailable, match="500"):
        await client.create("chat.completions", CHAT)


async def test_no_answer_within_the_timeout_is_a_timeout(
    make_hosted_settings: Callable[..., HostedSettings], sim: UpstreamSim
) -> None:
    before = sim.client_disconnects
    sim.set_fault(delay_ms=30_000)
    client = HostedClient(make_hosted_settings(timeout_s=0.2))
    try:
        with pytest.raises(HostedTimeout):
            await client.create("chat.completions", CHAT)
    finally:
        await client.aclose()
    await _eventually(lambda: sim.client_disconnects == before + 1)  # we hung up, not the upstream


async def test_connection_refused_is_unavailable(make_hosted_settings: Callable[..., HostedSettings]) -> None:
    port = free_port()  # outside the range port-0 binds draw from: nothing listens there
    client = HostedClient(make_hosted_settings(base_url=f"http://127.0.0.1:{port}/v1"))
    try:
        with pytest.raises(HostedUnavailable):
            await client.create("chat.completions", CHAT)
    finally:
        await client.aclose()


async def test_a_server_that_does_not_speak_http_is_unavailable(
    make_hosted_settings: Callable[..., HostedSettings],
) -> None:
    # What a gRPC server (HTTP/2) answers an HTTP/1.1 request with: a SETTINGS frame. A Ray
    # process that took a stopped upstream's port once made the router answer 500 here.
    settings_frame = bytes.fromhex("000018040000000000000400400000000500400000000600004000fe0300000001")

    async def answer_in_http2(stream: anyio.abc.SocketStream) -> None:
        async with stream:
            await stream.receive()
            await stream.send(settings_frame)

    listener = await anyio.create_tcp_listener(local_host="127.0.0.1")
    port = listener.extra(anyio.abc.SocketAttribute.local_port)
    client = HostedClient(make_hosted_settings(base_url=f"http://127.0.0.1:{port}/v1"))
    async with listener, anyio.create_task_group() as serving:
        serving.start_soon(listener.serve, answer_in_http2)
        try:
            for call in (client.create("chat.completions", CHAT), _drain(client.stream("chat.completions", CHAT))):
                with pytest.raises(HostedUnavailable):
                    await call
        finally:
            await client.aclose()
            serving.cancel_scope.cancel()


async def _drain(chunks: Any) -> None:
    async for _ in chunks:
        pass


async def test_connection_cut_mid_answer_is_unavailable(client: HostedClient, sim: UpstreamSim) -> None:
    sim.set_fault(drop_after_chunks=0)
    with pytest.raises(HostedUnavailable):
        await client.create("chat.completions", CHAT)


@ENDPOINTS
async def test_connection_cut_mid_stream_raises_from_the_iterator(
    client: HostedClient, sim: UpstreamSim, endpoint: Any
) -> None:
    sim.set_fault(drop_after_chunks=3)
    received = []
    with pytest.raises(HostedError):
        async for chunk in client.stream(endpoint, {**BODIES[endpoint], "max_tokens": 8}):
            received.append(chunk)
    assert len(received) == 3


async def test_stream_ended_before_it_finished_raises(client: HostedClient, sim: UpstreamSim) -> None:
    sim.set_fault(end_after_chunks=3)
    received = []
    with pytest.raises(HostedUnavailable, match="without \\[DONE\\]"):
        async for chunk in client.stream("chat.completions", {**CHAT, "max_tokens": 8}):
            received.append(chunk)
    assert len(received) == 3


@pytest.mark.parametrize(
    "omit, message",
    [("done", "without \\[DONE\\]"), ("finish_reason", "before every choice finished"),
     ("usage", "without the usage")],
)
async def test_a_stream_missing_any_closing_part_raises_after_its_chunks(
    client: HostedClient, sim: UpstreamSim, omit: str, message: str
) -> None:
    sim.set_fault(stream_omit=omit)
    body = {**CHAT, "max_tokens": 3, "n": 2, "stream_options": {"include_usage": True}}
    received = []
    with pytest.raises(HostedUnavailable, match=message):
        async for chunk in client.stream("chat.completions", body):
            received.append(chunk)
    assert received


@ENDPOINTS
async def test_an_answer_with_no_choices_is_unavailable_not_a_complete_answer(
    client: HostedClient, sim: UpstreamSim, endpoint: Any
) -> None:
    sim.set_fault(empty_answer=True)
    with pytest.raises(HostedUnavailable, match="without choices"):
        await client.create(endpoint, {**BODIES[endpoint], "max_tokens": 3})
    with pytest.raises(HostedUnavailable, match="with no chunk"):  # [DONE] alone
        [chunk async for chunk in client.stream(endpoint, {**BODIES[endpoint], "max_tokens": 3})]


@pytest.mark.parametrize(
    "raw, message",
    [(b'{"error": {"message": "model overloaded"}}', "model overloaded"),
     (b'{"id": "x", "choices": null}', "without choices"), (b'{"choices": {}}', "without choices"),
     (b"[]", "unreadable answer")],
)
def test_a_200_answer_is_checked_like_the_local_engines(raw: bytes, message: str) -> None:
    with pytest.raises(HostedUnavailable, match=message):
        answer_object(raw)
    assert answer_object(b'{"choices": []}') == {"choices": []}


async def test_a_whole_stream_with_two_choices_and_usage_passes(client: HostedClient) -> None:
    body = {**CHAT, "max_tokens": 3, "n": 2, "stream_options": {"include_usage": True}}
    chunks = [chunk async for chunk in client.stream("chat.completions", body)]
    assert chunks[-1]["usage"]["completion_tokens"] > 0


@pytest.mark.parametrize(
    "status, error", [(401, HostedAuthFailed), (400, HostedRejected), (503, HostedUnavailable)]
)
async def test_stream_refused_at_the_start_maps_the_same_way(
    client: HostedClient, sim: UpstreamSim, status: int, error: type[HostedError]
) -> None:
    sim.set_fault(status)
    with pytest.raises(error):
        [chunk async for chunk in client.stream("chat.completions", CHAT)]


def test_a_client_needs_an_api_key(sim: UpstreamSim) -> None:
    with pytest.raises(ValueError, match="API key"):
        HostedClient(HostedSettings(base_url=sim.base_url))
