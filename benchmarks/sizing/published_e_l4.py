"""Held-out E, second part: one NVIDIA L4 at fixed concurrency (see `published_e.py`).

Every row is `role="held-out"` by the rule stated in `published_e.py`. The source is an
independent engine comparison, ree2raz/inference-bench: vLLM and SGLang serving
Qwen2.5-7B-Instruct in 16-bit on one L4 (24 GB) on Modal, a closed-loop client holding a
fixed number of requests in flight, greedy decoding. The figures are read from the
repository's aggregated results file (`results/summary.csv`), not from its charts.

Chosen by rule before any prediction: the two 16-bit engines (vLLM, SGLang), both
regimes (short, long), concurrency 1, 16 and 64 (the lowest, a middle and the highest
level both regimes ran), metric median TPOT: 12 rows. Left out: the AWQ and llama.cpp
engines (4-bit weights through kernels the model does not describe, SGLang AWQ on a
downgraded PyTorch the README calls unrepresentative, llama.cpp without TPOT), the
Qwen3 reasoning regime (output length set by the model's thinking, not fixed), the A100
rows (the README calls the GPU an A100 80GB, the project's dashboard an A100 40GB), and
the aggregate-throughput column (its definition in the harness was not read, so the
quantity is not certain).

Lengths: the output is fixed by `max_tokens` (128 short, 512 long) and reached: at
concurrency 1 the printed median latency is 7.478 s with a 58.3 ms TPOT and 70 ms TTFT,
i.e. about 128 tokens (0.070 + 127 x 0.0583 = 7.47 s); long, 30.19 s = 0.076 + 511 x
0.0589. The input is stated only as "~200 input tokens" (short) and "~1800" (long): those
round numbers are used, a weak assumption for a decode metric (TPOT), said in `note`.
"""

# ruff: noqa: E501  (data table: one source column per line reads best)
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from benchmarks.sizing.published import Engine, PublishedFigure

_REPO = "https://github.com/ree2raz/inference-bench/blob/{commit}/{path}"
BENCH_SUMMARY = _REPO.format(commit="3f89896e497d33bc34b27a9beb6aebb20a876732", path="results/summary.csv")
BENCH_README = _REPO.format(commit="0fb76f362bbca176f8cea675b61db5ed9036d71f", path="README.md")
BENCH_CONTEXT = _REPO.format(commit="82ef48055683a2e3df41eca6dc8603b85c8eefeb", path="context.md")

# regime -> (input tokens as the README states them, approximately; output tokens = max_tokens)
_LENGTHS = {"short": (200, 128), "long": (1800, 512)}

# results/summary.csv: (engine column, regime, concurrency, num_runs, tpot_p50_median in seconds as printed).
_TPOT = (
    ("vllm", "short", 1, 3, 0.0583),
    ("vllm", "short", 16, 3, 0.0619),
    ("vllm", "short", 64, 3, 0.0757),
    ("vllm", "long", 1, 1, 0.0589),
    ("vllm", "long", 16, 1, 0.0659),
    ("vllm", "long", 64, 1, 0.0847),
    ("sglang", "short", 1, 3, 0.0577),
    ("sglang", "short", 16, 3, 0.0601),
    ("sglang", "short", 64, 3, 0.069),
    ("sglang", "long", 1, 1, 0.0582),
    ("sglang", "long", 16, 1, 0.0639),
    ("sglang", "long", 64, 1, 0.0764),
)


def _engines() -> dict[str, Engine]:
    from benchmarks.sizing.published import VLLM

    vllm = VLLM.model_copy(update={"name": "vLLM 0.8.5 (vllm/vllm-openai:v0.8.5)", "max_batch": 64})
    sglang = VLLM.model_copy(
        update={
            "name": "SGLang 0.4.6 (lmsysorg/sglang:v0.4.6-cu124, CUDA graphs off)",
            "memory_fraction": 0.85,
            "max_batch": 64,
            "kv_block_tokens": 1,
        }
    )
    return {"vllm": vllm, "sglang": sglang}


_SETTINGS = {
    "vllm": "vLLM 0.8.5 launched with --max-num-seqs 64 --gpu-memory-utilization 0.90 (README 'Engine Versions'); "
    "the batched-token budget and block size are not stated: vLLM defaults assumed.",
    "sglang": "SGLang 0.4.6 launched with --max-running-requests 64 --mem-fraction-static 0.85 --disable-cuda-graph "
    "(README 'Engine Versions'); memory fraction taken as a fraction of total memory, KV pages of one token "
    "(SGLang's default page size), chunked-prefill budget not stated: 8192 assumed. CUDA graphs were off, which "
    "the model does not describe.",
}


def l4_rows() -> list[PublishedFigure]:
    """The L4 rows of held-out E."""
    from benchmarks.sizing.published import PublishedFigure

    engines = _engines()
    rows = []
    for engine_name, regime, concurrency, runs, tpot_s in _TPOT:
        isl, osl = _LENGTHS[regime]
        rows.append(
            PublishedFigure(
                key=f"e-l4bench-{engine_name}-qwen2.5-7b-l4-tp1-{regime}-c{concurrency}",
                source=BENCH_SUMMARY,
                where=f"results/summary.csv, row engine={engine_name}, regime={regime}, concurrency={concurrency}: "
                f"tpot_p50_median {tpot_s} (seconds)",
                engine=engines[engine_name],
                model="Qwen2.5-7B",
                gpu="L4",
                tp=1,
                weight_dtype="fp16",
                kv_dtype="fp16",
                input_tokens=isl,
                output_tokens=osl,
                mode="concurrency",
                load=concurrency,
                metric="tpot_ms",
                published=round(tpot_s * 1000, 1),
                role="held-out",
                note=f"Printed in seconds, {tpot_s}; published = {tpot_s} x 1000 ms. A median (p50) TPOT, not a mean: "
                + (f"the median over {runs} repeats of each run's p50. " if runs > 1 else "one run's p50. ")
                + f"Qwen2.5-7B-Instruct, 'FP16' per the README's model table, on one NVIDIA L4 24 GB (Modal, CUDA "
                f"12.4.1). Closed loop at {concurrency} requests in flight, warm-up then a 120 s measurement window "
                f"(configs/workload_{regime}.yaml at commit 5b60d5a; the short config: 100 prompts, max 256 in, 128 "
                f"out), greedy, client on the same host. Output {osl} tokens: max_tokens, reached (see the module "
                f"docstring's latency check). Input {isl}: the README's '~{isl}' for the {regime} regime, an "
                f"approximation (synthetic prompts). "
                + _SETTINGS[engine_name]
                + f" Settings from {BENCH_README} and {BENCH_CONTEXT}.",
            )
        )
    return rows


__all__ = ["l4_rows"]
