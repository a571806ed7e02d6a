"""The local backends seen through Ray Serve deployment handles.

Each local model is its own deployment; the ingress holds one handle per model name
(ids and aliases alike, as `router.app.build_app` binds them) and this class picks the
one for the model the policy chose (`body["model"]`). Handles are created once per
ingress replica and reused: creating one per request would pay a lookup on the hot
path. Anything a handle raises that is not the backend's own error (replica dead,
deployment gone, its queue full) means the local model cannot answer: it becomes
`BackendUnavailable`, so sensitive work gets 503, never hosted.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from typing import Any

from local_models.errors import BackendUnavailable, LocalModelError
from router.backends import Endpoint


def _as_local_error(exc: Exception) -> LocalModelError:
    cause = getattr(exc, "cause", None)
    if isinstance(cause, LocalModelError):
        return cause
    if isinstance(exc, LocalModelError):
        return exc
    return BackendUnavailable(f"local backend unreachable: {type(exc).__name__}")


class HandleBackend:
    """Satisfies `router.backends.Backend` by calling `LocalBackendServer` replicas.

    Args:
        handles: The default model's handle, or a mapping from model name (id or alias)
            to handle with the default model's names first (as `router.app.build_app` binds it).
    """

    def __init__(self, handles: Any) -> None:
        by_name: dict[str, Any] = dict(handles) if isinstance(handles, Mapping) else {"": handles}
        self._default = next(iter(by_name))
        self._handles = by_name
        # The method's handle, made once: `handle.create` is `handle.options(method_name="create")`,
        # a new handle (options copied, deployment looked up) on every request otherwise.
        self._creates = {name: handle.options(method_name="create") for name, handle in by_name.items()}
        self._streams = {name: handle.options(method_name="stream", stream=True) for name, handle in by_name.items()}
        # Readiness asks each deployment once, under its first name (its model id).
        self._distinct: dict[str, Any] = {}
        deployments: set[object] = set()
        for name, handle in by_name.items():
            deployment = getattr(handle, "deployment_name", id(handle))
            if deployment not in deployments:
                deployments.add(deployment)
                self._distinct[name] = handle

    def _model(self, body: dict[str, Any]) -> str:
        model = body.get("model")
        return model if isinstance(model, str) and model in self._handles else self._default

    async def create(self, endpoint: Endpoint, body: dict[str, Any]) -> dict[str, Any]:
        try:
            result: dict[str, Any] = await self._creates[self._model(body)].remote(endpoint, body)
        except Exception as exc:  # noqa: BLE001 - translated, see module docstring
            raise _as_local_error(exc) from exc
        return result

    async def stream(self, endpoint: Endpoint, body: dict[str, Any]) -> AsyncIterator[dict[str, Any]]:
        generator = self._streams[self._model(body)].remote(endpoint, body)
        try:
            async for chunk in generator:
                yield chunk
        except Exception as exc:  # noqa: BLE001 - translated, see module docstring
            raise _as_local_error(exc) from exc
        finally:
            generator.cancel()  # stops generation when the client went away; no-op when finished

    async def status(self) -> dict[str, Any]:
        """The default model's readiness: {"ready": bool, "detail": str}; unreachable is not ready.

        Other local models are reported in the detail but do not decide readiness: the
        default model is the one every sensitive request can fall back to.
        """
        results = {model: await self._status(handle) for model, handle in self._distinct.items()}
        default = results[self._default]
        others = [f"{model}: {r['detail']}" for model, r in results.items() if model != self._default]
        if not others:
            return default
        return {"ready": default["ready"], "detail": "; ".join([default["detail"], *others])}

    @staticmethod
    async def _status(handle: Any) -> dict[str, Any]:
        try:
            result: dict[str, Any] = await handle.status.remote()
        except Exception as exc:  # noqa: BLE001 - translated, see module docstring
            return {"ready": False, "detail": str(_as_local_error(exc))}
        return result
