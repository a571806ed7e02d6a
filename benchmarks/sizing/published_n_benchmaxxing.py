"""Held-out N, part 3: Scicom's llm-benchmaxxing result logs, Qwen3-32B on 8 x H100 / H200 / B200, TP 8.

Source: Scicom-AI-Enterprise-Organization/llm-benchmaxxing, `benchmarks/runpod_<gpu>/...qwen3_32b.../*.txt`
at commit 73674200 (one file per cell, cited each). Each file is the console output of one `vllm bench
serve` run, with its full argument Namespace printed: `dataset_name='random'`, `random_input_len=CTX`,
`random_output_len=128`, `random_range_ratio=0.0`, `ignore_eos=True`, `num_prompts=100`,
`max_concurrency=100`, `request_rate=inf`, `backend='vllm'`, endpoint `/v1/completions`; the dataset
log line confirms the lengths are fixed ("Sampling input_len from [CTX, CTX] and output_len from [128,
128]"), and the result block prints `Total input tokens` = 100 x CTX and `Total generated tokens` = 12800.
The file name carries the layout: `TP8_DP1` (one server, tensor parallel 8, no data parallelism), `C100`,
`P100`, `O128`. The pods are RunPod 8-GPU machines (directory names `runpod_h100sxm`, `runpod_h200sxm`,
`runpod_b200`; the tool's RunPod templates name "NVIDIA H100 80GB HBM3").

Mapped as mode "concurrency", load 100, requests 100 (one wave: the 100 requests start together),
metric output tokens/s ("Output token throughput (tok/s)" as printed).

Chosen by rule before any prediction: every TP8_DP1 Qwen3-32B file on the three GPUs, at the five
context sizes 1024, 2048, 4096, 8192 and 15000 (15 rows). Left out: the TP4_DP2 files (two data-parallel
replicas, a layout the row format cannot express), gpt-oss-120b and "GLM7.5" files (models not in the
catalogue), the speech-to-text (Whisper) results.

Engine (the tool's `benchmaq/vllm/core/server.py`): `vllm serve <model> --tensor-parallel-size 8
--pipeline-parallel-size 1 --gpu-memory-utilization 0.9` (the tool's default; the run's config file is
not committed) with no quantisation flag: Qwen/Qwen3-32B in BF16, BF16 KV cache. Assumed (said in each
note): the vLLM version is not printed (the benchmark client's arguments are those of vLLM >= 0.11; the
log timestamps read 01-28 and 01-29, year not printed; the tool installs the latest `vllm` wheel), so V1
API-server defaults for >= 70 GiB GPUs are taken: max_num_seqs 1024, max_num_batched_tokens 8192
(chunked prefill), 16-token KV blocks; prefix caching on by default but without effect on random prompts.
"""

# ruff: noqa: E501  (data table: one result file per line reads best)
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from benchmarks.sizing.published import Engine, PublishedFigure

COMMIT = "73674200b8ecbfbc3c77ab49fa9ffed9fbed4016"
_REPO = f"https://github.com/Scicom-AI-Enterprise-Organization/llm-benchmaxxing/blob/{COMMIT}/benchmarks"

# (catalogue GPU, directory, file-name prefix, {context size: output token throughput as printed})
# fmt: off
_RUNS: tuple[tuple[str, str, str, tuple[tuple[int, str], ...]], ...] = (
    ("H100-SXM", "runpod_h100sxm/benchmark_results_qwen3_32b_h100sxm_runpod", "", ((1024, "3710.63"), (2048, "3539.69"), (4096, "2091.59"), (8192, "1109.25"), (15000, "623.97"))),
    ("H200", "runpod_h200sxm/benchmark_results_qwen3_32b_h200sxm", "benchmark_qwen3_32b_h200sxm_", ((1024, "3918.62"), (2048, "3805.06"), (4096, "2226.81"), (8192, "1162.45"), (15000, "644.24"))),
    ("B200", "runpod_b200/benchmark_results_qwen3_32b_b200", "", ((1024, "5368.23"), (2048, "5165.61"), (4096, "3207.35"), (8192, "1816.02"), (15000, "1071.49"))),
)
# fmt: on

_USERS = 100
_OUTPUT = 128


def _engine() -> Engine:
    from benchmarks.sizing.published import VLLM

    return VLLM.model_copy(
        update={
            "name": "vLLM (version not printed; V1, client arguments of >= 0.11), vllm serve --tensor-parallel-size 8 --gpu-memory-utilization 0.9",
            "memory_fraction": 0.9,
            "max_batch": 1024,
            "max_num_tokens": 8192,
            "kv_block_tokens": 16,
        }
    )


def benchmaxxing_rows() -> list[PublishedFigure]:
    """Qwen3-32B, TP8_DP1, five context sizes on each of three GPUs (15 rows)."""
    from benchmarks.sizing.published import PublishedFigure

    rows = []
    for gpu, directory, prefix, cells in _RUNS:
        for ctx, printed in cells:
            name = f"{prefix}run_1_TP8_DP1_CTX{ctx}_C{_USERS}_P{_USERS}_O{_OUTPUT}.txt"
            rows.append(
                PublishedFigure(
                    key=f"n-benchmaxxing-qwen3-32b-{gpu.lower()}-tp8-bf16-{ctx}-{_OUTPUT}-c{_USERS}",
                    source=f"{_REPO}/{directory}/{name}",
                    where=(
                        f"'Serving Benchmark Result' block: Successful requests 100, Total input tokens {_USERS * ctx}, "
                        f"Total generated tokens {_USERS * _OUTPUT}, Output token throughput (tok/s): {printed}"
                    ),
                    engine=_engine(),
                    model="Qwen3-32B",
                    gpu=gpu,
                    tp=8,
                    weight_dtype="bf16",
                    kv_dtype="bf16",
                    input_tokens=ctx,
                    output_tokens=_OUTPUT,
                    mode="concurrency",
                    load=float(_USERS),
                    metric="output_tokens_per_s",
                    published=float(printed),
                    role="held-out",
                    requests=_USERS,
                    note=(
                        f"Printed: {printed} output tokens/s. vllm bench serve, random {ctx}/{_OUTPUT} (range ratio 0: fixed, "
                        f"'Sampling input_len from [{ctx}, {ctx}]'), ignore_eos, {_USERS} prompts at max concurrency {_USERS}, "
                        f"request rate inf: one wave. Qwen/Qwen3-32B BF16 on one 8-GPU RunPod {gpu} pod, TP 8, DP 1. "
                        "Assumed: vLLM version not printed (V1; latest wheel at run time), API-server defaults for >= 70 GiB "
                        "GPUs (max_num_seqs 1024, max_num_batched_tokens 8192), 16-token KV blocks, gpu-memory-utilization 0.9 "
                        "(the tool's default; run config not committed)."
                    ),
                )
            )
    return rows
