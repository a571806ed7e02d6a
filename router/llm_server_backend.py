"""A Ray Serve LLM deployment (`engine: vllm`) seen through its handle, as a router backend.

`ray.serve.llm.build_llm_deployment` runs vLLM as an `LLMServer` deployment; its
`chat` and `completions` methods take Ray's OpenAI request models and yield either
one response object (not streaming), or lists of SSE lines (`data: {...}`, several
per item when Ray batches a stream's output), or an `ErrorResponse`. This class
turns that into the router's backend contract (`router.backends.Backend`): response
dicts, chunk dicts, and `local_models.errors` for failures — the same errors the
other local engines raise, so the router answers them the same way (400, 503, 504).

Ray's request models need vLLM, which only GPU nodes install (the `gpu` extra);
they are imported when the first deployment of this kind is wired, and tests pass
stand-ins for them and for the handle.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, AsyncIterator, Callable
from contextlib import aclosing
from typing import Any

import orjson

from local_models.errors import BackendTimeout, BackendUnavailable, LocalModelError, UnsupportedParameter
from router.backends import Endpoint

__all__ = ["LLMServerBackend", "ray_request_types"]

_HOSTED_ONLY_FIELDS = ("store", "metadata", "service_tier")
_METHODS: dict[str, str] = {"chat.completions": "chat", "completions": "completions"}
RequestTypes = dict[str, Callable[..., Any]]


def ray_request_types() -> RequestTypes:
    """Ray Serve LLM's request models per endpoint (ImportError without the `gpu` extra)."""
    from ray.serve.llm.openai_api_models import ChatCompletionRequest, CompletionRequest

    return {"chat.completions": ChatCompletionRequest, "completions": CompletionRequest}


class LLMServerBackend:
    """Calls one `LLMServer` deployment.

    Args:
        handle: The deployment's handle (Serve resolves the bound application to it).
        model_id: The id the deployment serves (its `LLMConfig` model id) and clients see.
        request_types: Ray's request model per endpoint; default `ray_request_types()`, on first use.
        max_tokens_default: max_tokens for a request that sets neither it nor max_completion_tokens.
    """

    def __init__(
        self, handle: Any, model_id: str, request_types: RequestTypes | None = None, *,
        max_tokens_default: int | None = None,
    ) -> None:
        self._handle = handle.options(stream=True)
        self._model_id = model_id
        self._max_tokens_default = max_tokens_default
        self._types = request_types  # imported on first use: the router refuses to start without them

    async def create(self, endpoint: Endpoint, body: dict[str, Any]) -> dict[str, Any]:
        async with aclosing(self._call(endpoint, body, stream=False)) as items:
            async for item in items:
                if isinstance(item, list | str | bytes):  # streamed anyway: not what was asked
                    raise BackendUnavailable(f"the vLLM deployment for {self._model_id} streamed a whole answer")
                if not hasattr(item, "model_dump") and not isinstance(item, dict):
                    raise BackendUnavailable(
                        f"the vLLM deployment for {self._model_id} answered {type(item).__name__}, not a response"
                    )
                result: dict[str, Any] = (
                    item.model_dump(exclude_none=True) if hasattr(item, "model_dump") else dict(item)
                )
                result["model"] = self._model_id
                return result
        raise BackendUnavailable(f"the vLLM deployment for {self._model_id} returned nothing")

    async def stream(self, endpoint: Endpoint, body: dict[str, Any]) -> AsyncIterator[dict[str, Any]]:
        """Chunk dicts with our model id.

        Raises:
            BackendUnavailable: The deployment failed, sent a line that is not a JSON object,
                or ended without a chunk (the router: 503 before the first chunk, an error
                event after it; never an empty stream passed as a complete answer).
        """
        chunks = 0
        async for item in self._call(endpoint, body, stream=True):
            for line in item if isinstance(item, list) else [item]:
                _raise_if_error(line, self._model_id)
                chunk = _sse_payload(line, self._model_id)
                if chunk is None:
                    continue
                if "error" in chunk:  # an error event inside the stream
                    raise _error(chunk["error"], self._model_id)
                chunk["model"] = self._model_id
                chunks += 1
                yield chunk
        if not chunks:
            raise BackendUnavailable(f"the vLLM deployment for {self._model_id} ended its stream without a chunk")

    async def status(self) -> dict[str, Any]:
        """Ready when the deployment answers its health check."""
        try:
            await self._handle.options(stream=False).check_health.remote()
        except Exception as exc:  # noqa: BLE001 - any failure means not ready
            return {"ready": False, "detail": f"vLLM deployment for {self._model_id}: {type(exc).__name__}"}
        return {"ready": True, "detail": "ok"}

    async def _call(self, endpoint: Endpoint, body: dict[str, Any], *, stream: bool) -> AsyncGenerator[Any, None]:
        method = _METHODS.get(endpoint)
        if method is None:
            raise LocalModelError(f"local engines do not serve the {endpoint!r} endpoint")
        if self._types is None:
            self._types = ray_request_types()
        fields = {k: v for k, v in body.items() if k not in _HOSTED_ONLY_FIELDS}
        if self._max_tokens_default is not None and fields.get("max_tokens") is None \
                and fields.get("max_completion_tokens") is None:
            fields["max_tokens"] = self._max_tokens_default  # unset, vLLM generates up to max_model_len
        try:
            request = self._types[endpoint](**{**fields, "model": self._model_id, "stream": stream})
        except (TypeError, ValueError) as exc:
            raise UnsupportedParameter("messages" if endpoint == "chat.completions" else "prompt", str(exc)) from exc
        generator = getattr(self._handle, method).remote(request, None)
        try:
            async for item in generator:
                _raise_if_error(item, self._model_id)
                yield item
        except LocalModelError:
            raise
        except TimeoutError as exc:
            raise BackendTimeout(f"the vLLM deployment for {self._model_id} did not answer in time") from exc
        except Exception as exc:  # noqa: BLE001 - replica dead, deployment gone, queue full: 503
            raise BackendUnavailable(f"the vLLM deployment for {self._model_id} failed: {type(exc).__name__}") from exc
        finally:
            generator.cancel()  # stops generation when the client went away; no-op when finished


def _sse_payload(line: Any, model_id: str) -> dict[str, Any] | None:
    """The JSON object of one `data: {...}` SSE line; None for `[DONE]` and blank lines.

    Raises:
        BackendUnavailable: The line is not a JSON object (a broken deployment's output).
    """
    try:
        text = line.decode() if isinstance(line, bytes) else str(line)
        text = text.strip()
        if text.startswith("data:"):
            text = text[5:].strip()
        if not text or text == "[DONE]":
            return None
        payload = orjson.loads(text)
    except (UnicodeDecodeError, orjson.JSONDecodeError) as exc:
        raise BackendUnavailable(f"the vLLM deployment for {model_id} sent a line that is not JSON") from exc
    if not isinstance(payload, dict):
        raise BackendUnavailable(
            f"the vLLM deployment for {model_id} sent {type(payload).__name__} where a chunk object belongs"
        )
    return payload


def _raise_if_error(item: Any, model_id: str) -> None:
    """Raise the local error for Ray's `ErrorResponse` (an object with `.error`)."""
    error = getattr(item, "error", None)
    if error is not None and not isinstance(item, dict | str | bytes | list):
        raise _error(error.model_dump() if hasattr(error, "model_dump") else dict(vars(error)), model_id)


def _error(detail: Any, model_id: str) -> LocalModelError:
    error: dict[str, Any] = detail if isinstance(detail, dict) else {"message": str(detail)}
    code = error.get("code")
    message = str(error.get("message") or "the vLLM deployment refused the request")
    if code in (400, 404, 422, "400", "404", "422", "BadRequestError"):
        return UnsupportedParameter(str(error.get("param") or "messages"), message)
    return BackendUnavailable(f"the vLLM deployment for {model_id} failed: {message}")
