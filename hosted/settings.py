"""Configuration of the hosted backend (the `hosted` section of the router's config)."""

from __future__ import annotations

import os
from typing import Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, SecretStr, field_validator, model_validator

ServiceTier = Literal["priority", "auto", "default", "flex"]

MAX_RETRIES = 10
"""The most SDK retries a config may ask for: each waits its backoff, so more only holds a client longer."""


def _http_url(value: str | None) -> str | None:
    """An http(s) URL with a host, or a clear refusal at load (not a failed first request)."""
    if value is None:
        return None
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"must be an http:// or https:// URL with a host, got {value!r}")
    return value


class UpstreamSettings(BaseModel):
    """One hosted upstream: an OpenAI account or an Azure OpenAI resource in one region."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=1, description="Label in metrics, /readyz and logs.")
    kind: Literal["openai", "azure"] = Field(default="openai", description="API flavour: OpenAI or Azure OpenAI.")
    base_url: str | None = Field(
        default=None, description="API base URL (OpenAI) or resource endpoint (Azure, required)."
    )
    api_key: SecretStr | None = Field(default=None, description="This upstream's key; unset uses hosted.api_key.")
    api_key_env: str | None = Field(
        default=None,
        pattern=r"^[A-Za-z_][A-Za-z0-9_]*$",
        description="Name of an environment variable holding this upstream's key, read when the hosted client "
        "starts (on a cluster: from the Kubernetes Secret; deploy-config never renders keys); api_key wins when "
        "both are set.",
    )
    api_version: str = Field(default="2024-10-21", description="Azure OpenAI API version (Azure only).")
    region: str = Field(default="default", description="Region label that department policies may restrict to.")
    weight: float = Field(default=1.0, gt=0, description="Share of traffic among healthy upstreams.")

    _base_url_is_a_url = field_validator("base_url")(_http_url)

    def api_key_value(self) -> str | None:
        """This upstream's own key: `api_key`, else the variable `api_key_env` names, else None."""
        if self.api_key is not None and self.api_key.get_secret_value():
            return self.api_key.get_secret_value()
        return (os.environ.get(self.api_key_env) or None) if self.api_key_env else None

    @model_validator(mode="after")
    def _azure_needs_endpoint(self) -> UpstreamSettings:
        if self.kind == "azure" and not self.base_url:
            raise ValueError(f"upstream {self.name!r}: an Azure upstream needs base_url (the resource endpoint)")
        return self


class HostedSettings(BaseModel):
    """The hosted OpenAI API that answers `public` requests."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    api_key: SecretStr | None = Field(
        default=None,
        description="API key; defaults to $OPENAI_API_KEY. Hosted is enabled only when a key is set.",
    )
    base_url: str | None = Field(
        default=None, description="API base URL (tests and benchmarks point it at upstream-sim)."
    )
    upstreams: tuple[UpstreamSettings, ...] = Field(
        default=(),
        description="Several upstreams (regions, accounts, Azure) with weights and failover; unset: one "
        "upstream 'primary' from base_url and api_key.",
    )
    default_model: str = Field(default="gpt-4.1-mini", description="Model that `auto` picks for public.")
    models: tuple[str, ...] = Field(
        default=("gpt-4.1-mini", "gpt-4.1", "gpt-4o-mini"), description="Hosted models clients may ask for."
    )
    service_tier: ServiceTier = Field(
        default="priority", description="OpenAI service tier requested (a department may set its own)."
    )
    timeout_s: float = Field(
        default=30.0, gt=0,
        description="Timeout of one attempt to the hosted API; the SDK retries a timed-out attempt, so the wait "
        "before an answer starts is bounded by deadline_s.",
    )
    deadline_s: float = Field(
        default=60.0, gt=0,
        description="The most a hosted request waits for its answer to start (non-streaming: the whole answer; "
        "streaming: its first chunk), the SDK's retries and the failover to other upstreams included; past it, "
        "public work falls back to local where policy allows, else 504.",
    )
    max_retries: int = Field(
        default=2, ge=0, le=MAX_RETRIES, description="Retries by the openai SDK on transient errors (at most 10)."
    )
    stream_idle_timeout_s: float = Field(
        default=30.0, gt=0, description="A stream silent for this long is treated as broken (error event)."
    )
    breaker_failures: int = Field(
        default=5, ge=1, description="Availability failures within breaker_window_s that open an upstream's breaker."
    )
    breaker_window_s: float = Field(default=30.0, gt=0, description="How long a failure counts towards opening.")
    breaker_cooldown_s: float = Field(
        default=30.0, gt=0, description="How long an open breaker refuses calls before one probe is let through."
    )

    @property
    def enabled(self) -> bool:
        if self.api_key is not None and self.api_key.get_secret_value():
            return True
        return any(u.api_key_value() for u in self.upstreams)

    def resolved_upstreams(self) -> tuple[UpstreamSettings, ...]:
        """The configured upstreams, or the single one `base_url`/`api_key` describe."""
        if self.upstreams:
            return self.upstreams
        return (UpstreamSettings(name="primary", base_url=self.base_url, api_key=self.api_key),)

    _base_url_is_a_url = field_validator("base_url")(_http_url)

    @model_validator(mode="after")
    def _base_url_or_upstreams(self) -> HostedSettings:
        # Else base_url is silently ignored: the upstreams are all that is called.
        if self.base_url is not None and self.upstreams:
            raise ValueError("set base_url on each of hosted.upstreams, not hosted.base_url, which they replace")
        return self

    @model_validator(mode="after")
    def _unique_names(self) -> HostedSettings:
        names = [u.name for u in self.upstreams]
        duplicates = sorted({n for n in names if names.count(n) > 1})
        if duplicates:
            raise ValueError(f"upstream names must be unique: {', '.join(duplicates)}")
        return self
