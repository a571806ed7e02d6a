"""Refusals, the context limit, deadlines, health, and stopping when the reader goes away."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from local_models import (
    BackendTimeout,
    BackendUnavailable,
    LocalSettings,
    TransformersEngine,
    UnsupportedParameter,
)

from .bodies import chat_body, completion_body

pytestmark = pytest.mark.anyio

MakeEngine = Callable[..., TransformersEngine]
LONG_TEXT = "The council reviews the application within twenty working days. " * 20


@pytest.mark.parametrize(
    ("endpoint", "body", "param"),
    [
        ("chat.completions", chat_body(n=2), "n"),
        ("chat.completions", chat_body(tools=[{"type": "function", "function": {"name": "f"}}]), "tools"),
        ("chat.completions", chat_body(response_format={"type": "json_object"}), "response_format"),
        ("chat.completions", chat_body(logprobs=True, top_logprobs=2), "logprobs"),
        ("completions", completion_body(["a", "b"]), "prompt"),
        ("completions", completion_body(echo=True), "echo"),
        ("completions", completion_body(best_of=2), "best_of"),
        ("completions", completion_body([10**6]), "prompt"),
    ],
)
@pytest.mark.parametrize("streaming", [False, True])
async def test_refusals_name_the_parameter(
    engine: TransformersEngine, endpoint: Any, body: dict[str, Any], param: str, streaming: bool
) -> None:
    before = engine.tokens_generated
    with pytest.raises(UnsupportedParameter) as caught:
        if streaming:  # on the first step, before any chunk: the router can still answer 400
            await anext(engine.stream(endpoint, body))
        else:
            await engine.create(endpoint, body)
    assert caught.value.param == param
    assert engine.tokens_generated == before


async def test_clamp_shortens_max_tokens_to_the_room_left(make_engine: MakeEngine) -> None:
    engine = make_engine(max_context=64, max_tokens_default=16, max_tokens_policy="clamp")
    response = await engine.create("chat.completions", chat_body(max_tokens=500))

    assert response["usage"]["total_tokens"] == 64
    assert response["choices"][0]["finish_reason"] == "length"


@pytest.mark.parametrize("streaming", [False, True])
@pytest.mark.parametrize("field", ["max_tokens", "max_completion_tokens"])
async def test_reject_refuses_max_tokens_beyond_the_context(
    make_engine: MakeEngine, field: str, streaming: bool
) -> None:
    engine = make_engine(max_context=64, max_tokens_default=16, max_tokens_policy="reject")
    with pytest.raises(UnsupportedParameter) as caught:
        if streaming:  # the first step raises, before the role chunk: a 400, not a 200 and an error event
            await anext(engine.stream("chat.completions", chat_body(**{field: 500})))
        else:
            await engine.create("chat.completions", chat_body(**{field: 500}))
    assert caught.value.param == field

    # A request that fits is still answered, and an unset max_tokens is clamped, not refused.
    fits = await engine.create("chat.completions", chat_body(**{field: 8}))
    assert fits["usage"]["completion_tokens"] == 8
    unset = await make_engine(max_context=64, max_tokens_policy="reject", max_tokens_default=63).create(
        "completions", completion_body("The council met on Tuesday")
    )
    assert unset["usage"]["total_tokens"] == 64


@pytest.mark.parametrize(
    ("endpoint", "body", "param"),
    [
        ("chat.completions", chat_body(LONG_TEXT), "messages"),
        ("completions", completion_body(LONG_TEXT), "prompt"),
    ],
)
@pytest.mark.parametrize("streaming", [False, True])
async def test_a_prompt_longer_than_the_context_is_refused(
    make_engine: MakeEngine, endpoint: Any, body: dict[str, Any], param: str, streaming: bool
) -> None:
    engine = make_engine(max_context=64, max_tokens_default=16, max_tokens_policy="clamp")
    with pytest.raises(UnsupportedParameter) as caught:
        if streaming:  # the first step raises, before the role chunk: a 400, not a 200 and an error event
            await anext(engine.stream(endpoint, body))
        else:
            await engine.create(endpoint, body)
    assert caught.value.param == param


@pytest.mark.timeout(60)
async def test_closing_a_stream_early_stops_the_generation(engine: TransformersEngine) -> None:
    before = engine.tokens_generated
    stream = engine.stream("completions", completion_body(max_tokens=400))
    received = [await anext(stream) for _ in range(3)]

    await stream.aclose()

    assert all(chunk["choices"][0]["finish_reason"] is None for chunk in received)
    assert not engine.busy
    # The worker runs at most 16 tokens ahead of its reader, so a stopped generation
    # ends far short of the 400 asked for; a generation that ran on would reach 400.
    assert engine.tokens_generated - before < 100
    after = await engine.create("completions", completion_body(max_tokens=4))
    assert after["usage"]["completion_tokens"] == 4


@pytest.mark.timeout(60)
async def test_cancelling_a_request_stops_the_generation(engine: TransformersEngine) -> None:
    before = engine.tokens_generated
    task = asyncio.create_task(engine.create("completions", completion_body(max_tokens=400)))
    while not engine.busy:
        await asyncio.sleep(0)
    task.cancel()

    with pytest.raises(asyncio.CancelledError):
        await task

    assert not engine.busy
    assert engine.tokens_generated - before < 400


async def test_deadline_raises_backend_timeout(make_engine: MakeEngine) -> None:
    engine = make_engine(request_timeout_s=1e-6)
    with pytest.raises(BackendTimeout):
        await engine.create("completions", completion_body(max_tokens=4))
    with pytest.raises(BackendTimeout):
        await anext(engine.stream("chat.completions", chat_body(max_tokens=4)))
    assert not engine.busy


async def test_health_fails_once_the_engine_is_closed(make_engine: MakeEngine) -> None:
    engine = make_engine()
    engine.check_health()

    engine.close()

    with pytest.raises(BackendUnavailable):
        engine.check_health()
    with pytest.raises(BackendUnavailable):
        await engine.create("completions", completion_body(max_tokens=4))
    with pytest.raises(BackendUnavailable):  # a 503 before any chunk, not a 200 and an error event
        await anext(engine.stream("chat.completions", chat_body(max_tokens=4)))


def test_a_missing_model_is_unavailable_with_the_cause_kept(tmp_path: Path) -> None:
    with pytest.raises(BackendUnavailable) as caught:
        TransformersEngine(LocalSettings(), tmp_path / "no-such-model")
    assert caught.value.__cause__ is not None
