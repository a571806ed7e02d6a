"""Concurrent requests share forward passes: counted on the model, not timed.

`test_engine.py` checks that concurrent requests get the answers they would alone; that
would pass as well if they ran one after another. Here a forward hook counts the
model's forward calls: with continuous batching, four concurrent 10-token requests
take about as many steps as one, not four times as many. (Checked when written: 40
forwards one after another, 11 together; with `max_batch_size=1`, 40 and 40, so the
test fails when requests wait for each other.)
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import pytest

from local_models import TransformersEngine

from .bodies import completion_body

pytestmark = pytest.mark.anyio

_TOKENS = 10
_PROMPTS = ("The council", "A caseworker", "How do I", "Please explain")


async def _forwards(engine: TransformersEngine, run: Callable[[], Any]) -> int:
    """Forward calls of the engine's model while `run()` is awaited."""
    calls = 0

    def count(*_: Any) -> None:
        nonlocal calls
        calls += 1

    hook = engine._model.register_forward_hook(count)  # the model the batcher steps
    try:
        await run()
    finally:
        hook.remove()
    return calls


def _bodies() -> list[dict[str, Any]]:
    return [completion_body(prompt, max_tokens=_TOKENS, temperature=0) for prompt in _PROMPTS]


async def _alone(engine: TransformersEngine) -> None:
    for body in _bodies():
        await engine.create("completions", body)


async def _together(engine: TransformersEngine) -> None:
    await asyncio.gather(*(engine.create("completions", body) for body in _bodies()))


async def test_concurrent_requests_share_forward_passes(engine: TransformersEngine) -> None:
    alone = await _forwards(engine, lambda: _alone(engine))
    together = await _forwards(engine, lambda: _together(engine))

    assert alone >= len(_PROMPTS) * _TOKENS * 0.9  # about one forward per token per request
    assert together <= alone / 2, f"4 concurrent requests took {together} forwards, {alone} one after another"
