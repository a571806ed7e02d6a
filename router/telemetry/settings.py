"""The `observability` section of the configuration: traces and logs.

Metrics need no settings: `/metrics` is always served (prometheus-client, text format).
Tracing is off unless an OTLP endpoint is set; when it is off no tracer provider is
built and the pipeline's span helpers return a shared no-op context.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator


class ObservabilitySettings(BaseModel):
    """Where traces go and how the router's logs are written."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    otlp_endpoint: str | None = Field(
        default=None,
        description="OTLP/HTTP traces URL (e.g. http://collector:4318/v1/traces); unset: tracing off, no cost.",
    )
    otlp_timeout_s: float = Field(default=5.0, gt=0, le=60, description="Timeout of one OTLP export.")
    trace_sample_ratio: float = Field(
        default=1.0, ge=0.0, le=1.0, description="Share of requests traced (parent-based: a caller's decision wins)."
    )
    trace_batch_delay_ms: int = Field(
        default=5000, ge=10, le=60_000, description="How long spans are batched before an OTLP export."
    )
    service_name: str = Field(
        default="sovereign-router", min_length=1, description="`service.name` of the spans the router exports."
    )
    log_format: Literal["json", "text"] = Field(
        default="json",
        description="Replica logs: 'json' (one object per line, with request_id and, when tracing, "
        "trace_id) or 'text' (Ray Serve's text format).",
    )
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = Field(
        default="INFO", description="Level of the router's own loggers (router, classifiers, hosted, local_models)."
    )

    @field_validator("otlp_endpoint")
    @classmethod
    def _http_url(cls, value: str | None) -> str | None:
        if value is not None and not value.startswith(("http://", "https://")):
            raise ValueError(f"otlp_endpoint {value!r} must be an http:// or https:// URL (OTLP over HTTP)")
        return value
