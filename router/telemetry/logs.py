"""Structured replica logs: the router's loggers write into Ray Serve's replica log files.

Why no formatter of our own: Ray Serve already writes one log file per replica under
the Ray session (`/tmp/ray/session_latest/logs/serve/replica_<app>_<deployment>_<id>.log`)
and, with a deployment's `logging_config` encoding set to JSON (`serve_logging_config`),
formats each record as one JSON object carrying `request_id`, `route`, `application`,
`deployment`, `replica` and every `extra=` field. That is the format operators of Ray
Serve already collect, so `attach_to_serve_logs` sends the router's own loggers
(`router`, `classifiers`, `hosted`, `local_models`) to the same handlers instead of to
the worker's stdout, and adds the current `trace_id`/`span_id` when tracing is on.

What is logged is ours to keep clean: identifiers, routes, levels, finding kinds and
counts, numbers and exception type names — never request or response text (the
per-request line comes from the audit record, which holds none: `telemetry.requests`).
"""

from __future__ import annotations

import logging
import logging.handlers
from collections.abc import Callable
from typing import Any

from router.telemetry import tracing
from router.telemetry.settings import ObservabilitySettings

ROUTER_LOGGERS = ("router", "classifiers", "hosted", "local_models")
_SERVE_LOGGER = "ray.serve"


def serve_logging_config(settings: ObservabilitySettings) -> dict[str, Any]:
    """The `logging_config` each of the router's Serve deployments gets."""
    return {"encoding": "JSON" if settings.log_format == "json" else "TEXT", "log_level": settings.log_level}


class TraceIds(logging.Filter):
    """Adds `trace_id` and `span_id` (hex) to each record logged while a span is current."""

    def filter(self, record: logging.LogRecord) -> bool:
        ids = tracing.current_ids()
        if ids is not None:
            record.trace_id, record.span_id = ids
        return True


# Ray's core context keys that cannot change within one replica's process (one worker, one
# actor for its whole life); the task keys can, and are read per record as Ray reads them.
_PROCESS_KEYS = ("job_id", "worker_id", "node_id", "actor_id", "actor_name")
TaskFields = Callable[[], dict[str, Any]]


def _ray_task_fields() -> dict[str, Any]:
    import ray

    context = ray.get_runtime_context()
    if context.worker.mode != ray.WORKER_MODE:
        return {}
    return {"task_id": context.get_task_id(), "task_name": context.get_task_name(),
            "task_func_name": context.get_task_function_name()}


class ProcessContext(logging.Filter):
    """Ray's core-context filter for the router's own lines, the process's constants read once.

    Ray's filter (`ServeCoreContextFilter`) asks the runtime context for the job, worker,
    node and actor ids and the actor name on every record: ~40 % of the request log line's
    CPU in a replica (py-spy, benchmarks/results/route/ingress_cpu/). Those never change in
    a replica's process, so they are taken from Ray's filter's first answer and set again on
    each record; the task fields, which can change, are still read per record. The line's
    fields are the ones Ray's filter would set.
    """

    def __init__(self, ray_filter: logging.Filter, task_fields: TaskFields = _ray_task_fields) -> None:
        super().__init__()
        self._ray_filter = ray_filter
        self._task_fields = task_fields
        self._fixed: dict[str, Any] | None = None

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, "skip_context_filter", False):  # as Serve's filter
            return True
        if self._fixed is None:
            before = set(record.__dict__)
            kept = self._ray_filter.filter(record)
            if "worker_id" not in before and "worker_id" in record.__dict__:  # Ray is up: remember
                self._fixed = {key: record.__dict__[key] for key in _PROCESS_KEYS
                               if key in record.__dict__ and key not in before}
            return bool(kept)
        record.__dict__.update(self._fixed)
        for key, value in self._task_fields().items():
            if value is not None and value != "":
                setattr(record, key, value)
        return True


class _FormatOnce(logging.Formatter):
    """The file handler's formatter, remembering its last record's text.

    `RotatingFileHandler` formats each record twice: once to see whether it would pass the
    size limit (`shouldRollover`), once to write it. Both calls come one after the other
    under the handler's lock, for the same record, so the second is the first's text.
    """

    def __init__(self, inner: logging.Formatter) -> None:
        super().__init__()
        self.inner = inner
        self._last: tuple[logging.LogRecord, str] | None = None

    def format(self, record: logging.LogRecord) -> str:
        last = self._last
        if last is not None and last[0] is record:
            return last[1]
        text = self.inner.format(record)
        self._last = (record, text)
        return text


def _cheaper_filters(filters: list[Any]) -> list[Any]:
    """Serve's handler's filters, its core-context filter replaced by `ProcessContext`."""
    try:
        from ray._common.filters import CoreContextFilter
    except ImportError:  # Ray moved it: keep Serve's filters as they are
        return filters
    return [ProcessContext(item) if isinstance(item, CoreContextFilter) else item for item in filters]


def _format_once(handler: logging.Handler) -> None:
    if (isinstance(handler, logging.handlers.RotatingFileHandler) and handler.maxBytes > 0
            and handler.formatter is not None and not isinstance(handler.formatter, _FormatOnce)):
        handler.setFormatter(_FormatOnce(handler.formatter))


class _WriteThrough(logging.Handler):
    """Hands each record straight to the replica's file handler, after Serve's own filters.

    Ray Serve puts a `MemoryHandler` in front of the replica's log file; in its
    throughput-optimised mode (the router's default proxy mode) that buffers 1,000
    records and flushes early only for errors, so a request's line could appear minutes
    later or, on a crash, never. The router's own lines are few (one per request) and
    are written as they happen.
    """

    def __init__(self, target: logging.Handler, filters: list[Any]) -> None:
        super().__init__()
        self._target = target
        for item in filters:
            self.addFilter(item)

    def emit(self, record: logging.LogRecord) -> None:
        self._target.handle(record)


def attach_to_serve_logs(settings: ObservabilitySettings) -> bool:
    """In a Serve replica: the router's loggers write into the replica's own log file.

    Returns False outside a replica (no handlers on Serve's logger): logging is left as
    the host process configured it.
    """
    serve_handlers = logging.getLogger(_SERVE_LOGGER).handlers
    if not serve_handlers:
        return False
    trace_ids = TraceIds()
    handlers: list[logging.Handler] = []
    for handler in serve_handlers:
        if not any(isinstance(f, TraceIds) for f in handler.filters):
            handler.addFilter(trace_ids)  # Serve's own lines (access log) get trace ids too
        target = getattr(handler, "target", None)
        if isinstance(handler, logging.handlers.MemoryHandler) and isinstance(target, logging.Handler):
            _format_once(target)
            handlers.append(_WriteThrough(target, _cheaper_filters(list(handler.filters))))
        else:
            handlers.append(handler)
    for name in ROUTER_LOGGERS:
        package = logging.getLogger(name)
        package.handlers = handlers
        package.setLevel(settings.log_level)
        package.propagate = False  # once, in the replica's file; not again on the worker's stdout
    return True
