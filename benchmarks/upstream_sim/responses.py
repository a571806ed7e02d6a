"""Deterministic OpenAI-shaped answers for the upstream simulator.

Pure functions over the parsed request body: no I/O, no clock except the
`created` timestamp. The generated text is `tok0 tok1 ...`, one word per token,
so tests can predict it exactly and benchmarks can ask for any length.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Literal

Endpoint = Literal["chat.completions", "completions"]

DEFAULT_MAX_TOKENS = 16
MAX_CHOICES = 16
MAX_COMPLETION_TOKENS = 32_768
"""A model's output limit, as the API has one (GPT-4.1's): a larger limit is a 400, not a
generation the simulator would build in memory."""
_FINGERPRINT = "fp_upstream_sim"
_ids = itertools.count(1)


class InvalidRequest(ValueError):
    """The body is not a request the OpenAI API would accept; `param` names the field."""

    def __init__(self, message: str, param: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.param = param


def token_text(index: int, *, first: bool) -> str:
    """The text of generated token `index` as it appears in a stream delta."""
    return f"tok{index}" if first else f" tok{index}"


def generated_text(n_tokens: int) -> str:
    """The whole generated text of `n_tokens` tokens, as a non-streaming answer holds it."""
    return " ".join(f"tok{i}" for i in range(n_tokens))


def _count_words(value: object) -> int:
    # Chat content is a string or a list of parts; only text parts count.
    if isinstance(value, str):
        return len(value.split())
    if isinstance(value, list):
        return sum(_count_words(part) for part in value)
    if isinstance(value, Mapping):
        return _count_words(value.get("text")) + _count_words(value.get("content"))
    return 0


def _int_field(body: Mapping[str, Any], name: str, *, minimum: int) -> int | None:
    value = body.get(name)
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or value < minimum:
        raise InvalidRequest(f"'{name}' must be an integer >= {minimum}", name)
    return value


@dataclass(frozen=True)
class Generation:
    """What one request asks the simulator to generate, validated once."""

    endpoint: Endpoint
    model: str
    n_tokens: int
    n_choices: int
    prompt_tokens: int
    finish_reason: str
    service_tier: str | None  # None: the answer names no tier, as Azure OpenAI's do
    include_usage: bool
    id: str
    created: int
    echo: str | None = None
    """Answer with this text instead of generated tokens, streamed 3 characters a chunk (fault `echo`)."""

    @classmethod
    def from_body(cls, endpoint: Endpoint, body: object) -> Generation:
        """Validate the fields the simulator uses and fix the answer's shape.

        Raises:
            InvalidRequest: a field the OpenAI API requires is missing or malformed.
        """
        if not isinstance(body, Mapping):
            raise InvalidRequest("the request body must be a JSON object")
        model = body.get("model")
        if not isinstance(model, str) or not model:
            raise InvalidRequest("'model' is required", "model")
        if endpoint == "chat.completions":
            messages = body.get("messages")
            if not isinstance(messages, list) or not messages:
                raise InvalidRequest("'messages' must be a non-empty array", "messages")
            prompt_tokens = sum(_count_words(m.get("content")) for m in messages if isinstance(m, Mapping))
        else:
            prompt = body.get("prompt")
            if not isinstance(prompt, str | list):
                raise InvalidRequest("'prompt' must be a string or an array", "prompt")
            prompt_tokens = _count_words(prompt)
        limit_field = "max_completion_tokens" if body.get("max_completion_tokens") is not None else "max_tokens"
        limit = _int_field(body, limit_field, minimum=0)
        if limit is not None and limit > MAX_COMPLETION_TOKENS:
            raise InvalidRequest(
                f"'{limit_field}' is too large: {limit}; this model supports at most {MAX_COMPLETION_TOKENS} "
                "completion tokens", limit_field)
        n_choices = _int_field(body, "n", minimum=1) or 1
        if n_choices > MAX_CHOICES:
            raise InvalidRequest(f"'n' must be at most {MAX_CHOICES}", "n")
        stream_options = body.get("stream_options")
        include_usage = isinstance(stream_options, Mapping) and stream_options.get("include_usage") is True
        tier = body.get("service_tier")
        prefix = "chatcmpl" if endpoint == "chat.completions" else "cmpl"
        return cls(
            endpoint=endpoint,
            model=model,
            n_tokens=DEFAULT_MAX_TOKENS if limit is None else limit,
            n_choices=n_choices,
            prompt_tokens=prompt_tokens,
            # The simulator always generates up to the limit, so a set limit is what stopped it.
            finish_reason="stop" if limit is None else "length",
            service_tier=tier if isinstance(tier, str) else "default",
            include_usage=include_usage,
            id=f"{prefix}-sim{next(_ids)}",
            created=int(time.time()),
        )

    def usage(self) -> dict[str, int]:
        completion = self.n_tokens * self.n_choices
        return {
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": completion,
            "total_tokens": self.prompt_tokens + completion,
        }

    def _envelope(self, object_name: str) -> dict[str, Any]:
        envelope: dict[str, Any] = {"id": self.id, "object": object_name, "created": self.created, "model": self.model}
        if self.service_tier is not None:
            envelope["service_tier"] = self.service_tier
        envelope["system_fingerprint"] = _FINGERPRINT
        return envelope

    def response(self) -> dict[str, Any]:
        """The whole non-streaming answer (`chat.completion` or `text_completion`)."""
        text = self.echo if self.echo is not None else generated_text(self.n_tokens)
        if self.endpoint == "chat.completions":
            answer = self._envelope("chat.completion")
            answer["choices"] = [
                {
                    "index": i,
                    "message": {"role": "assistant", "content": text, "refusal": None},
                    "logprobs": None,
                    "finish_reason": self.finish_reason,
                }
                for i in range(self.n_choices)
            ]
        else:
            answer = self._envelope("text_completion")
            answer["choices"] = [
                {"index": i, "text": text, "logprobs": None, "finish_reason": self.finish_reason}
                for i in range(self.n_choices)
            ]
        answer["usage"] = self.usage()
        return answer

    def _chunk(self, choices: list[dict[str, Any]]) -> dict[str, Any]:
        is_chat = self.endpoint == "chat.completions"
        chunk = self._envelope("chat.completion.chunk" if is_chat else "text_completion")
        chunk["choices"] = choices
        if self.include_usage:
            # OpenAI sends `usage: null` on every chunk but the last when usage is asked for.
            chunk["usage"] = None
        return chunk

    def _choice(self, index: int, text: str | None, finish_reason: str | None) -> dict[str, Any]:
        if self.endpoint == "chat.completions":
            delta: dict[str, Any] = {} if text is None else {"content": text}
            return {"index": index, "delta": delta, "logprobs": None, "finish_reason": finish_reason}
        return {"index": index, "text": text or "", "logprobs": None, "finish_reason": finish_reason}

    def chunks(self, omit: str | None = None) -> Iterator[dict[str, Any]]:
        """The streamed answer, one chunk per token per choice, as OpenAI sends it.

        `omit="finish_reason"` leaves out the chunks that finish each choice and
        `omit="usage"` the usage chunk: a stream cut short, for fault injection.
        """
        if self.endpoint == "chat.completions":
            for c in range(self.n_choices):
                opening = self._choice(c, "", None)
                opening["delta"] = {"role": "assistant", "content": "", "refusal": None}
                yield self._chunk([opening])
        pieces = (
            [self.echo[i : i + 3] for i in range(0, len(self.echo), 3)]
            if self.echo is not None
            else [token_text(i, first=i == 0) for i in range(self.n_tokens)]
        )
        for piece in pieces:
            for c in range(self.n_choices):
                yield self._chunk([self._choice(c, piece, None)])
        if omit != "finish_reason":
            for c in range(self.n_choices):
                yield self._chunk([self._choice(c, None, self.finish_reason)])
        if self.include_usage and omit != "usage":
            last = self._chunk([])
            last["usage"] = self.usage()
            yield last


def model_list(models: tuple[str, ...]) -> dict[str, Any]:
    """The `GET /v1/models` answer."""
    return {
        "object": "list",
        "data": [{"id": m, "object": "model", "created": 0, "owned_by": "upstream-sim"} for m in models],
    }


def error_body(message: str, type_: str, param: str | None = None, code: str | None = None) -> dict[str, Any]:
    """The OpenAI error body."""
    return {"error": {"message": message, "type": type_, "param": param, "code": code}}


def echo_text(body: Mapping[str, Any]) -> str:
    """The text an `echo` fault answers with: the last message's text, or the prompt."""
    messages = body.get("messages")
    if isinstance(messages, list) and messages and isinstance(messages[-1], Mapping):
        content = messages[-1].get("content")
        if isinstance(content, list):
            return "".join(p.get("text", "") for p in content if isinstance(p, Mapping))
        return content if isinstance(content, str) else ""
    prompt = body.get("prompt")
    return prompt if isinstance(prompt, str) else ""
