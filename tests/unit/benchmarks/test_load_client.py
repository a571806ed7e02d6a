"""One timed request (`send_request`) against the real upstream simulator on loopback."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from benchmarks.load import RequestResult, send_request
from benchmarks.ports import free_port
from benchmarks.upstream_sim import generated_text

MODEL = "gpt-4.1-mini"


@pytest.fixture(scope="module")
def sim_options():
    # Paced at 1000 tokens/s, so inter-token gaps are real, measurable waits.
    return {"tokens_per_s": 1000}


def _send(
    url: str, body: dict[str, Any], *, transport: httpx.AsyncBaseTransport | None = None, **kwargs: Any
) -> RequestResult:
    async def go() -> RequestResult:
        async with httpx.AsyncClient(transport=transport) as client:
            return await send_request(client, url, body, **kwargs)

    return asyncio.run(go())


def _chat(n_tokens: int, *, stream: bool = True, usage: bool = True) -> dict[str, Any]:
    body: dict[str, Any] = {
        "model": MODEL,
        "messages": [{"role": "user", "content": "how do libraries plan budgets"}],
        "max_completion_tokens": n_tokens,
        "stream": stream,
    }
    if stream and usage:
        body["stream_options"] = {"include_usage": True}
    return body


def test_streaming_chat_measures_ttft_itl_and_usage(sim):
    result = _send(sim.base_url + "/chat/completions", _chat(12), capture_headers=("x-request-id",))
    assert result.ok and result.status == 200 and result.error_kind is None
    assert result.usage_reported
    assert result.output_tokens == 12
    assert result.prompt_tokens == 5
    assert result.content_chunks == 12  # the simulator streams one token per chunk
    assert len(result.itl_s) == result.content_chunks - 1
    assert all(gap >= 0 for gap in result.itl_s)
    assert result.ttft_s is not None and 0 < result.ttft_s <= result.latency_s
    assert result.ttft_s + sum(result.itl_s) <= result.latency_s
    assert result.headers["x-request-id"].startswith("req_sim")
    # The body went out exactly as given.
    assert sim.records[-1]["body"] == _chat(12)


def test_stream_without_usage_counts_content_chunks(sim):
    result = _send(sim.base_url + "/chat/completions", _chat(7, usage=False))
    assert result.ok
    assert not result.usage_reported
    assert result.output_tokens == 7 == result.content_chunks
    assert result.prompt_tokens is None


def test_streaming_completions_endpoint(sim):
    body = {"model": MODEL, "prompt": "weather report please", "max_tokens": 6, "stream": True}
    result = _send(sim.base_url + "/completions", body)
    assert result.ok and result.content_chunks == 6 and len(result.itl_s) == 5


def test_non_streaming_has_latency_and_usage_only(sim):
    result = _send(sim.base_url + "/chat/completions", _chat(9, stream=False))
    assert result.ok
    assert result.ttft_s is None and result.itl_s == () and result.content_chunks == 0
    assert result.output_tokens == 9 and result.prompt_tokens == 5 and result.usage_reported


@pytest.mark.parametrize(
    ("status", "kind"), [(500, "http_5xx"), (503, "http_5xx"), (429, "http_4xx"), (400, "http_4xx")]
)
def test_http_errors_are_classified_not_raised(sim, status, kind):
    sim.set_fault(status, count=1, message="injected for the load test")
    result = _send(sim.base_url + "/chat/completions", _chat(4))
    assert not result.ok
    assert result.status == status
    assert result.error_kind == kind
    assert result.error == "injected for the load test"


def test_delay_beyond_timeout_is_a_timeout(sim):
    sim.set_fault(delay_ms=5_000, count=1)
    result = _send(sim.base_url + "/chat/completions", _chat(4), timeout_s=0.2)
    assert not result.ok and result.error_kind == "timeout" and result.status is None


def test_stream_stalling_past_the_deadline_is_a_timeout(sim):
    # Role chunk, tok0, tok1, then the simulator holds the stream until the fault is cleared.
    sim.set_fault(hold_after_chunks=3, count=1)
    result = _send(sim.base_url + "/chat/completions", _chat(10), timeout_s=0.3)
    assert result.error_kind == "timeout"
    assert result.status == 200
    assert result.content_chunks == 2 and result.ttft_s is not None


def test_connection_cut_mid_stream_is_a_connection_error(sim):
    sim.set_fault(drop_after_chunks=3, count=1)
    result = _send(sim.base_url + "/chat/completions", _chat(10))
    assert result.error_kind == "connection" and not result.ok


def test_stream_ending_without_done_is_incomplete(sim):
    sim.set_fault(end_after_chunks=3, count=1)
    result = _send(sim.base_url + "/chat/completions", _chat(10))
    assert result.error_kind == "incomplete_stream" and not result.ok


def test_refused_connection_is_a_connection_error():
    port = free_port()  # nothing listens there
    result = _send(f"http://127.0.0.1:{port}/v1/chat/completions", _chat(4))
    assert result.error_kind == "connection" and result.status is None


# The simulator cannot send an error event inside a 200 stream or a non-OpenAI body, so these two
# cases use an in-process transport that serves fixed bytes; the parsing path is the real one.


def _fixed(body: bytes, content_type: str) -> httpx.MockTransport:
    return httpx.MockTransport(
        lambda request: httpx.Response(200, headers={"content-type": content_type}, content=body)
    )


def test_error_event_in_stream_is_a_stream_error():
    chunk = b'data: {"choices": [{"index": 0, "delta": {"content": "tok0"}}]}\n\n'
    error = b'data: {"error": {"message": "backend failed mid-stream", "type": "server_error"}}\n\n'
    transport = _fixed(chunk + error + b"data: [DONE]\n\n", "text/event-stream")
    result = _send("http://upstream.test/v1/chat/completions", _chat(4), transport=transport)
    assert result.error_kind == "stream_error"
    assert result.error == "backend failed mid-stream"
    assert result.content_chunks == 1


def test_body_that_is_not_openai_shaped_is_a_bad_response():
    transport = _fixed(b"<html>proxy login</html>", "text/html")
    result = _send("http://upstream.test/v1/chat/completions", _chat(4, stream=False), transport=transport)
    assert result.error_kind == "bad_response"


def test_usage_missing_from_a_plain_answer_counts_words():
    answer = (
        b'{"choices": [{"index": 0, "message": {"role": "assistant", "content": "'
        + generated_text(5).encode()
        + b'"}}]}'
    )
    transport = _fixed(answer, "application/json")
    result = _send("http://upstream.test/v1/chat/completions", _chat(5, stream=False), transport=transport)
    assert result.ok and not result.usage_reported and result.output_tokens == 5


def test_requests_reuse_one_kept_alive_connection(sim):
    # A stream left part-read after [DONE] would close its connection; each request would open a new one.
    local_ports: list[int] = []

    async def remember_port(response: httpx.Response) -> None:
        local_ports.append(response.extensions["network_stream"].get_extra_info("client_addr")[1])

    async def go() -> list[RequestResult]:
        async with httpx.AsyncClient(event_hooks={"response": [remember_port]}) as client:
            url = sim.base_url + "/chat/completions"
            return [await send_request(client, url, _chat(3, stream=i % 2 == 0)) for i in range(6)]

    results = asyncio.run(go())
    assert all(result.ok for result in results)
    assert len(local_ports) == 6 and len(set(local_ports)) == 1


def test_body_is_sent_as_json(sim):
    # vLLM's OpenAI server refuses a body without Content-Type: application/json.
    result = _send(sim.base_url + "/chat/completions", _chat(3), headers={"x-extra": "1"})
    assert result.ok
    headers = {k.lower(): v for k, v in sim.records[-1]["headers"].items()}
    assert headers["content-type"] == "application/json"
    assert headers["x-extra"] == "1"
