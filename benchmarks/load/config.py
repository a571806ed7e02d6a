"""What one load run does: the target, the traffic shape and the workload.

A frozen pydantic model, validated once before any request leaves, so a bad
combination (rate mode without a rate, no stop condition, lo > hi) fails with
the field and the reason instead of half-way through a run. The report stores
this model (minus the API key, with credential-like header values masked) so a
run can be repeated from its own report.
"""

from __future__ import annotations

import math
import os
from pathlib import Path
from typing import Any, Literal

import orjson
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

Endpoint = Literal["chat", "completions"]
Mode = Literal["concurrency", "rate"]

# Header names whose values are credentials: masked in reports and printed commands.
_SECRET_HEADER_WORDS = ("authorization", "key", "token", "secret", "cookie", "password")
_MASK = "***"


def _default_api_key() -> str:
    # OpenAI-compatible servers without auth (vLLM, the simulator) accept any bearer token.
    return os.environ.get("OPENAI_API_KEY") or "unused"


def is_secret_header(name: str) -> bool:
    """Whether a header's value looks like a credential and must not be written out."""
    lowered = name.lower()
    return any(word in lowered for word in _SECRET_HEADER_WORDS)


class LoadConfig(BaseModel):
    """One load run against an OpenAI-compatible endpoint.

    The run stops at whichever comes first of `num_requests` and `duration_s`;
    at least one must be set.
    """

    # Infinite rate is valid ("send all at once"); keep it readable in JSON instead of null.
    model_config = ConfigDict(frozen=True, extra="forbid", ser_json_inf_nan="strings")

    base_url: str = Field(description="OpenAI base URL of the target, e.g. http://127.0.0.1:8000/v1.")
    api_key: str = Field(
        default_factory=_default_api_key,
        exclude=True,
        repr=False,
        description="Bearer token; from OPENAI_API_KEY, else 'unused'. Never written to reports.",
    )
    model: str = Field(default="auto", min_length=1, description="Model name sent in every request.")
    endpoint: Endpoint = Field(
        default="chat", description="chat: /chat/completions; completions: /completions."
    )
    mode: Mode = Field(
        default="concurrency",
        description="concurrency: a fixed number of requests in flight; rate: Poisson arrivals at `rate`.",
    )
    concurrency: int = Field(default=8, ge=1, description="Requests in flight in concurrency mode.")
    rate: float | None = Field(
        default=None, gt=0, description="Mean arrivals per second in rate mode; inf sends all at once."
    )
    max_concurrency: int | None = Field(
        default=None, ge=1, description="Rate mode: cap on requests in flight (arrivals wait); None: no cap."
    )
    num_requests: int | None = Field(default=100, ge=1, description="Stop after this many requests.")
    duration_s: float | None = Field(
        default=None, gt=0, description="Stop sending after this many seconds; in-flight requests finish."
    )
    prompt_words: int = Field(
        default=128, ge=1, description="Prompt length in words (lower bound if uniform)."
    )
    prompt_words_max: int | None = Field(
        default=None, ge=1, description="Upper bound of a uniform prompt length; None: fixed length."
    )
    prompts_file: Path | None = Field(
        default=None,
        description='JSONL of {"prompt": ...} or {"messages": [...]} lines, used in order, cycled.',
    )
    output_tokens: int = Field(default=128, ge=1, description="max_tokens (lower bound if uniform).")
    output_tokens_max: int | None = Field(
        default=None, ge=1, description="Upper bound of a uniform max_tokens; None: fixed."
    )
    ignore_eos: bool = Field(
        default=False, description="Send vLLM's ignore_eos so every answer is max_tokens long (vLLM only)."
    )
    stream: bool = Field(
        default=True, description="Stream answers (needed for TTFT and inter-token latency)."
    )
    timeout_s: float = Field(
        default=60.0, gt=0, description="Give up on one request after this many seconds."
    )
    seed: int = Field(default=0, description="Seeds prompts, lengths and arrival times.")
    headers: dict[str, str] = Field(
        default_factory=dict,
        repr=False,  # values may be credentials; `public_dict` masks them
        description="Extra request headers, e.g. X-Sensitivity: personal.",
    )

    @field_validator("base_url")
    @classmethod
    def _check_base_url(cls, value: str) -> str:
        if not value.startswith(("http://", "https://")):
            raise ValueError(f"base_url must start with http:// or https://, got {value!r}")
        return value.rstrip("/")

    @model_validator(mode="after")
    def _check_combination(self) -> LoadConfig:
        if self.num_requests is None and self.duration_s is None:
            raise ValueError("set num_requests or duration_s (or both): the run needs a stop condition")
        if self.mode == "rate" and self.rate is None:
            raise ValueError("rate mode needs rate (requests per second)")
        if self.rate is not None and math.isinf(self.rate) and self.num_requests is None:
            raise ValueError("an infinite rate needs num_requests, or it would never stop sending")
        if self.prompt_words_max is not None and self.prompt_words_max < self.prompt_words:
            raise ValueError(
                f"prompt_words_max ({self.prompt_words_max}) is below prompt_words ({self.prompt_words})"
            )
        if self.output_tokens_max is not None and self.output_tokens_max < self.output_tokens:
            raise ValueError(
                f"output_tokens_max ({self.output_tokens_max}) is below output_tokens ({self.output_tokens})"
            )
        return self

    @property
    def url(self) -> str:
        """The full URL every request is posted to."""
        path = "/chat/completions" if self.endpoint == "chat" else "/completions"
        return self.base_url + path

    def request_headers(self) -> dict[str, str]:
        """Headers for every request: the bearer token, then the extra headers."""
        return {"Authorization": f"Bearer {self.api_key}", **self.headers}

    def public_dict(self) -> dict[str, Any]:
        """The config as JSON-ready data for reports: no API key, credential headers masked."""
        data: dict[str, Any] = orjson.loads(self.model_dump_json())
        data["headers"] = {k: (_MASK if is_secret_header(k) else v) for k, v in self.headers.items()}
        return data
