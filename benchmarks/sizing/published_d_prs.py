"""Held-out D, third part: figures printed in vLLM pull requests (A100 at TP 2, H100 MoE).

Every row is `role="held-out"` by rule (see `published_d.py` for why and for the set's
shape). A pull request prints the numbers its author measured to justify a change; only
the column that describes the stock engine is taken (the "master" / "without" column),
because neither change was in the engine when measured (3240 was closed as stale seven
months later, then reopened; 23151 was closed unmerged). Neither page is cited by an earlier set or by the model.

Left out: vLLM pull request 2192 (Llama 70B on 4 x A100 80 GB, a TP 4 static batch),
because `model.py` cites that page for its all-reduce term, so its figures are not unseen.
"""

# ruff: noqa: E501  (data table: one source column per line reads best)
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from benchmarks.sizing.published import Metric, PublishedFigure

VLLM_PR3240 = "https://github.com/vllm-project/vllm/pull/3240"
VLLM_PR23151 = "https://github.com/vllm-project/vllm/pull/23151"

# vLLM PR 3240, Mixtral-8x7B-Instruct-v0.1 on A100, TP 2, benchmark_latency --input-len 1000 --output-len 50,
# 'Compared to master' block: (batch, printed avg latency s). Batches 1, 4, 16, 64 of the block's 1-64, by rule
# (every other power of two) before any prediction.
_PR3240_MASTER = ((1, 0.8453641083685216), (4, 1.6140852882619947), (16, 3.5489811494306194), (64, 9.691197272467543))


def _pr3240_rows() -> list[PublishedFigure]:
    from benchmarks.sizing.published import VLLM, PublishedFigure

    engine = VLLM.model_copy(update={"name": "vLLM main of March 2024 (stock fused-MoE configs), benchmark_latency"})
    return [
        PublishedFigure(
            key=f"d-vllm-pr3240-mixtral-8x7b-a100-80gb-tp2-b{batch}-1000-50",
            source=VLLM_PR3240,
            where=f"description, 'Compared to master' block, BS: {batch}, Avg latency: {latency_s} seconds",
            engine=engine,
            model="Mixtral-8x7B",
            gpu="A100-80GB",
            tp=2,
            weight_dtype="bf16",
            kv_dtype="bf16",
            input_tokens=1000,
            output_tokens=50,
            mode="static",
            load=batch,
            metric="output_tokens_per_s",
            published=batch * 50 / latency_s,
            role="held-out",
            note=f"printed: avg latency {latency_s} s for 'benchmark_latency.py --model=mistralai/Mixtral-8x7B-"
            f"Instruct-v0.1 --input-len 1000 --output-len 50 -tp 2 --num-iters 100 --batch-size {batch}' on master "
            f"(without the PR's tuned config; the PR was closed as stale, then reopened); published = {batch} x 50 / "
            f"{latency_s}. Whole batch prefilled (1000 tokens each) then decoded 50 steps, so prefill dominates. "
            "BF16 ('auto' for this checkpoint). 'A100' taken as A100 SXM 80 GB: the BF16 weights (~93 GB) do not "
            "fit two 40 GB parts; form factor not stated",
        )
        for batch, latency_s in _PR3240_MASTER
    ]


def _vllm_pr23151_rows() -> list[PublishedFigure]:
    from benchmarks.sizing.published import VLLM, PublishedFigure

    engine = VLLM.model_copy(
        update={"name": "vLLM (mid-2025 main, V1 engine, VLLM_USE_DEEP_GEMM=1), stock fused-MoE configs"}
    )
    metrics: tuple[tuple[Metric, float, str], ...] = (
        ("tpot_ms", 13.18, "Mean TPOT (ms): 13.18"),
        ("output_tokens_per_s", 739.79, "Output token throughput (tok/s): 739.79"),
    )
    return [
        PublishedFigure(
            key=f"d-vllm-pr23151-qwen3-30b-a3b-h100-tp1-c10-{'tpot' if metric == 'tpot_ms' else 'tput'}",
            source=VLLM_PR23151,
            where=f"description, 'Test Result', 'WO tuned configs (TP=1, EP=1, on H100)' serving result: {printed}",
            engine=engine,
            model="Qwen3-30B-A3B",
            gpu="H100-SXM",
            tp=1,
            weight_dtype="bf16",
            kv_dtype="bf16",
            input_tokens=2042,
            output_tokens=1016,
            mode="concurrency",
            load=10,
            metric=metric,
            published=value,
            role="held-out",
            note="10 concurrent requests, 100 prompts: 'vllm serve Qwen/Qwen3-30B-A3B' (BF16, TP 1, vLLM defaults) and "
            "benchmark_serving.py --dataset-name random --random-input 2048 --random-output 1024 --max-concurrency 10 "
            "--num-prompt 100, no --ignore-eos. Lengths are the run's means: 204169 input / 100 = 2042 and 101576 "
            "generated / 100 = 1016 (some requests stopped before 1024). The 'without tuned configs' column is stock "
            "vLLM of the time; the PR was closed unmerged, so its tuned column is left out. 'H100' taken as H100 SXM "
            "80 GB (the BF16 weights, ~61 GB, fit one 80 GB part; the form factor is not stated)",
        )
        for metric, value, printed in metrics
    ]


def pr_rows() -> list[PublishedFigure]:
    """Held-out D rows from vLLM pull requests."""
    return [*_pr3240_rows(), *_vllm_pr23151_rows()]


__all__ = ["pr_rows"]
