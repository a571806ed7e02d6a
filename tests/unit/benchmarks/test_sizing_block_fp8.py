"""Block-scaled FP8 checkpoints on Hopper (block_fp8.py), checked by hand."""

from __future__ import annotations

import pytest

from benchmarks.sizing.block_fp8 import BLOCK_FP8_OF_BF16, block_scaled_fp8, weight_gemm_flops
from benchmarks.sizing.catalogue import find_gpu, find_model
from benchmarks.sizing.model import Deployment, Efficiency, matmul_s


def _dep(model: str, gpu: str, dtype: str = "fp8") -> Deployment:
    return Deployment(model=find_model(model), gpu=find_gpu(gpu), weight_dtype=dtype)


def test_rate_is_vllm_pr_23280s_cutlass_over_bf16():
    # H100, N=2112 K=7168, batch 8192: 489.655688 / 666.385367 TFLOP/s = 0.7348
    assert BLOCK_FP8_OF_BF16 == pytest.approx(0.7348, abs=1e-4)


@pytest.mark.parametrize(
    ("model", "gpu", "dtype", "block"),
    [
        ("Qwen3-14B", "h100-sxm", "fp8", True),
        ("Qwen3-235B-A22B", "h200", "fp8", True),
        ("DeepSeek-R1", "h200", "fp8", True),
        ("Qwen3-14B", "h100-sxm", "bf16", False),  # not quantised
        ("Qwen3-14B", "b200", "fp8", False),  # Blackwell: no source here
        ("Qwen3-14B", "mi300x", "fp8", False),  # CDNA3: no source here
        ("llama-3.1-70b", "h100-sxm", "fp8", False),  # per-tensor / per-channel checkpoints keep the FP8 rate
    ],
)
def test_which_checkpoints_are_block_scaled(model, gpu, dtype, block):
    assert block_scaled_fp8(_dep(model, gpu, dtype)) is block


def test_h100_block_fp8_rate_by_hand():
    # H100 SXM: 989 dense BF16 TFLOP/s x 0.7348 = 726.7 TFLOP/s, against the 1979 FP8 peak
    h100 = find_gpu("h100-sxm")
    assert weight_gemm_flops(_dep("Qwen3-14B", "h100-sxm")) == pytest.approx(
        h100.bf16_tflops * 1e12 * 0.73479, rel=1e-4
    )
    assert weight_gemm_flops(_dep("llama-3.1-70b", "h100-sxm")) == h100.fp8_tflops * 1e12


def test_prefill_matmuls_take_longer_by_the_peak_ratio():
    # compute-bound prefill body: time scales with 1 / rate, so block FP8 takes fp8 peak / (bf16 peak x 0.7348)
    eff = Efficiency()
    block, plain = _dep("Qwen3-14B", "h100-sxm"), _dep("Qwen3-14B", "h100-sxm")
    gpu = block.gpu
    ratio = gpu.fp8_tflops / (gpu.bf16_tflops * BLOCK_FP8_OF_BF16)
    m = block.model
    body = m.active_params - m.embedding_params - m.unquantised_params
    tokens = 8192.0
    body_block = tokens * 2 * body / (gpu.bf16_tflops * 1e12 * BLOCK_FP8_OF_BF16 * eff.mfu)
    body_fp8 = tokens * 2 * body / (gpu.fp8_tflops * 1e12 * eff.mfu)
    assert body_block / body_fp8 == pytest.approx(ratio)
    # the rest of matmul_s (LM head at the BF16 rate) is the same in both
    assert matmul_s(block, eff, tokens, 0) - body_block == pytest.approx(
        matmul_s(plain.model_copy(update={"gpu": gpu.model_copy(update={"generation": "other"})}), eff, tokens, 0)
        - body_fp8
    )
