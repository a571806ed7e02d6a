"""The router's loggers in a replica's Serve log file: the same lines, Ray's costs paid once.

Serve's own handler chain is rebuilt here as `ray.serve._private.logging_utils` builds it
(a MemoryHandler with filters in front of a RotatingFileHandler with a formatter); Ray's
core-context filter is a real `CoreContextFilter` subclass whose context is given, since
no Ray worker runs in a unit test.
"""

from __future__ import annotations

import json
import logging
import logging.handlers
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from ray._common.filters import CoreContextFilter

from router.telemetry.logs import ProcessContext, attach_to_serve_logs
from router.telemetry.settings import ObservabilitySettings

_PROCESS = {"worker_id": "w1", "node_id": "n1", "actor_id": "a1", "actor_name": "SERVE_REPLICA::x"}


class _RayFilter(CoreContextFilter):
    """Ray's filter, with the context a replica's runtime would give; counts its asks."""

    asks = 0
    task = {"task_id": "t1", "task_name": "first", "task_func_name": "f.first"}

    @classmethod
    def get_ray_core_logging_context(cls) -> dict[str, Any]:
        cls.asks += 1
        return {**_PROCESS, "job_id": "", **cls.task}


class _CountingJson(logging.Formatter):
    calls = 0

    def format(self, record: logging.LogRecord) -> str:
        type(self).calls += 1
        keys = ("message", *_PROCESS, "job_id", "task_id", "task_name")
        return json.dumps({k: getattr(record, k, None) for k in keys} | {"message": record.getMessage()})


@pytest.fixture
def serve_file(tmp_path: Path) -> Iterator[Path]:
    """Serve's replica handlers on `ray.serve`, as Serve configures them; restored afterwards."""
    path = tmp_path / "replica.log"
    target = logging.handlers.RotatingFileHandler(path, maxBytes=10_000_000, backupCount=1)
    target.setFormatter(_CountingJson())
    memory = logging.handlers.MemoryHandler(capacity=1000, target=target, flushLevel=logging.ERROR)
    memory.addFilter(_RayFilter())
    serve = logging.getLogger("ray.serve")
    saved = {name: (logging.getLogger(name).handlers, logging.getLogger(name).propagate)
             for name in ("ray.serve", "router", "classifiers", "hosted", "local_models")}
    serve.handlers = [memory]
    _RayFilter.asks, _CountingJson.calls = 0, 0
    yield path
    memory.close()
    target.close()
    for name, (handlers, propagate) in saved.items():
        logging.getLogger(name).handlers, logging.getLogger(name).propagate = handlers, propagate


def _lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_router_lines_carry_rays_context_asked_once_and_are_formatted_once(serve_file: Path) -> None:
    assert attach_to_serve_logs(ObservabilitySettings())
    log = logging.getLogger("router.requests")
    for n in range(3):
        _RayFilter.task = {"task_id": f"t{n}", "task_name": f"task{n}", "task_func_name": "f"}
        log.info("request finished %d", n)
    lines = _lines(serve_file)
    assert [line["message"] for line in lines] == ["request finished 0", "request finished 1", "request finished 2"]
    for line in lines:
        assert {k: line[k] for k in _PROCESS} == _PROCESS
        assert line["job_id"] is None  # Ray's filter sets no empty value; neither does the cached one
    assert _RayFilter.asks == 1  # the process's ids were read once
    # One format per line, not two (RotatingFileHandler's size check formatted each line again).
    assert _CountingJson.calls == 3


def test_the_task_fields_are_read_per_record() -> None:
    given: list[dict[str, Any]] = [{"task_id": "t2", "task_name": "second"}, {"task_id": None, "task_name": ""}]
    tasks = iter(given)
    context = ProcessContext(_RayFilter(), task_fields=lambda: next(tasks))
    _RayFilter.task = {"task_id": "t1", "task_name": "first", "task_func_name": "f.first"}
    records = [logging.LogRecord("router", logging.INFO, __file__, 1, "x", None, None) for _ in range(3)]
    assert all(context.filter(record) for record in records)
    assert [getattr(r, "task_id", None) for r in records] == ["t1", "t2", None]
    assert [getattr(r, "task_name", None) for r in records] == ["first", "second", None]
    assert all(r.worker_id == "w1" and r.actor_id == "a1" for r in records)  # type: ignore[attr-defined]


def test_nothing_is_remembered_before_ray_gives_a_context() -> None:
    class _NoRay(CoreContextFilter):
        @classmethod
        def get_ray_core_logging_context(cls) -> dict[str, Any]:
            return {}  # Ray not initialised

    context = ProcessContext(_NoRay(), task_fields=lambda: {"task_id": "never"})
    record = logging.LogRecord("router", logging.INFO, __file__, 1, "x", None, None)
    assert context.filter(record) and not hasattr(record, "worker_id") and not hasattr(record, "task_id")
    later = logging.LogRecord("router", logging.INFO, __file__, 1, "x", None, None)
    context.filter(later)
    assert not hasattr(later, "task_id")  # still asking Ray's filter, not replaying an empty context


def test_a_record_marked_to_skip_the_context_gets_none(serve_file: Path) -> None:
    assert attach_to_serve_logs(ObservabilitySettings())
    logging.getLogger("router.x").info("first")
    logging.getLogger("router.x").info("skipped", extra={"skip_context_filter": True})
    first, skipped = _lines(serve_file)
    assert first["worker_id"] == "w1" and skipped["worker_id"] is None
