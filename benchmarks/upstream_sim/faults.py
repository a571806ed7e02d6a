"""Faults the upstream simulator injects, and the state that hands them out.

A fault is set over HTTP (`POST /_sim/fault`, so tests and benchmarks in other
processes can drive it) or in-process (`UpstreamSim.set_fault`), and applies to
the next `count` API requests (`None`: until cleared). The state is shared between
the server's thread and the caller's, so every change happens under one lock.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields
from typing import Any

from benchmarks.upstream_sim.responses import error_body

# The `type` OpenAI puts in its error body for each status, when the fault names none.
_ERROR_TYPES = {
    400: "invalid_request_error",
    401: "invalid_request_error",
    403: "permission_error",
    404: "invalid_request_error",
    409: "conflict_error",
    422: "invalid_request_error",
    429: "rate_limit_error",
}
_DEFAULT_RETRY_AFTER_S = 1.0
STREAM_OMISSIONS = ("done", "finish_reason", "usage")


def _check_int(name: str, value: object, *, minimum: int, maximum: int | None = None) -> None:
    if value is None:
        return
    if not isinstance(value, int) or isinstance(value, bool) or value < minimum:
        raise ValueError(f"fault field '{name}' must be an integer >= {minimum}, got {value!r}")
    if maximum is not None and value > maximum:
        raise ValueError(f"fault field '{name}' must be at most {maximum}, got {value!r}")


def _check_number(name: str, value: object) -> None:
    if value is None:
        return
    if not isinstance(value, int | float) or isinstance(value, bool) or value < 0:
        raise ValueError(f"fault field '{name}' must be a number >= 0, got {value!r}")


def _check_str(name: str, value: object) -> None:
    if value is not None and not isinstance(value, str):
        raise ValueError(f"fault field '{name}' must be a string, got {value!r}")


@dataclass(frozen=True)
class Fault:
    """One injected failure.

    Attributes:
        status: answer with this HTTP status (400-599) and the OpenAI error body.
        count: how many of the next API requests fail; None until cleared.
        delay_ms: extra delay before the first byte (to force client timeouts).
        drop_after_chunks: close the connection abruptly after this many stream
            chunks; a non-streaming answer is cut off after its headers.
        end_after_chunks: end a stream cleanly after this many chunks, without
            `[DONE]`, as a proxy that closes politely would.
        hold_after_chunks: pause a stream after this many chunks until the fault is
            cleared, so a test can prove that chunks arrive before the stream ends.
        stream_omit: send a stream whole except for one part: "done" (no `[DONE]`),
            "finish_reason" (no choice ever finishes) or "usage" (no usage chunk
            although the client asked for one).
        malformed_sse: stream a `data:` line that is not JSON after the first content chunk
            (the role chunk and one token come first).
        wrong_content_type: answer 200 with an HTML page, as a misconfigured proxy does.
        empty_answer: answer 200 with nothing in it: a JSON object without `choices`, or a
            stream of `[DONE]` alone.
        service_tier: claim this tier served the answer (a silent downgrade).
        echo: answer with the last message's text (or the prompt) instead of generated
            tokens, streamed 3 characters a chunk: shows what the upstream received.
        message, type, code, param: the error body's fields (defaults per status).
        retry_after_s: `Retry-After` sent with the error (429 sends 1 s unless set).
    """

    status: int | None = None
    count: int | None = None
    delay_ms: float = 0.0
    drop_after_chunks: int | None = None
    end_after_chunks: int | None = None
    hold_after_chunks: int | None = None
    stream_omit: str | None = None
    malformed_sse: bool = False
    wrong_content_type: bool = False
    empty_answer: bool = False
    service_tier: str | None = None
    echo: bool = False
    message: str | None = None
    type: str | None = None
    code: str | None = None
    param: str | None = None
    retry_after_s: float | None = None

    def __post_init__(self) -> None:
        _check_int("status", self.status, minimum=400, maximum=599)
        _check_int("count", self.count, minimum=1)
        _check_number("delay_ms", self.delay_ms)
        _check_int("drop_after_chunks", self.drop_after_chunks, minimum=0)
        _check_int("end_after_chunks", self.end_after_chunks, minimum=0)
        _check_int("hold_after_chunks", self.hold_after_chunks, minimum=0)
        if self.stream_omit not in (None, *STREAM_OMISSIONS):
            raise ValueError(f"fault field 'stream_omit' must be one of {', '.join(STREAM_OMISSIONS)}")
        for name in ("malformed_sse", "wrong_content_type", "empty_answer", "echo"):
            if not isinstance(getattr(self, name), bool):
                raise ValueError(f"fault field '{name}' must be true or false")
        for name in ("message", "type", "code", "param", "service_tier"):
            _check_str(name, getattr(self, name))
        _check_number("retry_after_s", self.retry_after_s)

    @classmethod
    def from_json(cls, data: object) -> Fault:
        """Build a fault from the JSON body of `POST /_sim/fault`.

        Raises:
            ValueError: unknown field or a value of the wrong type, named in the message.
        """
        if not isinstance(data, Mapping):
            raise ValueError("the fault must be a JSON object")
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ValueError(f"unknown fault field(s): {', '.join(map(str, unknown))}")
        values = dict(data)
        if values.get("delay_ms") is None:
            values["delay_ms"] = 0.0
        return cls(**values)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    def error_response(self) -> tuple[int, dict[str, Any], list[tuple[bytes, bytes]]]:
        """Status, OpenAI error body and extra headers of the error this fault answers with."""
        status = self.status or 500
        type_ = self.type or _ERROR_TYPES.get(status, "server_error")
        message = self.message or f"upstream-sim injected a {status} error"
        code = self.code
        if code is None and status == 401:
            code = "invalid_api_key"
        if code is None and status == 429:
            code = "rate_limit_exceeded"
        headers: list[tuple[bytes, bytes]] = []
        retry_after = self.retry_after_s
        if retry_after is None and status == 429:
            retry_after = _DEFAULT_RETRY_AFTER_S
        if retry_after is not None:
            # `Retry-After` takes whole seconds; the openai SDK prefers the precise `retry-after-ms`.
            headers.append((b"retry-after", str(math.ceil(retry_after)).encode()))
            headers.append((b"retry-after-ms", str(round(retry_after * 1000)).encode()))
        if status == 429:  # as OpenAI's rate limiter answers: the request budget spent, and when it refills
            reset = f"{retry_after}s".encode()
            headers += [(b"x-ratelimit-limit-requests", b"10000"), (b"x-ratelimit-remaining-requests", b"0"),
                        (b"x-ratelimit-reset-requests", reset)]
        return status, error_body(message, type_, self.param, code), headers


class FaultState:
    """The current fault and how many more requests it applies to."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._fault: Fault | None = None
        self._remaining: int | None = None
        # Bumped by every clear; a held stream resumes when it changes.
        self.release_epoch = 0

    def set(self, fault: Fault) -> None:
        with self._lock:
            self._fault = fault
            self._remaining = fault.count

    def clear(self) -> None:
        with self._lock:
            self._fault = None
            self._remaining = None
            self.release_epoch += 1

    @property
    def current(self) -> Fault | None:
        return self._fault

    def take(self) -> Fault | None:
        """The fault for the request now arriving, counting it against `count`."""
        if self._fault is None:  # the common case stays lock-free
            return None
        with self._lock:
            fault = self._fault
            if fault is not None and self._remaining is not None:
                self._remaining -= 1
                if self._remaining <= 0:
                    self._fault = None
                    self._remaining = None
            return fault
