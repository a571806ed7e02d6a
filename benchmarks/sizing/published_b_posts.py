"""Held-out B, second half: figures from blog posts, pull requests and issues (see published_b.py).

Every row is `role="held-out"`, by the rule stated in `published_b.py`; this module only
holds the rows whose sources are posts and threads rather than vendors' benchmark pages.
"""

# ruff: noqa: E501  (data table: one source column per line reads best)
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from benchmarks.sizing.published import Metric, PublishedFigure

INFERENCEX_870 = "https://github.com/SemiAnalysisAI/InferenceX/issues/870"
INFERENCEX_H200_SCRIPT = "https://github.com/SemiAnalysisAI/InferenceX/blob/1fc5d73cdd31c7fbdd657f3c7e5ec2180f4b0598/benchmarks/dsr1_fp8_h200.sh"
VLLM_PR17530 = "https://github.com/vllm-project/vllm/pull/17530"
TRT_BLOGS = "https://github.com/NVIDIA/TensorRT-LLM/blob/{commit}/docs/source/blogs/{name}.md"

# InferenceX issue 870: DeepSeek-R1-0528, SGLang v0.5.7, FP8, TP=8, EP=1, H200, ISL/OSL 1024/1024:
# (concurrency, output tput/GPU tok/s, mean TPOT ms).
_INFERENCEX_DSR1 = ((8, 74.6, 12.8), (16, 111.9, 17.2), (32, 151.1, 25.6), (64, 223.6, 34.6))

# vLLM PR 17530: Qwen3-30B-A3B-FP8 on one MI300X, benchmark_throughput, "Tuned Config" column (the merged
# config): (input, output, output tokens/s).
_VLLM_PR17530 = ((5000, 1000, 1924.98), (1000, 2000, 4336.96), (10000, 500, 678.94))

# TensorRT-LLM blog "H200launch" (v0.5.0), H200 FP8 max throughput, static batch: (batch, input, output, out tok/s/GPU).
# llama_13b rows only: the same repository's later blog (Falcon180B-H200.md) says v0.5's GQA generation kernels
# were up to 2.4x slower than v0.7's, so the llama_70b (GQA) rows measure a kernel since replaced.
_TRT_H200_LAUNCH_13B = ((1024, 128, 128, 11819), (128, 128, 2048, 4750), (64, 2048, 128, 1349))

# TensorRT-LLM blog "Falcon180B-H200" (v0.7a), Llama2-70B on 1 x H200 (TP1), FP8: (batch, input, output, out tok/s/GPU).
# The batch sizes are the footnote's "BS: (in order) 960, 960, 192, 560, 96, 640" for the TP1 rows; the 8-GPU rows
# ("max TP/PP/DP config") are left out: their parallel layout is not stated.
_TRT_FALCON_BLOG_70B = ((960, 128, 128, 3803), (192, 128, 2048, 2941), (96, 128, 4096, 1946))


def _inferencex_rows() -> list[PublishedFigure]:
    from benchmarks.sizing.published import VLLM, PublishedFigure

    # Server flags from the repository's launch script for this cell (1k/1k branch): mem-fraction-static 0.82,
    # max-running-requests 512, chunked-prefill-size 32768, page size 1 (SGLang's default), no kv-cache-dtype.
    engine = VLLM.model_copy(
        update={
            "name": "SGLang v0.5.7 (InferenceX dsr1-fp8-h200-sglang)",
            "memory_fraction": 0.82,
            "max_batch": 512,
            "max_num_tokens": 32768,
            "kv_block_tokens": 1,
        }
    )
    rows = []
    for concurrency, per_gpu, tpot_ms in _INFERENCEX_DSR1:
        metrics: tuple[tuple[Metric, float, str], ...] = (
            ("tpot_ms", tpot_ms, f"Mean TPOT {tpot_ms} ms"),
            ("output_tokens_per_s", 8 * per_gpu, f"Output tput/GPU {per_gpu} tok/s (published = 8 GPUs x {per_gpu})"),
        )
        for metric, value, printed in metrics:
            rows.append(
                PublishedFigure(
                    key=f"b-inferencex-deepseek-r1-h200-tp8-1024-1024-c{concurrency}-{'tpot' if metric == 'tpot_ms' else 'tput'}",
                    source=INFERENCEX_870,
                    where=f"comment 'Concurrency Sweep: DeepSeek R1 FP8 H200 SGLang (1k/1k)', Performance Results, "
                    f"conc={concurrency}: {printed}",
                    engine=engine,
                    model="DeepSeek-R1",
                    gpu="H200",
                    tp=8,
                    weight_dtype="fp8",
                    kv_dtype="bf16",
                    input_tokens=1024,
                    output_tokens=1024,
                    mode="concurrency",
                    load=concurrency,
                    metric=metric,
                    published=value,
                    role="held-out",
                    note=f"{concurrency} concurrent requests; Config line: DeepSeek-R1-0528, SGLang v0.5.7, FP8, TP=8, EP=1, "
                    f"H200, ISL=1024, OSL=1024. Engine flags from {INFERENCEX_H200_SCRIPT} (a version of the launch "
                    "script; the run's own revision is not printed): no --kv-cache-dtype, so KV assumed BF16 (model "
                    "dtype); --stream-interval 10, which is why the printed mean ITL is ~10x TPOT (ITL rows left out). "
                    "The workflow's random-range-ratio is not printed: lengths are 1024 at most and may average a "
                    "little less",
                )
            )
    return rows


def _vllm_mi300x_moe_rows() -> list[PublishedFigure]:
    from benchmarks.sizing.published import VLLM, PublishedFigure

    engine = VLLM.model_copy(
        update={"name": "vLLM (ROCm, PR 17530 tuned fused-MoE config), benchmark_throughput", "memory_fraction": 0.95}
    )
    return [
        PublishedFigure(
            key=f"b-vllm-pr17530-qwen3-30b-a3b-mi300x-tp1-{isl}-{osl}",
            source=VLLM_PR17530,
            where=f"PR description table, Input {isl} / Output {osl}, 'Output Tokens/s', 'Tuned Config' column: {value}",
            engine=engine,
            model="Qwen3-30B-A3B",
            gpu="MI300X",
            tp=1,
            weight_dtype="fp8",
            kv_dtype="fp8",
            input_tokens=isl,
            output_tokens=osl,
            mode="offline",
            load=None,
            metric="output_tokens_per_s",
            published=value,
            role="held-out",
            note="benchmark_throughput, 200 prompts, Qwen/Qwen3-30B-A3B-FP8, --quantization fp8 --kv-cache-dtype fp8 "
            "--gpu_memory_utilization 0.95 --max-model-len 32768 --tensor-parallel-size 1 (the command in the PR). "
            "max_num_seqs and max_num_batched_tokens not stated: vLLM defaults (256, 8192) assumed",
            requests=200,
        )
        for isl, osl, value in _VLLM_PR17530
    ]


def _trt_blog_rows() -> list[PublishedFigure]:
    from benchmarks.sizing.published import TRT_017, PublishedFigure

    launch = TRT_BLOGS.format(commit="1555478c1b417a0b34de05209862ea5a2ab9add1", name="H200launch")
    falcon = TRT_BLOGS.format(commit="3c44cb974badec8966108b16054a99c0923e410d", name="Falcon180B-H200")
    rows = []
    tables = (
        (
            "v050",
            launch,
            "Llama-2-13B",
            "TensorRT-LLM 0.5.0 (static batching)",
            _TRT_H200_LAUNCH_13B,
            "'H200 FP8 Max throughput' table, llama_13b, batch {b}, TP 1, {i}/{o}: {v} out tok/s/GPU",
        ),
        (
            "v07a",
            falcon,
            "Llama-2-70B",
            "TensorRT-LLM 0.7a (static batching)",
            _TRT_FALCON_BLOG_70B,
            "'H200 6.7x A100' table, Llama-70B, 1 GPU, {i}/{o}: {v} out tok/s/GPU; footnote batch size {b}",
        ),
    )
    for tag, source, model, engine_name, table, where in tables:
        engine = TRT_017.model_copy(update={"name": engine_name, "tuned_per_dataset": False})
        for batch, isl, osl, value in table:
            rows.append(
                PublishedFigure(
                    key=f"b-trt{tag}-{model.lower()}-h200-tp1-b{batch}-{isl}-{osl}",
                    source=source,
                    where=where.format(b=batch, i=isl, o=osl, v=value),
                    engine=engine,
                    model=model,
                    gpu="H200",
                    tp=1,
                    weight_dtype="fp8",
                    kv_dtype="fp8",
                    input_tokens=isl,
                    output_tokens=osl,
                    mode="static",
                    load=batch,
                    metric="output_tokens_per_s",
                    published=value,
                    role="held-out",
                    note="static batch (out_tps = output_seqlen x batch_size / total_latency / tp, the Falcon blog's "
                    "definition); TP 1 so per GPU = total. FP8 weights as stated; FP8 KV cache assumed, not stated: "
                    + (
                        "with a 16-bit KV cache this batch would not fit in 141 GB"
                        if (model, batch) != ("Llama-2-13B", 64)
                        else "this batch would also fit with a 16-bit KV cache (about 114 GB), so FP8 KV is by "
                        "analogy with the table's other rows"
                    ),
                )
            )
    return rows


def post_rows() -> list[PublishedFigure]:
    """The rows from posts, pull requests and issues."""
    return [*_inferencex_rows(), *_vllm_mi300x_moe_rows(), *_trt_blog_rows()]


__all__ = ["post_rows"]
