"""The `engine: vllm` wiring without vLLM: Ray Serve LLM's handle protocol, as its LLMServer speaks it.

vLLM cannot install on these CPU machines, so the LLMServer deployment is stood in for by
an object that answers the way `ray.llm._internal.serve.core.server.llm_server.LLMServer`
does (Ray 2.60): `chat`/`completions` yield one response object, or lists of
`data: {...}` SSE lines, or an `ErrorResponse`; Ray's request models by plain recorders.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import Any

import orjson
import pytest

from benchmarks.ports import free_port
from local_models.errors import BackendUnavailable, UnsupportedParameter
from local_models.settings import LocalModelSettings, LocalSettings
from router.llm_server_backend import LLMServerBackend
from router.local_handle import HandleBackend
from router.local_leg import LocalLeg, model_capacity


@dataclass
class _Model:
    """A pydantic-like response or error object (what Ray yields)."""

    data: dict[str, Any]

    def model_dump(self, **_: Any) -> dict[str, Any]:
        return dict(self.data)


@dataclass
class _ErrorResponse:
    error: _Model


class _Generator:
    def __init__(self, items: list[Any], fail: Exception | None = None) -> None:
        self._items = list(items)
        self._fail = fail
        self.cancelled = False

    def __aiter__(self) -> _Generator:
        return self

    async def __anext__(self) -> Any:
        if self._items:
            return self._items.pop(0)
        if self._fail is not None:
            raise self._fail
        raise StopAsyncIteration

    def cancel(self) -> None:
        self.cancelled = True


@dataclass
class _Method:
    items: list[Any]
    fail: Exception | None = None
    calls: list[tuple[Any, Any]] = field(default_factory=list)
    generators: list[_Generator] = field(default_factory=list)

    def remote(self, request: Any, raw_request_info: Any) -> _Generator:
        self.calls.append((request, raw_request_info))
        self.generators.append(_Generator(self.items, self.fail))
        return self.generators[-1]


class _Handle:
    def __init__(self, chat: _Method) -> None:
        self.chat = chat
        self.completions = chat
        self.options_seen: list[dict[str, Any]] = []

    def options(self, **options: Any) -> _Handle:
        self.options_seen.append(options)
        return self


def _request(**fields: Any) -> dict[str, Any]:
    return {"type": "request", **fields}


TYPES = {"chat.completions": _request, "completions": _request}
BODY = {"model": "gov-gpu", "messages": [{"role": "user", "content": "hi"}], "max_tokens": 4,
        "store": False, "metadata": {"a": "b"}}


def _line(payload: dict[str, Any]) -> str:
    return "data: " + orjson.dumps(payload).decode() + "\n\n"


def test_a_stream_of_batched_sse_lines_becomes_chunk_dicts_with_our_model_id() -> None:
    chunk = {"id": "c1", "object": "chat.completion.chunk", "model": "/weights/llama", "choices": []}
    method = _Method([[_line(chunk), _line({**chunk, "id": "c2"})], ["data: [DONE]\n\n"]])
    backend = LLMServerBackend(_Handle(method), "gov-gpu", TYPES)

    async def go() -> list[dict[str, Any]]:
        return [c async for c in backend.stream("chat.completions", dict(BODY))]

    chunks = asyncio.run(go())
    assert [c["id"] for c in chunks] == ["c1", "c2"]
    assert all(c["model"] == "gov-gpu" for c in chunks)
    [(request, raw)] = method.calls
    # Ray's request model gets the body less the hosted-only fields, our model id, stream on.
    assert request == {"type": "request", "model": "gov-gpu", "messages": BODY["messages"], "max_tokens": 4,
                       "stream": True}
    assert raw is None
    assert method.generators[0].cancelled  # the Serve generator is always released


def test_a_whole_answer_is_the_response_objects_dump() -> None:
    method = _Method([_Model({"id": "r1", "object": "chat.completion", "model": "x", "choices": []})])
    backend = LLMServerBackend(_Handle(method), "gov-gpu", TYPES)
    result = asyncio.run(backend.create("chat.completions", dict(BODY)))
    assert result == {"id": "r1", "object": "chat.completion", "model": "gov-gpu", "choices": []}
    assert method.calls[0][0]["stream"] is False


@pytest.mark.parametrize(("code", "error"), [(400, UnsupportedParameter), (500, BackendUnavailable)])
def test_an_error_response_becomes_the_local_error(code: int, error: type[Exception]) -> None:
    refusal = _ErrorResponse(_Model({"message": "too long", "type": "BadRequestError", "code": code}))
    backend = LLMServerBackend(_Handle(_Method([refusal])), "gov-gpu", TYPES)
    with pytest.raises(error):
        asyncio.run(backend.create("chat.completions", dict(BODY)))


def test_a_dead_replica_is_unavailable_never_anything_else() -> None:
    method = _Method([], fail=RuntimeError("ActorDiedError"))
    backend = LLMServerBackend(_Handle(method), "gov-gpu", TYPES)

    async def go() -> None:
        async for _ in backend.stream("chat.completions", dict(BODY)):
            pass

    with pytest.raises(BackendUnavailable):
        asyncio.run(go())


def test_the_local_leg_sends_each_engine_its_own_way(sim: Any) -> None:
    gpu = LocalModelSettings(engine="vllm", model_id="gov-gpu", model_path="/weights/llama", aliases=("gov-big",))
    server = LocalModelSettings(engine="openai", model_id="dept-server", url=sim.base_url, in_boundary=True)
    local = LocalSettings(model_id="local-demo-tiny", models=(gpu, server))
    replica, vllm = _Handle(_Method([])), _Handle(_Method([]))
    leg = LocalLeg(local, {"local-demo-tiny": replica, "gov-gpu": vllm, "gov-big": vllm})

    assert isinstance(leg.backend_for("local-demo-tiny"), HandleBackend)
    assert isinstance(leg.backend_for("gov-big"), LLMServerBackend)
    assert type(leg.backend_for("dept-server")).__name__ == "OpenAICompatibleEngine"  # called from the ingress
    assert leg.backend_for("unknown") is leg.backend_for("local-demo-tiny")
    asyncio.run(leg.aclose())


def test_capacity_is_the_engines_concurrency_shared_by_the_ingress_replicas() -> None:
    transformers = LocalModelSettings(model_id="local-demo-tiny", max_batch_size=8, max_ongoing_requests=64,
                                      num_replicas=2)
    assert model_capacity(transformers) == 16
    assert model_capacity(transformers, ingress_replicas=3) == 5
    gpu = LocalModelSettings(engine="vllm", model_id="g", model_path="/w", max_ongoing_requests=32,
                             autoscaling={"min_replicas": 1, "max_replicas": 4})
    assert model_capacity(gpu) == 128
    assert model_capacity(gpu, ingress_replicas=1000) == 1  # never zero


def _ray_serve_llm_importable() -> bool:
    try:
        import ray.serve.llm  # noqa: F401
    except ImportError:
        return False
    return True


@pytest.mark.skipif(_ray_serve_llm_importable(), reason="Ray Serve LLM is installed here (a GPU node)")
def test_serve_refuses_to_start_an_engine_vllm_model_without_the_gpu_extra(tmp_path: Any) -> None:
    from typer.testing import CliRunner

    from router.app import vllm_deployment
    from router.cli import app
    from router.config import ConfigError

    ports = [free_port() for _ in range(3)]
    config = tmp_path / "router.yaml"
    config.write_text(
        f"data_dir: {tmp_path}\n"
        f"server: {{port: {ports[0]}, haproxy_stats_port: {ports[1]}, haproxy_metrics_port: {ports[2]}}}\n"
        "local:\n  models:\n    - {engine: vllm, model_id: gov-gpu, model_path: /weights}\n"
    )
    result = CliRunner().invoke(app, ["serve", "--config", str(config)])
    assert result.exit_code == 2
    assert "engine vllm" in result.output and "sovereign-router[gpu]" in result.output
    with pytest.raises(ConfigError, match=r"sovereign-router\[gpu\]"):
        vllm_deployment(LocalModelSettings(engine="vllm", model_id="gov-gpu", model_path="/weights"), tmp_path)


def test_a_request_without_max_tokens_gets_the_models_default() -> None:
    method = _Method([_Model({"id": "r1", "object": "chat.completion", "model": "x", "choices": []})])
    backend = LLMServerBackend(_Handle(method), "gov-gpu", TYPES, max_tokens_default=9)
    without = {k: v for k, v in BODY.items() if k != "max_tokens"}
    for body in (without, {**without, "max_completion_tokens": 3}, dict(BODY)):
        asyncio.run(backend.create("chat.completions", body))
    sent = [request for request, _ in method.calls]
    assert [r.get("max_tokens") for r in sent] == [9, None, 4]
    assert sent[1]["max_completion_tokens"] == 3


def _streamed(items: list[Any]) -> list[dict[str, Any]]:
    backend = LLMServerBackend(_Handle(_Method(items)), "gov-gpu", TYPES)

    async def go() -> list[dict[str, Any]]:
        return [c async for c in backend.stream("chat.completions", dict(BODY))]

    return asyncio.run(go())


@pytest.mark.parametrize(
    "items",
    [
        [["data: {not json\n\n"]],
        [["data: [1, 2]\n\n"]],
        [['data: "text"\n\n']],
        [[b"data: \xff\xfe\n\n"]],
        [42],  # not an SSE line at all
    ],
)
def test_a_malformed_sse_payload_is_unavailable_not_a_500(items: list[Any]) -> None:
    with pytest.raises(BackendUnavailable, match="gov-gpu"):
        _streamed(items)


@pytest.mark.parametrize("items", [[], [["data: [DONE]\n\n"]], [["\n\n", "data: [DONE]\n\n"]]])
def test_a_stream_without_a_chunk_is_unavailable_not_an_empty_answer(items: list[Any]) -> None:
    with pytest.raises(BackendUnavailable, match="without a chunk"):
        _streamed(items)


def test_an_error_event_that_is_not_an_object_is_unavailable() -> None:
    with pytest.raises(BackendUnavailable, match="engine crashed"):
        _streamed([[_line({"error": "engine crashed"})]])


@pytest.mark.parametrize("item", ["data: {}", 7])
def test_a_whole_answer_that_is_no_response_object_is_unavailable(item: Any) -> None:
    backend = LLMServerBackend(_Handle(_Method([item])), "gov-gpu", TYPES)
    with pytest.raises(BackendUnavailable, match="gov-gpu"):
        asyncio.run(backend.create("chat.completions", dict(BODY)))
