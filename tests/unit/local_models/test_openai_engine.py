"""The in-boundary OpenAI-compatible engine against a real loopback server (upstream-sim)."""

from __future__ import annotations

import asyncio
import contextlib
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


_SSE_HEAD = b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\nconnection: close\r\n\r\n"


@contextlib.asynccontextmanager
async def _engine_at_raw_server(*pieces: bytes) -> AsyncIterator[OpenAICompatibleEngine]:
    """An engine whose server reads the request, then writes `pieces` (a status line and headers
    first) as a real server might, each in a write of its own, and closes the connection."""

    async def answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        head = await reader.readuntil(b"\r\n\r\n")
        length = next(int(h.split(b":")[1]) for h in head.split(b"\r\n") if h.lower().startswith(b"content-length"))
        await reader.readexactly(length)
        for piece in pieces:
            writer.write(piece)
            await writer.drain()
            await asyncio.sleep(0.01)
        writer.close()

    server = await asyncio.start_server(answer, "127.0.0.1", 0)
    engine = OpenAICompatibleEngine(_settings(f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}/v1"))
    try:
        yield engine
    finally:
        await engine.aclose()
        server.close()


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


async def test_a_refused_stream_is_a_400_naming_the_field(sim: Any, make: MakeEngine) -> None:
    sim.set_fault(400, message="This model's maximum context length is 2048 tokens.", param="messages")
    engine = make()
    with pytest.raises(UnsupportedParameter) as caught:
        [c async for c in engine.stream("chat.completions", {**chat_body(max_tokens=4), "stream": True})]
    assert caught.value.param == "messages"
    assert "2048" in caught.value.message


async def test_a_stream_sends_the_key_as_a_bearer_token(sim: Any, make: MakeEngine) -> None:
    engine = make(api_key="in-boundary-secret")
    _ = [c async for c in engine.stream("chat.completions", {**chat_body(max_tokens=2), "stream": True})]
    [record] = sim.records
    assert record["headers"]["authorization"] == "Bearer in-boundary-secret"
    assert record["headers"]["content-type"] == "application/json"


async def test_the_key_can_come_from_the_variable_api_key_env_names(
    sim: Any, make: MakeEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The cluster path: deploy-config renders no key; the pod's Secret sets the variable.
    monkeypatch.setenv("DEPT_VLLM_KEY", "from-the-secret")
    engine = make(api_key_env="DEPT_VLLM_KEY")
    await engine.create("chat.completions", chat_body(max_tokens=2))
    _ = [c async for c in engine.stream("chat.completions", {**chat_body(max_tokens=2), "stream": True})]
    assert [r["headers"]["authorization"] for r in sim.records] == ["Bearer from-the-secret"] * 2


async def test_a_slow_or_unreachable_server_fails_a_stream_cleanly(sim: Any, make: MakeEngine) -> None:
    sim.set_fault(delay_ms=2000)
    with pytest.raises(BackendTimeout):
        [c async for c in make(request_timeout_s=0.2).stream("chat.completions", {**chat_body(), "stream": True})]
    unreachable = OpenAICompatibleEngine(_settings("http://127.0.0.1:9/v1"))
    try:
        with pytest.raises(BackendUnavailable, match="unreachable"):
            [c async for c in unreachable.stream("chat.completions", {**chat_body(), "stream": True})]
    finally:
        await unreachable.aclose()


async def test_events_split_across_reads_with_crlf_lines_are_all_read() -> None:
    # A real server that writes its event stream in awkward pieces: an event cut in two, a
    # CRLF cut between its CR and LF, a comment, and a last event (`[DONE]`) without its line break.
    pieces = [
        b": keep-alive\r\n\r\ndata: {\"id\":\"a\",\"choi",
        b"ces\":[]}\r\n\r\ndata: {\"id\":\"b\",\"choices\":[]}\r",
        b"\n\r\ndata: {\"id\":\"c\",\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n"
        b"data: [DONE]",
    ]

    async with _engine_at_raw_server(_SSE_HEAD, *pieces) as engine:
        chunks = [c async for c in engine.stream("chat.completions", {**chat_body(), "stream": True})]
    assert [(c["id"], c["model"]) for c in chunks] == [("a", "dept-vllm"), ("b", "dept-vllm"), ("c", "dept-vllm")]


async def test_a_whole_answer_that_is_not_json_is_unavailable(sim: Any, make: MakeEngine) -> None:
    # A misconfigured proxy answering 200 with an HTML page: never a 500, never an empty answer.
    sim.set_fault(wrong_content_type=True)
    with pytest.raises(BackendUnavailable, match="not an OpenAI answer"):
        await make().create("chat.completions", chat_body(max_tokens=4))


@pytest.mark.parametrize(
    "fault",
    [
        {"end_after_chunks": 0},  # headers, then a polite close: no chunk at all
        {"wrong_content_type": True},  # an HTML page where the event stream should be
    ],
)
async def test_a_stream_with_no_chunk_is_unavailable_before_the_first_chunk(
    sim: Any, make: MakeEngine, fault: dict[str, Any]
) -> None:
    sim.set_fault(**fault)
    with pytest.raises(BackendUnavailable, match="incomplete"):
        [c async for c in make().stream("chat.completions", {**chat_body(max_tokens=8), "stream": True})]


@pytest.mark.parametrize(
    "fault",
    [{"end_after_chunks": 2}, {"stream_omit": "done"}, {"stream_omit": "finish_reason"}],
)
async def test_a_stream_that_ends_incomplete_raises_after_its_chunks(
    sim: Any, make: MakeEngine, fault: dict[str, Any]
) -> None:
    sim.set_fault(**fault)
    received: list[dict[str, Any]] = []
    with pytest.raises(BackendUnavailable, match="incomplete"):
        async for chunk in make().stream("chat.completions", {**chat_body(max_tokens=8), "stream": True}):
            received.append(chunk)
    assert received  # the chunks that came are passed on; the end is an error, not a complete answer


async def test_a_whole_stream_passes_the_completeness_check(sim: Any, make: MakeEngine) -> None:
    body = {**chat_body(max_tokens=8), "stream": True, "stream_options": {"include_usage": True}}
    chunks = [c async for c in make().stream("chat.completions", body)]
    assert any(c.get("usage") for c in chunks)
    assert any(ch.get("finish_reason") for c in chunks for ch in c.get("choices") or ())


async def test_a_server_that_does_not_serve_the_configured_name_is_not_ready(sim: Any, tmp_path: Path) -> None:
    # The simulator lists gpt-4.1-mini; a typo in served_model_name would make every request a 400.
    server = LocalBackendServer(
        LocalModelSettings(engine="openai", model_id="dept-vllm", served_model_name="gpt-4.1-mnii",
                           url=sim.base_url, in_boundary=True),
        tmp_path,
    )
    try:
        status = await server.status()
    finally:
        await server.aclose()
    assert status["ready"] is False
    assert "gpt-4.1-mnii" in status["detail"] and "gpt-4.1-mini" in status["detail"]


async def test_a_request_without_max_tokens_gets_the_models_default(sim: Any, make: MakeEngine) -> None:
    # Without it a server generates up to its context (vLLM: max_model_len - prompt), not max_tokens_default.
    engine = make(max_tokens_default=7)
    body = {k: v for k, v in chat_body().items() if k != "max_tokens"}
    await engine.create("chat.completions", body)
    _ = [c async for c in engine.stream("chat.completions", {**body, "stream": True})]
    await engine.create("chat.completions", {**body, "max_completion_tokens": 3})
    await engine.create("chat.completions", {**body, "max_tokens": 5})

    sent = [record["body"] for record in sim.records]
    assert [b.get("max_tokens") for b in sent] == [7, 7, None, 5]
    assert sent[2]["max_completion_tokens"] == 3


@pytest.mark.parametrize(
    "payload",
    [
        b"{not json",  # declared JSON, undecodable
        b'{"unexpected": true}',  # JSON, but no answer in it
        b"[1, 2]",
        b'{"id": "x", "object": "chat.completion", "choices": []}',  # no choice to answer with
        b'{"id": "x", "object": "chat.completion", "choices": [1]}',
        b'{"id": "x", "object": "chat.completion", "choices": null}',
    ],
)
async def test_a_json_200_that_is_no_answer_is_unavailable(payload: bytes) -> None:
    head = (b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\nconnection: close\r\n"
            b"content-length: " + str(len(payload)).encode() + b"\r\n\r\n")
    async with _engine_at_raw_server(head, payload) as engine:
        with pytest.raises(BackendUnavailable, match="not an OpenAI answer"):
            await engine.create("chat.completions", chat_body(max_tokens=4))


@pytest.mark.parametrize(
    "events",
    [
        [b'{"id": "a", "choices": []}', b'{"id": "b", "choices": [], "usage": {"total_tokens": 3}}'],
        [b'{"id": "a"}', b'{"id": "b", "choices": null}'],
        [b'{"id": "a", "choices": [1, "x"]}'],
    ],
)
async def test_a_stream_whose_chunks_carry_no_choice_is_incomplete(events: list[bytes]) -> None:
    # Ended by [DONE], but nothing in it answered: never passed on as a complete (empty) answer.
    body = b"".join(b"data: " + event + b"\n\n" for event in events) + b"data: [DONE]\n\n"

    async with _engine_at_raw_server(_SSE_HEAD, body) as engine:
        with pytest.raises(BackendUnavailable, match="incomplete stream: no chunk carried a choice"):
            [c async for c in engine.stream("chat.completions", {**chat_body(), "stream": True})]


@pytest.mark.parametrize("index", [b"[0]", b'{"i": 0}', b'"0"', b"0.5", b"true"])
async def test_a_stream_choice_whose_index_is_not_an_integer_is_unavailable(index: bytes) -> None:
    # Before: a list index was unhashable in the completeness check, a TypeError and a 500.
    event = b'{"id": "a", "choices": [{"index": ' + index + b', "delta": {"content": "hi"}, "finish_reason": null}]}'
    body = b"data: " + event + b"\n\ndata: [DONE]\n\n"

    async with _engine_at_raw_server(_SSE_HEAD, body) as engine:
        with pytest.raises(BackendUnavailable, match="index is not an integer"):
            await anext(engine.stream("chat.completions", {**chat_body(), "stream": True}))
