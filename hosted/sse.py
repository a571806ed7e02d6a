"""Reading a hosted SSE stream: events, `[DONE]`, and whether the stream arrived whole."""

from __future__ import annotations

from contextvars import ContextVar
from typing import Any

import orjson

from hosted.errors import HostedUnavailable

__all__ = ["DONE", "USAGE_OPTIONAL", "StreamCheck", "answer_object", "json_object", "sse_data"]

USAGE_OPTIONAL: ContextVar[bool] = ContextVar("hosted_usage_optional", default=False)
"""Set (for the request's context) by a caller that added `stream_options.include_usage`
itself, not the client (the router's tokens/min quota): a stream without the usage chunk
is then still whole. An upstream that ignores `stream_options` must not end every such
stream with an error event the client never asked for; the caller copes without usage."""


def json_object(raw: bytes | str, what: str) -> dict[str, Any]:
    try:
        payload = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise HostedUnavailable(f"the hosted API sent an unreadable {what}") from exc
    if not isinstance(payload, dict):
        raise HostedUnavailable(f"the hosted API sent an unreadable {what}")
    return payload


def answer_object(raw: bytes | str) -> dict[str, Any]:
    """A whole (non-streamed) answer, checked as the local engine's are: a JSON object
    with a list of `choices`. A 200 holding an `error`, or no choices at all (a proxy's
    placeholder, an API change), is a failed upstream, not an empty answer for the client.
    """
    answer = json_object(raw, "answer")
    error = answer.get("error")
    if error is not None:
        message = error.get("message") if isinstance(error, dict) else None
        raise HostedUnavailable(f"the hosted API failed: {message or 'error in a 200 answer'}")
    if not isinstance(answer.get("choices"), list):
        raise HostedUnavailable("the hosted API sent an answer without choices")
    return answer


DONE = object()


def sse_data(line: str) -> dict[str, Any] | object | None:
    """The JSON of one SSE `data:` line; `DONE` for `[DONE]`; None for other lines.

    Raises:
        HostedUnavailable: an error event, or data that is not a JSON object.
    """
    if not line.startswith("data:"):
        return None
    data = line[5:].strip()
    if data == "[DONE]":
        return DONE
    chunk = json_object(data, "stream event")
    if "error" in chunk:
        error = chunk["error"]
        message = error.get("message") if isinstance(error, dict) else None
        raise HostedUnavailable(f"the hosted API failed: {message or 'error event in stream'}")
    return chunk


class StreamCheck:
    """Whether a hosted stream arrived whole.

    A stream is whole when the upstream sent `[DONE]`, every choice it started reached a
    `finish_reason`, and, if the client asked for usage, a usage chunk came. Anything
    less (a proxy closing politely, an upstream cut short) must reach the client as an
    error event, not as a complete answer with the router's own `[DONE]`.
    """

    def __init__(self, want_usage: bool) -> None:
        self.want_usage = want_usage
        self.done = False
        self.usage = False
        self.open_choices: set[int] = set()

    def see(self, chunk: dict[str, Any]) -> None:
        if chunk.get("usage"):
            self.usage = True
        for choice in chunk.get("choices") or ():
            if not isinstance(choice, dict):
                continue
            index = choice.get("index", 0)
            if choice.get("finish_reason"):
                self.open_choices.discard(index)
            else:
                self.open_choices.add(index)

    def missing(self) -> str | None:
        if not self.done:
            return "the hosted API ended the stream without [DONE]"
        if self.open_choices:
            return "the hosted API ended the stream before every choice finished"
        if self.want_usage and not self.usage:
            return "the hosted API ended the stream without the usage it was asked for"
        return None
