"""vLLM's ROCm skinny GEMMs (rocm_skinny.py): hand-computed speed-up, where it applies, what it changes."""

from __future__ import annotations

import pytest

from benchmarks.sizing.catalogue import find_gpu, find_model
from benchmarks.sizing.deployment import Deployment, Efficiency
from benchmarks.sizing.model import step_time, weights_memory_s
from benchmarks.sizing.rocm_skinny import runs_skinny_gemm, skinny_speedup, with_skinny_gemm


def test_speedup_is_the_summed_table_ratio() -> None:
    # PR 12329's 14 MI300X shapes, summed by hand: hipBLASLt 2160.89 us, wvSpltK 1842.52 us
    assert skinny_speedup() == pytest.approx(2160.89 / 1842.52, rel=1e-9)
    assert skinny_speedup() == pytest.approx(1.17279, abs=1e-5)


@pytest.mark.parametrize(
    ("engine", "gpu", "dtype", "expected"),
    [
        ("vLLM v0.9.2 (ROCm)", "MI300X", "fp16", True),
        ("vLLM 0.10.0", "MI325X", "bf16", True),
        ("vLLM 0.10.0", "MI300X", "fp8", False),  # FP8 takes the scaled-mm path
        ("vLLM 0.10.0", "H100-SXM", "bf16", False),  # not gfx9
        ("SGLang v0.4.6", "MI300X", "bf16", False),  # another engine's GEMM dispatch
    ],
)
def test_applies_to_vllm_16_bit_weights_on_cdna3_only(engine: str, gpu: str, dtype: str, expected: bool) -> None:
    assert runs_skinny_gemm(engine, find_gpu(gpu), dtype) is expected


def test_weight_time_divided_only_up_to_four_tokens() -> None:
    gpu = find_gpu("MI300X")
    dep = Deployment(model=find_model("Llama-3.1-8B"), gpu=gpu, tp=1, weight_dtype="fp16", kv_dtype="fp16")
    base = Efficiency(memory=0.5)
    eff = with_skinny_gemm(base, "vLLM", gpu, "fp16")
    assert eff.skinny_gemm_max_tokens == 4
    for tokens in (1, 4):
        assert weights_memory_s(dep, eff, tokens) == pytest.approx(
            weights_memory_s(dep, base, tokens) / skinny_speedup()
        )
    for tokens in (5, 8, 512):  # hipBLASLt above four rows, and prefill
        assert weights_memory_s(dep, eff, tokens) == weights_memory_s(dep, base, tokens)


def test_hand_computed_batch_one_weight_time() -> None:
    # Llama-3.1-8B FP16 (catalogue: 8.03e9 parameters) streams its weights less the input embedding:
    # (8.03e9 - 128256 * 4096) * 2 = 15,009,326,848 B; MI300X 5.3 TB/s at a share of 0.5 -> 5.66390 ms;
    # / 1.17279 -> 4.82942 ms
    gpu = find_gpu("MI300X")
    dep = Deployment(model=find_model("Llama-3.1-8B"), gpu=gpu, tp=1, weight_dtype="fp16", kv_dtype="fp16")
    eff = with_skinny_gemm(Efficiency(memory=0.5), "vLLM", gpu, "fp16")
    read = (find_model("Llama-3.1-8B").params - 128256 * 4096) * 2
    expected = read / (gpu.bandwidth_tb_s * 1e12 * 0.5) / (2160.89 / 1842.52)
    assert expected == pytest.approx(4.82942e-3, rel=1e-5)
    assert step_time(dep, eff, 1, 128).memory_s == pytest.approx(expected, rel=1e-9)
