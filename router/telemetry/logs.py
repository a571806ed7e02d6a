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
            handlers.append(_WriteThrough(target, list(handler.filters)))
        else:
            handlers.append(handler)
    for name in ROUTER_LOGGERS:
        package = logging.getLogger(name)
        package.handlers = handlers
        package.setLevel(settings.log_level)
        package.propagate = False  # once, in the replica's file; not again on the worker's stdout
    return True
