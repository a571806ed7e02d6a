"""Configuration of the in-boundary backend (the `local` section of the router's config)."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

DEMO_MODEL_ID = "local-demo-tiny"


class LocalSettings(BaseModel):
    """The open-weight model that answers everything above `public`."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    engine: Literal["transformers"] = Field(
        default="transformers", description="Engine that serves the local model."
    )
    model_id: str = Field(default=DEMO_MODEL_ID, description="Model id clients see and may ask for.")
    model_path: Path | None = Field(
        default=None,
        description="Directory of a transformers model; unset builds the random-weight demo model "
        "in the data directory on first start.",
    )
    max_tokens_default: int = Field(default=64, ge=1, description="max_tokens when a request sets none.")
    max_context: int = Field(default=512, ge=16, description="Context length (prompt + output) in tokens.")
    max_tokens_policy: Literal["clamp", "reject"] = Field(
        default="clamp", description="What to do with max_tokens beyond the context: clamp or 400."
    )
    num_threads: int = Field(default=1, ge=1, description="torch intra-op threads per replica.")
    num_replicas: int = Field(default=1, ge=1, description="Ray Serve replicas of the local backend.")
    num_cpus: float = Field(default=0.5, ge=0, description="CPUs Ray reserves per replica.")
    num_gpus: float = Field(default=0, ge=0, description="GPUs Ray reserves per replica.")
    request_timeout_s: float = Field(default=120.0, gt=0, description="Deadline for one local generation.")
