"""Held-out H, part 3: SGLang's DeepSeek-V3 benchmark on one 8 x H200 node at fixed request rates.

SGLang's repository carries a benchmark page (sgl-project/sglang, benchmark/benchmark_dsv3/README.md,
a file at a commit), "Benchmark for SGLang v0.4.1 - DeepSeek v3 on Different H200 configurations":
`sglang.bench_serving --dataset-name random --random-range-ratio 1 --random-input 1024 --random-output
1024` (fixed lengths) at request rates 1, 2, 4 and 8 per second (300, 600, 1200 and 2400 prompts), with
the server launched `--tp 8 --enable-dp-attention` on one 8 x H200 node. The page prints medians
(E2E latency, TTFT, TPOT, ITL) and the output token throughput. Mode "rate", load = requests/s.

Two server configurations, as the page labels them:
* "BF16": `--tp 8 --trust-remote-code --enable-torch-compile --enable-dp-attention --mem-fraction-static
  0.8 --disable-cuda-graph`. The checkpoint deepseek-ai/DeepSeek-V3 ships block-wise FP8 weights and
  SGLang serves them as such, so the rows take FP8 weights with a BF16 KV cache (the label is taken to
  name the cache and activations, not the weights; assumed, the page does not say).
* "FP8": `--tp 8 --quantization fp8 --kv-cache-dtype fp8_e5m2 --trust-remote-code
  --enable-dp-attention`: FP8 weights, FP8 (e5m2) KV cache, CUDA graphs on, SGLang's default memory
  fraction.

Taken: the median TPOT at every rate (metric tpot_ms; a median, not a mean, said on each row) and the
output token throughput at rates 4 and 8, where the server no longer keeps up with the offered load
(at 1 and 2 requests/s the throughput is the offered load cut by the run's ramp-up and drain, not a
capacity). Left out: the 2 x 8 x H200 (TP 16, two nodes over InfiniBand) tables, multi-node. Data-
parallel attention (each of the 8 ranks attends for its own requests, with a replicated MLA) is stated
by the page but has no field in `Engine`: each row says so. Every row is held out.
"""

# ruff: noqa: E501  (data table: one source column per line reads best)
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from benchmarks.sizing.published import Engine, Metric, PublishedFigure
    from benchmarks.sizing.specs import KvDtype

SGLANG_DSV3 = (
    "https://github.com/sgl-project/sglang/blob/26db155e335cd6e00d6f1ec161a3fc4c65dae4c0/"
    "benchmark/benchmark_dsv3/README.md"
)

_LAUNCH = {
    "BF16": "python3 -m sglang.launch_server --model deepseek-ai/DeepSeek-V3 --tp 8 --trust-remote-code --enable-torch-compile --enable-dp-attention --mem-fraction-static 0.8 --disable-cuda-graph",
    "FP8": "python3 -m sglang.launch_server --model deepseek-ai/DeepSeek-V3 --tp 8 --quantization fp8 --kv-cache-dtype fp8_e5m2 --trust-remote-code --enable-dp-attention",
}
_KV: dict[str, KvDtype] = {"BF16": "bf16", "FP8": "fp8"}

# (table, RPS, Num Prompts, Median TPOT (ms) as printed, Output token throughput (tok/s) as printed)
_Row = tuple[str, int, int, float, float]
# fmt: off
_ROWS: tuple[_Row, ...] = (
    ("BF16", 1, 300, 209.48, 639.99),
    ("BF16", 2, 600, 229.30, 1313.74),
    ("BF16", 4, 1200, 316.35, 2378.26),
    ("BF16", 8, 2400, 516.67, 2249.03),
    ("FP8", 1, 300, 143.71, 773.15),
    ("FP8", 2, 600, 228.78, 1401.77),
    ("FP8", 4, 1200, 366.48, 2214.76),
    ("FP8", 8, 2400, 675.95, 2864.31),
)
# fmt: on
_SATURATED_RATES = {4, 8}


def _engine(config: str) -> Engine:
    from benchmarks.sizing.published import VLLM

    # SGLang v0.4.1: token-level KV pool (page size 1), chunked prefill 8192 tokens, running requests
    # bounded by the pool (no fixed cap; 4096 used), KV pool = mem_fraction_static of total memory minus
    # weights: 0.8 as launched for "BF16"; for "FP8" SGLang's default at tp 8, 0.83 in the server_args.py of
    # that period (0.81 in later releases; assumed, not printed on the page). Chunked prefill 8192 assumed.
    fraction = 0.80 if config == "BF16" else 0.83
    return VLLM.model_copy(
        update={
            "name": f"SGLang v0.4.1, '{_LAUNCH[config]}'",
            "memory_fraction": fraction,
            "max_batch": 4096,
            "max_num_tokens": 8192,
            "kv_block_tokens": 1,
        }
    )


def sglang_dsv3_rows() -> list[PublishedFigure]:
    """The single-node tables' median TPOT at every rate and throughput where saturated, held out."""
    from benchmarks.sizing.published import PublishedFigure

    rows = []
    for config, rps, prompts, tpot, tok_s in _ROWS:
        cells: list[tuple[Metric, float, str]] = [("tpot_ms", tpot, f"Median TPOT (ms) {tpot:.2f}")]
        if rps in _SATURATED_RATES:
            cells.append(("output_tokens_per_s", tok_s, f"Output token throughput (tok/s) {tok_s:.2f}"))
        for metric, value, cell in cells:
            rows.append(
                PublishedFigure(
                    key=f"h-sglang-dsv3-h200-tp8-{config.lower()}-rps{rps}-{metric}",
                    source=SGLANG_DSV3,
                    where=f"'DeepSeek V3 on 8xH200 (single-node)', '{config}' table, row RPS {rps} (Num Prompts {prompts}): {cell}",
                    engine=_engine(config),
                    model="DeepSeek-V3",
                    gpu="H200",
                    tp=8,
                    weight_dtype="fp8",
                    kv_dtype=_KV[config],
                    input_tokens=1024,
                    output_tokens=1024,
                    mode="rate",
                    load=float(rps),
                    metric=metric,
                    published=value,
                    role="held-out",
                    requests=prompts,
                    note=(
                        f"Model deepseek-ai/DeepSeek-V3 (block-wise FP8 checkpoint; MLA, 256 routed experts, 8 active). "
                        f"8 x H200 in one node, launched '{_LAUNCH[config]}', SGLang v0.4.1 (the page's title; "
                        "lmsysorg/sglang image). Client: sglang.bench_serving, random dataset, --random-range-ratio 1, "
                        f"1024 input and 1024 output tokens, Poisson arrivals at {rps} request/s, {prompts} prompts. "
                        f"KV cache {_KV[config].upper()}"
                        + (
                            " (fp8_e5m2)"
                            if config == "FP8"
                            else " (the 'BF16' label taken as the cache and activation dtype)"
                        )
                        + ". Not representable in Engine, stated by the page: data-parallel attention (--enable-dp-attention)"
                        + (", torch.compile on and CUDA graphs off" if config == "BF16" else "")
                        + (
                            ". TPOT is the page's median, not a mean."
                            if metric == "tpot_ms"
                            else f". Throughput at a rate the server did not keep up with (offered {rps * 1024} tok/s)."
                        )
                    ),
                )
            )
    return rows
