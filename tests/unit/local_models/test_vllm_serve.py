"""engine: vllm → Ray Serve LLM's LLMConfig (translation only; vLLM needs GPU nodes)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from local_models import BackendUnavailable, LocalModelSettings
from local_models.vllm_serve import build_vllm_deployment, llm_config_kwargs


def _model(**extra: object) -> LocalModelSettings:
    return LocalModelSettings(engine="vllm", model_id="gov-llama-70b", model_path=Path("/models/llama-70b"), **extra)


def test_a_tensor_parallel_model_gets_engine_options_and_a_packed_placement_group() -> None:
    kwargs = llm_config_kwargs(
        _model(
            tensor_parallel_size=4,
            max_context=32768,
            gpu_memory_utilization=0.85,
            quantization="fp8",
            max_num_batched_tokens=8192,
            max_batch_size=128,
            accelerator_type="H100",
            num_replicas=2,
            max_queued_requests=100,
        ),
        "/models/llama-70b",
    )

    assert kwargs["model_loading_config"] == {"model_id": "gov-llama-70b", "model_source": "/models/llama-70b"}
    assert kwargs["engine_kwargs"] == {
        "max_model_len": 32768,
        "tensor_parallel_size": 4,
        "gpu_memory_utilization": 0.85,
        "enable_prefix_caching": True,
        "max_num_seqs": 128,
        "served_model_name": "gov-llama-70b",
        "quantization": "fp8",
        "max_num_batched_tokens": 8192,
    }
    assert kwargs["placement_group_config"] == {"bundles": [{"GPU": 1, "CPU": 1}] * 4, "strategy": "STRICT_PACK"}
    assert kwargs["deployment_config"] == {"num_replicas": 2, "max_ongoing_requests": 64, "max_queued_requests": 100}
    assert kwargs["accelerator_type"] == "H100"
    assert kwargs["runtime_env"]["env_vars"]["HF_HUB_OFFLINE"] == "1"


def test_autoscaling_replaces_the_replica_count_and_unset_options_are_left_to_vllm() -> None:
    kwargs = llm_config_kwargs(_model(autoscaling={"min_replicas": 1, "max_replicas": 6}), "/m")
    assert "num_replicas" not in kwargs["deployment_config"]
    assert kwargs["deployment_config"]["autoscaling_config"]["max_replicas"] == 6
    assert "quantization" not in kwargs["engine_kwargs"] and "max_num_batched_tokens" not in kwargs["engine_kwargs"]
    assert "accelerator_type" not in kwargs


def test_invalid_vllm_options_are_refused() -> None:
    with pytest.raises(ValidationError):
        _model(quantization="int3")
    with pytest.raises(ValidationError):
        _model(gpu_memory_utilization=1.5)
    with pytest.raises(ValidationError, match="set model_path"):
        LocalModelSettings(engine="vllm", model_id="no-weights")


def test_building_without_ray_serve_llm_says_what_to_install() -> None:
    pytest.importorskip("ray")
    try:
        import ray.serve.llm  # noqa: F401
    except ImportError:
        with pytest.raises(BackendUnavailable, match=r"sovereign-router\[gpu\]"):
            build_vllm_deployment(_model(), "/m")
    else:
        pytest.skip("Ray Serve LLM is installed here; building needs GPU nodes")
