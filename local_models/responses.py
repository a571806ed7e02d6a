"""OpenAI-shaped responses built from an engine's generation events.

An engine's generation is an async iterator of text deltas (`str`) ending with one
`Finished` event that says why it stopped and how many tokens it used. These
helpers turn it into a `chat.completion` / `text_completion` response, or into the
matching chunks, so every local engine answers in exactly the same shapes.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import AsyncGenerator
from contextlib import aclosing
from dataclasses import dataclass
from typing import Any, Literal

from local_models.errors import LocalModelError
from local_models.request import Endpoint

__all__ = ["FinishReason", "Finished", "GenerationEvent", "collect_response", "stream_chunks"]

FinishReason = Literal["stop", "length"]


@dataclass(frozen=True)
class Finished:
    """The last event of a generation.

    Attributes:
        reason: "stop" (end of turn or a stop sequence) or "length" (token limit).
        prompt_tokens: Tokens in the prompt as the model saw it.
        completion_tokens: Tokens generated, including any cut by a stop sequence.
    """

    reason: FinishReason
    prompt_tokens: int
    completion_tokens: int

    def usage(self) -> dict[str, int]:
        """The OpenAI `usage` object."""
        return {
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": self.completion_tokens,
            "total_tokens": self.prompt_tokens + self.completion_tokens,
        }


GenerationEvent = str | Finished


async def collect_response(
    endpoint: Endpoint, model_id: str, events: AsyncGenerator[GenerationEvent, None]
) -> dict[str, Any]:
    """Run a generation to the end and return the whole OpenAI response.

    Raises:
        LocalModelError: The generation ended without a `Finished` event.
    """
    parts: list[str] = []
    finished: Finished | None = None
    async with aclosing(events) as stream:
        async for event in stream:
            if isinstance(event, Finished):
                finished = event
            else:
                parts.append(event)
    if finished is None:
        raise LocalModelError("the generation ended without a finish reason")
    text = "".join(parts)
    head = _head(endpoint, model_id, chunk=False)
    if endpoint == "chat.completions":
        message = {"role": "assistant", "content": text, "refusal": None}
        choice: dict[str, Any] = {"index": 0, "message": message, "logprobs": None}
    else:
        choice = {"index": 0, "text": text, "logprobs": None}
    choice["finish_reason"] = finished.reason
    return {**head, "choices": [choice], "usage": finished.usage()}


async def stream_chunks(
    endpoint: Endpoint,
    model_id: str,
    events: AsyncGenerator[GenerationEvent, None],
    *,
    include_usage: bool,
) -> AsyncGenerator[dict[str, Any], None]:
    """Turn a generation into OpenAI chunks (the router adds SSE framing and `[DONE]`).

    Chat streams open with a chunk whose delta carries the role, as OpenAI's do. The
    last choice chunk has an empty delta and the finish reason; with `include_usage`
    every chunk carries `"usage": null` and a final chunk with no choices carries the
    usage. Closing this iterator closes `events`, which stops the generation.

    The role chunk waits for the generation's first event: the engine's checks (the
    context limit, a refused `max_tokens`, a closed engine) run before that event, so
    they raise on this iterator's first step, while the router can still answer with
    an error status instead of a 200 and an error event.
    """
    head = _head(endpoint, model_id, chunk=True)
    if include_usage:
        head["usage"] = None
    async with aclosing(events) as stream:
        event = await anext(stream, None)
        if endpoint == "chat.completions":
            yield {**head, "choices": [_chunk_choice(endpoint, text="", role=True)]}
        while event is not None:
            if isinstance(event, Finished):
                yield {**head, "choices": [_chunk_choice(endpoint, finish=event.reason)]}
                if include_usage:
                    yield {**head, "choices": [], "usage": event.usage()}
                return
            yield {**head, "choices": [_chunk_choice(endpoint, text=event)]}
            event = await anext(stream, None)
    raise LocalModelError("the generation ended without a finish reason")


def _chunk_choice(
    endpoint: Endpoint, *, text: str | None = None, role: bool = False, finish: FinishReason | None = None
) -> dict[str, Any]:
    if endpoint == "chat.completions":
        delta: dict[str, str] = {"role": "assistant"} if role else {}
        if text is not None:
            delta["content"] = text
        return {"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}
    return {"index": 0, "text": text or "", "logprobs": None, "finish_reason": finish}


def _head(endpoint: Endpoint, model_id: str, *, chunk: bool) -> dict[str, Any]:
    if endpoint == "chat.completions":
        prefix, kind = "chatcmpl", "chat.completion.chunk" if chunk else "chat.completion"
    else:
        # OpenAI streams legacy completions as `text_completion` objects too.
        prefix, kind = "cmpl", "text_completion"
    created = int(time.time())
    return {"id": f"{prefix}-{uuid.uuid4().hex}", "object": kind, "created": created, "model": model_id}
