"""Held-out B: a second, fresh set of published figures, all held out by rule.

Every row here is `role="held-out"`, with no exception, and the set was written down
before any prediction was made for it: `published.py`'s held-out rows had been seen
while the model was re-fitted, so they no longer measure it cleanly, and they held no
fixed-concurrency rows, which the issue asks for. Nothing here may ever be used by
`calibrate.py` or to tune an efficiency factor; once this set has been scored, it is
spent in the same way, and the next check needs a new one.

None of these numbers were measured by us. Each row names its source (a page, or a
file at a commit), where in it the figure is, and the conditions the source states.
Where a source prints something other than the metric itself (an end-to-end latency
for a fixed batch, a per-GPU throughput), `published` is the one-line arithmetic from
the printed value, written out in the code and in `note`. An engine setting that the
source does not state is taken from the engine's defaults and said so in `note`.

Held-out B (44 rows; none of these sources is cited in `published.py`):

* vLLM nightly performance benchmark (Buildkite builds 9513, 9523, 9555): latency
  tests, `benchmark_latency` with a fixed batch of 8, 32 tokens in, 128 out, on A100,
  H100 and H200 at TP 1, 2 and 4 (Llama 3 dense, Mixtral MoE): mode "static", 9 rows.
* TensorRT-LLM perf overview at commit 03e27c7 (PyTorch backend, `trtllm-bench`),
  Llama 3.3 70B FP8 at TP 2 on H100 and H200: mode "offline", 5 rows.
* NVIDIA NIM benchmarking, performance page (NIM 1.8.0), Llama 3.3 70B FP8 on
  2 x H100 at TP 2, AIPerf at fixed concurrency 1-50: mode "concurrency", 10 rows.
* AMD ROCm performance results page (vLLM 0.10.2 container), Llama 3.1 70B FP8 on
  8 x MI300X, latency at a fixed batch of 1, 2, 4: mode "static", 3 rows.
* In `published_b_posts.py`: InferenceX issue 870 (DeepSeek-R1 FP8, SGLang, 8 x H200,
  fixed concurrency 8-64: 8 rows), vLLM pull request 17530 (Qwen3-30B-A3B FP8 on one
  MI300X, offline: 3 rows), TensorRT-LLM blogs H200launch (v0.5, Llama 2 13B) and
  Falcon180B-H200 (v0.7a, Llama 2 70B), static batches on one H200: 6 rows.

No fixed-request-rate row: the rate-mode figures found (vLLM nightly serving tests,
vLLM's AMD blog) use ShareGPT prompts whose lengths the pages do not state.
"""

# ruff: noqa: E501  (data table: one source column per line reads best)
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from benchmarks.sizing.published import Metric, PublishedFigure

BUILDKITE = "https://buildkite.com/vllm/performance-benchmark/builds/{build}"
TRT_03E27C7 = (
    "https://github.com/NVIDIA/TensorRT-LLM/blob/03e27c7d5ff0c6e89f8328838c0a8e64f1b34f9d/"
    "docs/source/developer-guide/perf-overview.md"
)
NIM_PERF = "https://docs.nvidia.com/nim/benchmarking/llm/1.0.0/performance.md"
AMD_RESULTS = "https://www.amd.com/zh-cn/developer/resources/rocm-hub/dev-ai/performance-results.html"

# vLLM nightly latency tests: (build, GPU as printed, catalogue GPU, test name, model, TP, mean latency ms).
# Batch 8, input 32, output 128 (the page's "Latency tests" description).
_VLLM_LATENCY = (
    (9523, "A100-SXM4-80GB", "A100-80GB", "latency_llama8B_tp1", "Llama-3.1-8B", 1, 1579.27),
    (9523, "A100-SXM4-80GB", "A100-80GB", "latency_mixtral8x7B_tp2", "Mixtral-8x7B", 2, 3643.84),
    (9523, "A100-SXM4-80GB", "A100-80GB", "latency_llama70B_tp4", "Llama-3-70B", 4, 3990.59),
    (9555, "8xH100", "H100-SXM", "latency_llama8B_tp1", "Llama-3.1-8B", 1, 997.542),
    (9555, "8xH100", "H100-SXM", "latency_mixtral8x7B_tp2", "Mixtral-8x7B", 2, 2326.97),
    (9555, "8xH100", "H100-SXM", "latency_llama70B_tp4", "Llama-3-70B", 4, 2444.47),
    (9513, "H200", "H200", "latency_llama8B_tp1", "Llama-3.1-8B", 1, 834.059),
    (9513, "H200", "H200", "latency_mixtral8x7B_tp2", "Mixtral-8x7B", 2, 1921.1),
    (9513, "H200", "H200", "latency_llama70B_tp4", "Llama-3-70B", 4, 2075.08),
)
_VLLM_BATCH, _VLLM_IN, _VLLM_OUT = 8, 32, 128

# TensorRT-LLM perf overview at 03e27c7, table "LLaMA v3.3 70B": (GPU, ISL, OSL, tokens/s/GPU at TP 2, FP8).
_TRT_LLAMA33 = (
    ("H200", 1000, 1000, 2587),
    ("H200", 1024, 8192, 2009),
    ("H200", 8192, 1024, 537),
    ("H200", 32768, 1024, 120),
    ("H100-SXM", 8192, 1024, 398),
)

# NIM 1.8.0, Llama-3.3-70b-instruct, "2 x H100 80G", "fp8 TP2": (ISL, OSL, concurrency, ITL ms, throughput tokens/s).
_NIM_LLAMA33 = (
    (5000, 500, 1, 18.58, 51.67),
    (5000, 500, 5, 21.83, 218.48),
    (5000, 500, 25, 38.75, 623.4),
    (5000, 500, 50, 59.73, 814.37),
    (500, 2000, 1, 18.91, 52.85),
)

# AMD performance results, vLLM 0.10.2 container, Llama 3.1 70B FP8-KV, TP 8: (batch, latency s), 128 in, 2048 out.
_AMD_LATENCY = ((1, 15.882), (2, 17.934), (4, 18.487))


def _vllm_latency_rows() -> list[PublishedFigure]:
    from benchmarks.sizing.published import VLLM, PublishedFigure

    rows = []
    for build, printed_gpu, gpu, test, model, tp, latency_ms in _VLLM_LATENCY:
        rows.append(
            PublishedFigure(
                key=f"b-vllm-nightly-{test.removeprefix('latency_').lower()}-{gpu.lower()}",
                source=BUILDKITE.format(build=build),
                where=f"'Latency tests' table, {test}, GPU {printed_gpu}, mean latency {latency_ms} ms",
                engine=VLLM.model_copy(update={"name": f"vLLM nightly benchmark (build {build}), benchmark_latency"}),
                model=model,
                gpu=gpu,
                tp=tp,
                weight_dtype="bf16",
                kv_dtype="bf16",
                input_tokens=_VLLM_IN,
                output_tokens=_VLLM_OUT,
                mode="static",
                load=_VLLM_BATCH,
                metric="output_tokens_per_s",
                published=_VLLM_BATCH * _VLLM_OUT / (latency_ms / 1000),
                role="held-out",
                note=f"printed: mean end-to-end latency {latency_ms} ms for a fixed batch of 8 (32 in, 128 out); "
                f"published = 8 x 128 / latency. load_format dummy, dtype auto (BF16 checkpoints, BF16 KV); vLLM "
                f"defaults assumed (gpu_memory_utilization 0.90, max_num_seqs 256). "
                + ("'8xH100' taken as an HGX H100 SXM node. " if printed_gpu == "8xH100" else "")
                + (
                    "Page lists 'llama-3.1 8B'; the test file at an earlier commit names Meta-Llama-3-8B (same shape)."
                    if model == "Llama-3.1-8B"
                    else ""
                ),
            )
        )
    return rows


def _trt_rows() -> list[PublishedFigure]:
    from benchmarks.sizing.published import TRT_10, PublishedFigure

    engine = TRT_10.model_copy(update={"name": "TensorRT-LLM (PyTorch backend) at 03e27c7, trtllm-bench throughput"})
    return [
        PublishedFigure(
            key=f"b-trt03e27c7-llama-3.3-70b-{gpu.lower()}-tp2-{isl}-{osl}",
            source=TRT_03E27C7,
            where=f"table 'LLaMA v3.3 70B', {isl}/{osl}, {gpu.split('-')[0]} TP2 (FP8) column, {per_gpu} tokens/s/GPU",
            engine=engine,
            model="Llama-3.3-70B",
            gpu=gpu,
            tp=2,
            weight_dtype="fp8",
            kv_dtype="fp8",
            input_tokens=isl,
            output_tokens=osl,
            mode="offline",
            load=None,
            metric="output_tokens_per_s",
            published=2 * per_gpu,
            role="held-out",
            note=f"printed per GPU ({per_gpu}); published = 2 GPUs x {per_gpu}. nvidia/Llama-3.3-70B-Instruct-FP8 "
            "(ModelOpt); KV cache assumed FP8 as for the v1.0 rows; engine settings as TRT_10 (the page: "
            "kv_cache_free_gpu_mem_fraction 0.95 'in many cases', CUDA graphs up to batch 8192)",
        )
        for gpu, isl, osl, per_gpu in _TRT_LLAMA33
    ]


def _nim_rows() -> list[PublishedFigure]:
    from benchmarks.sizing.published import TRT_014_TRITON, PublishedFigure

    engine = TRT_014_TRITON.model_copy(update={"name": "NVIDIA NIM 1.8.0 (TensorRT-LLM), AIPerf"})
    rows = []
    for isl, osl, concurrency, itl_ms, throughput in _NIM_LLAMA33:
        metrics: tuple[tuple[Metric, float], ...] = (("itl_ms", itl_ms), ("output_tokens_per_s", throughput))
        for metric, value in metrics:
            rows.append(
                PublishedFigure(
                    key=f"b-nim-llama-3.3-70b-h100-tp2-{isl}-{osl}-c{concurrency}-{'itl' if metric == 'itl_ms' else 'tput'}",
                    source=NIM_PERF,
                    where=f"'Llama-3.3-70b-instruct Results', Version 1.8.0, 2 x H100 80G, fp8 TP2, {isl} Input Tokens / "
                    f"{osl} Output Tokens, concurrency {concurrency}: ITL {itl_ms} ms, Throughput {throughput} tokens/s",
                    engine=engine,
                    model="Llama-3.3-70B",
                    gpu="H100-SXM",
                    tp=2,
                    weight_dtype="fp8",
                    kv_dtype="fp8",
                    input_tokens=isl,
                    output_tokens=osl,
                    mode="concurrency",
                    load=concurrency,
                    metric=metric,
                    published=value,
                    role="held-out",
                    note=f"{concurrency} concurrent requests (AIPerf). Assumed: 'H100 80G' is H100 SXM; NIM's FP8 "
                    "profile runs TensorRT-LLM with an FP8 KV cache and TensorRT-LLM's defaults (KV fraction 0.90 of "
                    "free memory, max_num_tokens 8192); the page states neither. Rows at concurrency >= 100 left out: "
                    "their TTFT (8-89 s) shows requests queued outside the batch, a limit the page does not state",
                )
            )
    return rows


def _amd_rows() -> list[PublishedFigure]:
    from benchmarks.sizing.published import VLLM, PublishedFigure

    engine = VLLM.model_copy(update={"name": "vLLM 0.10.2 (ROCm 7.0.0 container), benchmark_latency"})
    return [
        PublishedFigure(
            key=f"b-amd-vllm0102-llama-3.1-70b-mi300x-tp8-b{batch}",
            source=AMD_RESULTS,
            where=f"'Latency Measurements' table (container rocm/vllm:rocm7.0.0_vllm_0.10.2_20251006), "
            f"Llama 3.1 70B FP8-KV, TP 8, batch {batch}, 128/2048, latency {latency_s} s",
            engine=engine,
            model="Llama-3.1-70B",
            gpu="MI300X",
            tp=8,
            weight_dtype="fp8",
            kv_dtype="fp8",
            input_tokens=128,
            output_tokens=2048,
            mode="static",
            load=batch,
            metric="output_tokens_per_s",
            published=batch * 2048 / latency_s,
            role="held-out",
            note=f"printed: latency {latency_s} s for batch {batch}, 128 in, 2048 out; published = batch x 2048 / "
            "latency. amd/Llama-3.1-70B-Instruct-FP8-KV (FP8 weights and KV). vLLM defaults assumed. The page is "
            "updated in place: this row is the snapshot naming the vLLM 0.10.2 container",
        )
        for batch, latency_s in _AMD_LATENCY
    ]


def held_out_b() -> tuple[PublishedFigure, ...]:
    """All held-out B rows, built on demand so `published.py` can include them without an import cycle."""
    from benchmarks.sizing.published_b_posts import post_rows

    return (
        *_vllm_latency_rows(),
        *_trt_rows(),
        *_nim_rows(),
        *_amd_rows(),
        *post_rows(),
    )


__all__ = ["held_out_b"]
