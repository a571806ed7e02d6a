"""Held-out I, part 1: TensorRT-LLM's performance-tuning case study (Llama-3.3-70B on 4 x H100 SXM).

TensorRT-LLM's documentation carries a "Performance Tuning Guide" (docs/source/performance/, four
pages at one commit) that benchmarks one deployment, Llama-3.3-70B-Instruct at tensor parallelism 4
on 4 x H100-SXM-80GB (NVLink), TensorRT-LLM 0.16.0 (TensorRT engine built through the LLM API), while
it turns build flags on one by one. The workload is fixed: `prepare_dataset.py token-norm-dist
--input-mean 2048 --output-mean 2048 --input-stdev 0 --output-stdev 0 --num-requests 1000`, i.e. 1000
requests of exactly 2048 input and 2048 output tokens. Two runs per engine:

* `trtllm-bench throughput`: all 1000 requests sent at once (mode "offline", requests=1000). The
  printed "Token Throughput (tokens/sec)" is output tokens per second: trtllm-bench 0.16 computes it as
  total output tokens / total latency, and the page's own example output checks (1000 x 2048 /
  1291.504 s = 1585.75, printed 1585.7480).
* `trtllm-bench latency`: one request at a time ("The latency benchmark enforces a batch size of 1"),
  100 requests (mode "concurrency", load 1, metric itl_ms = "Average Inter-Token Latency (ms)").
  The tables print the ITL next to the throughput run's numbers without naming the run it came from;
  it is taken from the latency run (the throughput run of 0.16 prints no ITL, the baseline's 31.3 ms
  matches the page's latency example output, 30.93 ms, and the ITL does not move when only the
  maximum batch size changes). Assumed, not printed.

Engine settings the pages state: max batch size 2048 and max num tokens 8192 unless tuned, the
"Guaranteed No Evict" scheduler (KV reserved for the whole sequence), "KV Memory Percentage 90.00%"
(TensorRT-LLM: 90 % of the memory left after weights). Not stated, from the engine's defaults at
0.16: 64 tokens per KV block. Build flags the model has no field for (multiple optimization profiles,
paged context attention, the GEMM plugin, reduce-norm fusion, user buffers, the GEMM+SwiGLU fusion,
the low-latency GEMM plugin) are named in each row's note. The FP8 engines quantize weights and
activations with ModelOpt (`QuantAlgo.FP8`); the KV cache stays 16-bit ("By default the KV-Cache is
not quantized") until the page turns `kv_cache_quant_algo=FP8` on.

The pages say "While performance numbers shown here are real, they are only for demonstration
purposes". Left out: the intermediate single-flag engines whose limits equal a kept row's (multiple
profiles alone, paged context alone, GEMM plugin alone: the kept "build-time flags ON" row has all
four) and the max-batch-2048 row of the sweep (the same engine as "build-time flags ON"). Every row is
held out.
"""

# ruff: noqa: E501  (data table: one source column per line reads best)
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from benchmarks.sizing.published import Engine, PublishedFigure
    from benchmarks.sizing.specs import KvDtype, WeightDtype

_COMMIT = "16d2467ea8e3b45d7d9555010c2ad018d006d5c1"
_DOCS = f"https://github.com/NVIDIA/TensorRT-LLM/blob/{_COMMIT}/docs/source/performance/"
# The four pages of the case study, at the commit the index stores them at (the first two are linked
# from the other two as ./benchmarking-default-performance.md and ./useful-build-time-flags.md).
TRT_TUNING_DEFAULT = _DOCS + "benchmarking-default-performance.md"
TRT_TUNING_FLAGS = _DOCS + "useful-build-time-flags.md"
TRT_TUNING_BATCH = _DOCS + "tuning-max-batch-size-and-max-num-tokens.md"
TRT_TUNING_FP8 = (
    "https://github.com/NVIDIA/TensorRT-LLM/blob/8cc5c0b2a5bebb625622252a55c6fcd2d6c4a395/"
    "docs/source/performance/fp8-quantization.md"
)

_REQUESTS_THROUGHPUT = 1000
_REQUESTS_LATENCY = 100

_BASE_FLAGS = "multiple profiles, paged context attention, GEMM plugin and reduce-norm fusion on"
_FP8_FLAGS = "multiple profiles and paged context attention on, GEMM plugin off (the page's advice for FP8)"


# (key, page URL, section, weights, KV, max batch, max num tokens, flags, printed throughput, printed ITL or None)
# fmt: off
_CONFIGS: tuple[tuple[str, str, str, WeightDtype, KvDtype, int, int, str, float, float | None], ...] = (
    ("baseline", TRT_TUNING_DEFAULT, "'Results' table (the baseline engine)", "bf16", "bf16", 2048, 8192,
     "no build flags (one optimization profile, no GEMM plugin)", 1564.3040, 31.3276),
    ("flags-on", TRT_TUNING_FLAGS, "'Conclusion' table, column 'Build-Time Flags ON'", "bf16", "bf16", 2048, 8192,
     _BASE_FLAGS, 2044.2628, 14.4493),
    ("mbs64", TRT_TUNING_BATCH, "'Tuning Max Batch Size' case-study table, column 'Max Batch Size 64'", "bf16", "bf16", 64, 8192,
     _BASE_FLAGS, 1944.3031, None),
    ("mbs512", TRT_TUNING_BATCH, "'Tuning Max Batch Size' case-study table, column 'Max Batch Size 512'", "bf16", "bf16", 512, 8192,
     _BASE_FLAGS, 2466.7933, None),
    ("mbs512-mnt2048", TRT_TUNING_BATCH, "'Tuning Max Num Tokens' case-study table, column 'Max Num Tokens 2048' (max batch size 512)", "bf16", "bf16", 512, 2048,
     _BASE_FLAGS, 2474.2581, 14.6852),
    ("mbs512-mnt16384", TRT_TUNING_BATCH, "'Tuning Max Num Tokens' case-study table, column 'Max Num Tokens 16384' (max batch size 512)", "bf16", "bf16", 512, 16384,
     _BASE_FLAGS, 2461.0165, None),
    ("fp8", TRT_TUNING_FP8, "'FP8 \"Baseline\" Performance' table", "fp8", "bf16", 512, 2048,
     _FP8_FLAGS, 3389.5305, 12.4248),
    ("fp8-kvfp8", TRT_TUNING_FP8, "'Performance with Quantized KV Cache' table, column 'FP8 KV-Cache ON'", "fp8", "fp8", 512, 2048,
     _FP8_FLAGS, 5299.6372, 12.5496),
    ("fp8-tuned", TRT_TUNING_FP8, "'Performance with Low Latency GEMM plugin' table, column 'Low Latency GEMM ON'", "fp8", "fp8", 512, 16384,
     _FP8_FLAGS + ", plus reduce-norm fusion with user buffers, the GEMM+SwiGLU fusion and the low-latency FP8 GEMM plugin", 6049.1625, 10.8225),
)
# fmt: on


def _engine(max_batch: int, max_num_tokens: int, flags: str) -> Engine:
    from benchmarks.sizing.published import TRT_017

    return TRT_017.model_copy(
        update={
            "name": f"TensorRT-LLM 0.16.0 (TensorRT engine via the LLM API; {flags}; max batch {max_batch}, max num tokens {max_num_tokens})",
            "memory_fraction": 0.90,
            "max_batch": max_batch,
            "max_num_tokens": max_num_tokens,
            "kv_block_tokens": 64,
            "reserve_full_sequence": True,
            "fraction_of_free": True,
            "tuned_per_dataset": False,
        }
    )


def trt_tuning_rows() -> list[PublishedFigure]:
    """The case study's throughput (offline) and batch-1 ITL (concurrency 1) per engine, held out."""
    from benchmarks.sizing.published import PublishedFigure

    rows = []
    for key, source, section, weights, kv, max_batch, max_tokens, flags, tok_s, itl in _CONFIGS:
        engine = _engine(max_batch, max_tokens, flags)
        common = (
            f"Llama-3.3-70B-Instruct, TP 4 on 4 x H100-SXM-80GB (NVLink), TensorRT-LLM 0.16.0, {flags}. "
            f"Weights {weights.upper()}"
            + (" (ModelOpt FP8, W8A8)" if weights == "fp8" else "")
            + f", KV cache {kv.upper()}. Max batch {max_batch}, max num tokens {max_tokens}, Guaranteed No Evict, "
            "KV 90 % of free memory (printed); 64-token KV blocks assumed (engine default). Dataset: "
            "token-norm-dist 2048/2048, stdev 0."
        )
        rows.append(
            PublishedFigure(
                key=f"i-trttune-llama-3.3-70b-h100-tp4-{key}-offline",
                source=source,
                where=f"{section}: 'Token Throughput (tokens/sec)' {tok_s:.4f}",
                engine=engine,
                model="Llama-3.3-70B",
                gpu="H100-SXM",
                tp=4,
                weight_dtype=weights,
                kv_dtype=kv,
                input_tokens=2048,
                output_tokens=2048,
                mode="offline",
                load=None,
                metric="output_tokens_per_s",
                published=tok_s,
                role="held-out",
                requests=_REQUESTS_THROUGHPUT,
                note=common
                + " trtllm-bench throughput, all 1000 requests issued at once; 'Token Throughput' is output "
                "tokens / total latency (trtllm-bench 0.16).",
            )
        )
        if itl is not None:
            rows.append(
                PublishedFigure(
                    key=f"i-trttune-llama-3.3-70b-h100-tp4-{key}-c1-itl",
                    source=source,
                    where=f"{section}: 'Average Inter-Token Latency (ms)' {itl:.4f}",
                    engine=engine,
                    model="Llama-3.3-70B",
                    gpu="H100-SXM",
                    tp=4,
                    weight_dtype=weights,
                    kv_dtype=kv,
                    input_tokens=2048,
                    output_tokens=2048,
                    mode="concurrency",
                    load=1.0,
                    metric="itl_ms",
                    published=itl,
                    role="held-out",
                    requests=_REQUESTS_LATENCY,
                    note=common
                    + " trtllm-bench latency (batch size 1 enforced), 100 requests; the ITL is taken as the "
                    "latency run's (assumed: the table does not name the run).",
                )
            )
    return rows
