"""Held-out K, part 3: trtllm-bench offline throughput, Llama-3.1-70B FP8 on 8 x H100 (TP 8), TensorRT-LLM 0.16.0.

shaamil101-etched/trtllm-benchmarks keeps the full `trtllm-bench throughput` output of a 64-point
ISL x OSL sweep (`results/result_<isl>_<osl>_<requests>.txt`, run 2025-07-11; the files cited here,
at commit aeec9f2). Every file ends with the tool's own report, which states the conditions:

* ENGINE DETAILS: `meta-llama/Llama-3.1-70B-Instruct`, TensorRT-LLM 0.16.0 (TensorRT engine), dtype
  bfloat16, "Quantization: FP8", "KV Cache Dtype: FP8", max sequence length 25000; one engine
  (`tp_8_pp_1`) serves the whole sweep (not rebuilt per length pair).
* WORLD + RUNTIME: TP 8, PP 1, max runtime batch 2048, max runtime tokens 8192, "Guaranteed No Evict",
  "KV Memory Percentage: 90.00%" (of the memory free after the engine; the log shows 64-token KV blocks).
* PERFORMANCE OVERVIEW: number of requests, "Average Input Length" and "Average Output Length" printed
  as exact integers (e.g. 1024.0000 / 1024.0000), and "Token Throughput (tokens/sec)". That figure is
  output tokens/s: in every file used it equals "Request Throughput (req/sec)" x the output length
  (e.g. 10.6385 x 1024 = 10893.9 against 10893.8728 printed), so every request generated its full
  output. All requests are handed to the engine at once (issue rate ~1e13-1e14 req/s): mode "offline".

GPU: the result files say "8x H100" only through the repository's README ("Hardware: 8x H100 GPUs
(TP=8)") and the log ("TP group is intra-node", eight ranks). The repository's other write-up
(`README_8B_UPDATE.md`, `llama-8b-results/README.md`) names the card "NVIDIA H100 80GB HBM3", the
device name of the SXM5 part (the PCIe part reports "H100 PCIe"); taken as H100 SXM 80 GB (assumed,
said in each note). Note that `llama-8b-results/README.md` quotes these same 70B figures under an 8B
heading; only the 70B result files are used, and they name the 70B model themselves.

Rows (12): length pairs 128/128, 128/1024, 128/2048, 128/4096, 512/512, 1024/128, 1024/1024, 2048/128,
2048/2048, 4096/512, 4096/4096 and 16384/1024. Keys start "k-etched-".
"""

# ruff: noqa: E501  (data table: one result file per line reads best)
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from benchmarks.sizing.published import Engine, PublishedFigure

_BASE = "https://github.com/shaamil101-etched/trtllm-benchmarks/blob/aeec9f291501c26fe34b773c7a157f3bb1fbce24/results"

# (input, output, requests, "Token Throughput (tokens/sec)" as printed, "Request Throughput (req/sec)" as printed)
# fmt: off
_RESULTS: tuple[tuple[int, int, int, str, str], ...] = (
    (128, 128, 30000, "14389.7989", "112.4203"),
    (128, 1024, 7500, "19787.6318", "19.3239"),
    (128, 2048, 3000, "16901.8790", "8.2529"),
    (128, 4096, 1500, "12427.8444", "3.0341"),
    (512, 512, 7500, "13240.2682", "25.8599"),
    (1024, 128, 7500, "3575.3588", "27.9325"),
    (1024, 1024, 3000, "10893.8728", "10.6385"),
    (2048, 128, 3000, "1899.9652", "14.8435"),
    (2048, 2048, 1500, "8686.7633", "4.2416"),
    (4096, 512, 1000, "3018.6328", "5.8958"),
    (4096, 4096, 400, "5220.4238", "1.2745"),
    (16384, 1024, 200, "1224.7921", "1.1961"),
)
# fmt: on


def _engine() -> Engine:
    from benchmarks.sizing.published import TRT_017

    return TRT_017.model_copy(
        update={
            "name": "TensorRT-LLM 0.16.0 (TensorRT engine), trtllm-bench throughput, one engine for all lengths (max batch 2048, max tokens 8192)",
            "memory_fraction": 0.90,
            "max_batch": 2048,
            "max_num_tokens": 8192,
            "kv_block_tokens": 64,
            "reserve_full_sequence": True,
            "fraction_of_free": True,
            "tuned_per_dataset": False,
        }
    )


def etched_rows() -> list[PublishedFigure]:
    """The twelve chosen length pairs of the Llama-3.1-70B TP 8 sweep."""
    from benchmarks.sizing.published import PublishedFigure

    engine = _engine()
    rows = []
    for isl, osl, requests, printed, request_rate in _RESULTS:
        rows.append(
            PublishedFigure(
                key=f"k-etched-llama-3.1-70b-h100-tp8-fp8-{isl}-{osl}",
                source=f"{_BASE}/result_{isl}_{osl}_{requests}.txt",
                where=(
                    f"PERFORMANCE OVERVIEW: Number of requests {requests}, Average Input Length (tokens) {isl}.0000, "
                    f"Average Output Length (tokens) {osl}.0000, Token Throughput (tokens/sec) {printed}, "
                    f"Request Throughput (req/sec) {request_rate}"
                ),
                engine=engine,
                model="Llama-3.1-70B",
                gpu="H100-SXM",
                tp=8,
                weight_dtype="fp8",
                kv_dtype="fp8",
                input_tokens=isl,
                output_tokens=osl,
                mode="offline",
                load=None,
                metric="output_tokens_per_s",
                published=float(printed),
                role="held-out",
                note=(
                    f"trtllm-bench throughput, {requests} requests at fixed {isl}/{osl} (averages printed as exact integers; "
                    "Token Throughput = Request Throughput x output length, so output tokens/s). TensorRT-LLM 0.16.0, FP8 "
                    "weights and KV cache, TP 8, Guaranteed No Evict, KV 90 % of free memory, 64-token blocks, one engine "
                    "(max batch 2048, max tokens 8192) for all lengths. GPU taken as H100 SXM 80 GB from the repository's "
                    "'NVIDIA H100 80GB HBM3' (assumed; the result files say only 8 GPUs, intra-node TP)."
                ),
                requests=requests,
            )
        )
    return rows
