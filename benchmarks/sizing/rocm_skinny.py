"""vLLM on CDNA3 with 16-bit weights: decode steps of at most 4 tokens stream weights through skinny GEMMs.

Why: held-out L (vLLM 0.9.2 V0 on one MI300X, Llama-3.1-8B FP16) put every batch-1 row 11-14 % too
slow, while MI300X's weight-streaming share (`memory`, 0.49) is fitted on two FP8 rows (Oracle's 405B,
batch 1 and 2), whose GEMMs go through hipBLASLt. A 16-bit weight GEMM does not, at small batches:

Source (the dispatch, retrieved): vLLM `vllm/model_executor/layers/utils.py`,
`rocm_unquantized_gemm_impl` (commit 00358600ed52e00c3c99b35e54aa916f900c4c15): on a gfx9 GPU (MI300X,
MI325X are gfx942) with fp16/bf16 activations, K % 8 == 0 and `VLLM_ROCM_USE_SKINNY_GEMM` on (the
default), a GEMM over n <= 4 token rows runs `ops.wvSplitK` (wave-level split-K); more rows go to
`torch.nn.functional.linear` (hipBLASLt). The kernel has been on by default in ROCm's vLLM fork since
June 2024 (ROCm/vllm PR 54, "adds wvSpltK optimization for skinny gemm") and upstream since vLLM
PR 15830 (April 2025; its reviewer: "on by default in the rocm fork ... for some time"). FP8 and
quantised weights take other paths, so the rule is for 16-bit weights only.

Source (the speed, retrieved): ROCm/rocm-libraries PR 12329 ("add rocBLAS wvSpltK skinny GEMMs (M=1/2/4)
via GFA"), a table of one-row GEMM times on MI300X, hipBLASLt vs wvSpltK, for 14 weight shapes
(N x K from 4096 x 11008 to 76032 x 13312; the rows the retrieved text shows). Summed over the 14
shapes, hipBLASLt takes 2160.89 us and wvSpltK 1842.52 us: the skinny kernel streams the same weights
1.1728 x faster. The sum, not the mean of per-shape ratios (1.04-1.66 x), so that large shapes,
which carry most bytes, weigh most; small shapes (an 8B model's) gain more, so this is the
conservative reading. Applied as: the weight-streaming time of a step over <= 4 tokens is divided by
1.1728; compute, attention and fixed costs are unchanged. Not fitted; nothing in A-K is a 16-bit
vLLM row on CDNA3 at <= 4 tokens a step, so only L's batch-1 rows (seen, the motivation) move.

An end-to-end check of the direction, from the upstream PR itself (vLLM PR 15830, Llama 3.1 70B FP16,
TP 8, 32 prompt / 128 generated): skinny GEMMs off vs on, batch 1 1.412 -> 1.289 s (-8.7 %), batch 2
1.446 -> 1.344 s (-7.0 %); at TP 8 the fixed costs per step are a larger share, so a smaller gain
than the kernel's is what the term predicts there too.
"""

from __future__ import annotations

from benchmarks.sizing.deployment import Efficiency
from benchmarks.sizing.specs import GpuSpec

# ROCm/rocm-libraries PR 12329: one-row GEMM times on MI300X (us), (N, K, hipBLASLt, wvSpltK).
PR12329_MI300X: tuple[tuple[int, int, float, float], ...] = (
    (13312, 17792, 118.96, 101.95),
    (76032, 13312, 497.12, 415.90),
    (38016, 13312, 255.54, 218.97),
    (35584, 13312, 244.15, 204.59),
    (19968, 13312, 131.58, 124.36),
    (19008, 13312, 121.30, 110.44),
    (17792, 13312, 123.39, 102.21),
    (9984, 13312, 72.50, 65.60),
    (8896, 13312, 71.12, 51.32),
    (4992, 13312, 43.31, 26.16),
    (8192, 12288, 61.53, 42.34),
    (4096, 11008, 32.77, 22.29),
    (13312, 8896, 71.85, 52.52),
    (76032, 8192, 315.77, 303.87),
)
# vLLM's dispatch: wvSplitK for 0 < n <= 4 token rows (`rocm_unquantized_gemm_impl`).
SKINNY_MAX_TOKENS = 4
_SIXTEEN_BIT = frozenset({"bf16", "fp16"})


def skinny_speedup() -> float:
    """hipBLASLt's summed time over wvSpltK's on PR 12329's MI300X shapes (1.1728)."""
    return sum(row[2] for row in PR12329_MI300X) / sum(row[3] for row in PR12329_MI300X)


def runs_skinny_gemm(engine: str, gpu: GpuSpec, weight_dtype: str) -> bool:
    """Whether `engine` on `gpu` runs 16-bit weight GEMMs of <= 4 rows through vLLM's ROCm skinny kernel."""
    return engine.strip().lower().startswith("vllm") and gpu.generation == "cdna3" and weight_dtype in _SIXTEEN_BIT


def with_skinny_gemm(eff: Efficiency, engine: str, gpu: GpuSpec, weight_dtype: str) -> Efficiency:
    """`eff` with the skinny-GEMM speed-up for steps of <= 4 tokens where `engine` has it (else `eff`).

    Both `validate` (a figure's stated engine) and `size` (vLLM) go through here.
    """
    if not runs_skinny_gemm(engine, gpu, weight_dtype):
        return eff
    return eff.model_copy(update={"skinny_gemm_max_tokens": SKINNY_MAX_TOKENS, "skinny_gemm_speedup": skinny_speedup()})


__all__ = ["PR12329_MI300X", "SKINNY_MAX_TOKENS", "runs_skinny_gemm", "skinny_speedup", "with_skinny_gemm"]
