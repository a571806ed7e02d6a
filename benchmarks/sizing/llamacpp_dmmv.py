"""llama.cpp's CUDA F16 batch-1 decode before PR 9816: weights stream at a per-SM rate, not a share of bandwidth.

Why: held-out M (llama.cpp builds 2824-2843, May 2024, Llama-3-8B F16, batch 1, seven GPUs, scored
blind at 31.4 %) was predicted 42-71 % too fast on the HBM parts and 4-23 % too slow on the GDDR
parts. A fixed per-token cost was checked first and does not fit that shape: the time per token
left after streaming 16.06 GB at datasheet bandwidth is ~10.8 ms on A100 SXM4 and ~9.9 ms on A100
PCIe but 2.4 ms on the RTX 6000 Ada and 4.3 ms on the L40S, and the A100 PCIe (1.935 TB/s) decodes
as fast as the SXM4 part (2.039 TB/s): 54.84 against 53.49 t/s at tg 512. What the HBM parts share
is the same SM count and clock (A100: 108 SMs at 1.41 GHz either way).

Source (the mechanism, retrieved): llama.cpp issue 9817 ("Optimization of matrix-vector kernel memory
accesses for NVIDIA CUDA High Bandwidth GPUs", October 2024): "the memory throughput of the matrix
vector CUDA kernels is already a high percentage of peak on GDDR GPUs, [but there is] large room for
improvement on High Bandwidth Memory (HBM) GPUs"; PR 9816 ("Vectorize load instructions in dmmv f16
CUDA kernel") replaced the F16 `dequantize_mul_mat_vec` kernel's scalar loads with vector loads:
1.27x overall and 1.33x in the kernel for Meta-Llama-3-8B-Instruct F16 at batch 1 on H100 SXM, 1.01x
on GDDR GPUs. Its reviewer (JohannesGaessler): the dmmv kernels "are quite poorly written"; PR 10318
(November 2024) then removed them. A kernel whose loads are issued one 16-bit value per thread is
bounded by what each SM can keep in flight, so its rate scales with SMs x clock, and where that
bound is below the memory system's (every HBM part here) the datasheet bandwidth does not matter.

Applied as: for a llama.cpp CUDA build numbered below `DMMV_VECTOR_BUILD` (PR 9816 was merged in
October 2024, after build ~3900; M's builds are months earlier) with 16-bit weights, the weight-
streaming share is capped at `DMMV_BYTES_PER_SM_CYCLE` x SMs x boost clock / bandwidth. The rest of
the step (attention, fixed costs) is unchanged.

The constant is NOT from a source: 5.4 B per SM per cycle is calibrated on seen set M's three HBM
GPUs (the share that reproduces each tg 512 row, times bandwidth, over SMs x clock: A100 SXM4 5.40,
A100 PCIe 5.54, H100 PCIe 5.26), so M's error after this term is not a held-out measurement. The
evidence for the mechanism is that one value describes three GPUs whose datasheet bandwidth per
SM-cycle differs by a third (13.4, 12.7, 10.0 B), and that it leaves the GDDR parts unbounded
(the cap is 2.2x / 2.0x their bandwidth on L40S / RTX 6000 Ada, 1.1x on A40 / RTX A6000), as the issue
states. On H100 SXM the cap is 1.41 TB/s (42 % of 3.35 TB/s); PR 9816's 1.33x kernel gain would put the
vectorised kernel at ~56 %, which no row here checks.
"""

from __future__ import annotations

import re

from benchmarks.sizing.specs import GpuSpec

DMMV_BYTES_PER_SM_CYCLE = 5.4
# First build with PR 9816's vector loads, rounded down (merged October 2024, builds ~b3900):
# builds below it run the scalar-load kernel; M's builds (2824-2843) are far from the boundary.
DMMV_VECTOR_BUILD = 3900

# (SMs, boost clock GHz) from NVIDIA's architecture whitepapers and datasheets: A100 whitepaper
# (108 SMs, 1410 MHz, SXM4 and PCIe), H100 whitepaper (SXM5 132 SMs at 1980 MHz, PCIe 114 at 1755),
# H200 (GH100 as the H100 SXM), GA102 whitepaper / A40, RTX A6000 datasheets (84 SMs; 1740 and
# 1800 MHz), A10 datasheet (72 SMs, 1695 MHz), Ada whitepaper / L40S, L40, RTX 6000 Ada, L4
# datasheets (142 SMs at 2520, 2490, 2505 MHz; L4 58 SMs at 2040 MHz).
SM_CLOCK: dict[str, tuple[int, float]] = {
    "A100-80GB": (108, 1.41),
    "A100-40GB": (108, 1.41),
    "A100-PCIe-80GB": (108, 1.41),
    "H100-SXM": (132, 1.98),
    "H100-PCIe": (114, 1.755),
    "H200": (132, 1.98),
    "A10": (72, 1.695),
    "A40": (84, 1.74),
    "RTX-A6000": (84, 1.80),
    "L40S": (142, 2.52),
    "L40": (142, 2.49),
    "RTX-6000-Ada": (142, 2.505),
    "L4": (58, 2.04),
}
_SIXTEEN_BIT = frozenset({"fp16", "bf16"})
_BUILD = re.compile(r"\bbuild\s+[0-9a-f]+\s*\((\d+)\)", re.IGNORECASE)


def llamacpp_build(engine: str) -> int | None:
    """The build number an engine name states ("llama.cpp build befddd0f (2834)" -> 2834); None otherwise."""
    if not engine.strip().lower().startswith("llama.cpp"):
        return None
    found = _BUILD.search(engine)
    return int(found.group(1)) if found else None


def runs_scalar_dmmv(engine: str, weight_dtype: str) -> bool:
    """Whether `engine` is a llama.cpp build before PR 9816 decoding 16-bit weights (the scalar-load kernel)."""
    build = llamacpp_build(engine)
    return build is not None and build < DMMV_VECTOR_BUILD and weight_dtype in _SIXTEEN_BIT


def dmmv_bytes_s(gpu: GpuSpec) -> float | None:
    """The scalar-load kernel's weight-streaming ceiling on `gpu`, bytes/s; None for a GPU without SM figures."""
    if gpu.name not in SM_CLOCK:
        return None
    sms, ghz = SM_CLOCK[gpu.name]
    return DMMV_BYTES_PER_SM_CYCLE * sms * ghz * 1e9


def dmmv_memory_share(share: float, engine: str, gpu: GpuSpec, weight_dtype: str) -> float:
    """`share` (the fitted weight-streaming fraction of bandwidth), capped by the scalar-load ceiling where due."""
    if not runs_scalar_dmmv(engine, weight_dtype):
        return share
    ceiling = dmmv_bytes_s(gpu)
    if ceiling is None:
        return share
    return min(share, ceiling / gpu.bandwidth_bytes_s)


__all__ = [
    "DMMV_BYTES_PER_SM_CYCLE",
    "DMMV_VECTOR_BUILD",
    "SM_CLOCK",
    "dmmv_bytes_s",
    "dmmv_memory_share",
    "llamacpp_build",
    "runs_scalar_dmmv",
]
