"""vLLM V1's MLA chunked prefill re-expands the cached context of every later chunk (`mla_prefill.py`).

Hand-computed from vLLM's MLA backend docstring: chunk j of a prompt up-projects the j * b tokens
before it through kv_b_proj, 2 * r * H * (d + d) FLOPs per cached token and layer.
"""

from __future__ import annotations

import pytest

from benchmarks.sizing import find_gpu, find_model
from benchmarks.sizing.deployment import Deployment, Efficiency
from benchmarks.sizing.engine_terms import with_engine_terms
from benchmarks.sizing.mla_prefill import (
    reexpand_flops_per_prefill_token,
    reexpanded_context_tokens,
    reexpands_context,
)
from benchmarks.sizing.model import attention_s, mla_reexpand_s, prefill_time


def test_context_tokens_re_expanded_over_a_prompts_chunks():
    assert reexpanded_context_tokens(2048, 2048) == 0.0  # one chunk: nothing cached before it
    assert reexpanded_context_tokens(4096, 2048) == 2048.0  # chunk 1 expands chunk 0
    assert reexpanded_context_tokens(5000, 2048) == 2048.0 * (0 + 1 + 2)  # 3 chunks
    assert reexpanded_context_tokens(30000, 2048) == 215040.0  # 15 chunks: 2048 x 15 x 14 / 2


def test_flops_per_prefill_token_on_deepseek_r1():
    r1 = find_model("deepseek-r1")  # 61 layers, kv_lora_rank 512, 128 heads of 128
    per_context_token = 61 * 2 * 512 * 128 * (128 + 128)  # 2.047 GFLOP
    assert per_context_token == 2_046_820_352
    assert reexpand_flops_per_prefill_token(r1, 4096, 2048) == pytest.approx(per_context_token * 2048 / 4096)
    assert reexpand_flops_per_prefill_token(r1, 2048, 2048) == 0.0
    assert reexpand_flops_per_prefill_token(find_model("llama-3.1-70b"), 30000, 2048) == 0.0  # GQA caches K, V
    # a 30000-token prompt at 2048 re-expands about a fifth of its own GEMM FLOPs
    own = 2 * (r1.active_params - r1.embedding_params)
    assert 0.15 < reexpand_flops_per_prefill_token(r1, 30000, 2048) / own < 0.25


def test_rule_is_vllm_v1_on_mla_models():
    r1, llama = find_model("deepseek-r1"), find_model("llama-3.1-70b")
    assert reexpands_context(r1, "vLLM 0.8.4 (V1), 'vllm serve deepseek-ai/DeepSeek-R1'")
    assert not reexpands_context(r1, "vLLM 0.7.3.dev (ROCm)")  # V0 release: not this backend
    assert not reexpands_context(r1, "SGLang 0.4.5.post3")
    assert not reexpands_context(llama, "vLLM 0.19.0")
    h200 = find_gpu("h200")
    eff = with_engine_terms(Efficiency(), r1, "vLLM 0.11.0", h200, "fp8")
    assert eff.mla_context_reexpand


def test_step_and_prefill_pay_the_expansion_at_the_weight_gemm_rate():
    dep = Deployment(model=find_model("deepseek-r1"), gpu=find_gpu("h200"), tp=8, weight_dtype="fp8")
    off = Efficiency(prefill_chunk_tokens=2048)
    on = off.model_copy(update={"mla_context_reexpand": True})
    # 2048 prefill tokens of 4096-token prompts: 2048 x 1.0234 GFLOP over 8 GPUs at the block-FP8 rate
    # (0.7348 x 989 TFLOP/s) x mfu 0.5
    expected = 2048 * 2_046_820_352 * 2048 / 4096 / (8 * 0.7347935777827487 * 989e12 * 0.5)
    assert mla_reexpand_s(dep, on, 2048, 4096) == pytest.approx(expected, rel=1e-6)
    assert mla_reexpand_s(dep, off, 2048, 4096) == 0.0
    gap = attention_s(dep, on, 8, 3000, 2048, 4096) - attention_s(dep, off, 8, 3000, 2048, 4096)
    assert gap == pytest.approx(expected, rel=1e-6)
    assert prefill_time(dep, on, 30000) > prefill_time(dep, off, 30000)
    assert prefill_time(dep, on, 2048) == pytest.approx(prefill_time(dep, off, 2048))  # one chunk
