"""The in-boundary server's event stream, read line by line: its data, its errors, whether it came whole.

Split from `openai_engine.py`, which sends the request and maps the transport's errors;
what a line means and when a stream is complete is decided here.
"""

from __future__ import annotations

from typing import Any

import orjson

from local_models.errors import BackendUnavailable, LocalModelError, UnsupportedParameter

__all__ = ["StreamCheck", "is_done", "sse_data", "stream_error"]


class StreamCheck:
    """Whether a stream from the in-boundary server arrived whole.

    Whole: `[DONE]` came, at least one choice came, and every choice that began reached
    a `finish_reason`; vLLM, SGLang, TGI and NIM all end their streams so. Usage is not
    required: servers that ignore `stream_options` still answer correctly. (The hosted leg has its own check,
    with the hosted API's stricter rules; the packages do not import each other.)
    """

    def __init__(self) -> None:
        self.done = False
        self.chunks = 0
        self.choices = 0
        self.open_choices: set[int] = set()

    def see(self, chunk: dict[str, Any]) -> None:
        self.chunks += 1
        choices = chunk.get("choices")
        for choice in choices if isinstance(choices, list) else ():
            if not isinstance(choice, dict):
                continue
            index = choice.get("index", 0)
            # A list or dict index cannot be tracked (and would be a TypeError, a 500): the
            # server is broken, so the stream is unavailable, as any malformed one is.
            if isinstance(index, bool) or not isinstance(index, int):
                raise BackendUnavailable(f"the in-boundary server sent a choice whose index is not an integer: "
                                         f"{index!r:.40}")
            self.choices += 1
            if choice.get("finish_reason"):
                self.open_choices.discard(index)
            else:
                self.open_choices.add(index)

    def missing(self) -> str | None:
        if not self.chunks:
            return "no chunk at all"
        if not self.done:
            return "it ended without [DONE]"
        if not self.choices:
            return "no chunk carried a choice"
        if self.open_choices:
            return "it ended before every choice finished"
        return None


def is_done(line: bytes) -> bool:
    return line.startswith(b"data:") and line[5:].strip() == b"[DONE]"


def sse_data(line: bytes) -> dict[str, Any] | None:
    """The JSON object of one `data:` line of the server's event stream; None for anything else."""
    if not line.startswith(b"data:"):
        return None  # blank separators, comments, `event:` lines
    payload = line[5:].strip()
    if not payload or payload == b"[DONE]":
        return None
    data = orjson.loads(payload)
    return data if isinstance(data, dict) else None


def stream_error(error: Any, model_id: str) -> LocalModelError:
    detail = error if isinstance(error, dict) else {"message": str(error)}
    message = str(detail.get("message") or "the in-boundary server failed mid-stream")
    refused = detail.get("type") in ("BadRequestError", "invalid_request_error")
    if refused or detail.get("code") in (400, 422, "400", "422"):
        return UnsupportedParameter(str(detail.get("param") or "messages"), message)
    return BackendUnavailable(f"the in-boundary server for {model_id} failed mid-stream: {message}")
