"""The upstream simulator's ASGI application.

A bare ASGI callable rather than a framework app: benchmarks subtract the
simulator's own cost from the router's, so every request should cost as little
as possible (orjson, no routing tables, no request objects).

Per API request, in this order: record it, take the current fault, wait
`latency_ms` (+ the fault's `delay_ms`), then answer with the fault's error,
cut the connection, or answer normally. Control endpoints (`/_sim/...`) are
never recorded and never faulted.
"""

from __future__ import annotations

import asyncio
import dataclasses
import itertools
import re
from collections.abc import Awaitable, Callable, MutableMapping
from pathlib import Path
from typing import Any

import orjson

from benchmarks.upstream_sim.faults import Fault, FaultState
from benchmarks.upstream_sim.records import DEFAULT_MAX_RECORDS, Recorder, header_dict, parse_body
from benchmarks.upstream_sim.responses import (
    Endpoint,
    Generation,
    InvalidRequest,
    echo_text,
    error_body,
    model_list,
)

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

DEFAULT_MODELS = ("gpt-4.1-mini", "gpt-4.1", "gpt-4o-mini")
_ENDPOINTS: dict[str, Endpoint] = {
    "/v1/chat/completions": "chat.completions",
    "/v1/completions": "completions",
}
_JSON = (b"content-type", b"application/json")
_SSE_HEADERS = [(b"content-type", b"text/event-stream"), (b"cache-control", b"no-cache")]
_DONE = b"data: [DONE]\n\n"
# Azure OpenAI names the deployment in the path: /openai/deployments/{name}/chat/completions.
_AZURE_PATH = re.compile(r"^/openai/deployments/[^/]+(/chat/completions|/completions)$")
# OpenAI request fields Azure's GA API version (2024-10-21) does not define, which Azure refuses
# with 400 "Unrecognized request argument supplied" (azure-rest-api-specs, inference/stable/2024-10-21).
_AZURE_UNDEFINED = frozenset({"store", "service_tier", "metadata"})
FAULT_HEADER = "x-upstream-sim-fault"
"""A request header holding a fault as JSON: applies to that request only (before the global one)."""
# What OpenAI sends with every answer; a client reads them to pace itself.
_RATE_LIMIT_HEADERS = [
    (b"x-ratelimit-limit-requests", b"10000"),
    (b"x-ratelimit-remaining-requests", b"9999"),
    (b"x-ratelimit-limit-tokens", b"2000000"),
    (b"x-ratelimit-remaining-tokens", b"1999000"),
    (b"x-ratelimit-reset-requests", b"6ms"),
]
_HTML = b"<html><body><h1>502 Bad Gateway</h1></body></html>"
_HOLD_POLL_S = 0.005


class _Exchange:
    """One request's receive/send pair, with lazy watching for the client going away.

    Watching needs a task reading `receive`, so it starts only when the answer
    waits (latency, pacing, a hold) — the cheap path never pays for it.
    """

    def __init__(self, receive: Receive, send: Send) -> None:
        self._receive = receive
        self.send = send
        self._watcher: asyncio.Future[None] | None = None
        self.client_left = False

    async def _wait_disconnect(self) -> None:
        while (await self._receive())["type"] != "http.disconnect":
            pass

    def still_there(self) -> bool:
        """False once a watched client has disconnected (before the answer completed)."""
        if self._watcher is not None and self._watcher.done():
            self.client_left = True
        return not self.client_left

    async def pause(self, seconds: float) -> bool:
        """Wait `seconds`; False as soon as the client disconnects."""
        if self._watcher is None:
            self._watcher = asyncio.ensure_future(self._wait_disconnect())
        if seconds > 0:
            await asyncio.wait((self._watcher,), timeout=seconds)
        return self.still_there()

    def close(self) -> None:
        if self._watcher is not None:
            self._watcher.cancel()


async def _read_body(receive: Receive) -> bytes:
    parts = []
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            return b""
        parts.append(message.get("body", b""))
        if not message.get("more_body", False):
            return b"".join(parts)


async def _send_json(
    send: Send, status: int, payload: Any, extra_headers: list[tuple[bytes, bytes]] | None = None
) -> None:
    body = orjson.dumps(payload)
    headers = [_JSON, (b"content-length", str(len(body)).encode())]
    if extra_headers:
        headers.extend(extra_headers)
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body, "more_body": False})


class SimApp:
    """ASGI app: OpenAI endpoints plus `/_sim` control endpoints; see the module docstring."""

    def __init__(
        self,
        *,
        latency_ms: float = 0.0,
        tokens_per_s: float = 0.0,
        record_path: Path | None = None,
        max_records: int | None = DEFAULT_MAX_RECORDS,
        models: tuple[str, ...] = DEFAULT_MODELS,
    ) -> None:
        if latency_ms < 0 or tokens_per_s < 0:
            raise ValueError("latency_ms and tokens_per_s must be >= 0")
        self.latency_s = latency_ms / 1000
        self.token_interval_s = 1 / tokens_per_s if tokens_per_s > 0 else 0.0
        self.models = models
        self.recorder = Recorder(record_path, max_records)
        self.faults = FaultState()
        self._request_ids = itertools.count(1)
        # Written only by the server's event loop; read from any thread.
        self.client_disconnects = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        path: str = scope["path"]
        method: str = scope["method"]
        raw = await _read_body(receive)
        if path.startswith("/_sim/"):
            await self._control(method, path, raw, send)
            return
        headers = header_dict(scope["headers"])
        self.recorder.add(method, path, headers, parse_body(raw))
        exchange = _Exchange(receive, send)
        try:
            try:
                fault = self._fault_for(headers.get(FAULT_HEADER))
            except ValueError as exc:
                await _send_json(send, 400, error_body(f"bad {FAULT_HEADER}: {exc}", "invalid_request_error"))
                return
            await self._api(method, path, raw, exchange, fault)
        finally:
            exchange.close()
            if exchange.client_left:
                self.client_disconnects += 1

    def _fault_for(self, header: str | None) -> Fault | None:
        """The request's own fault (header) if it names one, else the global one."""
        if header is None:
            return self.faults.take()
        try:
            return Fault.from_json(orjson.loads(header))
        except orjson.JSONDecodeError as exc:
            raise ValueError("not JSON") from exc

    async def _api(self, method: str, path: str, raw: bytes, exchange: _Exchange, fault: Fault | None) -> None:
        delay = self.latency_s + (fault.delay_ms / 1000 if fault else 0.0)
        if delay > 0 and not await exchange.pause(delay):
            return  # the client gave up (e.g. its timeout); nobody is left to answer
        request_id = [(b"x-request-id", f"req_sim{next(self._request_ids)}".encode())]
        if fault is not None and fault.status is not None:
            status, body, headers = fault.error_response()
            await _send_json(exchange.send, status, body, headers + request_id)
            return
        azure = _AZURE_PATH.match(path)
        endpoint = _ENDPOINTS.get(f"/v1{azure.group(1)}" if azure else path)
        if method == "GET" and path == "/v1/models":
            await _send_json(exchange.send, 200, model_list(self.models), request_id)
            return
        if endpoint is None or method != "POST":
            missing = error_body(f"no route {method} {path}", "invalid_request_error")
            await _send_json(exchange.send, 404, missing, request_id)
            return
        try:
            body = orjson.loads(raw)
            if azure and isinstance(body, dict) and (undefined := sorted(_AZURE_UNDEFINED.intersection(body))):
                raise InvalidRequest(f"Unrecognized request argument supplied: {', '.join(undefined)}", None)
            generation = Generation.from_body(endpoint, body)
        except orjson.JSONDecodeError:
            invalid = error_body("invalid JSON body", "invalid_request_error")
            await _send_json(exchange.send, 400, invalid, request_id)
            return
        except InvalidRequest as exc:
            invalid = error_body(exc.message, "invalid_request_error", exc.param)
            await _send_json(exchange.send, 400, invalid, request_id)
            return
        drop = fault.drop_after_chunks if fault else None
        if azure:  # Azure's answers (2024-10-21) name no service tier: it is the deployment's type
            generation = dataclasses.replace(generation, service_tier=None)
        if fault is not None and fault.service_tier is not None:
            generation = dataclasses.replace(generation, service_tier=fault.service_tier)
        if fault is not None and fault.echo:
            generation = dataclasses.replace(generation, echo=echo_text(body))
        if fault is not None and fault.wrong_content_type:
            headers = [(b"content-type", b"text/html"), (b"content-length", str(len(_HTML)).encode())]
            await exchange.send({"type": "http.response.start", "status": 200, "headers": headers})
            await exchange.send({"type": "http.response.body", "body": _HTML, "more_body": False})
            return
        request_id += _RATE_LIMIT_HEADERS
        if fault is not None and fault.empty_answer:
            await self._empty(generation, exchange, body.get("stream") is True, request_id)
            return
        if body.get("stream") is True:
            await self._stream(generation, exchange, fault, request_id)
        elif drop is not None:
            # Promise a body, then close: the client sees a connection that broke mid-answer.
            headers = [_JSON, (b"content-length", b"1000")]
            await exchange.send({"type": "http.response.start", "status": 200, "headers": headers})
        else:
            await _send_json(exchange.send, 200, generation.response(), request_id)

    async def _stream(
        self,
        generation: Generation,
        exchange: _Exchange,
        fault: Fault | None,
        request_id: list[tuple[bytes, bytes]],
    ) -> None:
        send = exchange.send
        drop = fault.drop_after_chunks if fault else None
        end = fault.end_after_chunks if fault else None
        hold = fault.hold_after_chunks if fault else None
        omit = fault.stream_omit if fault else None
        malformed = fault.malformed_sse if fault else False
        await send({"type": "http.response.start", "status": 200, "headers": _SSE_HEADERS + request_id})
        interval = self.token_interval_s
        loop = asyncio.get_running_loop()
        start = loop.time()
        for sent, chunk in enumerate(generation.chunks(omit=omit)):
            if sent == drop:
                # Returning mid-body makes uvicorn close the socket without the final
                # chunk; uvicorn logs "ASGI callable returned without completing response".
                return
            if sent == end:
                await send({"type": "http.response.body", "body": b"", "more_body": False})
                return
            if sent == hold and not await self._hold(exchange):
                return
            if interval and sent:
                # Pace against the start, so sleep overshoot does not accumulate.
                wait = start + sent * interval - loop.time()
                if not await exchange.pause(wait):
                    return
            if not exchange.still_there():
                return
            event = b"data: " + orjson.dumps(chunk) + b"\n\n"
            if malformed and sent == 2:  # after the role chunk and the first token: mid-stream
                event = b"data: {not json\n\n"
            await send({"type": "http.response.body", "body": event, "more_body": True})
        await send({"type": "http.response.body", "body": b"" if omit == "done" else _DONE, "more_body": False})

    @staticmethod
    async def _empty(
        generation: Generation, exchange: _Exchange, stream: bool, request_id: list[tuple[bytes, bytes]]
    ) -> None:
        """A 200 with nothing in it: an answer without `choices`, or a stream of `[DONE]` alone."""
        if not stream:
            answer = {key: value for key, value in generation.response().items() if key != "choices"}
            await _send_json(exchange.send, 200, answer, request_id)
            return
        await exchange.send({"type": "http.response.start", "status": 200, "headers": _SSE_HEADERS + request_id})
        await exchange.send({"type": "http.response.body", "body": _DONE, "more_body": False})

    async def _hold(self, exchange: _Exchange) -> bool:
        epoch = self.faults.release_epoch
        while self.faults.release_epoch == epoch:
            if not await exchange.pause(_HOLD_POLL_S):
                return False
        return True

    async def _control(self, method: str, path: str, raw: bytes, send: Send) -> None:
        if path == "/_sim/fault" and method == "POST":
            try:
                fault = Fault.from_json(parse_body(raw))
            except (ValueError, TypeError) as exc:
                await _send_json(send, 400, error_body(str(exc), "invalid_request_error"))
                return
            self.faults.set(fault)
            await _send_json(send, 200, {"fault": fault.to_json()})
        elif path == "/_sim/fault" and method == "DELETE":
            self.faults.clear()
            await _send_json(send, 200, {"fault": None})
        elif path == "/_sim/fault" and method == "GET":
            current = self.faults.current
            await _send_json(send, 200, {"fault": current.to_json() if current else None})
        elif path == "/_sim/stats" and method == "GET":
            await _send_json(send, 200, {"client_disconnects": self.client_disconnects})
        elif path == "/_sim/records" and method == "GET":
            await _send_json(send, 200, self.recorder.snapshot())
        elif path == "/_sim/records" and method == "DELETE":
            self.recorder.clear()
            await _send_json(send, 200, [])
        else:
            missing = error_body(f"no control route {method} {path}", "invalid_request_error")
            await _send_json(send, 404, missing)
