"""The local backend as one Ray Serve replica runs it.

`LocalBackendServer` is a plain class; the router turns it into a deployment with
`serve.deployment(LocalBackendServer, ...).bind(settings, data_dir)`, so this module
never imports Ray and tests run it directly. Ray Serve streams async-generator
methods through `handle.options(stream=True)`, calls `check_health` periodically
and replaces a replica whose check raises. Errors cross the handle by pickling; the
`local_models.errors` classes survive it with their type and `param`.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncGenerator
from contextlib import aclosing
from pathlib import Path
from typing import Any

from local_models.demo_model import ensure_demo_model
from local_models.errors import BackendUnavailable, LocalModelError, UnsupportedParameter
from local_models.openai_engine import OpenAICompatibleEngine
from local_models.settings import DEMO_MODEL_ID, LocalModelSettings
from local_models.smollm2 import ensure_smollm2
from local_models.transformers_engine import TransformersEngine

__all__ = ["ClientRefusals", "LocalBackendServer"]

logger = logging.getLogger(__name__)
_SERVE_LOGGER = "ray.serve"


class ClientRefusals(logging.Filter):
    """Serve logs every exception a replica's method raises as an ERROR with its traceback
    ("Request failed."). A request the engine refuses for the client's own parameters
    (`UnsupportedParameter`, the router's 400) is no fault of the server, and alerting on
    ERROR would page someone for it: such a record becomes INFO, naming the parameter, with
    no traceback. Every other exception is left as Serve logs it."""

    def filter(self, record: logging.LogRecord) -> bool:
        refused = record.exc_info[1] if record.exc_info else None
        if isinstance(refused, UnsupportedParameter):
            record.levelno, record.levelname = logging.INFO, logging.getLevelName(logging.INFO)
            record.msg, record.args = f"{record.getMessage()} Refused for the client: {refused.param!r} (400).", ()
            record.exc_info, record.exc_text = None, None
        return True


class LocalBackendServer:
    """Serves one configured local model behind the backend contract.

    Args:
        settings: The model's settings (the `local` section for the default model,
            or one entry of `local.models`).
        data_dir: The router's data directory; the built-in model named by
            `settings.model_id` is built there when `settings.model_path` is unset
            (SmolLM2 is converted from its PyPI package on first start, ~30 s).

    A model that cannot be built or loaded does not fail the constructor: the
    replica stays up in a degraded state, answers every request with
    `BackendUnavailable` (the router's 503, so sensitive work is refused rather
    than sent elsewhere) and says why in `status()`. Failing the constructor would
    make Ray Serve retry the same broken model forever and hide the reason.
    """

    def __init__(self, settings: LocalModelSettings, data_dir: Path) -> None:
        serve_logger = logging.getLogger(_SERVE_LOGGER)
        if not any(isinstance(f, ClientRefusals) for f in serve_logger.filters):
            serve_logger.addFilter(ClientRefusals())
        self._settings = settings
        self._engine: TransformersEngine | OpenAICompatibleEngine | None = None
        self._load_error: str | None = None
        try:
            if settings.engine == "openai":
                self._engine = OpenAICompatibleEngine(settings)
            elif settings.engine == "vllm":
                raise BackendUnavailable(
                    f"model {settings.model_id!r} uses engine vllm, which runs as a Ray Serve LLM deployment "
                    "(local_models.vllm_serve), not inside this replica"
                )
            else:
                model_dir = settings.model_path or _builtin_model_dir(settings.model_id, Path(data_dir))
                self._engine = TransformersEngine(settings, model_dir)
        except Exception as exc:  # noqa: BLE001 - any load failure leaves the replica degraded
            self._load_error = f"model could not be loaded: {type(exc).__name__}: {exc}"
            logger.error("local backend degraded: %s", self._load_error)

    def _loaded_engine(self) -> TransformersEngine | OpenAICompatibleEngine:
        if self._engine is None:
            raise BackendUnavailable(self._load_error or "local model not loaded")
        return self._engine

    async def create(self, endpoint: str, body: dict[str, Any]) -> dict[str, Any]:
        """Answer a whole request with an OpenAI response dict."""
        return await self._loaded_engine().create(endpoint, body)

    async def stream(self, endpoint: str, body: dict[str, Any]) -> AsyncGenerator[dict[str, Any], None]:
        """Answer a request as OpenAI chunk dicts; closing early stops the generation."""
        async with aclosing(self._loaded_engine().stream(endpoint, body)) as chunks:
            async for chunk in chunks:
                yield chunk

    async def check_health(self) -> None:
        """Raise if a loaded engine broke (Ray Serve then replaces the replica).

        A replica that never loaded its model passes: a restart would not help (see
        the class docstring); readiness reports it through `status()`.
        """
        if self._engine is not None:
            self._engine.check_health()

    async def status(self) -> dict[str, Any]:
        """Readiness for the router's /readyz: whether requests can be answered, and why not."""
        try:
            engine = self._loaded_engine()
            engine.check_health()
            if isinstance(engine, OpenAICompatibleEngine):
                await engine.check_health_async()
        except LocalModelError as exc:
            return {"ready": False, "detail": str(exc)}
        return {"ready": True, "detail": "ok"}

    def model_ids(self) -> list[str]:
        """The model id and aliases this backend answers for."""
        return list(self._settings.names)

    def close(self) -> None:
        """Stop generating and release the worker thread (also on replica shutdown)."""
        if self._engine is not None:
            self._engine.close()

    async def aclose(self) -> None:
        """`close`, then release connections held by an in-boundary server's client."""
        self.close()
        if isinstance(self._engine, OpenAICompatibleEngine):
            await self._engine.aclose()

    def __del__(self) -> None:
        # Ray Serve calls __del__ when it stops a replica; a half-built instance has no engine.
        engine = self.__dict__.get("_engine")
        if engine is not None:
            engine.close()


def _builtin_model_dir(model_id: str, data_dir: Path) -> Path:
    """Build (once) the built-in model `model_id` under `data_dir` and return its directory."""
    if model_id == DEMO_MODEL_ID:
        return ensure_demo_model(data_dir)
    return ensure_smollm2(data_dir)
