"""Held-out O, part 1: deepaksatna/llm-serving-benchmark, single-request decode on one NVIDIA A10.

Source: the result files under `results/` of deepaksatna/llm-serving-benchmark at commit 6de606f2
(January 2026; an OCI Kubernetes cluster with "2x NVIDIA A10 (24GB VRAM each)", every server on one
A10). For each server and model, `benchmark_results.json` prints one line per `max_tokens` setting
(32, 64, 128, 256, 512): the generated token count, the wall time of the request in seconds and
`throughput_tps` (or `tokens_per_second`) = generated tokens / wall time.

How the figures were measured, from the same commit's `scripts/benchmark.sh`: one request at a time
(no concurrency), `curl` to the server's OpenAI `/v1/completions` endpoint, non-streaming, prompt
"Explain quantum computing in detail", `max_tokens` N; the time is the whole request (prefill, decode
and HTTP), and the rate is completion tokens over that time. So each row is one request (mode
"concurrency", load 1, requests 1) whose output length is the printed completion-token count (equal to
`max_tokens` wherever the row is kept), metric output tokens/s.

Servers, from the deployment manifests at the same commit (`deployments/*/`): SGLang
`lmsysorg/sglang:v0.4.7-cu124` with `--dtype=float16` and otherwise default arguments (TP 1), serving
Llama-3-8B-Instruct and Mistral-7B-Instruct-v0.3; NVIDIA NIM `llama-3.1-8b-instruct:1.8.4` and the
Mistral-7B-Instruct-v0.3 NIM (tag 1.8.4 per the result files' "TensorRT-LLM (NIM 1.8.4)"), default
profile.

Chosen by rule before any prediction: every line of the four result files whose engine is SGLang or
NIM (TensorRT-LLM) and whose completion-token count equals its `max_tokens` (19 rows). Left out: the
NIM Mistral `max_tokens` 512 line (it stopped at 360 tokens, an early end-of-sequence); the vLLM 0.6.4
files (every line reads exactly 28.00 tok/s with latency = tokens / 28, an estimate rather than a
measurement, and the vLLM `PROFILE_README.md` says that session's run was not captured); the TGI 2.4.1
files (an engine outside vLLM / SGLang / TensorRT-LLM / llama.cpp).

Assumed (said in each note): input length 6 tokens, the prompt's five words plus BOS, counted by us
from the text (not printed; prefill of 6 tokens is a negligible part of every request); SGLang 0.4.7's
defaults for one 24 GB GPU (static memory fraction 0.88 at TP 1, page size 1, chunked prefill 2048);
NIM: its TensorRT-LLM profile for one A10 with 16-bit weights and KV cache (the profile name is not
printed), TensorRT-LLM defaults (0.9 of free memory for KV, 64-token blocks, guaranteed-no-evict).
The NIM serves Llama 3.1 8B Instruct (catalogue Llama-3.1-8B); the SGLang server Llama 3 8B Instruct
(catalogue Llama-3-8B).
"""

# ruff: noqa: E501  (data table: one result line per row reads best)
from __future__ import annotations

from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from benchmarks.sizing.published import Engine, PublishedFigure

COMMIT = "6de606f218c7551730f4232a32bdd14f8cfb9326"
_REPO = f"https://github.com/deepaksatna/llm-serving-benchmark/blob/{COMMIT}/"
SCRIPT = _REPO + "scripts/benchmark.sh"

# (result directory, catalogue model, key slug, engine key, rate field as printed,
#  lines as printed: (max_tokens, completion tokens, latency_s, rate))
# fmt: off
_FILES: tuple[tuple[str, str, str, str, str, tuple[tuple[int, int, str, str], ...]], ...] = (
    ("sglang/sglang-llama", "Llama-3-8B", "llama-3-8b", "sglang", "throughput_tps", (
        (32, 32, "1.114368", "28.71"), (64, 64, "2.230717", "28.69"), (128, 128, "4.448166", "28.77"),
        (256, 256, "8.939041", "28.63"), (512, 512, "17.991759", "28.45"))),
    ("sglang/sglang-mistral", "Mistral-7B-v0.3", "mistral-7b", "sglang", "tokens_per_second", (
        (32, 32, "1.050", "30.5"), (64, 64, "2.118", "30.2"), (128, 128, "4.225", "30.3"),
        (256, 256, "8.477", "30.2"), (512, 512, "17.042", "30.0"))),
    ("nim/llama3-nim", "Llama-3.1-8B", "llama-3.1-8b", "nim", "throughput_tps", (
        (32, 32, "1.009431", "31.70"), (64, 64, "2.016785", "31.73"), (128, 128, "4.033864", "31.73"),
        (256, 256, "8.088879", "31.64"), (512, 512, "16.172401", "31.65"))),
    ("nim/mistral-nim", "Mistral-7B-v0.3", "mistral-7b", "nim", "throughput_tps", (
        (32, 32, "0.951259", "33.63"), (64, 64, "1.899673", "33.69"), (128, 128, "3.803191", "33.65"),
        (256, 256, "7.612456", "33.62"))),
)
# fmt: on

INPUT_TOKENS = 6  # "Explain quantum computing in detail" + BOS, counted by us (not printed)


def _engine(key: str) -> Engine:
    from benchmarks.sizing.published import Engine

    if key == "sglang":
        return Engine(
            name="SGLang 0.4.7 (lmsysorg/sglang:v0.4.7-cu124), TP 1, --dtype float16, defaults otherwise",
            memory_fraction=0.88,  # SGLang's default mem_fraction_static at TP 1 (assumed)
            max_batch=256,  # not a limit for one request
            max_num_tokens=2048,  # SGLang's default chunked prefill for a GPU under 25 GB (assumed)
            kv_block_tokens=1,  # SGLang's default page size
            reserve_full_sequence=False,
            fraction_of_free=False,
        )
    return Engine(
        name="NVIDIA NIM 1.8.4, TensorRT-LLM backend (A10 TP 1 16-bit profile assumed; TensorRT-LLM version not printed)",
        memory_fraction=0.9,  # TensorRT-LLM default kv_cache_free_gpu_mem_fraction (assumed)
        max_batch=256,  # not a limit for one request
        max_num_tokens=8192,  # TensorRT-LLM default (assumed)
        kv_block_tokens=64,  # TensorRT-LLM default tokens_per_block (assumed)
        reserve_full_sequence=True,  # guaranteed-no-evict, TensorRT-LLM's default scheduler (assumed)
        fraction_of_free=True,
    )


def a10serve_rows() -> list[PublishedFigure]:
    """Every kept line of the SGLang and NIM result files (19 rows), in file order."""
    from benchmarks.sizing.published import PublishedFigure

    rows = []
    for directory, model, slug, engine, field, lines in _FILES:
        source = f"{_REPO}results/{directory}/benchmark_results.json"
        sglang = engine == "sglang"
        dtype: Literal["fp16", "bf16"] = "fp16" if sglang else "bf16"
        for max_tokens, generated, latency, printed in lines:
            tokens_field = "actual_tokens" if field == "throughput_tps" else "output_tokens"
            rows.append(
                PublishedFigure(
                    key=f"o-a10serve-{engine}-{slug}-a10-tp1-{dtype}-c1-{max_tokens}",
                    source=source,
                    where=(
                        f"results line max_tokens {max_tokens}: {tokens_field} {generated}, latency_s {latency}, "
                        f"{field} {printed}"
                    ),
                    engine=_engine(engine),
                    model=model,
                    gpu="A10",
                    tp=1,
                    weight_dtype=dtype,
                    kv_dtype=dtype,
                    input_tokens=INPUT_TOKENS,
                    output_tokens=generated,
                    mode="concurrency",
                    load=1.0,
                    metric="output_tokens_per_s",
                    published=float(printed),
                    role="held-out",
                    requests=1,
                    note=(
                        f"Printed: {generated} completion tokens in {latency} s, {printed} tok/s, one non-streaming "
                        f"/v1/completions request (max_tokens {max_tokens}) on one NVIDIA A10 24 GB ({SCRIPT}): the time "
                        "covers prefill, decode and HTTP. "
                        + (
                            "Server: SGLang 0.4.7 container, --dtype float16 (16-bit KV), TP 1. Assumed: SGLang 0.4.7 defaults "
                            "(static memory fraction 0.88, page size 1, chunked prefill 2048). "
                            if sglang
                            else "Server: NIM 1.8.4, TensorRT-LLM backend as the result file states. Assumed: the NIM's A10 "
                            "TP 1 profile with 16-bit (bf16) weights and KV, TensorRT-LLM defaults inside it. "
                        )
                        + "Input: 6 tokens (the prompt 'Explain quantum computing in detail' plus BOS), counted by us, not printed."
                    ),
                )
            )
    return rows
