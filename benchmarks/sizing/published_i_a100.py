"""Held-out I, part 3: Qwen3-32B and Qwen2.5-7B on A100 80GB PCIe, vLLM 0.19.0 and TensorRT-LLM 1.2.1.

cssnoeasy/a100-vllm-benchmark-blog is one engineer's published experiment notebook (a GitHub Pages
blog whose reports live in the repository as Markdown, files at a commit). The server has two NVIDIA
A100 80GB PCIe cards, no NVLink, and `nvidia-smi topo -m` shows `SYS` between them (PCIe across the
NUMA boundary). Three reports give fixed-length closed-loop figures:

* `docs/reports/a100-quantization-capacity.md` (commit 5b67cd2): Qwen3-32B on one A100 (GPU 0), vLLM
  0.19.0, "eager mode, max_model_len=8192, gpu_memory_utilization=0.90, enable_thinking=false", request
  rate inf under a `--max-concurrency` cap, four variants: BF16 (KV auto = BF16), BF16 with FP8 KV
  cache, the official Qwen3-32B-AWQ (INT4 weights, float16 compute, KV FP16) and a self-built
  compressed-tensors W4A16 GPTQ checkpoint (INT4, group 128, float16 compute, KV FP16). Tables
  "512x256" (concurrency 4, 8, 16, 24, 32) and "2048x512" (4, 8, 12, 16), output tok/s: 36 rows, mode
  "concurrency". The prompt count is stated only for 2048x512 at concurrency 4 (16 prompts, every
  variant); elsewhere it is not stated (`requests` None). Open-loop ladder (512x256, 128 requests per
  point, max_concurrency 32, finite request rate): the highest rate that met the report's SLO for each
  variant, output tok/s at that rate: 4 rows, mode "rate", load = the configured rate.
* `docs/reports/a100-tp1-vs-tp2-formal-baseline.md` (commit e4226b0): Qwen2.5-7B-Instruct in float16,
  KV auto (FP16), TP 1 (GPU 0) and TP 2 (GPU 0 and 1), `vllm serve ... --dtype float16
  --gpu-memory-utilization 0.75 --max-model-len 4096 --seed 0` (no eager flag: CUDA graphs on), and
  `vllm bench serve --dataset-name random --random-input-len I --random-output-len O --num-prompts 100
  --max-concurrency C`: 512/256 at 8, 2048/128 at 16, 2048/512 at 32. The summary table prints the
  mean of three repeats of 100 requests each: 6 rows, mode "concurrency".
* `docs/reports/tensorrt-llm-validation.md` (commit 5b67cd2): Qwen3-32B BF16 on one A100, 512/256,
  closed-loop concurrency 16, 96 requests per round, three rounds; TensorRT-LLM 1.2.1 (PyTorch
  backend, `trtllm-serve` on the Hugging Face checkpoint) and vLLM 0.19.0 through the same streaming
  client: the three-round mean output throughput of each, 2 rows.

Fixed lengths: the reports call the workloads fixed ("each successful request generates the same
number of output tokens", the TP report), and the printed numbers agree: request rate x output length
equals the printed output tok/s to rounding (TP report: 2.43 x 256 = 622 against 623.18, 9.45 x 128 =
1209.6 against 1209.63; rate ladder: 0.567 x 256 = 145.2 against 145.04, 1.179 x 256 = 301.8 against
301.82), and in the TensorRT-LLM report 16 x 256 / 317.85 = 12.9 s per request matches its E2E P99 of
13.2 s.

Engine settings the reports leave unstated, taken from the versions' defaults (assumed): vLLM 0.19.0
on an A100 (vLLM's "a100" exception to its large-GPU defaults) serves with max_num_seqs 256 and a
2048-token chunked-prefill budget, 16-token KV blocks, KV = gpu_memory_utilization x total memory.
The quantization report's engine is eager (stated); the vLLM control of the TensorRT-LLM report is
taken as eager too (`--enforce-eager` in the repository's experiment config
`configs/experiments/a100-vllm-bf16-tp1.yaml`, whose status reads "planned", and the same machine's
vLLM runs are eager in the quantization report). TensorRT-LLM 1.2.1's PyTorch backend: KV = 0.90 of
the memory free after the weights (the LLM API default), max_batch_size 32 (the experiment config
`configs/experiments/a100-trtllm-bf16-tp1.yaml`, status "planned"; the report only says the first
max_batch_size=1 start was replaced by a batching one), 8192 max tokens per step, guaranteed-no-evict
scheduling, 32-token KV blocks (assumed). Every row is held out.
"""

# ruff: noqa: E501  (data table: one source column per line reads best)
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from benchmarks.sizing.published import Engine, PublishedFigure
    from benchmarks.sizing.specs import KvDtype, WeightDtype

_REPO = "https://github.com/cssnoeasy/a100-vllm-benchmark-blog/blob/{commit}/{path}"
QUANT_REPORT = _REPO.format(
    commit="5b67cd24cec04a0664aa3a7aa585ea11df6d5f5e", path="docs/reports/a100-quantization-capacity.md"
)
TP_REPORT = _REPO.format(
    commit="e4226b0fa0762a9c8d9ac4e8c1b9e8f2f53a3cc5", path="docs/reports/a100-tp1-vs-tp2-formal-baseline.md"
)
TRT_REPORT = _REPO.format(
    commit="5b67cd24cec04a0664aa3a7aa585ea11df6d5f5e", path="docs/reports/tensorrt-llm-validation.md"
)
VLLM_CONFIG = _REPO.format(
    commit="e4226b0fa0762a9c8d9ac4e8c1b9e8f2f53a3cc5", path="configs/experiments/a100-vllm-bf16-tp1.yaml"
)
TRT_CONFIG = _REPO.format(
    commit="e4226b0fa0762a9c8d9ac4e8c1b9e8f2f53a3cc5", path="configs/experiments/a100-trtllm-bf16-tp1.yaml"
)

_GPU = "A100-PCIe-80GB"
_HARDWARE = (
    "NVIDIA A100 80GB PCIe (driver 580.173.02); the server's two cards have no NVLink and "
    "'nvidia-smi topo -m' shows SYS between them (PCIe across the NUMA boundary)"
)

# Quantization report variants: column label -> (weight dtype, KV dtype, what it is)
_VARIANTS: dict[str, tuple[WeightDtype, KvDtype, str]] = {
    "BF16": ("bf16", "bf16", "Qwen3-32B, BF16 weights and compute, KV cache dtype auto (BF16)"),
    "FP8 KV": (
        "bf16",
        "fp8",
        "Qwen3-32B, BF16 weights and compute, FP8 KV cache (the report: 78,400 KV tokens against BF16's 39,200)",
    ),
    "AWQ": ("int4", "fp16", "the official Qwen3-32B-AWQ (INT4 weight-only), float16 compute, KV cache auto (FP16)"),
    "self": (
        "int4",
        "fp16",
        "a self-built compressed-tensors W4A16 GPTQ Qwen3-32B (INT4 weights, group 128, symmetric, lm_head "
        "unquantized; llm-compressor GPTQModifier on WikiText-2), float16 compute, KV cache auto (FP16)",
    ),
}
# (input, output) -> concurrency -> output tok/s per variant, in _VARIANTS order, as printed
# fmt: off
_CLOSED_LOOP: dict[tuple[int, int], dict[int, tuple[float, float, float, float]]] = {
    (512, 256): {
        4: (79.43, 79.45, 99.60, 95.91),
        8: (148.58, 149.22, 185.15, 179.56),
        16: (264.83, 267.69, 303.52, 312.90),
        24: (370.56, 374.49, 326.83, 408.80),
        32: (444.29, 452.19, 375.11, 494.32),
    },
    (2048, 512): {
        4: (74.15, 74.84, 92.89, 90.24),
        8: (131.14, 133.04, 161.10, 158.82),
        12: (178.42, 181.77, 201.97, 190.85),
        16: (186.08, 217.52, 229.13, 243.84),
    },
}
# Open-loop ladder, highest rate that met the SLO: variant -> (configured req/s, actual req/s, output tok/s)
_RATE: dict[str, tuple[float, float, float]] = {
    "BF16": (0.6, 0.567, 145.04),
    "FP8 KV": (0.6, 0.567, 145.08),
    "AWQ": (0.5, 0.482, 123.30),
    "self": (1.3, 1.179, 301.82),
}
# TP report summary table: (tp, input, output, concurrency) -> output tok/s (mean of three runs of 100)
_TP_ROWS: tuple[tuple[int, int, int, int, float], ...] = (
    (1, 512, 256, 8, 623.18),
    (2, 512, 256, 8, 845.67),
    (1, 2048, 128, 16, 906.60),
    (2, 2048, 128, 16, 1209.63),
    (1, 2048, 512, 32, 1757.34),
    (2, 2048, 512, 32, 2543.03),
)
# TensorRT-LLM report, three-round mean output throughput at 512/256, concurrency 16
_TRT_VS_VLLM: dict[str, float] = {"trtllm": 317.85, "vllm": 313.92}
# fmt: on


def _vllm(label: str, fraction: float, max_model_len: int, eager: bool) -> Engine:
    from benchmarks.sizing.published import VLLM

    return VLLM.model_copy(
        update={
            "name": f"vLLM 0.19.0 ({label}; gpu_memory_utilization={fraction}, max_model_len={max_model_len}, enforce_eager={eager})",
            "memory_fraction": fraction,
            "max_batch": 256,
            "max_num_tokens": 2048,
            "kv_block_tokens": 16,
        }
    )


def _trtllm() -> Engine:
    from benchmarks.sizing.published import TRT_10

    return TRT_10.model_copy(
        update={
            "name": "TensorRT-LLM 1.2.1 (PyTorch backend, trtllm-serve; max_batch_size 32 from the planned experiment config)",
            "memory_fraction": 0.90,
            "max_batch": 32,
            "max_num_tokens": 8192,
            "kv_block_tokens": 32,
            "tuned_per_dataset": False,
        }
    )


def _quant_rows() -> list[PublishedFigure]:
    from benchmarks.sizing.published import PublishedFigure

    engine = _vllm("quantization report runner", 0.90, 8192, True)
    rows = []
    for (isl, osl), by_concurrency in _CLOSED_LOOP.items():
        for concurrency, values in by_concurrency.items():
            for (variant, (weight, kv, what)), tok_s in zip(_VARIANTS.items(), values, strict=True):
                column = f"{variant} tok/s"
                prompts = 16 if (isl, osl, concurrency) == (2048, 512, 4) else None
                rows.append(
                    PublishedFigure(
                        key=f"i-a100blog-qwen3-32b-a100pcie-tp1-{variant.lower().replace(' ', '')}-{isl}-{osl}-c{concurrency}",
                        source=QUANT_REPORT,
                        where=f"'{isl}x{osl}' results table, row c {concurrency}, column '{column}': {tok_s:.2f}",
                        engine=engine,
                        model="Qwen3-32B",
                        gpu=_GPU,
                        tp=1,
                        weight_dtype=weight,
                        kv_dtype=kv,
                        input_tokens=isl,
                        output_tokens=osl,
                        mode="concurrency",
                        load=float(concurrency),
                        metric="output_tokens_per_s",
                        published=tok_s,
                        role="held-out",
                        requests=prompts,
                        note=(
                            f"{what}. One {_HARDWARE}, TP 1. vLLM 0.19.0, eager mode, max_model_len 8192, "
                            f"gpu_memory_utilization 0.90, thinking off, request rate inf with max concurrency "
                            f"{concurrency}, fixed {isl} in / {osl} out (see module docstring). "
                            + (
                                "16 prompts (the report: every variant's 2048x512 c4 run used 16)."
                                if prompts
                                else "Prompts not stated for this point."
                            )
                            + " max_num_seqs 256, 2048-token chunked-prefill budget, 16-token blocks: vLLM 0.19.0 defaults on A100 (assumed)."
                        ),
                    )
                )
    for variant, (rate, actual, tok_s) in _RATE.items():
        weight, kv, what = _VARIANTS[variant]
        rows.append(
            PublishedFigure(
                key=f"i-a100blog-qwen3-32b-a100pcie-tp1-{variant.lower().replace(' ', '')}-512-256-rate{rate}",
                source=QUANT_REPORT,
                where=f"open-loop boundary table, row '{variant}' (highest passing rate {rate}, actual req/s {actual}), column 'output tok/s': {tok_s:.2f}",
                engine=engine,
                model="Qwen3-32B",
                gpu=_GPU,
                tp=1,
                weight_dtype=weight,
                kv_dtype=kv,
                input_tokens=512,
                output_tokens=256,
                mode="rate",
                load=rate,
                metric="output_tokens_per_s",
                published=tok_s,
                role="held-out",
                requests=128,
                note=(
                    f"{what}. One {_HARDWARE}, TP 1. vLLM 0.19.0, eager mode, max_model_len 8192, "
                    f"gpu_memory_utilization 0.90, thinking off. Open-loop ladder: fixed 512 in / 256 out, 128 "
                    f"requests at a configured {rate} req/s (arrival process not stated: vLLM bench serve's "
                    f"default Poisson assumed), max_concurrency 32; the run achieved {actual} req/s "
                    f"({actual} x 256 = {actual * 256:.1f} tok/s, the printed figure to rounding). The highest "
                    "rate meeting the report's SLO (P99 TTFT <= 4 s, P99 TPOT <= 60 ms, no failures)."
                ),
            )
        )
    return rows


def _tp_rows() -> list[PublishedFigure]:
    from benchmarks.sizing.published import PublishedFigure

    engine = _vllm("'vllm serve Qwen2.5-7B-Instruct --dtype float16 --kv-cache-dtype auto'", 0.75, 4096, False)
    rows = []
    for tp, isl, osl, concurrency, tok_s in _TP_ROWS:
        rows.append(
            PublishedFigure(
                key=f"i-a100blog-qwen2.5-7b-a100pcie-tp{tp}-fp16-{isl}-{osl}-c{concurrency}",
                source=TP_REPORT,
                where=f"section 8 summary table (mean of three runs), row TP {tp}, input {isl} / output {osl} at concurrency {concurrency}, output throughput tok/s column: {tok_s:.2f}",
                engine=engine,
                model="Qwen2.5-7B",
                gpu=_GPU,
                tp=tp,
                weight_dtype="fp16",
                kv_dtype="fp16",
                input_tokens=isl,
                output_tokens=osl,
                mode="concurrency",
                load=float(concurrency),
                metric="output_tokens_per_s",
                published=tok_s,
                role="held-out",
                requests=100,
                note=(
                    f"Qwen2.5-7B-Instruct, float16 weights, KV auto (FP16). {_HARDWARE}; TP {tp} "
                    f"({'GPU 0' if tp == 1 else 'GPU 0 and 1, all-reduce over PCIe/SYS'}). vLLM 0.19.0 "
                    "(PyTorch 2.10.0+cu128), gpu_memory_utilization 0.75, max_model_len 4096, CUDA graphs on "
                    f"(no eager flag). 'vllm bench serve --dataset-name random --random-input-len {isl} "
                    f"--random-output-len {osl} --num-prompts 100 --max-concurrency {concurrency}', 20 warm-up "
                    "requests; the figure is the mean of three such runs (no preemption or recompute in any "
                    "run). max_num_seqs 256, 2048-token chunked-prefill budget, 16-token blocks: vLLM 0.19.0 "
                    "defaults on A100 (assumed)."
                    + (
                        " The report's per-run table shows the first of the three runs slow at both TP sizes "
                        "(request rates 2.05 / 2.63 / 2.63 req/s at TP 1, 2.60 / 3.65 / 3.66 at TP 2; TTFT P99 "
                        "about 8 s in run 1); the mean of all three is the figure."
                        if (isl, osl) == (512, 256)
                        else ""
                    )
                ),
            )
        )
    return rows


def _trt_rows() -> list[PublishedFigure]:
    from benchmarks.sizing.published import PublishedFigure

    rows = []
    for name, tok_s in _TRT_VS_VLLM.items():
        if name == "trtllm":
            engine, column, config = _trtllm(), "TensorRT-LLM PyTorch backend", TRT_CONFIG
        else:
            engine = _vllm("the TensorRT-LLM report's vLLM control", 0.90, 8192, True)
            column, config = "vLLM", VLLM_CONFIG
        rows.append(
            PublishedFigure(
                key=f"i-a100blog-qwen3-32b-a100pcie-tp1-{name}-bf16-512-256-c16",
                source=TRT_REPORT,
                where=f"section 8 three-round mean table, row 'output throughput', column '{column}': {tok_s:.2f} tok/s",
                engine=engine,
                model="Qwen3-32B",
                gpu=_GPU,
                tp=1,
                weight_dtype="bf16",
                kv_dtype="bf16",
                input_tokens=512,
                output_tokens=256,
                mode="concurrency",
                load=16.0,
                metric="output_tokens_per_s",
                published=tok_s,
                role="held-out",
                requests=96,
                note=(
                    f"Qwen3-32B BF16 on one {_HARDWARE}, TP 1. {engine.name}. OpenAI /v1/completions, "
                    "streaming, closed-loop concurrency 16, 512 in / 256 out, temperature 0, thinking off, 8 "
                    "warm-up requests, 96 requests per round; the figure is the mean of three rounds (288/288 "
                    f"completed). Settings the report does not restate are from {config} (status 'planned'; "
                    "assumed, see module docstring)."
                ),
            )
        )
    return rows


def a100_blog_rows() -> list[PublishedFigure]:
    """The three reports' fixed-length figures on A100 80GB PCIe, every one held out."""
    return [*_quant_rows(), *_tp_rows(), *_trt_rows()]
