"""Upstream vLLM before 0.6.2 on CDNA3 decodes through the generic paged-attention kernel (`rocm_generic_pa.py`).

Hand-computed from vLLM PR 8310's table (Llama-2-70B, 512-token prompts, tokens/s over prompt and output
tokens, without / with the ROCm kernel). Run time = N x (512 + O) / rate; saved per run, in s:
8/256 6144/360.15 - 6144/419.62 = 2.4177; 8/512 8192/271.54 - 8192/293.50 = 2.2573;
16/256 12288/616.33 - 12288/770.72 = 3.9938; 16/512 16384/414.81 - 16384/560.03 = 10.2420;
32/256 24576/913.00 - 24576/1263.37 = 7.4651; 32/512 32768/626.82 - 32768/969.73 = 18.4857; sum 44.8617 s.
Exposure N x O x (512 + O / 2): 1,310,720 + 3,145,728 + 2,621,440 + 6,291,456 + 5,242,880 + 12,582,912
= 31,195,136. 44.8617 / 31,195,136 = 1.4381 us; / (80 layers x 64 heads) = 0.28088 ns.
"""

from __future__ import annotations

import pytest

from benchmarks.sizing import find_gpu, find_model
from benchmarks.sizing.deployment import Deployment, Efficiency
from benchmarks.sizing.engine_terms import with_engine_terms
from benchmarks.sizing.model import attention_s
from benchmarks.sizing.rocm_generic_pa import (
    generic_kernel_ns,
    generic_paged_attention,
    generic_paged_attention_ns,
    saved_s_per_sequence_token,
)

_ARGONNE = "vLLM v0.6.1 (ROCm build), LLM.generate on one batch (benchmark_latency-style script)"


def test_constant_from_pr_8310_table():
    assert saved_s_per_sequence_token() == pytest.approx(44.8617 / 31_195_136, rel=1e-5)
    assert generic_kernel_ns() == pytest.approx(0.28088, rel=1e-4)


def test_rule_applies_to_upstream_vllm_before_0_6_2_on_cdna3_only():
    mi300x, h100 = find_gpu("mi300x"), find_gpu("h100-sxm")
    assert generic_paged_attention(_ARGONNE, mi300x)
    assert generic_paged_attention("vLLM 0.5.4", find_gpu("mi325x"))
    assert not generic_paged_attention("vLLM 0.6.2", mi300x)  # PR 8310 released
    assert not generic_paged_attention("vLLM 0.6.3.dev109 (ROCm)", mi300x)
    assert not generic_paged_attention(_ARGONNE, h100)  # CUDA: the kernel it was written for
    assert not generic_paged_attention("vLLM 0.4.0 (ROCm image rocm/vllm-dev:20240601)", mi300x)  # ROCm's fork
    assert not generic_paged_attention("vLLM 0.6.0 (AMD ROCm fork, FP8 docker of Aug 2024)", mi300x)  # named so
    assert not generic_paged_attention("vLLM (ROCm), benchmark_latency.py", mi300x)  # no version stated
    assert not generic_paged_attention("SGLang 0.4.1", mi300x)
    assert generic_paged_attention_ns("vLLM", mi300x) == 0.0  # today's vLLM (`size`): untouched


def test_attention_pays_per_sequence_cached_token_layer_and_query_head_on_the_gpu():
    # Llama-3-70B (80 layers, 64 query heads) at TP 8 on MI300X, 16 sequences at context 1536, g = 0.28 ns:
    # 16 x 1536 x 80 x 64 / 8 x 0.28e-9 = 15,728,640 x 0.28e-9 = 4.4040 ms
    dep = Deployment(
        model=find_model("llama-3-70b"), gpu=find_gpu("mi300x"), tp=8, weight_dtype="fp16", kv_dtype="fp16"
    )
    base = attention_s(dep, Efficiency(), 16, 1536)
    slow = attention_s(dep, Efficiency(generic_attention_ns=0.28), 16, 1536)
    assert slow - base == pytest.approx(4.4040e-3, rel=1e-4)
    # TP 1: eight times the heads per GPU, eight times the excess
    dep1 = dep.model_copy(update={"tp": 1})
    assert attention_s(dep1, Efficiency(generic_attention_ns=0.28), 16, 1536) - attention_s(
        dep1, Efficiency(), 16, 1536
    ) == pytest.approx(8 * 4.4040e-3, rel=1e-4)


def test_engine_terms_set_it_by_the_engine_name():
    model, gpu = find_model("llama-3-70b"), find_gpu("mi300x")
    eff = with_engine_terms(Efficiency(), model, _ARGONNE, gpu, "fp16")
    assert eff.generic_attention_ns == pytest.approx(generic_kernel_ns())
    assert with_engine_terms(Efficiency(), model, "vLLM 0.6.2", gpu, "fp16").generic_attention_ns == 0.0
