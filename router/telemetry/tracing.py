"""OpenTelemetry tracing of the request pipeline, exported over OTLP/HTTP when configured.

Spans (parent → children), one trace per request:

    request                 the whole pipeline in the ingress (continues a caller's `traceparent`)
      classify              the request's classification
      policy                the department policy's decision
      backend.local         a local model's answer (streams: to the first chunk)
      backend.hosted        the hosted API's answer (streams: to the first chunk)
      audit                 the request's audit record, journaled and queued for the writer
                            (streams: at the end of the stream, still under `request`)

Attributes carry identifiers, routes, levels, models and status codes, never text; an
exception marks its span with the exception's type name only (a message could quote the
request). With `observability.otlp_endpoint` unset nothing is imported or built and
`span()` returns one shared no-op context manager, so the pipeline pays a function call.

The tracer provider is this module's own, not OpenTelemetry's global one: Ray or a host
application may own the global provider, and a process configures ours once.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any, Protocol

from router.telemetry.settings import ObservabilitySettings

if TYPE_CHECKING:
    from opentelemetry.context import Context
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.trace import Span, Tracer

logger = logging.getLogger(__name__)

_NOOP: contextlib.nullcontext[None] = contextlib.nullcontext()
_tracer: Tracer | None = None
_provider: TracerProvider | None = None


class _Headers(Protocol):
    def getlist(self, key: str) -> list[str]: ...


def configure(settings: ObservabilitySettings) -> bool:
    """Build the OTLP exporter and tracer once per process when an endpoint is set; True if tracing is on."""
    global _tracer, _provider
    if settings.otlp_endpoint is None:
        return False
    if _tracer is not None:
        return True
    from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
    from opentelemetry.sdk.resources import Resource
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import BatchSpanProcessor
    from opentelemetry.sdk.trace.sampling import ParentBased, TraceIdRatioBased

    provider = TracerProvider(
        resource=Resource.create({"service.name": settings.service_name}),
        sampler=ParentBased(TraceIdRatioBased(settings.trace_sample_ratio)),
    )
    exporter = OTLPSpanExporter(endpoint=settings.otlp_endpoint, timeout=settings.otlp_timeout_s)
    provider.add_span_processor(BatchSpanProcessor(exporter, schedule_delay_millis=settings.trace_batch_delay_ms))
    _provider, _tracer = provider, provider.get_tracer("router")
    logger.info("tracing on: OTLP/HTTP export to %s", settings.otlp_endpoint)
    return True


def enabled() -> bool:
    return _tracer is not None


def shutdown() -> None:
    """Export the spans still batched (replica shutdown) and stop the exporter."""
    global _tracer, _provider
    if _provider is not None:
        _provider.shutdown()
    _tracer = _provider = None


def _sampled(context: Context | None) -> bool:
    """Whether the current span (or `context`'s) was sampled: an unsampled request gets no child spans."""
    from opentelemetry import trace

    return bool(trace.get_current_span(context).get_span_context().trace_flags.sampled)


def span(name: str, attributes: Mapping[str, Any] | None = None, context: Context | None = None) -> Any:
    """A context manager for one span (a child of the current span, or of `context`); no-op when off or unsampled."""
    if _tracer is None or not _sampled(context):
        return _NOOP
    return _span(_tracer, name, attributes, context)


@contextlib.contextmanager
def _span(tracer: Tracer, name: str, attributes: Mapping[str, Any] | None, context: Context | None) -> Iterator[Span]:
    from opentelemetry.trace import Status, StatusCode

    with tracer.start_as_current_span(
        name, context=context, attributes=dict(attributes or {}), record_exception=False, set_status_on_exception=False
    ) as current:
        try:
            yield current
        except BaseException as exc:
            current.set_status(Status(StatusCode.ERROR, type(exc).__name__))
            raise


def request_span(endpoint: str, headers: _Headers) -> Any:
    """The root span of one request, continuing the caller's W3C `traceparent` when it sent one."""
    if _tracer is None:
        return _NOOP
    from opentelemetry.trace import SpanKind
    from opentelemetry.trace.propagation.tracecontext import TraceContextTextMapPropagator

    carrier = {name: values[0] for name in ("traceparent", "tracestate") if (values := headers.getlist(name))}
    parent = TraceContextTextMapPropagator().extract(carrier) if carrier else None
    attributes = {"sovereign.endpoint": endpoint}
    request_ids = headers.getlist("x-request-id")  # else the gateway makes one; `annotate` adds it
    if request_ids:
        attributes["sovereign.request_id"] = request_ids[0]
    return _tracer.start_as_current_span(
        "request", context=parent, kind=SpanKind.SERVER, attributes=attributes,
        record_exception=False, set_status_on_exception=False,
    )


def annotate(current: Any, headers: Mapping[str, str], status: int) -> None:
    """Put the outcome on a request span: status, route, level, model, request id (no-op when off)."""
    if current is None:
        return
    current.set_attribute("http.response.status_code", status)
    for header, key in (
        ("x-sovereign-route", "sovereign.route"),
        ("x-sovereign-sensitivity", "sovereign.level"),
        ("x-sovereign-model", "sovereign.model"),
        ("x-request-id", "sovereign.request_id"),
    ):
        value = headers.get(header)
        if value is not None:
            current.set_attribute(key, value)
    if status >= 500:
        from opentelemetry.trace import Status, StatusCode

        current.set_status(Status(StatusCode.ERROR, str(status)))


def tag(key: str, value: str) -> None:
    """Set an attribute on the current span, if tracing is on and a span is current."""
    if _tracer is None:
        return
    from opentelemetry import trace

    trace.get_current_span().set_attribute(key, value)


def capture() -> Context | None:
    """The current trace context, to parent spans that run later (a stream's audit span); None when off."""
    if _tracer is None:
        return None
    from opentelemetry import context

    return context.get_current()


def current_ids() -> tuple[str, str] | None:
    """(trace id, span id) in hex of the current span, for log lines; None when off or no span."""
    if _tracer is None:
        return None
    from opentelemetry import trace

    ctx = trace.get_current_span().get_span_context()
    if not ctx.is_valid:
        return None
    return format(ctx.trace_id, "032x"), format(ctx.span_id, "016x")


def start_span(name: str) -> Span | None:
    """A child span of the current one, ended with `end_span` (for a stage that is not one block)."""
    if _tracer is None or not _sampled(None):
        return None
    return _tracer.start_span(name)


def end_span(current: Span | None, error: BaseException | None = None) -> None:
    """End a span from `start_span` (None: nothing to end); an error marks it with its type name."""
    if current is None:
        return
    if error is not None:
        from opentelemetry.trace import Status, StatusCode

        current.set_status(Status(StatusCode.ERROR, type(error).__name__))
    current.end()
