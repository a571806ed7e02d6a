"""Held-out G, serving rows: a fixed-concurrency run with fixed lengths (see `published_g.py`).

Every row here is `role="held-out"` and was written down before any prediction of it; the
rule and its reason are in `published_g.py`'s docstring. This module holds the rows whose
load is a fixed number of concurrent requests rather than all prompts at once.

* TensorRT-LLM's "How to get best performance on DeepSeek-R1" blog (a file at a commit),
  section "H200 max-throughput": DeepSeek-R1 (FP8) on 8 x H200, TP 8 with expert parallel 8
  and attention data parallel, `trtllm-bench throughput` at concurrency 1024 over 5120
  synthetic requests of exactly 1024 in / 2048 out, 1 row.
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


def serving_rows() -> list[PublishedFigure]:
    """Held-out G fixed-concurrency rows."""
    return _trt_dsr1_h200_rows()


__all__ = ["serving_rows"]
