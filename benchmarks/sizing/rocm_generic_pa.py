"""Upstream vLLM on CDNA3 before its ROCm paged-attention kernel: decode attention per query head.

Why (round 14, motivated by held-out G's Argonne rows, +46..+302 %, the largest errors of A-O):
Argonne's LLM-Inference-Bench built vLLM from the upstream tag v0.6.1 with `Dockerfile.rocm`
(its `vLLM/MI300X/README.md`: `git checkout v0.6.1`). Upstream vLLM got a ROCm paged-attention
kernel of its own only with vllm-project/vllm PR 8310 ("[Kernel][Hardware][Amd] Custom paged
attention kernel for rocm", opened 2024-09-10, still in review on 2024-09-12, after v0.6.1 and
v0.6.1.post1 were out), first released in 0.6.2. Before it, ROCm builds decoded through the
generic `paged_attention_v1/v2` kernel, hipified from CUDA: one thread block per (query head,
sequence), so a KV head's cache is walked once per query head that shares it, on a kernel written
for 32-wide warps. Its excess grows with sequences x context x query heads per GPU, which is
the shape G's rows have (round 12: the excess per sequence falls as 1/TP, 5.1 / 2.8 / 1.8 / 0.58 ms
at TP 1 / 2 / 4 / 8), and which no fitted term has (the fitted decode attention reads the KV once).

Source of the constant (retrieved): PR 8310's own table, Llama-2-70B-chat, "w/o" and "w/" the
kernel, 8 / 16 / 32 prompts of 512 tokens generating 256 or 512. Its figures are read as
benchmark_throughput's tokens/s over prompt and output tokens (the script's printed rate in 2024):
so read, both output lengths give the same step time at a batch (8 prompts: 57 ms per step at 256
and 55 ms at 512 "w/"), and the model, unchanged, puts the "w/" runs at -6..-11 % on one MI300X
(TP 1: 70B in FP16 fits one 192 GB card) and at +313..+324 % at TP 8, so TP 1 is the reading taken
(the PR does not state its TP).
Each run's time is N x (512 + O) / rate; the kernel's saving per decode step is spread over the
sequences and their mean context (512 + O / 2): summed over the six runs, 44.86 s saved over
31.195 M (sequence x cached token x step), 1.438 us per sequence and cached token, which at TP 1 is
80 layers x 64 query heads: 0.2809 ns per (sequence, cached token, layer, query head on the GPU).
With the term, the model puts the six "w/o" runs at -3..-12 % (not an independent check: the same table).

Applied where the engine name states upstream vLLM before 0.6.2 on a CDNA3 GPU and the engine is not
ROCm's own fork (`rocm/vllm` images carried a custom kernel from ROCm/vllm PR 22, May 2024, on by
default). Not modelled: the custom kernel's own limits after 0.6.2 (FP8 KV cache, head sizes other
than 128), which fall back to the generic kernel too. `size` plans today's vLLM: unaffected.
"""

from __future__ import annotations

from benchmarks.sizing.maturity import engine_version
from benchmarks.sizing.specs import GpuSpec

# PR 8310's table: (prompts, output tokens) -> (tokens/s without, with the ROCm kernel); 512-token prompts.
PR8310_PROMPT_TOKENS = 512
PR8310_RUNS: dict[tuple[int, int], tuple[float, float]] = {
    (8, 256): (360.15, 419.62),
    (8, 512): (271.54, 293.50),
    (16, 256): (616.33, 770.72),
    (16, 512): (414.81, 560.03),
    (32, 256): (913.00, 1263.37),
    (32, 512): (626.82, 969.73),
}
# Llama-2-70B: layers and query heads, all on one GPU at the table's TP 1.
PR8310_LAYERS = 80
PR8310_QUERY_HEADS = 64
# How an engine name says it is ROCm's own vLLM (the `rocm/vllm` images, AMD's ROCm fork), which had
# the custom kernel from May 2024. "rocm fork" added after held-out P was scored (its AMD FP8 docker
# rows were priced with the generic kernel: -32..-71 %).
_ROCM_FORKS = ("rocm/vllm", "rocm fork")
# First upstream release with the kernel.
CUSTOM_KERNEL_FROM = (0, 6, 2)


def saved_s_per_sequence_token() -> float:
    """Seconds the ROCm kernel saved per (sequence x cached token x decode step), fitted through the origin
    over PR 8310's six runs: sum of saved run time / sum of N x O x (prompt + O / 2)."""
    saved = exposure = 0.0
    for (prompts, output), (without, with_kernel) in PR8310_RUNS.items():
        tokens = prompts * (PR8310_PROMPT_TOKENS + output)
        saved += tokens / without - tokens / with_kernel
        exposure += prompts * output * (PR8310_PROMPT_TOKENS + output / 2)
    return saved / exposure


def generic_kernel_ns() -> float:
    """The generic kernel's excess per (sequence, cached token, layer, query head on the GPU), in ns."""
    return saved_s_per_sequence_token() / (PR8310_LAYERS * PR8310_QUERY_HEADS) * 1e9


def generic_paged_attention(engine: str, gpu: GpuSpec) -> bool:
    """Whether `engine` is an upstream vLLM build before 0.6.2 decoding on a CDNA3 GPU (no ROCm kernel)."""
    name = engine.lower()
    if gpu.generation != "cdna3" or any(fork in name for fork in _ROCM_FORKS):
        return False
    stated = engine_version(engine)
    return stated is not None and stated[0] == "vllm" and stated[1] < CUSTOM_KERNEL_FROM


def generic_paged_attention_ns(engine: str, gpu: GpuSpec) -> float:
    """`Efficiency.generic_attention_ns` for `engine` on `gpu`: the excess above, or 0."""
    return generic_kernel_ns() if generic_paged_attention(engine, gpu) else 0.0


__all__ = [
    "CUSTOM_KERNEL_FROM",
    "PR8310_RUNS",
    "generic_kernel_ns",
    "generic_paged_attention",
    "generic_paged_attention_ns",
    "saved_s_per_sequence_token",
]
