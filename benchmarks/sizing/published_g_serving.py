"""Held-out G, serving rows: fixed-concurrency runs with fixed lengths (see `published_g.py`).

Every row here is `role="held-out"` and was written down before any prediction of it; the
rule and its reason are in `published_g.py`'s docstring. This module holds the rows whose
load is a fixed number of concurrent requests rather than all prompts at once.

* TensorRT-LLM's "How to get best performance on DeepSeek-R1" blog (a file at a commit),
  section "H200 max-throughput": DeepSeek-R1 (FP8) on 8 x H200, TP 8 with expert parallel 8
  and attention data parallel, `trtllm-bench throughput` at concurrency 1024 over 5120
  synthetic requests of exactly 1024 in / 2048 out, 1 row.
* cloudrift-ai/emmy's experiment records (RESULTS.md and recipe.yaml, files at a commit):
  stock vLLM at concurrency 1 with fixed lengths and EOS ignored. Qwen3-30B-A3B-Instruct-2507
  on one H200 (vLLM 0.17.0, 4096 in / 4096 out: output throughput and mean TPOT, 2 rows) and
  Qwen3-8B on one A100-SXM4-80GB (vLLM 0.23.0, 128 in / 512 out: mean TPOT, 1 row).
"""

# ruff: noqa: E501  (data table: one source column per line reads best)
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from benchmarks.sizing.published import PublishedFigure

TRT_DSR1_BLOG = (
    "https://github.com/NVIDIA/TensorRT-LLM/blob/01c4ece911eb569e72cf4177f83238a0520641c2/"
    "docs/source/blogs/Best_perf_practice_on_DeepSeek-R1_in_TensorRT-LLM.md"
)

# 'H200 max-throughput' section: prepare_dataset.py token-norm-dist --input-mean 1024 --output-mean 2048
# --input-stdev 0 --output-stdev 0 --num-requests 5120; trtllm-bench ... --concurrency 1024.
_DSR1_ISL, _DSR1_OSL, _DSR1_REQUESTS, _DSR1_CONCURRENCY = 1024, 2048, 5120, 1024
_DSR1_OUTPUT_TOK_S = 11489.2671  # 'Total Output Throughput (tokens/sec)'


def _trt_dsr1_h200_rows() -> list[PublishedFigure]:
    from benchmarks.sizing.published import TRT_10, PublishedFigure

    engine = TRT_10.model_copy(
        update={
            "name": "TensorRT-LLM (PyTorch backend) at the blog's commit, trtllm-bench throughput --tp 8 --ep 8, "
            "attention DP, max_batch_size 128 per rank, max_num_tokens 1151, KV fraction 0.8",
            "memory_fraction": 0.80,
            "max_batch": 128 * 8,
            "max_num_tokens": 1151,
            "tuned_per_dataset": False,
        }
    )
    return [
        PublishedFigure(
            key="g-trtblog-deepseek-r1-h200-tp8-fp8-c1024-1024-2048",
            source=TRT_DSR1_BLOG,
            where="section 'H200 max-throughput', 'Expected Result Format': 'Total Output Throughput "
            f"(tokens/sec): {_DSR1_OUTPUT_TOK_S}'",
            engine=engine,
            model="DeepSeek-R1",
            gpu="H200",
            tp=8,
            weight_dtype="fp8",
            kv_dtype="bf16",
            input_tokens=_DSR1_ISL,
            output_tokens=_DSR1_OSL,
            mode="concurrency",
            load=_DSR1_CONCURRENCY,
            metric="output_tokens_per_s",
            published=_DSR1_OUTPUT_TOK_S,
            role="held-out",
            requests=_DSR1_REQUESTS,
            note=f"printed: 'Total Output Throughput (tokens/sec): {_DSR1_OUTPUT_TOK_S}' (published as printed). The "
            "section's commands: prepare_dataset.py --tokenizer deepseek-ai/DeepSeek-R1 token-norm-dist --input-mean "
            f"{_DSR1_ISL} --output-mean {_DSR1_OSL} --input-stdev 0 --output-stdev 0 --num-requests {_DSR1_REQUESTS} "
            "(every request exactly 1024 in / 2048 out; the section's heading says 'from real dataset', but the "
            "command it prints builds this synthetic, fixed-length set, taken here), then 'trtllm-bench -m "
            "deepseek-ai/DeepSeek-R1 throughput --tp 8 --ep 8 --warmup 0 --max_batch_size 128 --max_num_tokens 1151 "
            f"--num_requests {_DSR1_REQUESTS} --concurrency {_DSR1_CONCURRENCY} --kv_cache_free_gpu_mem_fraction 0.8' "
            "with enable_attention_dp: true and CUDA graphs at batch 128. Model deepseek-ai/DeepSeek-R1 (the FP8 "
            "checkpoint, the one the blog names for Hopper); KV cache BF16 (no kv_cache_dtype in this section's "
            "config, unlike the B200 FP8-KV section). GPU: H200 (the section's title; 8 GPUs, TP 8). Attention data "
            "parallel: each of the 8 ranks runs attention for its own requests (batch up to 128 per rank, 1024 in "
            "all, which is the client concurrency) while the MoE layers are expert-parallel over the 8 GPUs; the "
            "engine's max_batch is therefore 128 x 8 and max_num_tokens is per rank. TensorRT-LLM version: not "
            "printed for this section (the B200 sections name commit b6261862), so the engine at the blog's commit "
            "is assumed; 32-token KV blocks and GUARANTEED_NO_EVICT scheduling are trtllm-bench's defaults.",
        )
    ]


_EMMY = "https://github.com/cloudrift-ai/emmy/blob/{commit}/experiments/{path}"
EMMY_QWEN3_30B_RESULTS = _EMMY.format(
    commit="29fa2768929dd4d6a797fa52dd85376c6d4977c4", path="Qwen3-30B-A3B-Instruct-2507/serving/RESULTS.md"
)
EMMY_QWEN3_30B_RECIPE = _EMMY.format(
    commit="29fa2768929dd4d6a797fa52dd85376c6d4977c4", path="Qwen3-30B-A3B-Instruct-2507/serving/recipe.yaml"
)
EMMY_QWEN3_8B_A100 = _EMMY.format(
    commit="6756d598417e1b72b22443adcbc6a9ad77bca9d8", path="golden-bench-2026/serving_mpk_qwen3_8b_a100/RESULTS.md"
)


def _emmy_rows() -> list[PublishedFigure]:
    from benchmarks.sizing.published import VLLM, PublishedFigure

    h200_engine = VLLM.model_copy(
        update={
            "name": "vLLM v0.17.0 (vllm/vllm-openai:v0.17.0), --max-num-batched-tokens 4096, one request at a time",
            "max_batch": 1,
            "max_num_tokens": 4096,
        }
    )
    h200_common = (
        "RESULTS.md: 'Each repeat used 8 unique random prompts, 4,096 input and 4,096 output tokens, concurrency 1, "
        "two warm-ups, temperature 0, ignored EOS'; vLLM 0.17.0, TP1, gpu_memory_utilization 0.90, 4,096 maximum "
        f"batched tokens, 262,144-token context ({EMMY_QWEN3_30B_RECIPE}: benchmark max_concurrency 1, num_prompts 8, "
        "random_input_len 4096, random_output_len 4096, ignore_eos true; engine max_concurrent_requests 1, taken as "
        "vLLM's max_num_seqs 1). Model Qwen/Qwen3-30B-A3B-Instruct-2507 (the Qwen3-30B-A3B architecture: 48 layers, "
        "128 experts, 8 active), BF16 weights and KV cache (no quantization or KV dtype flag). GPU: 'NVIDIA H200 141GB "
        "x1'. Seed 0's column is taken; seeds 1 and 2 print the same within 0.1 %."
    )
    a100_engine = VLLM.model_copy(
        update={"name": "vLLM v0.23.0 (stock server, CUDA graphs on)", "max_batch": 256, "max_num_tokens": 2048}
    )
    return [
        PublishedFigure(
            key="g-emmy-qwen3-30b-a3b-h200-tp1-bf16-c1-4096-4096-tput",
            source=EMMY_QWEN3_30B_RESULTS,
            where="'NVIDIA H200 141GB x1' table, row 'Output throughput (tok/s)', column 'Seed 0': 214.90",
            engine=h200_engine,
            model="Qwen3-30B-A3B",
            gpu="H200",
            tp=1,
            weight_dtype="bf16",
            kv_dtype="bf16",
            input_tokens=4096,
            output_tokens=4096,
            mode="concurrency",
            load=1,
            metric="output_tokens_per_s",
            published=214.90,
            role="held-out",
            requests=8,
            note="printed: Output throughput 214.90 tok/s (published as printed; duration 152.48 s for 8 x 4096 "
            "generated tokens). " + h200_common,
        ),
        PublishedFigure(
            key="g-emmy-qwen3-30b-a3b-h200-tp1-bf16-c1-4096-4096-tpot",
            source=EMMY_QWEN3_30B_RESULTS,
            where="'NVIDIA H200 141GB x1' table, row 'Mean TPOT (ms)', column 'Seed 0': 4.62",
            engine=h200_engine,
            model="Qwen3-30B-A3B",
            gpu="H200",
            tp=1,
            weight_dtype="bf16",
            kv_dtype="bf16",
            input_tokens=4096,
            output_tokens=4096,
            mode="concurrency",
            load=1,
            metric="tpot_ms",
            published=4.62,
            role="held-out",
            requests=8,
            note="printed: Mean TPOT 4.62 ms (published as printed; the same for all three seeds). " + h200_common,
        ),
        PublishedFigure(
            key="g-emmy-qwen3-8b-a100-80gb-tp1-bf16-c1-128-512-tpot",
            source=EMMY_QWEN3_8B_A100,
            where="'Measurements' table, row 'Stock vLLM': 'Reported latency, mean' 10.752 ms/token",
            engine=a100_engine,
            model="Qwen3-8B",
            gpu="A100-80GB",
            tp=1,
            weight_dtype="bf16",
            kv_dtype="bf16",
            input_tokens=128,
            output_tokens=512,
            mode="concurrency",
            load=1,
            metric="tpot_ms",
            published=10.752,
            role="held-out",
            requests=8,
            note="printed: 10.752 ms/token, the mean of five repeats of vLLM's 'Mean TPOT' (range 10.74-10.76; "
            "published as printed). 'Protocol and limitations': 'The stock lane used the HTTP serving path with eight "
            "sequential requests per repeat, fixed 128-token inputs, fixed 512-token outputs, concurrency one, and EOS "
            "ignored. Each repeat started a fresh vLLM server'; 'stock vLLM used version 0.23.0'; the server log records "
            "enforce_eager=False and full and piecewise CUDA graphs. GPU: 'NVIDIA A100-SXM4-80GB, 81920 MiB' (the "
            "'Run and system' section). Model Qwen/Qwen3-8B, BF16 weights and KV cache (no quantization flag; the "
            "paper-support CSV cites 15.14 GB of BF16 weights). Engine settings not printed are vLLM's defaults for an "
            "A100 API server (max_num_seqs 256, max_num_batched_tokens 2048, gpu_memory_utilization 0.9); at "
            "concurrency 1 they do not bind.",
        ),
    ]


def serving_rows() -> list[PublishedFigure]:
    """Held-out G fixed-concurrency rows."""
    return [*_trt_dsr1_h200_rows(), *_emmy_rows()]


__all__ = ["serving_rows"]
