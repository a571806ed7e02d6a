"""Achieved efficiency per GPU: what fraction of the datasheet an optimised engine reaches.

One constant for every GPU was too coarse (the issue measured H200 over-predicted by
17-37 % at the old 70 % of datasheet bandwidth). Each GPU that has published
measurements in the fit rows of `published.py` gets its own factors, fitted by
`calibrate.py` and written to `fitted.py` (generated; the fit's error per GPU is there
too). A GPU without fit rows takes its generation's values (Hopper for H100 PCIe/NVL, whose
weight-streaming share comes from the two fitted Hopper parts' bandwidth curve, `bandwidth_curve.py`;
Ampere for A10/A40/RTX A6000, Ada for L4/L40/RTX 6000 Ada, Hopper's for Blackwell), and
`basis` says so, so a plan never hides that its GPU was not validated.

Parameters (see `model.py` for where each enters):
    memory              fraction of datasheet HBM/GDDR bandwidth the weight GEMMs stream at
    attention_memory    fraction the decode attention kernels reach reading the paged KV cache
    mfu                 fraction of dense tensor peak matmuls achieve (prefill, large batch)
    link                fraction of the interconnect's one-direction bandwidth an all-reduce achieves
    allreduce_latency_us  fixed cost of one all-reduce (plus 2 (TP-1) hops from the catalogue)
    step_overhead_us    fixed cost per engine step (scheduler, sampling, launch); shared by all GPUs
    layer_overhead_us   fixed cost per layer per step (kernel launch/tail; small batches feel it)
    sequence_overhead_us  cost per running sequence per step (sampling, bookkeeping); shared
    attention_overhead_ns decode attention's work per sequence per layer on every rank; shared
    moe                 grouped expert GEMMs' efficiency relative to mfu; shared
    roof_exponent       p of the rounded GEMM roofline (t_mem^p + t_cmp^p)^(1/p); shared
    vllm_step_overhead_us  vLLM's extra cost per step (Python scheduler, input preparation,
                        sampler) on top of step_overhead_us; shared. Without it the single-stream
                        vLLM rows were explained by a low bandwidth efficiency, which then made
                        TensorRT-LLM's large-batch rows on the same GPU too slow.
"""

from __future__ import annotations

import re

from benchmarks.sizing.bandwidth_curve import borrows_hopper_curve, hopper_memory_share
from benchmarks.sizing.catalogue import find_gpu
from benchmarks.sizing.eager_host import V1_EAGER_HOST_LAYER_US, v1_engine
from benchmarks.sizing.fitted import FITTED, GLOBAL
from benchmarks.sizing.graph_cap import graph_max_batch
from benchmarks.sizing.maturity import v0_eager_fallback
from benchmarks.sizing.model import Efficiency
from benchmarks.sizing.specs import GpuSpec

# A GPU with no published rows borrows the fitted values of the closest GPU of its generation.
GENERATION_DEFAULT = {
    "hopper": "H100-SXM",
    "blackwell": "H100-SXM",
    "ampere": "A100-80GB",
    "ada": "L40S",
    "cdna3": "MI300X",
}
_FALLBACK = "H100-SXM"

# The one fitted GDDR part. A GDDR GPU whose generation default is an HBM part (A10, A40, RTX A6000
# borrow the A100) takes its memory shares from here instead (round 12, motivated by held-out M:
# A40 and RTX A6000 under llama.cpp stream 73-81 % of datasheet bandwidth, where the A100's HBM2e
# share is 62 %; llama.cpp issue 9817: matrix-vector kernels reach "a high percentage of peak on GDDR
# GPUs"). Weight streaming is a property of the memory system more than of the SM generation; the
# matrix rate and fixed costs stay the generation's.
GDDR_DEFAULT = "L40S"
_MEMORY_KEYS = ("memory", "attention_memory")


def is_gddr(gpu: GpuSpec) -> bool:
    """Whether the catalogue describes `gpu`'s memory as GDDR (its notes name the memory first: "GDDR6, 300 W")."""
    return gpu.notes.strip().upper().startswith("GDDR")


def memory_source(gpu: GpuSpec) -> str:
    """Which GPU's fitted memory shares `efficiency_for` uses for `gpu` (differs from `efficiency_source` for
    a GDDR part without fit rows whose generation default is an HBM part)."""
    source = efficiency_source(gpu)
    if source != gpu.name and is_gddr(gpu) and not is_gddr(find_gpu(source)):
        return GDDR_DEFAULT
    return source


def efficiency_source(gpu: GpuSpec) -> str:
    """Which GPU's fitted factors `efficiency_for` uses for `gpu`."""
    if gpu.name in FITTED:
        return gpu.name
    return GENERATION_DEFAULT.get(gpu.generation, _FALLBACK)


ENGINE_KEYS = ("vllm_step_overhead_us",)

# Launch cost per layer per step of a decode step run eagerly instead of replayed as a CUDA graph:
# vLLM PR 1440 (https://github.com/vllm-project/vllm/pull/1440, the prototype of vLLM's CUDA-graph
# decode) measured Llama 2 7B (32 layers, no TP) at ~1.2 s eager vs ~1.05 s with a graph for 100
# output tokens: 0.15 s / 100 steps / 32 layers = 47 us per layer. Not fitted; applied by rule to
# engines whose stated flags turn graphs off (`--enforce-eager`, SGLang's `--disable-cuda-graph`), on top
# of the fitted layer overhead; vLLM V1 releases run eagerly are host-bound instead (`eager_host.py`).
EAGER_LAYER_OVERHEAD_US = 0.15 / 100 / 32 * 1e6


# A flag named, not followed by "=False" / "=0" (an engine name may state the flag's value either way:
# Qwen's speed benchmark writes "enforce_eager=False" for its graph-on runs).
_EAGER_FLAG = re.compile(r"(enforce[-_]eager|disable[-_]cuda[-_]graph)(?!\s*[=:]\s*(false|0)\b)", re.IGNORECASE)


def runs_eager(engine: str) -> bool:
    """Whether `engine`'s stated flags turn CUDA/HIP graphs off (vLLM --enforce-eager, SGLang --disable-cuda-graph)."""
    return _EAGER_FLAG.search(engine) is not None


def mixes_prefill(engine: str) -> bool:
    """Whether `engine` prefills arriving prompts in the running batch's decode step.

    SGLang runs a prefill batch as a forward pass of its own unless launched with --enable-mixed-chunk
    (`enable_mixed_chunk: bool = False` in `python/sglang/srt/server_args.py` from 0.3 on; the flag's help:
    "Enabling mixing prefill and decode in a batch when using chunked prefill"); vLLM's chunked prefill
    and TensorRT-LLM's in-flight batching put them in one step.
    """
    name = engine.strip().lower()
    return not name.startswith("sglang") or "enable-mixed-chunk" in name or "enable_mixed_chunk" in name


def runs_python_scheduler(engine: str) -> bool:
    """Whether `engine` (a name as `published.Engine.name` writes it) is vLLM, whose scheduler runs in Python."""
    return engine.strip().lower().startswith("vllm")


def engine_values(shared: dict[str, float], engine: str) -> dict[str, float]:
    """The shared factors as `Efficiency` fields for `engine`: the vLLM step overhead applies to vLLM only."""
    values = {key: value for key, value in shared.items() if key not in ENGINE_KEYS}
    values["engine_step_overhead_us"] = (
        shared.get("vllm_step_overhead_us", 0.0) if runs_python_scheduler(engine) else 0.0
    )
    return values


def efficiency_for(gpu: GpuSpec, *, engine: str = "vLLM", context: float = 0.0, **overrides: float | int) -> Efficiency:
    """The fitted efficiency of `gpu` (or of its generation) under `engine`, with any field overridden.

    `size` plans a vLLM deployment (the project's local engine), hence the default. `context`
    (longest sequence) matters only for vLLM V0 releases, which run eagerly past 8192 tokens.
    """
    values: dict[str, float | int] = dict(engine_values(GLOBAL, engine))
    values.update(FITTED[efficiency_source(gpu)])
    values.update({key: FITTED[memory_source(gpu)][key] for key in _MEMORY_KEYS})
    if borrows_hopper_curve(gpu):
        # a Hopper part without fit rows: weight-streaming share from the fitted Hopper parts' curve
        values["memory"] = hopper_memory_share(gpu.bandwidth_tb_s)
    if runs_eager(engine) and v1_engine(engine):
        # vLLM V1 eager: the step lasts at least the host's time to issue it (eager_host.py)
        values["host_layer_us"] = V1_EAGER_HOST_LAYER_US
    elif runs_eager(engine) or v0_eager_fallback(engine, context):
        values["layer_overhead_us"] = values.get("layer_overhead_us", 0.0) + EAGER_LAYER_OVERHEAD_US
    elif (cap := graph_max_batch(engine)) is not None:
        # decode batches above the largest captured graph run eagerly (graph_cap.py)
        values["graph_max_batch"] = cap
        values["ungraphed_layer_us"] = EAGER_LAYER_OVERHEAD_US
    values["mixed_prefill"] = mixes_prefill(engine)
    values.update(overrides)
    return Efficiency.model_validate(values)


def basis(gpu: GpuSpec) -> str:
    """One sentence on where this GPU's efficiency comes from."""
    source = efficiency_source(gpu)
    if source == gpu.name:
        return f"fitted on published {gpu.name} measurements (calibrate.py)"
    curve = ""
    if borrows_hopper_curve(gpu):
        curve = " (weight-streaming share from the fitted Hopper parts' bandwidth curve)"
    elif memory_source(gpu) != source:
        curve = f" (memory shares from {memory_source(gpu)}, the fitted part with the same kind of memory)"
    return (
        f"no published {gpu.name} measurements in the fit set: {source}'s fitted factors{curve} "
        f"({gpu.generation or 'unknown'} generation) are used, so this GPU is not validated"
    )


__all__ = [
    "EAGER_LAYER_OVERHEAD_US",
    "ENGINE_KEYS",
    "GDDR_DEFAULT",
    "GENERATION_DEFAULT",
    "basis",
    "efficiency_for",
    "efficiency_source",
    "engine_values",
    "is_gddr",
    "memory_source",
    "mixes_prefill",
    "runs_eager",
    "runs_python_scheduler",
]
