"""Timestamps along the router's streaming path, for `measure_hops.py --trace` only.

Loaded by Python at start-up (as `sitecustomize`) in every process whose PYTHONPATH holds this
directory and whose environment has HOPS_TRACE=<file>: the router's processes started by
`measure_hops.py`, never the project's own runs. When the modules below are imported it wraps
a few of their functions to note `time.perf_counter()` (CLOCK_MONOTONIC, the same clock in
every process on Linux, so the load generator's timestamps compare with the replica's) at each
step of a request, and appends one JSON line per request to the file when its response ends.
Requests are one at a time (concurrency 1), so the request in flight is a module global.

In the upstream simulator only `asgi_in` (its app got the request), `start_sent`, `write1`,
`write2` and `end` are noted.

Steps: `asgi_in` (Serve's direct ingress got the request), `gateway_in` (Gateway.handle),
`authenticated`, `limits_passed`, `parsed`, `classified` (the gateway's first stages
ended), `backend_call` (the local leg asked the engine), `post_sent` / `headers_in` (the engine's HTTP
call; the server's response headers), `chunk1_in` / `chunk2_in` (first and
second `data:` lines read from the server), `stream_ready` (sse_stream returned: the response
can start), `answer_out` / `audited_out` / `handle_out` (the gateway's layers returned),
`response_call` / `stream_response` (Starlette's StreamingResponse began / began streaming),
`start_send` (the response's headers reach uvicorn's send), `start_sent` (written to the
socket), `write1` / `write2` (first and second body writes), `end` (last write).
"""

from __future__ import annotations

import functools
import importlib.abc
import importlib.machinery
import json
import os
import sys
import time
from typing import Any

_PATH = os.environ.get("HOPS_TRACE")
_current: dict[str, Any] = {}
_source: dict[str, str] = {}  # module -> the file it was loaded from (which tree a run measured)


def _mark(step: str) -> None:
    if step not in _current:
        _current[step] = time.perf_counter()


def _flush() -> None:
    global _current
    if _current and _PATH:
        with open(_PATH, "a") as out:
            out.write(json.dumps({"pid": os.getpid(), "source": _source, **_current}) + "\n")
    _current = {}


def _wrap_async(owner: Any, name: str, step: str, *, reset: bool = False) -> None:
    original = getattr(owner, name)

    @functools.wraps(original)
    async def wrapper(*args: Any, **kwargs: Any) -> Any:
        if reset:
            _current.clear()
        _mark(step)
        return await original(*args, **kwargs)

    setattr(owner, name, wrapper)


def _wrap_async_exit(owner: Any, name: str, step: str) -> None:
    original = getattr(owner, name)

    @functools.wraps(original)
    async def wrapper(*args: Any, **kwargs: Any) -> Any:
        result = await original(*args, **kwargs)
        _mark(step)
        return result

    setattr(owner, name, wrapper)


def _patch_starlette(module: Any) -> None:
    _wrap_async(module.StreamingResponse, "__call__", "response_call")
    _wrap_async(module.StreamingResponse, "stream_response", "stream_response")


def _patch_audit(module: Any) -> None:
    _wrap_async_exit(module.Auditor, "audited", "audited_out")


def _patch_replica(module: Any) -> None:
    original = module.Replica._direct_ingress_asgi

    @functools.wraps(original)
    async def wrapper(self: Any, scope: Any, receive: Any, send: Any) -> Any:
        if str(scope.get("path", "")).startswith("/v1/"):  # not HAProxy's health checks
            _current.clear()
            _mark("asgi_in")
        return await original(self, scope, receive, send)

    module.Replica._direct_ingress_asgi = wrapper


def _patch_sim(module: Any) -> None:
    original = module.SimApp.__call__

    @functools.wraps(original)
    async def wrapper(self: Any, scope: Any, receive: Any, send: Any) -> Any:
        if str(scope.get("path", "")).startswith("/v1/chat"):
            _current.clear()
            _mark("asgi_in")
        return await original(self, scope, receive, send)

    module.SimApp.__call__ = wrapper


def _patch_gateway(module: Any) -> None:
    _wrap_async(module.Gateway, "handle", "gateway_in")
    _wrap_async_exit(module.Gateway, "_admit", "authenticated")
    _wrap_async_exit(module.Gateway, "_classify_closed", "classified")
    parse = module.parse_request

    @functools.wraps(parse)
    def parse_request(*args: Any, **kwargs: Any) -> Any:
        _mark("limits_passed")
        result = parse(*args, **kwargs)
        _mark("parsed")
        return result

    module.parse_request = parse_request
    _wrap_async_exit(module.Gateway, "_answer", "answer_out")
    _wrap_async_exit(module.Gateway, "handle", "handle_out")


def _patch_streaming(module: Any) -> None:
    original = module.sse_stream

    @functools.wraps(original)
    async def sse_stream(*args: Any, **kwargs: Any) -> Any:
        result = await original(*args, **kwargs)
        _mark("stream_ready")
        return result

    module.sse_stream = sse_stream


def _patch_gateway_refs(module: Any) -> None:
    # router.gateway imported sse_stream by name before we could wrap it: point it at ours.
    streaming = sys.modules.get("router.streaming")
    if streaming is not None:
        module.sse_stream = streaming.sse_stream
    _patch_gateway(module)


def _patch_engine(module: Any) -> None:
    engine = module.OpenAICompatibleEngine
    original = engine.stream

    async def stream(self: Any, endpoint: str, body: dict[str, Any]) -> Any:
        _mark("backend_call")
        seen = 0
        async for chunk in original(self, endpoint, body):
            seen += 1
            if seen <= 2:
                _mark(f"chunk{seen}_in")
            yield chunk

    engine.stream = stream
    client_post = None

    def patch_client(self: Any) -> None:
        nonlocal client_post
        post = self._client.post

        async def traced_post(*args: Any, **kwargs: Any) -> Any:
            _mark("post_sent")
            response = await post(*args, **kwargs)
            _mark("headers_in")
            return response

        self._client.post = traced_post
        http = getattr(self, "_http", None)  # engines that stream on the pool without the SDK's post
        if http is not None:
            send = http.send

            async def traced_send(*args: Any, **kwargs: Any) -> Any:
                _mark("post_sent")
                response = await send(*args, **kwargs)
                _mark("headers_in")
                return response

            http.send = traced_send

    init = engine.__init__

    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        init(self, *args, **kwargs)
        patch_client(self)

    engine.__init__ = __init__


def _patch_uvicorn(module: Any) -> None:
    cycle = module.RequestResponseCycle
    original = cycle.send

    if os.environ.get("HOPS_SPEC24") == "1":
        run_asgi = cycle.run_asgi

        async def run_asgi_24(self: Any, app: Any) -> None:
            self.scope["asgi"] = {**self.scope["asgi"], "spec_version": "2.4"}
            await run_asgi(self, app)

        cycle.run_asgi = run_asgi_24

    async def send(self: Any, message: dict[str, Any]) -> None:
        traced = "asgi_in" in _current
        if traced and message["type"] == "http.response.start":
            _mark("start_send")
        await original(self, message)
        if not traced:
            return
        if message["type"] == "http.response.start":
            _mark("start_sent")
        elif message["type"] == "http.response.body":
            if "write1" not in _current:
                _mark("write1")
            elif "write2" not in _current:
                _mark("write2")
            if not message.get("more_body", False):
                _mark("end")
                _flush()

    cycle.send = send


_PATCHES = {
    "ray.serve._private.replica": _patch_replica,
    "router.streaming": _patch_streaming,
    "benchmarks.upstream_sim.app": _patch_sim,
    "router.gateway": _patch_gateway_refs,
    "local_models.openai_engine": _patch_engine,
    "uvicorn.protocols.http.httptools_impl": _patch_uvicorn,
    "starlette.responses": _patch_starlette,
    "router.audit.trail": _patch_audit,
}


class _Loader(importlib.abc.Loader):
    def __init__(self, inner: importlib.abc.Loader, patch: Any) -> None:
        self._inner, self._patch = inner, patch

    def create_module(self, spec: Any) -> Any:
        return self._inner.create_module(spec)

    def exec_module(self, module: Any) -> None:
        self._inner.exec_module(module)
        _source[module.__name__] = str(getattr(module, "__file__", ""))
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
    if os.environ.get("HOPS_SWITCH_INTERVAL_S"):  # an experiment: how long a thread may hold the GIL
        sys.setswitchinterval(float(os.environ["HOPS_SWITCH_INTERVAL_S"]))
