"""Held-out N, part 1: aws-samples/awsome-inference, NIM test results at 7000/1000, fixed concurrency.

Source: `2.projects/nims-inference/benchmark/README.md` ("NIM Test Inference Results") of
aws-samples/awsome-inference, at the commit cited. Its "Testings results" tables print, per model,
dtype and GPU count, an output rate ("Token-per-second") for client concurrency 1, 2, 4, ..., 2048 at
"Input/Output sequence length 7000/1000", on AWS p5 instances (8 x H100 SXM 80 GB per instance; the
summary table names the image tag and "1x p5 / 4x H100" or "1x p5 / 8x H100").

How the figures were measured, from the same directory's `genai-perf.yaml` (commit 12389d4f, the
client the README's `benchmark_concurrency.sh` starts): NVIDIA genai-perf (Triton SDK 24.06) against
the NIM's OpenAI chat endpoint, `--concurrency N`, `--num-prompts 100`, `--synthetic-input-tokens-mean
7000 --synthetic-input-tokens-stddev 0`, `--extra-inputs max_tokens:1000 --extra-inputs
ignore_eos:true`, `--streaming`, `--measurement-interval 50000`, tokenizer
`hf-internal-testing/llama-tokenizer`. So every request is 7000 prompt tokens (as that tokenizer counts
them) and exactly 1000 generated tokens: fixed lengths, closed loop at N concurrent requests. The rate
is taken as genai-perf's output token throughput (the table calls it "Token-per-second").

Chosen by rule before any prediction: the two 16-bit tables (their KV cache is 16-bit without doubt),
concurrency 1 to 64:
* `meta/llama-3_1-70b-instruct`, fp16, 4 x H100, NIM 1.1.1 (catalogue Llama-3.1-70B, TP 4);
* `mistralai/mixtral-8x22b-instruct-v0.1`, fp16, 8 x H100, NIM 1.0.0 (catalogue Mixtral-8x22B, TP 8).
14 rows, all mode "concurrency", metric output tokens/s.

Left out, and why: the FP8 tables (Llama-3-70B on 4 and 8 x H100): the NIM profile's KV-cache dtype is
not stated (FP8 or 16-bit), and at 7000-token contexts it decides the decode rate. Concurrency 128 and
up: the 8 x H100 tables print 12 values under 11 column headers from 512 on, so columns past 128 are
ambiguous, and 100 distinct prompts cannot fill 128+ streams honestly. The Llama-3-8B tables on A10 and
H100 ("200/114"): no script in the repository states how those lengths were produced.

Assumed (said in each note): the NIM runs its TensorRT-LLM profile for the GPU count (TP 4 or TP 8; the
source gives the GPU count, not the profile name); TensorRT-LLM defaults inside the NIM (KV cache 0.9 of
the memory left after weights, 64-token KV blocks, guaranteed-no-evict scheduling, 8192 batched tokens);
maximum batch 256 (not reached at <= 64 concurrent requests). Input: 7000 tokens as counted by
`hf-internal-testing/llama-tokenizer` (a Llama-2 tokenizer); the Llama 3.1 tokenizer encodes the same
synthetic text in fewer tokens (not stated by the source), so the served prompt is somewhat shorter than
7000 for the Llama rows; the Mixtral tokenizer is close to Llama 2's. The Mixtral run may have used
another tokenizer argument; the file at the cited commit is configured for a Llama model. NIM 1.0.0 /
1.1.1 date from 2024: older than the 2025-2026 engines the brief prefers, kept because they are TP 4 and
TP 8 closed-loop rows with fixed lengths, which no other uncited source offered.
"""

# ruff: noqa: E501  (data table: one source row per line reads best)
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from benchmarks.sizing.published import Engine, PublishedFigure

_COMMIT = "27db4caca9af976878c74eddb53deb4d8d3f55f3"
SOURCE = f"https://github.com/aws-samples/awsome-inference/blob/{_COMMIT}/2.projects/nims-inference/benchmark/README.md"
_CLIENT = "https://github.com/aws-samples/awsome-inference/blob/12389d4fec1f2bf76c1de16e6bb5d31873617720/2.projects/nims-inference/benchmark/genai-perf.yaml"

_CONCURRENCY = (1, 2, 4, 8, 16, 32, 64)

# (NIM model as printed, catalogue model, key slug, NIM image tag, GPUs = TP, values as printed for concurrency 1-64)
# fmt: off
_TABLES: tuple[tuple[str, str, str, str, int, tuple[str, ...]], ...] = (
    ("meta/llama-3_1-70b-instruct", "Llama-3.1-70B", "llama-3.1-70b", "1.1.1", 4, ("32.0", "61.01", "107.95", "173.25", "232.85", "314.08", "330.88")),
    ("mistralai/mixtral-8x22b-instruct-v0.1", "Mixtral-8x22B", "mixtral-8x22b", "1.0.0", 8, ("59.73", "106.63", "179.55", "316.53", "562.77", "851.0", "1113.7")),
)
# fmt: on


def _engine(nim: str, tag: str, tp: int) -> Engine:
    from benchmarks.sizing.published import Engine

    return Engine(
        name=(
            f"NVIDIA NIM {tag} ({nim}), TensorRT-LLM backend (bf16 TP {tp} profile assumed; TensorRT-LLM version inside "
            "the NIM not printed), genai-perf closed loop"
        ),
        memory_fraction=0.9,  # TensorRT-LLM default kv_cache_free_gpu_mem_fraction (assumed)
        max_batch=256,  # assumed; not reached at <= 64 concurrent requests
        max_num_tokens=8192,  # TensorRT-LLM default (assumed): a 7000-token prompt is one chunk
        kv_block_tokens=64,  # TensorRT-LLM default tokens_per_block (assumed)
        reserve_full_sequence=True,  # GUARANTEED_NO_EVICT, TensorRT-LLM's default capacity scheduler (assumed)
        fraction_of_free=True,
    )


def nim_rows() -> list[PublishedFigure]:
    """The 16-bit NIM tables at concurrency 1-64 (14 rows)."""
    from benchmarks.sizing.published import PublishedFigure

    rows = []
    for nim, model, slug, tag, tp, values in _TABLES:
        for users, printed in zip(_CONCURRENCY, values, strict=True):
            rows.append(
                PublishedFigure(
                    key=f"n-nim-{slug}-h100-sxm-tp{tp}-bf16-7000-1000-c{users}",
                    source=SOURCE,
                    where=(
                        f"'Testings results' table, row '{nim} | fp16 | {tp}xH100 | 7000/1000 | Token-per-second', "
                        f"concurrency {users} column: {printed}"
                    ),
                    engine=_engine(nim, tag, tp),
                    model=model,
                    gpu="H100-SXM",
                    tp=tp,
                    weight_dtype="bf16",
                    kv_dtype="bf16",
                    input_tokens=7000,
                    output_tokens=1000,
                    mode="concurrency",
                    load=float(users),
                    metric="output_tokens_per_s",
                    published=float(printed),
                    role="held-out",
                    note=(
                        f"Printed: {printed} tokens/s ('Token-per-second'; taken as genai-perf's output token throughput) at "
                        f"concurrency {users}, {nim} NIM {tag}, 'fp16' (the BF16 checkpoint, 16-bit KV), {tp} x H100 of one AWS p5 "
                        f"(H100 SXM 80 GB). Client ({_CLIENT}): genai-perf, synthetic input mean 7000 stddev 0, max_tokens 1000 "
                        "with ignore_eos, streaming, 50 s measurement windows. Prompts not stated (--num-prompts 100 is the pool "
                        "of distinct synthetic prompts, not the count of measured requests). Assumed: TP = GPU count (NIM "
                        "TensorRT-LLM profile), TensorRT-LLM defaults inside the NIM (0.9 of free memory for KV, 64-token blocks, "
                        "guaranteed-no-evict, 8192 batched tokens), max batch 256. Input counted with hf-internal-testing/"
                        "llama-tokenizer (Llama 2); the model's own tokenizer may count the same text differently."
                    ),
                )
            )
    return rows
