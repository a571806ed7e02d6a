"""Per-request timestamps at concurrency, for `measure_share.py` only.

Loaded by Python at start-up (as `sitecustomize`) in every process whose PYTHONPATH holds this
directory and whose environment has SHARE_TRACE=<file>: the router's processes and the vLLM
server started by `measure_share.py`, never the project's own runs. Unlike `../trace/` (one
request at a time, a module global), every request here has its own record, found by the
`x-share-id` header the load generator sends (the router's engine forwards it to vLLM), and
carried through the router's code in a context variable. Times are `time.perf_counter()`
(CLOCK_MONOTONIC: the same clock in every process on Linux, so they compare with the load
generator's).

Per request, one JSON line when its response has ended:

- every process (uvicorn's HTTP cycle): `in` (the request's head was parsed), `body_in` (its body
  was complete; httptools parser only), `writes` (the first body writes, each `[time, carries
  content]`: when uvicorn had written it to the socket), `end`;
- the router's ingress replica only: `gateway_in` (Gateway.handle began), `classify_in` /
  `classified` (Gateway._classify_closed: authentication and parsing are before it),
  `gate_in` / `gate_out` (the local leg asked for / got a slot
  at the model's admission gate: `gate_out - gate_in` is waiting in the router), `send_call` (the
  engine hands its request to httpx), `body_write` (httpcore is about to hand the request's body
  to the socket, which happens without yielding: the request is written; httpcore's trace
  extension), `body_written` (httpcore's write returned, after anyio's checkpoint: late when the
  event loop is busy), `new_connection` (a connection to the server was opened for it),
  `headers_in` (the server's response head was read), `chunks` (the first chunks the engine parsed
  from the server, each `[time, carries content]`).

`ClassAdmission` also writes one `{"gate": ...}` line per gate when it is built (its capacity).
"""

from __future__ import annotations

import contextvars
import functools
import importlib.abc
import importlib.machinery
import json
import os
import sys
import time
from typing import Any

_PATH = os.environ.get("SHARE_TRACE")
_ROLE = os.environ.get("SHARE_ROLE", "")
_HEADER = b"x-share-id"
_FIRST_WRITES = 4  # body writes / engine chunks noted per request
_REC: contextvars.ContextVar[dict[str, Any] | None] = contextvars.ContextVar("share_rec", default=None)


def _mark(step: str) -> None:
    rec = _REC.get()
    if rec is not None and step not in rec:
        rec[step] = time.perf_counter()


def _write(line: dict[str, Any]) -> None:
    if _PATH:
        with open(_PATH, "a") as out:
            out.write(json.dumps({"pid": os.getpid(), "role": _ROLE, **line}) + "\n")


def _has_content(payload: bytes) -> bool:
    """Whether a server-sent-events body write carries a chunk with content."""
    for line in payload.split(b"\n"):
        if not line.startswith(b"data:"):
            continue
        data = line[5:].strip()
        if not data or data == b"[DONE]":
            continue
        try:
            chunk = json.loads(data)
        except ValueError:
            continue
        if _chunk_has_content(chunk):
            return True
    return False


def _chunk_has_content(chunk: Any) -> bool:
    choices = chunk.get("choices") if isinstance(chunk, dict) else None
    for choice in choices or ():
        delta = choice.get("delta") if isinstance(choice, dict) else None
        if isinstance(delta, dict) and delta.get("content"):
            return True
    return False


def _patch_uvicorn(module: Any) -> None:
    cycle = module.RequestResponseCycle
    init, send, run_asgi = cycle.__init__, cycle.send, cycle.run_asgi

    @functools.wraps(init)
    def __init__(self: Any, scope: Any, *args: Any, **kwargs: Any) -> None:
        now = time.perf_counter()
        init(self, scope, *args, **kwargs)
        share_id = next((v for k, v in scope.get("headers", ()) if k.lower() == _HEADER), None)
        self._share_rec = None
        if share_id is not None and str(scope.get("path", "")).startswith("/v1/"):
            self._share_rec = {"id": share_id.decode(), "in": now, "writes": []}

    @functools.wraps(send)
    async def traced_send(self: Any, message: dict[str, Any]) -> None:
        await send(self, message)
        rec = self._share_rec
        if rec is not None and message["type"] == "http.response.start":
            rec["start_sent"] = time.perf_counter()
        if rec is None or message["type"] != "http.response.body":
            return
        if len(rec["writes"]) < _FIRST_WRITES:
            rec["writes"].append([time.perf_counter(), _has_content(message.get("body", b""))])
        if not message.get("more_body", False):
            rec["end"] = time.perf_counter()
            self._share_rec = None
            _write(rec)

    @functools.wraps(run_asgi)
    async def traced_run_asgi(self: Any, app: Any) -> None:
        if self._share_rec is not None:
            _REC.set(self._share_rec)  # this task's context: the app's work for this request inherits it
        await run_asgi(self, app)

    cycle.__init__, cycle.send, cycle.run_asgi = __init__, traced_send, traced_run_asgi
    protocol = getattr(module, "HttpToolsProtocol", None)
    if protocol is not None:  # the httptools parser: note when the request's body is complete
        complete = protocol.on_message_complete

        @functools.wraps(complete)
        def on_message_complete(self: Any) -> None:
            rec = getattr(getattr(self, "cycle", None), "_share_rec", None)
            if rec is not None and "body_in" not in rec:
                rec["body_in"] = time.perf_counter()
            complete(self)

        protocol.on_message_complete = on_message_complete


def _patch_admission(module: Any) -> None:
    gate = module.ClassAdmission
    init, acquire = gate.__init__, gate._acquire

    @functools.wraps(init)
    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        init(self, *args, **kwargs)
        _write({"gate": {"args": [repr(a) for a in args], "kwargs": {k: repr(v) for k, v in kwargs.items()}}})

    @functools.wraps(acquire)
    async def _acquire(self: Any, klass: str) -> Any:
        _mark("gate_in")
        granted = await acquire(self, klass)
        _mark("gate_out")
        return granted

    gate.__init__, gate._acquire = __init__, _acquire


async def _httpcore_trace(name: str, info: dict[str, Any]) -> None:
    if name == "connection.connect_tcp.started":
        _mark("new_connection")
    elif name == "http11.send_request_body.started":
        # The body's bytes go to the socket (anyio: transport.write) right after this, without
        # yielding to the event loop; `.complete` comes only after anyio's checkpoint, which on a
        # busy loop is late.
        _mark("body_write")
    elif name == "http11.send_request_body.complete":
        _mark("body_written")


def _patch_gateway(module: Any) -> None:
    gateway = module.Gateway
    handle, classify = gateway.handle, gateway._classify_closed

    @functools.wraps(handle)
    async def traced_handle(self: Any, *args: Any, **kwargs: Any) -> Any:
        _mark("gateway_in")
        answer = await handle(self, *args, **kwargs)
        _mark("gateway_out")
        return answer

    @functools.wraps(classify)
    async def traced_classify(self: Any, *args: Any, **kwargs: Any) -> Any:
        _mark("classify_in")
        result = await classify(self, *args, **kwargs)
        _mark("classified")
        return result

    gateway.handle, gateway._classify_closed = traced_handle, traced_classify


def _patch_engine(module: Any) -> None:
    engine = module.OpenAICompatibleEngine
    init, stream = engine.__init__, engine.stream

    @functools.wraps(init)
    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        init(self, *args, **kwargs)
        send = self._http.send

        async def traced_send(request: Any, *a: Any, **kw: Any) -> Any:
            rec = _REC.get()
            if rec is not None:
                _mark("send_call")
                request.headers["x-share-id"] = rec["id"]  # so the server's record can be matched
                request.extensions["trace"] = _httpcore_trace
            response = await send(request, *a, **kw)
            _mark("headers_in")
            return response

        self._http.send = traced_send

    async def traced_stream(self: Any, endpoint: str, body: dict[str, Any]) -> Any:
        rec = _REC.get()
        async for chunk in stream(self, endpoint, body):
            if rec is not None and len(rec.setdefault("chunks", [])) < _FIRST_WRITES:
                rec["chunks"].append([time.perf_counter(), _chunk_has_content(chunk)])
            yield chunk

    engine.__init__, engine.stream = __init__, traced_stream


def _patch_streaming(module: Any) -> None:
    sse_stream = module.sse_stream

    @functools.wraps(sse_stream)
    async def traced_sse_stream(*args: Any, **kwargs: Any) -> Any:
        frames = await sse_stream(*args, **kwargs)
        _mark("sse_returned")  # the first chunk is in; the response is about to start
        return frames

    module.sse_stream = traced_sse_stream
    response = module.EventStreamResponse
    call, stream_response = response.__call__, response.stream_response

    @functools.wraps(call)
    async def traced_call(self: Any, scope: Any, receive: Any, send: Any) -> None:
        _mark("response_called")  # the ASGI response starts: what lies before is the ingress's
        await call(self, scope, receive, send)

    @functools.wraps(stream_response)
    async def traced_stream_response(self: Any, send: Any) -> None:
        async def marked_send(message: Any) -> None:
            if message["type"] == "http.response.start":
                _mark("start_call")  # our send of the head, before Serve's and uvicorn's layers
            await send(message)

        await stream_response(self, marked_send)

    response.__call__, response.stream_response = traced_call, traced_stream_response


def _patch_ingress(module: Any) -> None:
    respond = module._respond

    @functools.wraps(respond)
    def traced_respond(answer: Any) -> Any:
        _mark("respond_in")
        response = respond(answer)
        _mark("respond_out")
        return response

    module._respond = traced_respond


_PATCHES = {
    "uvicorn.protocols.http.httptools_impl": _patch_uvicorn,
    "uvicorn.protocols.http.h11_impl": _patch_uvicorn,
    "local_models.admission": _patch_admission,
    "local_models.openai_engine": _patch_engine,
    "router.gateway": _patch_gateway,
    "router.streaming": _patch_streaming,
    "router.ingress": _patch_ingress,
}


class _Loader(importlib.abc.Loader):
    def __init__(self, inner: importlib.abc.Loader, patch: Any) -> None:
        self._inner, self._patch = inner, patch

    def create_module(self, spec: Any) -> Any:
        return self._inner.create_module(spec)

    def exec_module(self, module: Any) -> None:
        self._inner.exec_module(module)
        self._patch(module)


class _Finder(importlib.abc.MetaPathFinder):
    def find_spec(self, name: str, path: Any, target: Any = None) -> Any:
        patch = _PATCHES.get(name)
        if patch is None:
            return None
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        if spec is not None and spec.loader is not None:
            spec.loader = _Loader(spec.loader, patch)
        return spec


if _PATH:
    sys.meta_path.insert(0, _Finder())
