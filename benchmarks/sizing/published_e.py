"""Held-out E: a fifth, fresh set of published figures, every row held out by rule.

Every row here is `role="held-out"`, with no exception, and the whole set was written
down before any prediction was made for it. Held-out A (`published.py`), B
(`published_b*.py`), C (`published_c*.py`) and D (`published_d*.py`) have all been seen
while the model was being changed, so they no longer measure it cleanly; only a set that
nobody has predicted yet checks the next version honestly. Nothing here may be used by
`calibrate.py` or to tune an efficiency factor, and once this set has been scored it is
spent in the same way.

None of these numbers were measured by us. Each row names its source (a file at a
commit), where in it the figure is, and the conditions the source states. Where a source
prints something other than the metric itself (an end-to-end latency for a fixed batch),
`published` is the one-line arithmetic from the printed value, written out in the code
and in `note`. An engine setting the source does not state is taken from the engine's
defaults and said so in `note`. No source here is cited by `published.py`,
`published_b*.py`, `published_c*.py`, `published_d*.py` or `trtllm_bench.py` (checked by
document, not only by exact URL: another commit of the same file counts as the same
source).

Held-out E (64 rows; 4 GPU types: H100 SXM, MI300X, A100 80 GB, L4; TP 1, 2, 4 and 8;
dense and MoE (Mixtral 8x7B); 16 offline, 36 static batches, 12 at fixed concurrency;
chosen by the rules below before any prediction). D showed that the earlier sets cluster
on trtllm-bench tables, InferenceX, dstack and vLLM pull requests, so E draws on three
other kinds of source: a vendor blog, an independent engine comparison, and a
reference implementation's README.

* AMD's ROCm blog "Best practices for competitive inference optimization on AMD Instinct
  MI300X GPUs" (the rocm-blogs repository at a commit): Llama 3.1 70B and 405B FP8 at
  TP 8, vLLM on 8 x MI300X against TensorRT-LLM 0.16 on 8 x H100. Its throughput table
  (4 lengths x 2 models x 2 GPUs, mode "offline": 16 rows, all of it) and its two
  end-to-end latency tables (fixed batches 1-128 at 128/2048 and 2048/2048), of which
  batches 1, 16 and 128 are taken by rule (the single stream, the middle of the doubling
  series and the largest) for both models and GPUs: mode "static", 24 rows.
* In `published_e_l4.py`: an independent engine comparison on one NVIDIA L4
  (ree2raz/inference-bench, its results CSV at a commit): Qwen2.5-7B-Instruct FP16 with
  vLLM 0.8.5 and SGLang 0.4.6 at fixed concurrency 1, 16 and 64, a short (~200 in, 128
  out) and a long (~1800 in, 512 out) regime: median TPOT, mode "concurrency", 12 rows.
* In `published_e_gptfast.py`: gpt-fast's READMEs (pytorch-labs/gpt-fast), single-stream
  decode (batch 1, 5-token prompt, 200 new tokens) on A100 80 GB at TP 1, 2, 4 and 8 for
  Llama 2 7B and 70B and Mixtral 8x7B, bf16 (int8 weight-only where bf16 does not fit one
  GPU): mode "static", 12 rows.

Not found, so not in the set: no fixed-request-rate row (the rate-mode figures found,
SGLang's vLLM 0.6.0 comparison and DataCrunch's H200 runs of it, Lambda's vLLM report,
the vLLM/Embedded LLM MI300X post, Crusoe's L40S FP8 recipe, use ShareGPT or sonnet
prompts, or SGLang's random prompts with range ratio 0, i.e. lengths drawn uniformly up
to the stated value); no L40S, A10 or H200 row (the L40S / A10G / A40 figures found use
variable-length prompts, charts only, or files whose repository could not be named; the
H200 ones use dp-attention or variable lengths); no Qwen3-MoE or DeepSeek row (the ones
found are charts, pipeline-parallel layouts, or pull-request excerpts that leave the GPU
unstated); no MLPerf row (its datasets have variable prompt and output lengths, which a
`PublishedFigure` cannot state).

`held_out_e()` is not part of `published.FIGURES`: the lead wires the set in once, after
the model's last validation run, so that no fitting step can see it first.
"""

# ruff: noqa: E501  (data table: one source column per line reads best)
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from benchmarks.sizing.published import Engine, PublishedFigure

ROCM_BLOG = (
    "https://github.com/ROCm/rocm-blogs/blob/11235ac299a174b730d359a6b3d9eab85a520f59/"
    "blogs/artificial-intelligence/LLM_Inference/README.md"
)

# 'vLLM Throughput Benchmark Results' table (endnote MI300-074), FP8, TP 8: (model, input, output,
# MI300X output tok/s, H100 output tok/s).
_THROUGHPUT = (
    ("Llama-3.1-70B", 128, 2048, 15105, 15810),
    ("Llama-3.1-70B", 128, 4096, 10505, 11435),
    ("Llama-3.1-70B", 500, 2000, 12664, 14481),
    ("Llama-3.1-70B", 2048, 2048, 8239, 8245),
    ("Llama-3.1-405B", 128, 2048, 4065, 3265),
    ("Llama-3.1-405B", 128, 4096, 3171, 1957),
    ("Llama-3.1-405B", 500, 2000, 2985, 2639),
    ("Llama-3.1-405B", 2048, 2048, 1999, 1563),
)

# 'vLLM Latency Benchmark Results' tables (endnote MI300-074), FP8, TP 8, end-to-end latency (TTLT) in ms:
# (model, batch, input, output, MI300X ms, H100 ms). Batches 1, 16 and 128 of the tables' 1-128, by rule.
_LATENCY = (
    ("Llama-3.1-70B", 1, 128, 2048, 19089, 20923),
    ("Llama-3.1-70B", 16, 128, 2048, 23538, 23961),
    ("Llama-3.1-70B", 128, 128, 2048, 45216, 42398),
    ("Llama-3.1-70B", 1, 2048, 2048, 19154, 21105),
    ("Llama-3.1-70B", 16, 2048, 2048, 25246, 26056),
    ("Llama-3.1-70B", 128, 2048, 2048, 59514, 54202),
    ("Llama-3.1-405B", 1, 128, 2048, 51740, 58916),
    ("Llama-3.1-405B", 16, 128, 2048, 60432, 66537),
    ("Llama-3.1-405B", 128, 128, 2048, 116139, 99911),
    ("Llama-3.1-405B", 1, 2048, 2048, 52218, 59511),
    ("Llama-3.1-405B", 16, 2048, 2048, 66890, 72055),
    ("Llama-3.1-405B", 128, 2048, 2048, 168846, 195622),
)

_SYSTEMS = (
    "The blog compares 8 x MI300X (192 GB HBM3, 750 W) with 8 x H100 SXM (80 GB, 700 W); H100 taken as the SXM "
    "part (the blog's architecture table: 'H100 SXM', 3.35 TB/s). "
)
_MI300X_VLLM = (
    "MI300X: vLLM in the prebuilt rocm/vllm-dev:20250112 image (the blog's container table: vLLM "
    "0.6.7.dev121, ROCm 6.3.0), run per ROCm/MAD's 'standalone benchmarking'. FP8 weights as printed ('FP8'); "
    "the KV-cache dtype is not stated, so vLLM's default ('auto', the activation dtype, 16-bit) is taken; "
    "gpu-memory fraction, max-num-seqs and the batched-token budget are not stated: vLLM defaults assumed. "
)
_H100_TRT = "H100: TensorRT-LLM 0.16.0, FP8 (trtllm-bench's FP8 quantization also makes the KV cache FP8). "


def _engines() -> tuple[Engine, Engine]:
    from benchmarks.sizing.published import TRT_017, VLLM

    vllm = VLLM.model_copy(update={"name": "vLLM 0.6.7.dev (ROCm rocm/vllm-dev:20250112)"})
    trt = TRT_017.model_copy(update={"name": "TensorRT-LLM 0.16.0 (trtllm-bench)"})
    return vllm, trt


def _throughput_rows() -> list[PublishedFigure]:
    from benchmarks.sizing.published import PublishedFigure

    vllm, trt = _engines()
    rows = []
    for model, isl, osl, mi300x, h100 in _THROUGHPUT:
        for gpu, value, engine in (("MI300X", mi300x, vllm), ("H100-SXM", h100, trt)):
            on_h100 = gpu == "H100-SXM"
            rows.append(
                PublishedFigure(
                    key=f"e-rocmblog-{model.lower()}-{gpu.lower()}-tp8-{isl}-{osl}",
                    source=ROCM_BLOG,
                    where=f"'Inference Benchmarks', 'vLLM Throughput Benchmark Results' table, {model.replace('-', ' ')} "
                    f"FP8, TP 8, input {isl}, output {osl}: {gpu.split('-')[0]} column {value} output tok/s",
                    engine=engine,
                    model=model,
                    gpu=gpu,
                    tp=8,
                    weight_dtype="fp8",
                    kv_dtype="fp8" if on_h100 else "fp16",
                    input_tokens=isl,
                    output_tokens=osl,
                    mode="offline",
                    load=None,
                    metric="output_tokens_per_s",
                    published=value,
                    role="held-out",
                    note="Printed: 'output token throughput (tok/sec)' where 'a local inference client is fed requests "
                    "at an infinite rate ... under maximum load with no latency constraints', 'measured with the same "
                    "method as TRT-LLM published throughput data' (a fixed number of fixed-length requests, all "
                    "submitted at once: offline). Number of requests not stated. "
                    + _SYSTEMS
                    + (
                        _H100_TRT
                        + "Built and run per TensorRT-LLM's perf-benchmarking guide (trtllm-bench build from the "
                        "dataset, so max batch / max tokens tuned per length, as for the v0.17 table)."
                        if on_h100
                        else _MI300X_VLLM
                    ),
                )
            )
    return rows


def _latency_rows() -> list[PublishedFigure]:
    from benchmarks.sizing.published import PublishedFigure

    vllm, trt = _engines()
    rows = []
    for model, batch, isl, osl, mi300x_ms, h100_ms in _LATENCY:
        for gpu, latency_ms, base in (("MI300X", mi300x_ms, vllm), ("H100-SXM", h100_ms, trt)):
            on_h100 = gpu == "H100-SXM"
            if on_h100:
                engine = base.model_copy(
                    update={
                        "name": "TensorRT-LLM 0.16.0 (emulated static batching)",
                        "tuned_per_dataset": False,
                        "max_batch": batch,
                        "max_num_tokens": batch * isl,
                    }
                )
            else:
                engine = base.model_copy(update={"name": f"{base.name}, benchmark_latency"})
            rows.append(
                PublishedFigure(
                    key=f"e-rocmblog-{model.lower()}-{gpu.lower()}-tp8-b{batch}-{isl}-{osl}",
                    source=ROCM_BLOG,
                    where=f"'vLLM Latency Benchmark Results', {model.replace('-', ' ')} FP8 table, TP 8, batch {batch}, "
                    f"input {isl}, output {osl}: latency {latency_ms} ms, {gpu.split('-')[0]} column",
                    engine=engine,
                    model=model,
                    gpu=gpu,
                    tp=8,
                    weight_dtype="fp8",
                    kv_dtype="fp8" if on_h100 else "fp16",
                    input_tokens=isl,
                    output_tokens=osl,
                    mode="static",
                    load=batch,
                    metric="output_tokens_per_s",
                    published=batch * osl / (latency_ms / 1000),
                    role="held-out",
                    note=f"Printed: end-to-end latency (time to last token) {latency_ms} ms for a batch of {batch}, "
                    f"{isl} in, {osl} out (the whole batch prefilled, then decoded); published = {batch} x {osl} / "
                    f"{latency_ms / 1000} s. "
                    + _SYSTEMS
                    + (
                        _H100_TRT
                        + "Run per TensorRT-LLM's benchmarks/cpp 'emulated static batching'; engine max batch and max "
                        "tokens taken as the batch and batch x input (an assumption: the build is not printed)."
                        if on_h100
                        else _MI300X_VLLM + "Latency measured with vLLM's benchmark_latency (MAD standalone)."
                    ),
                )
            )
    return rows


def held_out_e() -> tuple[PublishedFigure, ...]:
    """All held-out E rows, built on demand so `published.py` can include them without an import cycle."""
    from benchmarks.sizing.published_e_gptfast import gptfast_rows
    from benchmarks.sizing.published_e_l4 import l4_rows

    return (*_throughput_rows(), *_latency_rows(), *l4_rows(), *gptfast_rows())


__all__ = ["held_out_e"]
