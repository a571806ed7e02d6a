"""Weight-streaming bandwidth of a Hopper GPU without fit rows, from the two Hopper GPUs that have them.

A GPU with no published fit rows used to borrow its generation's fitted *share* of datasheet bandwidth
(`efficiency.GENERATION_DEFAULT`: H100 SXM's 0.717 for every Hopper part). The two fitted Hopper parts
say a constant share does not carry over: H100 SXM reaches 0.717 x 3.35 = 2.40 TB/s and H200, the same
132-SM die with 43 % more datasheet bandwidth (4.8 TB/s), 0.594 x 4.8 = 2.85 TB/s, only 19 % more. Part
of a decode GEMM's time per byte does not shrink with the memory system's bandwidth (the latency of
the loads a kernel keeps in flight, its prologue and tail), part does. Written as seconds per byte,

    1 / achieved = a / W + b          (W = datasheet bandwidth; a, b from the two fitted parts)

`a` and `b` come from `fitted.py`'s H100-SXM and H200 `memory` factors (fitted on fit rows only by
`calibrate.py`) and the catalogue's bandwidths; nothing here is fitted to a held-out row. A Hopper
part without fit rows (H100 PCIe at 2.0 TB/s, H100 NVL at 3.9) gets achieved / W as its `memory`
factor, capped at the share a plain streaming read reaches on Hopper HBM, 0.90 (3614.60 of 4000 GB/s,
"Memory Bandwidth ( coalesced read )" of OpenCL-Benchmark on a GH200 96 GB, mredenti/PowerCapping
configuration/OpenCL_benchmark.md). With two anchors the form is an assumption, and for the H100 PCIe
it is an extrapolation below them (said in the validation text); Blackwell, also borrowing H100 SXM's
factors, is not covered (different memory system, one row).

Motivated by held-out K (seen): Massed Compute's H100 PCIe runs, 8B-32B dense at concurrency 1-32
predicted 10-19 % too slow at H100 SXM's 0.717 share.
"""

from __future__ import annotations

from benchmarks.sizing.catalogue_gpus import GPUS
from benchmarks.sizing.fitted import FITTED
from benchmarks.sizing.specs import GpuSpec

ANCHORS = ("H100-SXM", "H200")
STREAMING_CEILING = 3614.60 / 4000.0  # GH200 OpenCL coalesced read / datasheet


def _anchor(name: str) -> tuple[float, float]:
    """(datasheet TB/s, fitted achieved TB/s) of a fitted GPU."""
    spec = next(gpu for gpu in GPUS if gpu.name == name)
    return spec.bandwidth_tb_s, FITTED[name]["memory"] * spec.bandwidth_tb_s


def curve(anchors: tuple[str, str] = ANCHORS) -> tuple[float, float]:
    """(a, b) of 1 / achieved = a / W + b through the two anchors (TB/s)."""
    (w1, r1), (w2, r2) = (_anchor(name) for name in anchors)
    a = (1 / r1 - 1 / r2) / (1 / w1 - 1 / w2)
    return a, 1 / r1 - a / w1


def hopper_memory_share(bandwidth_tb_s: float) -> float:
    """The `memory` factor the curve gives a Hopper part of `bandwidth_tb_s` datasheet bandwidth."""
    a, b = curve()
    achieved = 1.0 / (a / bandwidth_tb_s + b)
    return min(achieved / bandwidth_tb_s, STREAMING_CEILING)


def borrows_hopper_curve(gpu: GpuSpec) -> bool:
    """Whether `gpu` is a Hopper part without fit rows of its own (the curve replaces the borrowed share)."""
    return gpu.generation == "hopper" and gpu.name not in FITTED


__all__ = ["STREAMING_CEILING", "borrows_hopper_curve", "curve", "hopper_memory_share"]
