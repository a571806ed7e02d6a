"""LocalBackendServer: the plain class the router deploys with Ray Serve, run here without Ray."""

from __future__ import annotations

import logging
import pickle
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from local_models import (
    DEMO_MODEL_ID,
    BackendUnavailable,
    LocalBackendServer,
    LocalSettings,
    UnsupportedParameter,
)
from local_models.demo_model import demo_model_dir
from local_models.server import ClientRefusals

from .bodies import chat_body, completion_body
from .conftest import demo_settings

pytestmark = pytest.mark.anyio


@pytest.fixture(scope="module")
def server(demo_data_dir: Path) -> Iterator[LocalBackendServer]:
    # No model_path: the server builds (here: finds) the demo model in its data directory.
    built = LocalBackendServer(demo_settings(), demo_data_dir)
    yield built
    built.close()


async def test_answers_create_and_stream(server: LocalBackendServer) -> None:
    whole = await server.create("chat.completions", chat_body(max_tokens=8))
    chunks = [chunk async for chunk in server.stream("chat.completions", chat_body(max_tokens=8))]

    assert whole["model"] == DEMO_MODEL_ID
    streamed = "".join(c["choices"][0]["delta"].get("content", "") for c in chunks)
    assert streamed == whole["choices"][0]["message"]["content"]


async def test_health_and_model_ids(server: LocalBackendServer) -> None:
    await server.check_health()
    assert server.model_ids() == [DEMO_MODEL_ID]


async def test_health_fails_after_close(demo_data_dir: Path) -> None:
    closing = LocalBackendServer(demo_settings(), demo_data_dir)
    closing.close()
    with pytest.raises(BackendUnavailable, match="closed"):
        await closing.check_health()


async def test_model_path_is_used_instead_of_building(demo_model_path: Path, tmp_path: Path) -> None:
    settings = LocalSettings(model_id="department-model", model_path=demo_model_path)
    configured = LocalBackendServer(settings, tmp_path)
    try:
        response = await configured.create("completions", completion_body(max_tokens=3))
    finally:
        configured.close()

    assert response["model"] == "department-model"
    assert configured.model_ids() == ["department-model"]
    assert not demo_model_dir(tmp_path).exists()


async def test_errors_cross_a_pickle_boundary_intact(server: LocalBackendServer) -> None:
    # Ray Serve pickles a replica's exception back to the caller.
    with pytest.raises(UnsupportedParameter) as caught:
        await server.create("chat.completions", chat_body(tool_choice="required"))
    copy = pickle.loads(pickle.dumps(caught.value))
    assert isinstance(copy, UnsupportedParameter)
    assert copy.param == "tool_choice"


async def test_a_model_that_cannot_load_leaves_a_degraded_replica_that_refuses(tmp_path: Path) -> None:
    empty = tmp_path / "not-a-model"
    empty.mkdir()
    server = LocalBackendServer(LocalSettings(model_path=empty), tmp_path)
    status = await server.status()
    assert status["ready"] is False and "could not be loaded" in status["detail"]
    await server.check_health()  # a restart would not help: health passes, readiness does not
    body = {"model": "local-demo-tiny", "messages": [{"role": "user", "content": "hi"}]}
    with pytest.raises(BackendUnavailable):
        await server.create("chat.completions", body)
    with pytest.raises(BackendUnavailable):
        async for _ in server.stream("chat.completions", body):
            pass


async def test_a_model_that_asks_for_a_gpu_where_there_is_none_is_degraded_not_run_on_cpu(
    demo_data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A CPU build of torch, or a pod without the device: running the model on the CPU
    # instead would answer, slowly, with nobody told why.
    import torch

    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    server = LocalBackendServer(demo_settings(num_gpus=1), demo_data_dir)
    try:
        status = await server.status()
        with pytest.raises(BackendUnavailable, match="num_gpus"):
            await server.create("completions", completion_body(max_tokens=2))
    finally:
        await server.aclose()
    assert status["ready"] is False
    assert "num_gpus 1" in status["detail"] and "no CUDA device" in status["detail"]


def _failed(exc: BaseException) -> logging.LogRecord:
    # what Serve's replica logs for a method that raised: logger.exception("Request failed.")
    try:
        raise exc
    except BaseException:
        return logging.getLogger("ray.serve").makeRecord(
            "ray.serve", logging.ERROR, __file__, 1, "Request failed.", (), sys.exc_info()
        )


def test_a_client_refusal_is_logged_as_info_without_a_traceback(tmp_path: Path) -> None:
    LocalBackendServer(LocalSettings(model_path=tmp_path), tmp_path)  # the replica's constructor installs it
    [refusals] = [f for f in logging.getLogger("ray.serve").filters if isinstance(f, ClientRefusals)]
    refused = _failed(UnsupportedParameter("tools", "tools are not supported by this engine"))
    assert refusals.filter(refused)
    assert (refused.levelno, refused.exc_info) == (logging.INFO, None) and "'tools'" in refused.getMessage()
    fault = _failed(RuntimeError("engine crashed"))
    assert refusals.filter(fault)
    assert fault.levelno == logging.ERROR and fault.exc_info is not None  # a fault stays an error
