"""The engine settings `trtllm-bench build --dataset` picks, so TensorRT-LLM figures are predicted as run.

TensorRT-LLM's performance overview builds every engine with `trtllm-bench build --dataset`,
which "uses high-level statistics of the dataset (average ISL/OSL, max sequence length) and
tuning heuristics" to set the engine's maximum batch size and maximum tokens per step. Those
two limits shape what the table measures: the token budget is the chunked-prefill budget of
every step (2048 for 128/2048, not the 8192 a default engine has), and the batch cap bounds
the running batch. The heuristic, from `tensorrt_llm/bench/build/tuning.py`
(`calc_engine_setting`, `finetune_setting`; read at NVIDIA/TensorRT-LLM commit
04cba882084a25665e7f80f5bda71b35b9790b6f, later than v0.17, whose copy was not retrieved):

    engine GiB        = parameters * bytes per weight / 2^30      (FP8: 1, FP16/BF16: 2)
    KV GiB per token  = 2 * L * max(TP, H_kv) * d * bytes per KV element / 2^30
    requests          = 0.95 * (TP * device GiB - engine GiB) / (KV GiB per token * (ISL + OSL))
    raw batch         = min(requests, 4096);  raw tokens = min(raw batch * (1 + ISL / OSL), 32768)
    max batch         = max(64, 32 * ceil(raw / 32)) below 256, 128 * ceil(raw / 128) below 1024,
                        else 256 * ceil(raw / 256)
    max tokens        = max(2048, 256 * ceil(raw / 256)) below 4096, 512 * ceil(raw / 512) below
                        8192, else 1024 * ceil(raw / 1024)

"device GiB" is the memory the driver reports (`GpuSpec.memory_bytes`). The v0.15-era copy of
the same heuristic (the earliest `tuning.py` stored, before NVFP4 was added: `param_count /
1000**3`, the same 0.95 fraction, caps and rounding) gives the same limits within rounding.

An engine is built once and then run on every dataset of a sweep: a harness that builds one
engine from the sweep's largest dataset (Microsoft's AI-benchmarking-guide,
`Benchmarks/NVIDIA/LLMBenchmark.py`: "trtllm-bench build --dataset <the dataset with the largest
input + output>", then "trtllm-bench throughput" on each dataset without a batch option) runs
*every* length with that dataset's limits. A figure whose engine name states "built for the
I/O dataset" gets the limits of I/O, not of its own lengths (`built_for_dataset`).
"""

from __future__ import annotations

import math
import re

from benchmarks.sizing.specs import BYTES_PER_KV_ELEMENT, GpuSpec, ModelSpec

_GIB = 2**30
_FRACTION = 0.95
_MAX_BATCH = 4096
_MAX_TOKENS = 32768
_BYTES_PER_ELEMENT = {"fp8": 1.0, "int8": 1.0}  # everything else is built unquantised (2 bytes)
_BUILT_FOR = re.compile(r"built for the (\d+)/(\d+) dataset", re.IGNORECASE)


def built_for_dataset(engine: str) -> tuple[int, int] | None:
    """(input, output) lengths of the dataset an engine was built from, as its stated name says; else None."""
    match = _BUILT_FOR.search(engine)
    return None if match is None else (int(match.group(1)), int(match.group(2)))


def round_batch(raw: float) -> int:
    """`finetune_setting`'s rounding of the batch cap (optimistic: always up)."""
    if raw < 256:
        return max(64, 32 * math.ceil(raw / 32))
    if raw < 1024:
        return 128 * math.ceil(raw / 128)
    return 256 * math.ceil(raw / 256)


def round_tokens(raw: float) -> int:
    """`finetune_setting`'s rounding of the token budget (at least 2048)."""
    if raw < 4096:
        return max(2048, 256 * math.ceil(raw / 256))
    if raw < 8192:
        return 512 * math.ceil(raw / 512)
    return 1024 * math.ceil(raw / 1024)


def trtllm_bench_settings(
    model: ModelSpec, gpu: GpuSpec, tp: int, weight_dtype: str, kv_dtype: str, isl: int, osl: int
) -> tuple[int, int]:
    """(max batch size, max tokens per step) that `trtllm-bench build` picks for this dataset."""
    engine_gib = model.params * _BYTES_PER_ELEMENT.get(weight_dtype, 2.0) / _GIB
    per_token_gib = 2 * model.layers * max(tp, model.kv_heads) * model.head_dim * BYTES_PER_KV_ELEMENT[kv_dtype] / _GIB
    available = tp * gpu.memory_bytes / _GIB - engine_gib
    requests = max(available * _FRACTION / (per_token_gib * (isl + osl)), 0.0)
    raw_batch = min(requests, _MAX_BATCH)
    raw_tokens = min(raw_batch * (1 + isl / osl), _MAX_TOKENS)
    return round_batch(raw_batch), round_tokens(raw_tokens)


__all__ = ["built_for_dataset", "round_batch", "round_tokens", "trtllm_bench_settings"]
