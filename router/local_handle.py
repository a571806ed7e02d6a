"""The local backend seen through a Ray Serve deployment handle.

Handles are created once per ingress replica and reused: creating one per request
would pay a lookup on the hot path. Anything the handle raises that is not the
backend's own error (replica dead, deployment gone) means the local model cannot
answer: it becomes `BackendUnavailable`, so sensitive work gets 503, never hosted.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
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
    """Satisfies `router.backends.Backend` by calling `LocalBackendServer` replicas."""

    def __init__(self, handle: Any) -> None:
        self._handle = handle
        self._stream_handle = handle.options(stream=True)

    async def create(self, endpoint: Endpoint, body: dict[str, Any]) -> dict[str, Any]:
        try:
            result: dict[str, Any] = await self._handle.create.remote(endpoint, body)
        except Exception as exc:  # noqa: BLE001 - translated, see module docstring
            raise _as_local_error(exc) from exc
        return result

    async def stream(self, endpoint: Endpoint, body: dict[str, Any]) -> AsyncIterator[dict[str, Any]]:
        generator = self._stream_handle.stream.remote(endpoint, body)
        try:
            async for chunk in generator:
                yield chunk
        except Exception as exc:  # noqa: BLE001 - translated, see module docstring
            raise _as_local_error(exc) from exc
        finally:
            generator.cancel()  # stops generation when the client went away; no-op when finished

    async def status(self) -> dict[str, Any]:
        """The backend's readiness: {"ready": bool, "detail": str}; unreachable is not ready."""
        try:
            result: dict[str, Any] = await self._handle.status.remote()
        except Exception as exc:  # noqa: BLE001 - translated, see module docstring
            return {"ready": False, "detail": str(_as_local_error(exc))}
        return result
