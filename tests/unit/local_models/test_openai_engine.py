"""The in-boundary OpenAI-compatible engine against a real loopback server (upstream-sim)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import pytest

from local_models import (
    BackendTimeout,
    BackendUnavailable,
    LocalBackendServer,
    LocalModelSettings,
    OpenAICompatibleEngine,
    UnsupportedParameter,
)

from .bodies import chat_body, completion_body

pytestmark = pytest.mark.anyio

MakeEngine = Callable[..., OpenAICompatibleEngine]


def _settings(base_url: str, **extra: Any) -> LocalModelSettings:
    return LocalModelSettings(
        engine="openai", model_id="dept-vllm", served_model_name="gpt-4.1-mini", url=base_url, in_boundary=True,
        **extra,
    )


@pytest.fixture
async def make(sim: Any) -> AsyncIterator[MakeEngine]:
    """Engines pointed at the module's simulator; their connections close before the loop does."""
    built: list[OpenAICompatibleEngine] = []

    def factory(**extra: Any) -> OpenAICompatibleEngine:
        built.append(OpenAICompatibleEngine(_settings(sim.base_url, **extra)))
        return built[-1]

    yield factory
    for engine in built:
        await engine.aclose()


async def test_answers_with_our_model_id_and_sends_the_served_name(sim: Any, make: MakeEngine) -> None:
    engine = make()
    body = {**chat_body(max_tokens=5), "model": "dept-vllm", "store": False, "metadata": {"case": "x"}}
    response = await engine.create("chat.completions", body)

    assert response["model"] == "dept-vllm"
    assert response["choices"][0]["message"]["content"]
    [record] = sim.records
    assert record["body"]["model"] == "gpt-4.1-mini"
    assert "store" not in record["body"] and "metadata" not in record["body"]


async def test_streams_chunks_and_text_completions(make: MakeEngine) -> None:
    engine = make()
    chunks = [c async for c in engine.stream("chat.completions", {**chat_body(max_tokens=4), "stream": True})]
    text = await engine.create("completions", completion_body(max_tokens=3))

    assert chunks and all(c["model"] == "dept-vllm" for c in chunks)
    assert chunks[-1]["choices"][0]["finish_reason"] is not None or chunks[-2]["choices"][0]["finish_reason"]
    assert text["object"] == "text_completion" and text["model"] == "dept-vllm"


async def test_a_streamed_request_sends_the_body_a_whole_one_would(sim: Any, make: MakeEngine) -> None:
    engine = make()
    extra = {"top_k": 5, "repetition_penalty": 1.1}  # server-specific fields (vLLM's sampling extras)
    body = {**chat_body(max_tokens=4), "model": "dept-vllm", "store": False, "metadata": {"case": "x"}, **extra}
    await engine.create("chat.completions", body)
    _ = [c async for c in engine.stream("chat.completions", {**body, "stream": True,
                                                              "stream_options": {"include_usage": True}})]

    whole, streamed = (record["body"] for record in sim.records)
    assert [record["path"] for record in sim.records] == ["/v1/chat/completions"] * 2
    assert streamed["stream"] is True and streamed["stream_options"] == {"include_usage": True}
    assert {k: v for k, v in streamed.items() if k not in ("stream", "stream_options")} == {
        k: v for k, v in whole.items() if k != "stream"
    }
    assert streamed["model"] == "gpt-4.1-mini" and streamed["top_k"] == 5 and "store" not in streamed


async def test_a_refused_request_is_a_400_naming_the_field(sim: Any, make: MakeEngine) -> None:
    sim.set_fault(400, message="This model's maximum context length is 2048 tokens.", param="messages")
    engine = make()
    with pytest.raises(UnsupportedParameter) as caught:
        await engine.create("chat.completions", chat_body(max_tokens=4))
    assert caught.value.param == "messages"
    assert "2048" in caught.value.message


@pytest.mark.parametrize("status", [500, 503])
async def test_server_errors_are_unavailable(sim: Any, make: MakeEngine, status: int) -> None:
    sim.set_fault(status)
    engine = make()
    with pytest.raises(BackendUnavailable, match=str(status)):
        await engine.create("chat.completions", chat_body(max_tokens=4))


async def test_a_slow_server_times_out(sim: Any, make: MakeEngine) -> None:
    sim.set_fault(delay_ms=2000)
    engine = make(request_timeout_s=0.2)
    with pytest.raises(BackendTimeout):
        await engine.create("chat.completions", chat_body(max_tokens=4))


async def test_an_unreachable_server_is_unavailable_and_not_ready(tmp_path: Path) -> None:
    server = LocalBackendServer(_settings("http://127.0.0.1:9/v1"), tmp_path)
    try:
        with pytest.raises(BackendUnavailable, match="unreachable"):
            await server.create("chat.completions", chat_body(max_tokens=4))
        status = await server.status()
    finally:
        await server.aclose()
    assert status["ready"] is False


async def test_the_server_reports_ready_when_the_upstream_lists_models(sim: Any, tmp_path: Path) -> None:
    server = LocalBackendServer(_settings(sim.base_url, aliases=("gov-sensitive",)), tmp_path)
    try:
        assert await server.status() == {"ready": True, "detail": "ok"}
    finally:
        await server.aclose()
    assert server.model_ids() == ["dept-vllm", "gov-sensitive"]


async def test_a_stream_refused_at_once_or_broken_off_midway_is_a_local_error(sim: Any, make: MakeEngine) -> None:
    engine = make()
    body = {**chat_body(max_tokens=8), "stream": True}
    sim.set_fault(503)
    with pytest.raises(BackendUnavailable, match="503"):
        [c async for c in engine.stream("chat.completions", body)]
    sim.set_fault(drop_after_chunks=2)
    with pytest.raises(BackendUnavailable, match="broke off"):
        [c async for c in engine.stream("chat.completions", body)]
    sim.set_fault(malformed_sse=True)
    with pytest.raises(BackendUnavailable):
        [c async for c in engine.stream("chat.completions", body)]
