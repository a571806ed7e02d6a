"""SGLang's Triton MLA backend attends in the absorbed form once a prefill chunk has a cached prefix
(`mla_absorbed_extend.py`).

Hand-computed from DeepSeek-R1's shape (61 layers, 128 heads of 128, kv_lora_rank 512, rope 64):
expanded, a (query, key) pair costs 2 * 128 * (128 + 64 + 128) = 81,920 FLOPs per layer; absorbed,
2 * 128 * (2 * 512 + 64) = 278,528.
"""

from __future__ import annotations

import pytest

from benchmarks.sizing import find_gpu, find_model
from benchmarks.sizing.deployment import Deployment, Efficiency
from benchmarks.sizing.engine_terms import with_engine_terms
from benchmarks.sizing.mla_absorbed_extend import absorbs_extend, prompt_attention_flops, sglang_release
from benchmarks.sizing.model import attention_s, prefill_time
from benchmarks.sizing.serving import static_batch_tokens_per_s

_EXPANDED = 81_920.0
_ABSORBED = 278_528.0


def test_pair_costs_of_the_two_forms_on_deepseek_r1():
    r1 = find_model("deepseek-r1")
    assert r1.attention_flops_per_cached_token(decode=False) == _EXPANDED
    assert r1.attention_flops_per_cached_token(decode=True) == _ABSORBED


def test_prompt_flops_absorbed_after_the_first_chunk():
    r1 = find_model("deepseek-r1")
    # one chunk (8192 <= 8192): no cached prefix, expanded throughout: 61 x 8192^2 / 2 x 81,920
    assert prompt_attention_flops(r1, 8192, 8192, True) == 61 * 33_554_432 * _EXPANDED
    # two chunks of 8192: the first expanded (33,554,432 pairs), the second's 100,663,296 pairs absorbed
    # ((16384^2 - 8192^2) / 2 = (268,435,456 - 67,108,864) / 2)
    two = 61 * (33_554_432 * _EXPANDED + 100_663_296 * _ABSORBED)
    assert prompt_attention_flops(r1, 16384, 8192, True) == pytest.approx(two, rel=1e-12)
    assert prompt_attention_flops(r1, 16384, 8192, False) == 61 * 134_217_728 * _EXPANDED
    # 30000 tokens at 8192: 2.249e15 expanded, 7.243e15 with the later chunks absorbed
    assert prompt_attention_flops(r1, 30000, 8192, False) == pytest.approx(2.249e15, rel=1e-3)
    assert prompt_attention_flops(r1, 30000, 8192, True) == pytest.approx(7.243e15, rel=1e-3)


def test_gqa_models_have_one_form():
    llama = find_model("llama-3.1-70b")  # 80 layers, 64 heads of 128: 4 x 64 x 128 = 32,768 per pair
    flops = 80 * 30000**2 / 2 * 32_768
    assert prompt_attention_flops(llama, 30000, 8192, True) == flops
    assert prompt_attention_flops(llama, 30000, 8192, False) == flops


def test_rule_is_sglang_before_fa3_by_default_on_mla_models():
    r1, llama = find_model("deepseek-r1"), find_model("llama-3.1-70b")
    assert sglang_release("SGLang 0.4.5.post3, 'python -m sglang.launch_server'") == (0, 4, 5, 3)
    assert sglang_release("SGLang v0.4.1, 'python3 -m sglang.launch_server'") == (0, 4, 1, 0)
    assert sglang_release("vLLM 0.8.4 (V1)") is None
    assert absorbs_extend(r1, "SGLang 0.4.5, TP 8 + EP 8, torch.compile (bs <= 8), radix cache off")
    assert absorbs_extend(r1, "SGLang v0.4.1, 'python3 -m sglang.launch_server --tp 8'")
    assert absorbs_extend(r1, "SGLang 0.4.2.post4 (ROCm, rocm/sglang-staging:20250212)")
    assert not absorbs_extend(r1, "SGLang 0.4.5.post3, 'python -m sglang.launch_server'")  # FA3 default (#5210)
    assert not absorbs_extend(r1, "SGLang v0.5.7 (InferenceX dsr1-fp8-h200-sglang)")
    assert not absorbs_extend(r1, "SGLang (lmsysorg/sglang:v0.5.19-rocm700-mi30x)")  # no stated release
    assert not absorbs_extend(r1, "vLLM 0.8.4 (V1), TP 8 + expert parallel")
    assert not absorbs_extend(r1, "TensorRT-LLM main (mid-April 2025), PyTorch backend")
    assert not absorbs_extend(llama, "SGLang 0.4.5")
    eff = with_engine_terms(Efficiency(), r1, "SGLang 0.4.5, TP 8 + EP 8", find_gpu("h200"), "fp8")
    assert eff.mla_absorbed_extend and not eff.mla_context_reexpand
    assert not with_engine_terms(Efficiency(), r1, "SGLang v0.5.7", find_gpu("h200"), "fp8").mla_absorbed_extend


def test_steps_prefills_and_waves_pay_the_absorbed_pairs_at_the_bf16_rate():
    dep = Deployment(model=find_model("deepseek-r1"), gpu=find_gpu("h200"), tp=8, weight_dtype="fp8")
    off = Efficiency(prefill_chunk_tokens=8192)
    on = off.model_copy(update={"mla_absorbed_extend": True})
    rate = 8 * find_gpu("h200").flops("bf16") * 0.5  # 16-bit cache: BF16 tensor rate, mfu 0.5
    # 8192 prefill tokens of 30000-token prompts carry 8192 / 30000 of one prompt's pairs
    extra = 8192 / 30000 * (7.243e15 - 2.249e15) / rate
    gap = attention_s(dep, on, 8, 3000, 8192, 30000) - attention_s(dep, off, 8, 3000, 8192, 30000)
    assert gap == pytest.approx(extra, rel=2e-3)
    assert prefill_time(dep, on, 30000) - prefill_time(dep, off, 30000) == pytest.approx(
        (7.243e15 - 2.249e15) / rate, rel=2e-3
    )
    assert prefill_time(dep, on, 8000) == prefill_time(dep, off, 8000)  # one chunk
    assert static_batch_tokens_per_s(dep, on, 4, 30000, 100) < static_batch_tokens_per_s(dep, off, 4, 30000, 100)
    assert static_batch_tokens_per_s(dep, on, 4, 8000, 100) == static_batch_tokens_per_s(dep, off, 4, 8000, 100)
