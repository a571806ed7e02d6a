"""vLLM on CDNA3 (MI300X, MI325X) before ROCm's 2025 GEMM work: weight GEMMs at a lower matrix rate.

Why: every MI300X row run by a 2024 ROCm vLLM build (held-out J's Azure ND MI300X v5 tables in
`rocm/vllm-dev:20241121-tuned`, C's dstack 405B runs on vLLM 0.6.3.dev, G's Argonne runs on vLLM 0.6.1)
was predicted too fast, by an error that grows with the tokens a step carries (J: +33..+62 % at a
thousand sequences, TP 1 and TP 8 alike, so not the all-reduce) while single-stream rows of the
same images stay close: the bytes side of the model holds, the FLOP side does not. MI300X's `mfu`
(0.45) is not fitted (its two fit rows are batch 1 and 2) but taken from a second-hand summary of
"real AI workloads"; the 2024 ROCm stack's FP8 GEMMs reached much less.

Source (retrieved): ROCm/TransformerEngine issue 79 (October 2024,
https://github.com/ROCm/TransformerEngine/issues/79), Llama 3 8B FP8 training under FSDP on 8 GPUs
with the same GEMM library generation (hipBLASLt): 8 x MI300X 474 TFLOP/s per GPU at batch 4 (AMD's
own number with its then-pending PR 66), 8 x H200 897.56 TFLOP/s per GPU at batch 4 (the reporter's).
As fractions of each GPU's dense FP8 peak (2614.9 and 1979 TFLOP/s, `catalogue_gpus.py`) MI300X
reached 0.181 and H200 0.454: MI300X's matrix work ran at 0.400 of H200's efficiency. Training adds
work that inference does not (backward, optimiser, FSDP gathers), so the ratio, not the fraction,
is carried over: the early-ROCm MI300X rate = H200's fitted `mfu` x 0.400 (= 0.237 with the current
fit), in place of the 0.45 above. The ratio is of one workload's model FLOPs, not a GEMM table, and is
applied to every weight GEMM whatever its shape: a coarse term, stated as such.

Which engines: vLLM releases before 0.6.7 (the first version in ROCm's January 2025 image
`rocm/vllm-dev:20250112`, whose blog rows, held-out E, the 0.45 already fits) and ROCm vLLM images
tagged with a 2024 date when the name gives no version. SGLang on CDNA3 has its own term
(`maturity.py`); later vLLM on ROCm keeps the fitted factors. `size` plans today's vLLM, so it is
unaffected.
"""

from __future__ import annotations

import re

from benchmarks.sizing.fitted import FITTED
from benchmarks.sizing.maturity import engine_version
from benchmarks.sizing.specs import GpuSpec

# ROCm/TransformerEngine issue 79: Llama 3 8B FP8 FSDP training, TFLOP/s per GPU at batch 4.
TE79_MI300X_TFLOPS = 474.0
TE79_H200_TFLOPS = 897.56
# Dense FP8 peaks of the two GPUs (the catalogue's datasheet values).
MI300X_FP8_PEAK_TFLOPS = 2614.9
H200_FP8_PEAK_TFLOPS = 1979.0
# First vLLM release of ROCm's 2025 images (rocm/vllm-dev:20250112 carries 0.6.7.dev121).
MATURE_FROM = (0, 6, 7)
_DATED_IMAGE = re.compile(r"rocm/vllm(?:-dev)?:(20\d\d)(\d\d)(\d\d)", re.IGNORECASE)


def relative_matrix_efficiency() -> float:
    """MI300X's fraction of FP8 peak over H200's, in the same FP8 training run (TE issue 79)."""
    return (TE79_MI300X_TFLOPS / MI300X_FP8_PEAK_TFLOPS) / (TE79_H200_TFLOPS / H200_FP8_PEAK_TFLOPS)


def early_cdna3_mfu() -> float:
    """The matrix efficiency of a 2024 ROCm vLLM build: H200's fitted `mfu` x the relative efficiency."""
    return FITTED["H200"]["mfu"] * relative_matrix_efficiency()


def early_rocm_vllm(engine: str) -> bool:
    """Whether `engine` is a vLLM build from before ROCm's 2025 images (by version, else by a dated image tag)."""
    if not engine.strip().lower().startswith("vllm"):
        return False
    stated = engine_version(engine)
    if stated is not None:
        return stated[1] < MATURE_FROM
    dated = _DATED_IMAGE.search(engine)
    return dated is not None and int(dated.group(1)) < 2025


def cdna3_mfu(mfu: float, engine: str, gpu: GpuSpec) -> float:
    """`mfu`, or the early-ROCm rate where `engine` is a 2024 vLLM build on a CDNA3 GPU (whichever is lower)."""
    if gpu.generation != "cdna3" or not early_rocm_vllm(engine):
        return mfu
    return min(mfu, early_cdna3_mfu())


__all__ = [
    "H200_FP8_PEAK_TFLOPS",
    "MATURE_FROM",
    "MI300X_FP8_PEAK_TFLOPS",
    "TE79_H200_TFLOPS",
    "TE79_MI300X_TFLOPS",
    "cdna3_mfu",
    "early_cdna3_mfu",
    "early_rocm_vllm",
    "relative_matrix_efficiency",
]
