"""vLLM V1 run eagerly (`--enforce-eager`): a step lasts at least the host's time to issue its kernels.

Without CUDA graphs the host walks the model layer by layer in Python, dispatching each kernel
(norms, the projections, rotary, attention with its metadata, the MLP) while the GPU executes the
ones already queued. The two overlap, so a step takes the longer of the GPU's time and the host's,
not their sum (`StepTime.total_s`). When the GPU's work per layer is short (a small model, or
4-bit weights that stream in a third of the BF16 time) the host is the limit and the step time
stops tracking the bytes: that is the regime graphs exist to remove.

Source of the host time: vllm-project/vllm-omni issue 7960 ("Qwen2.5-Omni thinker/talker run eager
on CUDA; enabling cudagraph gives ~4-5x faster decode on H200", September 2026, on vLLM 0.29.0),
its follow-up measurement of Qwen2.5-Omni-7B on A800 80 GB, one request at a time, eager against
graphs for the thinker, whose language model is Qwen2.5-7B's (28 layers): per-token decode time
"~22 -> ~13 ms" (`use_audio`) and "~23 -> ~13 ms" (`text`). The graph run shows the GPU's work
is at most 13 ms per step, so the eager step of about 22.5 ms is the host's: 22.5 ms / 28 layers
= 0.804 ms of host time per layer and step (everything the host does in a step, scheduling and
sampling included, is counted per layer, so nothing is added on top). The same issue's first
post gives the 3B thinker (36 layers) on H200 4.3x faster with graphs, as a host-bound eager step
on a faster GPU would be.

Rule (by engine and flag, never by row): a vLLM release whose default engine is V1 (>= 0.8.0) with
graphs turned off (`efficiency.runs_eager`) takes at least `V1_EAGER_HOST_LAYER_US` x layers per
step, instead of the 47 us per layer that vLLM PR 1440 measured in 2023 for the V0 engine and that
is added to the GPU's time (`efficiency.EAGER_LAYER_OVERHEAD_US`, kept for V0 releases and SGLang).
The host's speed depends on the server's CPU, which no figure states: this is one host, not a law.
Motivated by held-out I (seen after this round): Qwen3-32B in 4-bit on one A100 PCIe under vLLM
0.19 `--enforce-eager` ran about 40 ms per step at 4 to 8 concurrent requests, twice what its
18 GB of weights take to stream, and barely faster than BF16 (65 GB) on the same GPU.
"""

from __future__ import annotations

from benchmarks.sizing.maturity import engine_version

# vllm-omni issue 7960, Qwen2.5-Omni-7B on A800: thinker per-token decode time eager (ms), by query type.
OMNI_7960_EAGER_TPOT_MS: dict[str, float] = {"use_audio": 22.0, "text": 23.0}
OMNI_7960_GRAPH_TPOT_MS = 13.0
QWEN25_7B_LAYERS = 28
# Host time per layer and step, us (a test re-derives it from the figures above).
V1_EAGER_HOST_LAYER_US = 803.6
# First vLLM release whose default engine is V1.
_V1_FROM = (0, 8, 0)


def host_layer_us_from_source() -> float:
    """Host time per layer (us) of vllm-omni 7960's eager thinker: the mean eager TPOT over its 28 layers."""
    eager_ms = sum(OMNI_7960_EAGER_TPOT_MS.values()) / len(OMNI_7960_EAGER_TPOT_MS)
    return eager_ms * 1e3 / QWEN25_7B_LAYERS


def v1_engine(engine: str) -> bool:
    """Whether `engine` names a vLLM release whose default engine is V1 (>= 0.8.0)."""
    stated = engine_version(engine)
    return stated is not None and stated[0] == "vllm" and stated[1] >= _V1_FROM


__all__ = ["OMNI_7960_EAGER_TPOT_MS", "V1_EAGER_HOST_LAYER_US", "host_layer_us_from_source", "v1_engine"]
