"""The local leg: how the ingress reaches each local model, through one admission gate per model.

Each engine is reached the way that costs the least on the request path:

- `transformers`: the model runs in a `LocalBackendServer` deployment of its own
  (its replicas hold the weights); the ingress calls it through a Serve handle
  (`router.local_handle.HandleBackend`).
- `openai` (an in-boundary OpenAI-compatible server: vLLM, SGLang, TGI, NIM): the
  ingress replica calls the server itself with the `openai` SDK. A replica in between
  would only relay, and it cost a Ray hop for the request and another for every
  streamed chunk (benchmarks/results/local/router-overhead/README.md).
- `vllm`: a Ray Serve LLM deployment (`ray.serve.llm.build_llm_deployment`, built by
  `router.app`), called through its handle (`router.llm_server_backend`).

Every model has an admission gate (`local_models.admission.ClassAdmission`) in the
ingress replica: at most the model's capacity of requests are sent to it at once, at
most `max_queued_requests` wait (more are refused with 503 and Retry-After), and the
waiting is by priority class: a department's `priority_class` may hold the slots a
model reserves for it (`reserved_shares`), which another department's burst cannot
take. The class of the request being answered is `PRIORITY_CLASS`, set by the gateway.
With several ingress replicas each gate gets its share of the capacity (rounded down,
at least one), so the model as a whole is never sent more than its capacity.
"""

from __future__ import annotations

import asyncio
import weakref
from collections.abc import AsyncIterator, Iterator, Mapping
from contextlib import aclosing
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from prometheus_client.core import GaugeMetricFamily

from local_models.admission import DEFAULT_CLASS, ClassAdmission, model_capacity, reserved_slots
from local_models.errors import LocalModelError
from local_models.openai_engine import OpenAICompatibleEngine
from local_models.settings import LocalModelSettings, LocalSettings
from router import metrics
from router.backends import Endpoint
from router.llm_server_backend import LLMServerBackend
from router.local_handle import HandleBackend

__all__ = ["PRIORITY_CLASS", "STATUS_TIMEOUT_S", "LocalLeg", "model_capacity", "reserved_slots"]

# Each model's readiness probe: under the ingress's 5 s for the whole of /readyz.
STATUS_TIMEOUT_S = 4.0

PRIORITY_CLASS: ContextVar[str] = ContextVar("sovereign_priority_class", default=DEFAULT_CLASS)


@dataclass
class _Model:
    settings: LocalModelSettings
    backend: Any  # create/stream as router.backends.Backend, plus a readiness check
    gate: ClassAdmission


class LocalLeg:
    """Satisfies `router.backends.Backend` for every local model, by name (id or alias).

    Args:
        local: The `local` section (the default model and `local.models`).
        handles: Model name → the Serve handle of its deployment (transformers and vllm
            engines; `router.app.build_app` binds them); names of openai-engine models
            may be absent or map to None.
        ingress_replicas: Ingress replicas sharing each model's capacity.
    """

    def __init__(self, local: LocalSettings, handles: Mapping[str, Any], ingress_replicas: int = 1) -> None:
        self._models: dict[str, _Model] = {}
        self._distinct: list[_Model] = []
        for settings in local.all_models:
            capacity = model_capacity(settings, ingress_replicas)
            entry = _Model(
                settings,
                _backend_for(settings, handles),
                ClassAdmission(capacity, settings.max_queued_requests, reserved_slots(settings, capacity)),
            )
            self._distinct.append(entry)
            self._models.update(dict.fromkeys(settings.names, entry))
        self._default = self._distinct[0]
        _GATES.add(self)

    def _model(self, body: dict[str, Any]) -> _Model:
        name = body.get("model")
        return self._models.get(name, self._default) if isinstance(name, str) else self._default

    def backend_for(self, name: str) -> Any:
        """The backend that answers model `name` (the default model's for an unknown name)."""
        return self._model({"model": name}).backend

    def gates(self) -> Iterator[tuple[str, ClassAdmission]]:
        """(model id, its gate) for every local model."""
        for entry in self._distinct:
            yield entry.settings.model_id, entry.gate

    async def create(self, endpoint: Endpoint, body: dict[str, Any]) -> dict[str, Any]:
        model = self._model(body)
        async with model.gate.slot(PRIORITY_CLASS.get()):
            result: dict[str, Any] = await model.backend.create(endpoint, body)
        return result

    def stream(self, endpoint: Endpoint, body: dict[str, Any]) -> AsyncIterator[dict[str, Any]]:
        # The class is read now, in the request's context, not when the stream is iterated.
        return self._stream(self._model(body), endpoint, body, PRIORITY_CLASS.get())

    @staticmethod
    async def _stream(
        model: _Model, endpoint: Endpoint, body: dict[str, Any], klass: str
    ) -> AsyncIterator[dict[str, Any]]:
        async with model.gate.slot(klass), aclosing(model.backend.stream(endpoint, body)) as chunks:
            async for chunk in chunks:
                yield chunk

    async def status(self) -> dict[str, Any]:
        """The default model's readiness: {"ready": bool, "detail": str}.

        Other local models are reported in the detail but do not decide readiness: the
        default model is the one every sensitive request can fall back to. All are asked
        at once, each within `STATUS_TIMEOUT_S` (under the ingress's 5 s for all of
        /readyz), so a hanging or broken server of another model is only in the detail.
        """
        statuses = await asyncio.gather(*(_status(entry.backend) for entry in self._distinct))
        results = [(entry.settings.model_id, status) for entry, status in zip(self._distinct, statuses, strict=True)]
        default = results[0][1]
        others = [f"{model}: {result['detail']}" for model, result in results[1:]]
        if not others:
            return default
        return {"ready": default["ready"], "detail": "; ".join([default["detail"], *others])}

    async def aclose(self) -> None:
        """Release the in-boundary servers' connection pools."""
        for entry in self._distinct:
            if isinstance(entry.backend, OpenAICompatibleEngine):
                await entry.backend.aclose()


def _backend_for(settings: LocalModelSettings, handles: Mapping[str, Any]) -> Any:
    if settings.engine == "openai":
        return OpenAICompatibleEngine(settings)
    if settings.engine == "vllm":
        return LLMServerBackend(handles[settings.model_id], settings.model_id,
                                max_tokens_default=settings.max_tokens_default)
    return HandleBackend({name: handles[name] for name in settings.names})


async def _status(backend: Any) -> dict[str, Any]:
    """One model's readiness; a probe that hangs or fails in any way is "not ready", never an error."""
    try:
        return await asyncio.wait_for(_probe(backend), timeout=STATUS_TIMEOUT_S)
    except TimeoutError:
        return {"ready": False, "detail": f"did not answer within {STATUS_TIMEOUT_S:g} s"}
    except LocalModelError as exc:
        return {"ready": False, "detail": str(exc)}
    except Exception as exc:  # a readiness probe reports; a 500 from /readyz would say nothing
        return {"ready": False, "detail": f"readiness check failed: {type(exc).__name__}: {exc}"}


async def _probe(backend: Any) -> dict[str, Any]:
    if isinstance(backend, OpenAICompatibleEngine):
        await backend.check_health_async()
        return {"ready": True, "detail": "ok"}
    result: dict[str, Any] = await backend.status()
    return result


class _QueueDepth:
    """Prometheus collector: requests waiting per local model and priority class, slots in use."""

    def collect(self) -> Iterator[GaugeMetricFamily]:
        depth = GaugeMetricFamily(
            "sovereign_local_queue_depth",
            "Requests waiting for a local model in this ingress replica, by priority class.",
            labels=["model", "priority_class"],
        )
        in_use = GaugeMetricFamily(
            "sovereign_local_slots_in_use",
            "Requests this ingress replica has in flight at a local model.",
            labels=["model"],
        )
        for leg in list(_GATES):
            for model, gate in leg.gates():
                for klass, waiting in gate.queued().items():
                    depth.add_metric([model, klass], waiting)
                in_use.add_metric([model], gate.in_use())
        yield depth
        yield in_use


_GATES: weakref.WeakSet[LocalLeg] = weakref.WeakSet()
metrics.REGISTRY.register(_QueueDepth())
