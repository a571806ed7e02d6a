"""Streaming is preserved on both routes: SSE chunks, then [DONE]."""

from __future__ import annotations

import time
from typing import Any

import httpx
import pytest

from tests.integration.conftest import auth_headers, hosted_overrides, sdk


@pytest.fixture(scope="module")
def router(deploy: Any, upstream: Any) -> str:
    return str(deploy(**hosted_overrides(upstream.base_url)))


@pytest.mark.parametrize(
    ("text", "route"),
    [("Name three British birds.", "hosted"), ("Write to tom.baker@example.org about his claim.", "local")],
)
def test_sdk_streams_chat_on_both_routes(router: str, upstream: Any, text: str, route: str) -> None:
    client = sdk(router)
    with client.chat.completions.with_streaming_response.create(
        model="auto", messages=[{"role": "user", "content": text}], max_tokens=6, stream=True,
        stream_options={"include_usage": True},
    ) as response:
        assert response.headers["x-sovereign-route"] == route
        assert response.headers["content-type"].startswith("text/event-stream")
        chunks = list(response.parse())
    content = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert content
    assert [c.usage for c in chunks if c.usage][-1].completion_tokens <= 6
    assert len(upstream.records) == (1 if route == "hosted" else 0)


@pytest.mark.parametrize(("prompt", "route"), [("Tell me about tea.", "hosted"), ("NHS number 943 476 5919", "local")])
def test_raw_sse_ends_with_done_for_completions(router: str, prompt: str, route: str) -> None:
    body = {"model": "auto", "prompt": prompt, "max_tokens": 4, "stream": True}
    with httpx.stream("POST", f"{router}/v1/completions", json=body, timeout=60,
                      headers=auth_headers()) as response:
        assert response.status_code == 200
        assert response.headers["x-sovereign-route"] == route
        lines = [line for line in response.iter_lines() if line]
    assert lines[-1] == "data: [DONE]"
    assert all(line.startswith("data: ") for line in lines)
    assert len(lines) >= 2


def test_hosted_failure_after_first_chunk_is_an_error_event_then_done(router: str, upstream: Any) -> None:
    upstream.set_fault(drop_after_chunks=2)
    body = {"model": "auto", "messages": [{"role": "user", "content": "Count to twenty."}], "max_tokens": 20,
            "stream": True}
    with httpx.stream("POST", f"{router}/v1/chat/completions", json=body, timeout=60,
                      headers=auth_headers()) as response:
        assert response.status_code == 200
        lines = [line for line in response.iter_lines() if line]
    assert lines[-1] == "data: [DONE]"
    assert '"error"' in lines[-2]


def test_client_disconnect_stops_the_upstream_stream(router: str, upstream: Any) -> None:
    # A paced upstream: 200 tokens would take 10 s. The router notices the client has
    # gone when it writes the next chunk, and must then close its upstream stream.
    upstream.set_tokens_per_s(20)
    before = upstream.client_disconnects
    body = {"model": "auto", "messages": [{"role": "user", "content": "Recite a long poem."}], "max_tokens": 200,
            "stream": True}
    with httpx.stream("POST", f"{router}/v1/chat/completions", json=body, timeout=60,
                      headers=auth_headers()) as response:
        assert response.headers["x-sovereign-route"] == "hosted"
        first = next(line for line in response.iter_lines() if line)
        assert first.startswith("data: ")
    deadline = time.monotonic() + 8  # well before the 10 s the whole stream would take
    while upstream.client_disconnects == before and time.monotonic() < deadline:
        time.sleep(0.1)
    assert upstream.client_disconnects == before + 1
