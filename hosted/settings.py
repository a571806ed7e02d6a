"""Configuration of the hosted backend (the `hosted` section of the router's config)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr


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
    default_model: str = Field(default="gpt-4.1-mini", description="Model that `auto` picks for public.")
    models: tuple[str, ...] = Field(
        default=("gpt-4.1-mini", "gpt-4.1", "gpt-4o-mini"), description="Hosted models clients may ask for."
    )
    service_tier: Literal["priority", "auto", "default", "flex"] = Field(
        default="priority", description="OpenAI service tier requested."
    )
    timeout_s: float = Field(default=30.0, gt=0, description="Per-request timeout to the hosted API.")
    max_retries: int = Field(default=2, ge=0, description="Retries by the openai SDK on transient errors.")

    @property
    def enabled(self) -> bool:
        return self.api_key is not None and bool(self.api_key.get_secret_value())
