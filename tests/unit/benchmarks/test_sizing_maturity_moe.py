"""Early vLLM MoE layers (`maturity_moe.py`): dense expert-parallel Mixtral and 2024 Hopper fused-MoE cost.

The floors are re-derived here from their source (vLLM pull request 2979's printed ITL), so a
change to the model that moves the derivation shows up as a failing test, not a silent drift.
The dense-expert formulas are checked against hand-computed bytes and FLOPs.
"""

from __future__ import annotations

import pytest

from benchmarks.sizing import Deployment, find_gpu, find_model
from benchmarks.sizing.deployment import Efficiency
from benchmarks.sizing.efficiency import efficiency_for
from benchmarks.sizing.footprint import expert_bytes_read, expert_fraction_read, weight_bytes_read
from benchmarks.sizing.maturity_moe import (
    HOPPER_2024_MOE_LAYER_FLOOR_US,
    HOPPER_2024_UNTUNED_MOE_LAYER_FLOOR_US,
    PR2979_EXPERT_STREAM_US,
    PR2979_ITL_MS,
    PR2979_MODEL_ITL_MS,
    moe_terms,
    stated_month,
)
from benchmarks.sizing.model import matmul_s, moe_floor_s, prefill_time
from benchmarks.sizing.published import VLLM
from benchmarks.sizing.serving import rate_point


def test_dense_experts_read_every_expert_whatever_the_batch():
    mixtral = find_model("mixtral-8x7b")
    experts = mixtral.expert_params * 2.0  # bf16 bytes of all 8 x 32 experts
    # routed, one token: 1 - (1 - 2/8)^1 = 0.25 of the experts; dense: all of them
    assert expert_fraction_read(mixtral, 1) == pytest.approx(0.25)
    assert expert_bytes_read(mixtral, "bf16", 1) == pytest.approx(0.25 * experts)
    assert expert_bytes_read(mixtral, "bf16", 1, dense=True) == pytest.approx(experts)
    extra = weight_bytes_read(mixtral, "bf16", 1, dense=True) - weight_bytes_read(mixtral, "bf16", 1)
    assert extra == pytest.approx(0.75 * experts)
    # 64 tokens touch 1 - 0.75^64 = all but 1e-8 of the experts: dense and routed agree
    assert expert_fraction_read(mixtral, 64) == pytest.approx(1.0, abs=1e-7)
    llama = find_model("llama-3.1-8b")
    assert expert_bytes_read(llama, "bf16", 1, dense=True) == 0.0


def test_dense_experts_multiply_every_token_by_every_expert():
    mixtral, h100 = find_model("mixtral-8x7b"), find_gpu("h100-sxm")
    dep = Deployment(model=mixtral, gpu=h100, tp=8)
    routed, dense = Efficiency(), Efficiency(moe_dense_experts=True)
    tokens = 1000
    # routed: 2 of 8 experts per token; dense: all 8, so 6/8 of the expert parameters more, per token
    extra_flops = tokens * 2 * mixtral.expert_params * 0.75
    expected = extra_flops / (8 * h100.flops("bf16") * 0.5)  # Efficiency(): mfu 0.5, moe 1
    assert matmul_s(dep, dense, tokens, 1) - matmul_s(dep, routed, tokens, 1) == pytest.approx(expected)


def test_hopper_2024_moe_layer_floors_are_re_derived_from_vllm_pr_2979():
    # Mixtral-8x7B BF16 on H100 at TP 2, 1000 tokens in / 50 out, vLLM's defaults, no era term
    h100 = find_gpu("h100-sxm")
    dep = Deployment(model=find_model("mixtral-8x7b"), gpu=h100, tp=2, utilisation=VLLM.memory_fraction, context=1050)
    eff = efficiency_for(h100, engine="vLLM", context=1050, prefill_chunk_tokens=VLLM.max_num_tokens)

    def itl_ms(e: Efficiency) -> list[float]:
        return [rate_point(dep, e, rps, 1000, 50, prefill_time(dep, e, 1000))[1] * 1e3 for rps, _, _ in PR2979_ITL_MS]

    model_ms = itl_ms(eff)
    assert model_ms == pytest.approx(PR2979_MODEL_ITL_MS, abs=0.05)
    layers = dep.model.moe_layers
    assert layers == 32
    # one sequence per step: 2 of 8 experts per layer, bf16, over 2 GPUs at the fitted bandwidth
    stream_us = expert_bytes_read(dep.model, "bf16", 1) / layers / (2 * h100.bandwidth_bytes_s * eff.memory) * 1e6
    assert stream_us == pytest.approx(PR2979_EXPERT_STREAM_US, abs=0.1)
    tuned = [(t - m) / layers * 1e3 for (_, t, _), m in zip(PR2979_ITL_MS, model_ms, strict=True)]
    untuned = [(u - m) / layers * 1e3 for (_, _, u), m in zip(PR2979_ITL_MS, model_ms, strict=True)]
    # gaps of 118 and 142 us tuned, 484 and 542 us untuned, per layer
    assert stream_us + sum(tuned) / 2 == pytest.approx(HOPPER_2024_MOE_LAYER_FLOOR_US, abs=1)
    assert stream_us + sum(untuned) / 2 == pytest.approx(HOPPER_2024_UNTUNED_MOE_LAYER_FLOOR_US, abs=1)
    # with the floor, the model gives the source's ITL back (the mean of the two points, not each)
    floored = itl_ms(eff.model_copy(update={"moe_layer_floor_us": HOPPER_2024_MOE_LAYER_FLOOR_US}))
    assert sum(floored) == pytest.approx(11.6 + 12.6, rel=0.03)


def test_moe_floor_adds_what_the_floor_exceeds_the_expert_stream_by():
    mixtral, h100 = find_model("mixtral-8x7b"), find_gpu("h100-sxm")
    dep = Deployment(model=mixtral, gpu=h100, tp=4, weight_dtype="fp8")
    eff = Efficiency(moe_layer_floor_us=300.0)  # memory 0.70
    # one token: 2 of 8 experts, 1 byte each, per layer over 4 GPUs
    per_layer_s = mixtral.expert_params * 0.25 / 32 / (4 * h100.bandwidth_bytes_s * 0.70)
    assert moe_floor_s(dep, eff, 1) == pytest.approx(32 * (300e-6 - per_layer_s))
    assert moe_floor_s(dep, Efficiency(), 1) == 0.0
    # 4096 tokens read every expert: 4x the bytes per layer, past a 50 us floor, so nothing is added
    assert moe_floor_s(dep, Efficiency(moe_layer_floor_us=50.0), 4096) == 0.0
    assert moe_floor_s(Deployment(model=find_model("llama-3.1-8b"), gpu=h100), eff, 1) == 0.0


def test_moe_terms_apply_by_engine_release_and_gpu_only():
    mixtral, llama = find_model("mixtral-8x7b"), find_model("llama-3.1-70b")
    h100, h200, a100 = find_gpu("h100-sxm"), find_gpu("h200"), find_gpu("a100-sxm-80gb")
    before = "vLLM main of January 2024 (before fused MoE), benchmark_latency"
    june = "vLLM main of June 2024 (FP8 fused-MoE configs before the retune), online serving"
    assert moe_terms(mixtral, before, h100).dense_experts
    assert moe_terms(mixtral, before, h100).layer_floor_us == HOPPER_2024_MOE_LAYER_FLOOR_US
    assert not moe_terms(mixtral, june, h100).dense_experts
    assert moe_terms(mixtral, june, h200).layer_floor_us == HOPPER_2024_MOE_LAYER_FLOOR_US
    assert moe_terms(mixtral, "vLLM 0.4.3 (untuned fused MoE)", h100).layer_floor_us == (
        HOPPER_2024_UNTUNED_MOE_LAYER_FLOOR_US
    )
    assert moe_terms(mixtral, "vLLM 0.2.7", h100).dense_experts  # before 0.3.0's fused kernel
    # later releases, undated engines, other GPUs, other engines and dense models: nothing
    for model, engine, gpu in (
        (mixtral, "vLLM 0.5.1", h100),
        (mixtral, "vLLM main of July 2024", h100),
        (mixtral, "vLLM nightly benchmark (build 9555)", h100),
        (mixtral, june, a100),
        (mixtral, "SGLang main of June 2024", h100),
        (mixtral, "TensorRT-LLM 0.9 (April 2024)", h100),
        (llama, june, h100),
    ):
        terms = moe_terms(model, engine, gpu)
        assert (terms.dense_experts, terms.layer_floor_us) == (False, 0.0), engine


def test_stated_month_reads_the_engine_name():
    assert stated_month("vLLM main of June 2024 (FP8 ...)") == (2024, 6)
    assert stated_month("vLLM ~0.4.0 (April 2024, PR 4002 fused-MoE configs)") == (2024, 4)
    assert stated_month("vLLM 0.7.2 (torch 2.5)") is None
