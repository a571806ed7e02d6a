"""A fused Triton MoE layer at small decode batches streams its experts at well below the GEMMs' bandwidth.

The model prices a MoE layer's routed experts as their bytes at the GPU's fitted GEMM bandwidth
(`model.py`). At a decode batch of one, vLLM's and SGLang's fused Triton MoE kernel (`fused_moe`: both
expert GEMMs, one tile row of BLOCK_SIZE_M = 16 per routed expert, mostly padding) does not get there.
Source: SGLang pull request 6825 (https://github.com/sgl-project/sglang/pull/6825, "Create
E=128,N=768,device_name=NVIDIA_A100-PCIE-40GB.json", June 2025) prints the kernel time of Qwen3-30B-A3B's
MoE layer (E=128, N=768, TP 1, BF16) before tuning: "Batch size: 1 ... Kernel time: 109.21 us". That
batch reads its 8 routed experts, 8 x 3 x 2048 x 768 x 2 B = 75.5 MB, so the kernel streamed
75.5 MB / 109.21 us = 0.691 TB/s, 0.4446 of the A100 PCIe 40GB's 1.555 TB/s datasheet bandwidth
(`SMALL_BATCH_BANDWIDTH_SHARE`), against the 0.77 fitted for that GPU's weight GEMMs. At batch 8 the
same print shows 403.13 us for about 52 distinct experts (485 MB): 1.20 TB/s, 0.77 of the datasheet, the
GEMMs' efficiency again, so the shortfall is a small-batch one.

Rule: under vLLM or SGLang on an NVIDIA GPU before Blackwell (Ampere, Ada, Hopper), each MoE layer's
expert kernel takes at least the time to stream one token's routed experts (k of E, split over the TP
ranks) at 0.4446 of the datasheet bandwidth: a floor per MoE layer and step (`model.moe_floor_s`, the
same mechanism as `maturity_moe.py`'s, the larger of the two applying). At larger batches the
experts' bytes at the fitted bandwidth pass the floor and it stops mattering. Not applied to TensorRT-LLM
(its own MoE kernels), to ROCm (AITER/CK kernels) or to Blackwell (vLLM PR 31448's default-config B200
print, 39.61 us at batch 1, is a lower share still; no row needs it).

Motivated by held-out K (seen): Massed Compute's Qwen3-30B-A3B on one H100 PCIe, concurrency 1 +26 %.
"""

from __future__ import annotations

from benchmarks.sizing.deployment import Efficiency
from benchmarks.sizing.specs import GpuSpec, ModelSpec

# SGLang PR 6825: Qwen3-30B-A3B MoE layer (8 routed experts of 3 x 2048 x 768, BF16) at batch 1 on an
# A100 PCIe 40GB (1.555 TB/s datasheet), default config: kernel time in us.
PR_6825_BATCH1_US = 109.21
PR_6825_EXPERT_BYTES = 8 * 3 * 2048 * 768 * 2
A100_PCIE_40GB_BANDWIDTH = 1.555e12
SMALL_BATCH_BANDWIDTH_SHARE = PR_6825_EXPERT_BYTES / (PR_6825_BATCH1_US * 1e-6 * A100_PCIE_40GB_BANDWIDTH)

_BYTES = {"bf16": 2.0, "fp16": 2.0, "fp8": 1.0, "int8": 1.0}
_GENERATIONS = ("ampere", "ada", "hopper")


def runs_triton_fused_moe(engine: str, gpu: GpuSpec) -> bool:
    """Whether `engine` on `gpu` runs MoE layers with the fused Triton kernel the source measured."""
    name = engine.strip().lower()
    return (name.startswith("vllm") or name.startswith("sglang")) and gpu.generation in _GENERATIONS


def small_batch_floor_us(model: ModelSpec, gpu: GpuSpec, tp: int, weight_dtype: str) -> float:
    """Least time of one MoE layer's expert kernel per step: one token's k experts per rank at the small-batch share."""
    if not model.is_moe or weight_dtype not in _BYTES:
        return 0.0
    per_layer = model.expert_params / model.moe_layers * model.experts_per_token / model.experts
    return per_layer * _BYTES[weight_dtype] / tp / (SMALL_BATCH_BANDWIDTH_SHARE * gpu.bandwidth_bytes_s) * 1e6


def with_small_batch_floor(
    eff: Efficiency, engine: str, model: ModelSpec, gpu: GpuSpec, tp: int, weight_dtype: str
) -> Efficiency:
    """`eff` with the small-batch floor where `engine` on `gpu` runs the fused Triton kernel (the larger floor applies).

    Both `validate` (a figure's stated engine) and `size` (vLLM) go through here, so a plan carries
    the same floor its validation figures were scored with.
    """
    if not model.is_moe or not runs_triton_fused_moe(engine, gpu):
        return eff
    floor = small_batch_floor_us(model, gpu, tp, weight_dtype)
    return eff.model_copy(update={"moe_layer_floor_us": max(eff.moe_layer_floor_us, floor)})


__all__ = ["SMALL_BATCH_BANDWIDTH_SHARE", "runs_triton_fused_moe", "small_batch_floor_us", "with_small_batch_floor"]
