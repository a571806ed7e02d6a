"""One timed request to an OpenAI-compatible endpoint, streaming or not.

`send_request` is the measuring primitive the load runner and the routing
benchmark share: it posts a body as given over a caller-owned
`httpx.AsyncClient` (so its connection stays alive across requests; both
benchmarks give each concurrent sender its own small client, see
`benchmarks.load.clients`), parses Server-Sent Events itself (cheaper than
the SDK, and the timings are of bytes arriving, not of SDK objects being
built), and never raises for a failed request: failures come back classified,
so a benchmark counts them instead of stopping.

Timings follow vLLM's benchmark_serving: TTFT is the arrival of the first
chunk carrying content, inter-token latencies (ITL) are the gaps between
consecutive content chunks, and end-to-end latency runs from just before the
request is sent to the end of the response.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, get_args

import httpx
import orjson

ErrorKind = Literal[
    "http_4xx", "http_5xx", "timeout", "connection", "stream_error", "incomplete_stream", "bad_response"
]
"""Why a request failed.

http_4xx / http_5xx: the status; timeout: no complete answer within the timeout;
connection: refused, reset or closed mid-answer; stream_error: an error event
inside a 200 stream; incomplete_stream: the stream ended without `[DONE]`;
bad_response: a body that is not the OpenAI shape (or another status).
"""

ERROR_KINDS: tuple[ErrorKind, ...] = get_args(ErrorKind)
# The body is serialised here (orjson, not httpx's `json=`), so the header is too: servers
# that check it (vLLM's OpenAI server) refuse a body without it.
_JSON = {"content-type": "application/json"}
_MAX_ERROR_CHARS = 200


@dataclass(frozen=True)
class RequestResult:
    """The measurements of one request; times in seconds.

    Attributes:
        ok: The answer arrived complete and without an error.
        status: HTTP status, None when no response arrived.
        error_kind: Why it failed (None when ok).
        error: A short message for the failure (the server's `error.message` when it sent one).
        latency_s: End-to-end latency, also for failures (time until the failure was seen).
        ttft_s: Time to the first content chunk; None without one (and for non-streaming requests).
        itl_s: Gaps between consecutive content chunks (content chunks - 1 of them).
        output_tokens: `usage.completion_tokens` when reported, else the content chunks counted.
        prompt_tokens: `usage.prompt_tokens` when reported, else None.
        content_chunks: Stream chunks that carried content (0 for non-streaming).
        usage_reported: Whether the server reported usage.
        headers: The response headers named in `capture_headers` (lower-case names).
    """

    ok: bool
    status: int | None
    error_kind: ErrorKind | None
    error: str | None
    latency_s: float
    ttft_s: float | None = None
    itl_s: tuple[float, ...] = ()
    output_tokens: int = 0
    prompt_tokens: int | None = None
    content_chunks: int = 0
    usage_reported: bool = False
    headers: Mapping[str, str] = field(default_factory=dict)


class _Failure(Exception):
    """A classified failure raised inside a request and turned into a result at its edge."""

    def __init__(self, kind: ErrorKind, message: str) -> None:
        super().__init__(message)
        self.kind = kind


def _status_kind(status: int) -> ErrorKind:
    if 400 <= status < 500:
        return "http_4xx"
    if status >= 500:
        return "http_5xx"
    return "bad_response"


def _error_message(raw: bytes) -> str:
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError:
        return raw[:_MAX_ERROR_CHARS].decode("utf-8", errors="replace")
    if isinstance(data, dict) and isinstance(data.get("error"), dict):
        return str(data["error"].get("message", ""))[:_MAX_ERROR_CHARS]
    return str(data)[:_MAX_ERROR_CHARS]


def _content_of(choice: Mapping[str, Any]) -> str:
    # Chat chunks carry `delta.content` (reasoning models also `reasoning_content`); completions `text`.
    delta = choice.get("delta")
    if isinstance(delta, Mapping):
        parts = (delta.get("content"), delta.get("reasoning_content"), delta.get("reasoning"))
        return "".join(p for p in parts if isinstance(p, str))
    text = choice.get("text")
    return text if isinstance(text, str) else ""


class _Measure:
    """Accumulates a response's timings and counts as its bytes arrive."""

    def __init__(self, start: float) -> None:
        self.start = start
        self.first: float | None = None
        self.last = start
        self.itl: list[float] = []
        self.chunks = 0
        self.usage: Mapping[str, Any] | None = None

    def content(self, now: float) -> None:
        if self.first is None:
            self.first = now
        else:
            self.itl.append(now - self.last)
        self.last = now
        self.chunks += 1

    def event(self, data: str, now: float) -> bool:
        """Handle one SSE `data` payload; True at `[DONE]`."""
        if data.strip() == "[DONE]":
            return True
        try:
            chunk = orjson.loads(data)
        except orjson.JSONDecodeError as exc:
            raise _Failure("bad_response", f"stream event is not JSON: {data[:80]!r}") from exc
        if not isinstance(chunk, dict):
            raise _Failure("bad_response", "stream event is not a JSON object")
        if chunk.get("error") is not None:
            raise _Failure("stream_error", _error_message(orjson.dumps(chunk)))
        usage = chunk.get("usage")
        if isinstance(usage, Mapping):
            self.usage = usage
        choices = chunk.get("choices")
        if isinstance(choices, list) and any(isinstance(c, Mapping) and _content_of(c) for c in choices):
            self.content(now)
        return False


async def _read_stream(response: httpx.Response, measure: _Measure) -> None:
    data_lines: list[str] = []
    done = False
    async for line in response.aiter_lines():
        if done:
            # Read on to the end of the body: a response closed part-read takes its
            # connection with it, and every request would pay a new connection.
            continue
        if line:
            if line.startswith("data:"):
                data_lines.append(line[5:].removeprefix(" "))
            continue  # comments (":"), `event:`, `id:`, `retry:` lines carry nothing we time
        if data_lines:  # a blank line ends the event
            done = measure.event("\n".join(data_lines), time.perf_counter())
            data_lines = []
    if not done and data_lines:
        done = measure.event("\n".join(data_lines), time.perf_counter())
    if not done:
        raise _Failure("incomplete_stream", "the stream ended without [DONE]")


def _answer_text(choice: Mapping[str, Any]) -> str:
    message = choice.get("message")
    if isinstance(message, Mapping):
        content = message.get("content")
        return content if isinstance(content, str) else ""
    text = choice.get("text")
    return text if isinstance(text, str) else ""


def _read_body(raw: bytes, measure: _Measure) -> None:
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise _Failure("bad_response", "the response body is not JSON") from exc
    if not isinstance(data, dict) or not isinstance(data.get("choices"), list):
        raise _Failure("bad_response", "the response has no choices")
    usage = data.get("usage")
    if isinstance(usage, Mapping):
        measure.usage = usage
    else:  # no usage: whitespace words are the nearest thing to tokens the client can count
        measure.chunks = sum(len(_answer_text(c).split()) for c in data["choices"] if isinstance(c, Mapping))


def _int_or_none(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


async def send_request(
    client: httpx.AsyncClient,
    url: str,
    body: Mapping[str, Any],
    *,
    headers: Mapping[str, str] | None = None,
    timeout_s: float = 60.0,
    capture_headers: Collection[str] = (),
) -> RequestResult:
    """POST one OpenAI request and time it; streams when `body["stream"]` is true.

    Args:
        client: A caller-owned client that keeps its connection alive between requests; give
            each concurrent sender its own (one shared pool costs the client CPU per request in flight).
        url: The full endpoint URL, e.g. `http://127.0.0.1:8000/v1/chat/completions`.
        body: The JSON body, sent as given (ask for `stream_options.include_usage`
            to get exact token counts from a stream).
        headers: Extra headers for this request (merged over the client's).
        timeout_s: Deadline for the whole request, streaming included.
        capture_headers: Response header names to keep in the result (e.g. `x-sovereign-route`).

    Returns:
        The measurements; a failed request is a result with `ok=False`, never an exception.
    """
    streaming = body.get("stream") is True
    start = time.perf_counter()
    measure = _Measure(start)
    status: int | None = None
    kept: dict[str, str] = {}
    try:
        async with asyncio.timeout(timeout_s):
            sent = _JSON if headers is None else {**_JSON, **headers}
            async with client.stream("POST", url, content=orjson.dumps(body), headers=sent) as response:
                status = response.status_code
                kept = {n.lower(): response.headers[n] for n in capture_headers if n in response.headers}
                if status != 200:
                    raise _Failure(_status_kind(status), _error_message(await response.aread()))
                if streaming:
                    await _read_stream(response, measure)
                else:
                    _read_body(await response.aread(), measure)
    except _Failure as failure:
        return _failed(failure.kind, str(failure), start, status, measure, kept)
    except (TimeoutError, httpx.TimeoutException):
        return _failed("timeout", f"no complete answer within {timeout_s:g} s", start, status, measure, kept)
    except (httpx.NetworkError, httpx.RemoteProtocolError, httpx.ProxyError) as exc:
        return _failed("connection", f"{type(exc).__name__}: {exc}", start, status, measure, kept)
    except httpx.HTTPError as exc:
        return _failed("bad_response", f"{type(exc).__name__}: {exc}", start, status, measure, kept)
    end = time.perf_counter()
    usage = measure.usage or {}
    completion = _int_or_none(usage.get("completion_tokens"))
    return RequestResult(
        ok=True,
        status=status,
        error_kind=None,
        error=None,
        latency_s=end - start,
        ttft_s=None if measure.first is None else measure.first - start,
        itl_s=tuple(measure.itl),
        output_tokens=measure.chunks if completion is None else completion,
        prompt_tokens=_int_or_none(usage.get("prompt_tokens")),
        content_chunks=measure.chunks if streaming else 0,
        usage_reported=measure.usage is not None,
        headers=kept,
    )


def _failed(
    kind: ErrorKind, message: str, start: float, status: int | None, measure: _Measure, kept: dict[str, str]
) -> RequestResult:
    return RequestResult(
        ok=False,
        status=status,
        error_kind=kind,
        error=message[:_MAX_ERROR_CHARS],
        latency_s=time.perf_counter() - start,
        ttft_s=None if measure.first is None else measure.first - measure.start,
        content_chunks=measure.chunks,
        headers=kept,
    )
