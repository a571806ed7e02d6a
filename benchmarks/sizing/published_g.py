"""Held-out G: a seventh, fresh set of published figures, every row held out by rule.

Every row here is `role="held-out"`, with no exception, and the whole set was written
down before any prediction was made for it. Held-out A (`published.py`), B
(`published_b*.py`), C (`published_c*.py`), D (`published_d*.py`), E (`published_e*.py`)
and F (`published_f*.py`) have all been seen while the model was being changed, so they no
longer measure it cleanly; only a set that nobody has predicted yet checks the next
version honestly. Nothing here may be used by `calibrate.py` or to tune an efficiency
factor, and once this set has been scored it is spent in the same way.

None of these numbers were measured by us. Each row names its source (a file at a
commit, or an issue or pull-request page), where in it the figure is, and the conditions
the source states. Where a source prints something other than the metric itself,
`published` is the one-line arithmetic from the printed value, written out in the code
and in `note`. An engine setting the source does not state is taken from the engine's
defaults at the stated version and said so in `note`. No source here is a document cited
by `published.py`, `published_b*.py` ... `published_f*.py` or `trtllm_bench.py` (checked by
document, not only by exact URL: another commit of the same file counts as the same
source; the unit test checks it against the wired table).

Held-out G (see `held_out_g()` for the count; the unit test pins the shape). The sets
before it cluster on trtllm-bench tables, InferenceX, dstack, vLLM pull requests, AMD's
ROCm blog, gpt-fast and torchao, so G draws on a kind of source none of them used: an
inference platform's published tuning reports with every benchmark block printed in
full (GPUStack's "performance lab", engines of late 2025: vLLM v0.11.0, TensorRT-LLM
v1.2.0rc1), plus, in `published_g_serving.py`, fixed-concurrency and fixed-rate runs
from GitHub issues and pull requests with fixed prompt and output lengths:

* GPUStack performance lab (gpustack/gpustack, docs/performance-lab/<model>/<gpu>.md, a
  file at a commit each): the "Other Benchmark Cases" blocks, i.e. `vllm bench serve
  --dataset-name random` with all prompts sent at once (request rate inf, no concurrency
  cap: mode "offline") at 2000 in / 100 out (500 prompts), 4000 in / 200 out (500) and 128
  in / 4 out (1000), for the baseline (`vllm serve <model>`, all defaults) and the page's
  optimized configuration where its engine and flags are fully stated (vLLM with FP8
  weights and a larger token budget, or `trtllm-serve` with chunked prefill). Qwen3-14B
  and Qwen3-32B (TP 1) on A100 80 GB and H100 SXM, Qwen3-235B-A22B (TP 8 bf16, TP 4 FP8)
  on A100 80 GB and H100 SXM, DeepSeek-R1-0528 (TP 8, FP8) on H200, also at 32000 in /
  100 out. A block whose generated total falls more than 1 % short of prompts x length
  (some requests stopped early, so the output length is not fixed) is left out: the
  32000-token cases of the Qwen pages and the 4000-token cases of the Qwen3-235B pages.
  SGLang blocks are left out (its memory fraction at these versions is set per GPU by a
  heuristic the pages do not print), and so are the ShareGPT blocks (variable lengths).

`held_out_g()` is not part of `published.FIGURES`: the lead wires the set in once, after
the model's last validation run, so that no fitting step can see it first.
"""

# ruff: noqa: E501  (data table: one source column per line reads best)
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from benchmarks.sizing.published import Engine, PublishedFigure
    from benchmarks.sizing.specs import KvDtype, WeightDtype

_LAB = "https://github.com/gpustack/gpustack/blob/{commit}/docs/performance-lab/{page}.md"
GPUSTACK_PAGES = {
    "qwen3-14b/a100": _LAB.format(commit="10e9444a07c73556f2ef0d10d2b2766bbf54c9c0", page="qwen3-14b/a100"),
    "qwen3-14b/h100": _LAB.format(commit="7ae332aaf05783e657560ef927c527b156e2536d", page="qwen3-14b/h100"),
    "qwen3-32b/a100": _LAB.format(commit="10e9444a07c73556f2ef0d10d2b2766bbf54c9c0", page="qwen3-32b/a100"),
    "qwen3-32b/h100": _LAB.format(commit="10e9444a07c73556f2ef0d10d2b2766bbf54c9c0", page="qwen3-32b/h100"),
    "qwen3-235b-a22b/a100": _LAB.format(commit="9babbd2674ad9b74c2ea48d804c79d845b6c329b", page="qwen3-235b-a22b/a100"),
    "qwen3-235b-a22b/h100": _LAB.format(commit="10e9444a07c73556f2ef0d10d2b2766bbf54c9c0", page="qwen3-235b-a22b/h100"),
    "deepseek-r1/h200": _LAB.format(commit="a5c9fafc3022e81779c2c5ade32c5b703ce2248c", page="deepseek-r1/h200"),
}

# The page's case label -> the block's comment in "Other Benchmark Cases".
_CASE = {"2k": "# random 2K input", "4k": "# random 4K input", "128": "# random 128 input", "32k": "# random 32K input"}

# One configuration of one page: (page, configuration, serving command as printed, model, GPU, TP,
# weight dtype, blocks), each block (case, successful requests, total input tokens, total generated
# tokens, printed output tok/s).
_Block = tuple[str, int, int, int, float]
_Config = tuple[str, str, str, str, str, int, "WeightDtype", tuple[_Block, ...]]
_TRT14 = "trtllm-serve Qwen/Qwen3-14B --max_seq_len=40960 --enable_chunked_prefill"
_TRT32 = "trtllm-serve Qwen/Qwen3-32B --max_seq_len=40960 --enable_chunked_prefill"
_TRT32_FP8 = "trtllm-serve Qwen/Qwen3-32B-FP8 --max_seq_len=40960 --enable_chunked_prefill"
_Q235 = "vllm serve Qwen/Qwen3-235B-A22B-Instruct-2507 -tp 8"
_Q235_FP8 = "vllm serve Qwen/Qwen3-235B-A22B-Instruct-2507-FP8 -tp 4"
_DSR1 = "vllm serve deepseek-ai/DeepSeek-R1-0528 -tp 8"
# fmt: off
_CONFIGS: tuple[_Config, ...] = (
    ("qwen3-14b/a100", "base", "vllm serve Qwen/Qwen3-14B", "Qwen3-14B", "A100-80GB", 1, "bf16", (
        ("2k", 500, 998175, 50000, 284.64), ("4k", 500, 1997942, 99783, 245.13), ("128", 1000, 127698, 4000, 149.33))),
    ("qwen3-14b/a100", "trt", _TRT14, "Qwen3-14B", "A100-80GB", 1, "bf16", (
        ("2k", 500, 998175, 50000, 356.52), ("4k", 500, 1997942, 99760, 305.25), ("128", 1000, 127698, 4000, 266.13))),
    ("qwen3-14b/h100", "base", "vllm serve Qwen/Qwen3-14B", "Qwen3-14B", "H100-SXM", 1, "bf16", (
        ("2k", 500, 998175, 50000, 505.51), ("4k", 500, 1997942, 99803, 438.56), ("128", 1000, 127698, 4000, 176.06))),
    ("qwen3-32b/a100", "base", "vllm serve Qwen/Qwen3-32B", "Qwen3-32B", "A100-80GB", 1, "bf16", (
        ("2k", 500, 998175, 50000, 120.27), ("4k", 500, 1997942, 99893, 87.48), ("128", 1000, 127698, 4000, 80.69))),
    ("qwen3-32b/a100", "trt", _TRT32, "Qwen3-32B", "A100-80GB", 1, "bf16", (
        ("2k", 500, 998175, 50000, 129.55), ("4k", 500, 1997942, 99874, 97.01), ("128", 1000, 127698, 4000, 107.38))),
    ("qwen3-32b/h100", "base", "vllm serve Qwen/Qwen3-32B", "Qwen3-32B", "H100-SXM", 1, "bf16", (
        ("2k", 500, 998175, 50000, 152.42), ("4k", 500, 1997942, 99790, 102.21), ("128", 1000, 127698, 4000, 121.66))),
    ("qwen3-32b/h100", "trt", _TRT32_FP8, "Qwen3-32B", "H100-SXM", 1, "fp8", (
        ("2k", 500, 998175, 50000, 281.53), ("4k", 500, 1997942, 99888, 234.70), ("128", 1000, 127698, 4000, 207.33))),
    ("qwen3-235b-a22b/a100", "base", _Q235, "Qwen3-235B-A22B", "A100-80GB", 8, "bf16", (
        ("2k", 500, 998175, 49632, 442.54), ("128", 1000, 127698, 4000, 226.26))),
    ("qwen3-235b-a22b/a100", "fp8", _Q235_FP8, "Qwen3-235B-A22B", "A100-80GB", 4, "fp8", (
        ("2k", 500, 998175, 49495, 251.99), ("128", 1000, 127698, 4000, 150.70))),
    ("qwen3-235b-a22b/h100", "base", _Q235, "Qwen3-235B-A22B", "H100-SXM", 8, "bf16", (
        ("2k", 500, 998175, 49500, 1127.26), ("128", 984, 125650, 3936, 445.53))),
    ("qwen3-235b-a22b/h100", "fp8", f"{_Q235_FP8} --max-num-batched-tokens 16384", "Qwen3-235B-A22B", "H100-SXM", 4, "fp8", (
        ("2k", 500, 998175, 49471, 894.84), ("128", 984, 125650, 3936, 644.28))),
    ("deepseek-r1/h200", "base", _DSR1, "DeepSeek-R1", "H200", 8, "fp8", (
        ("32k", 100, 3199900, 10000, 48.33), ("4k", 500, 1997530, 100000, 753.67),
        ("2k", 500, 998393, 50000, 843.71), ("128", 1000, 126882, 4000, 181.27))),
)
# fmt: on

# Requested lengths of each case (the page's "Benchmark Dataset" list).
_REQUESTED = {"2k": (2000, 100), "4k": (4000, 200), "128": (128, 4), "32k": (32000, 100)}

_HARDWARE = {
    "A100-80GB": "GPU: A100 SXM 80 GB (the page says 'NVIDIA A100 GPUs'; the lab's Qwen3-235B page runs "
    "8 x A100 on one node and the docs site's later edition of these pages names 'A100 SXM 80GB'; "
    "80 GB taken for every A100 page). ",
    "H100-SXM": "GPU: H100 SXM 80 GB (the lab's Qwen3-14B page says 'A single NVIDIA H100 SXM GPU'; the "
    "other H100 pages say 'NVIDIA H100 GPUs' and run TP 4 / 8 on one node, taken as SXM). ",
    "H200": "GPU: H200 SXM 141 GB ('NVIDIA H200 GPUs', a single H200 node, TP 8). ",
}

_MODEL_NOTE = {
    "Qwen3-14B": "Model Qwen/Qwen3-14B (BF16 checkpoint). ",
    "Qwen3-32B": "Model Qwen/Qwen3-32B (BF16), or Qwen/Qwen3-32B-FP8 (block-wise FP8 weights, 128x128 scales) "
    "where the command names it. ",
    "Qwen3-235B-A22B": "Model Qwen/Qwen3-235B-A22B-Instruct-2507 (or its -FP8 block-wise checkpoint), the "
    "Qwen3-235B-A22B architecture (94 layers, 128 experts, 8 active), i.e. the catalogue's Qwen3-235B-A22B. ",
    "DeepSeek-R1": "Model deepseek-ai/DeepSeek-R1-0528: the DeepSeek-R1 architecture (MLA, 256 routed experts, "
    "8 active) with its native block-wise FP8 weights. ",
}


def _engine(config: str, gpu: str, command: str) -> Engine:
    from benchmarks.sizing.published import TRT_10, VLLM

    if config == "trt":
        # trtllm-serve (PyTorch backend) defaults at 1.2.0rc1: max_batch_size 2048, max_num_tokens 8192,
        # KV = 0.9 of the memory left after weights, 32-token blocks, GUARANTEED_NO_EVICT scheduling.
        return TRT_10.model_copy(
            update={
                "name": f"TensorRT-LLM v1.2.0rc1 trtllm-serve (PyTorch backend), '{command}'",
                "memory_fraction": 0.90,
                "tuned_per_dataset": False,
            }
        )
    # vLLM v0.11.0 API-server defaults: max_num_seqs 1024 / max_num_batched_tokens 8192 on a GPU of
    # >= 70 GiB that is not an A100, 256 / 2048 otherwise (vllm/engine/arg_utils.py); 0.9 of total memory.
    large = gpu != "A100-80GB"
    tokens = 16384 if "--max-num-batched-tokens 16384" in command else (8192 if large else 2048)
    return VLLM.model_copy(
        update={
            "name": f"vLLM v0.11.0, '{command}'",
            "max_batch": 1024 if large else 256,
            "max_num_tokens": tokens,
        }
    )


# No row sets a KV-cache dtype: vLLM's and TensorRT-LLM's 'auto' keep the model's activation dtype (BF16)
# for these checkpoints, whose quantization configs carry no KV-cache scheme.
_KV: KvDtype = "bf16"


def _gpustack_rows() -> list[PublishedFigure]:
    from benchmarks.sizing.published import PublishedFigure

    rows = []
    blocks = [(config, block) for config in _CONFIGS for block in config[7]]
    for (page, config, command, model, gpu, tp, weight, _), (case, prompts, total_in, total_out, tok_s) in blocks:
        isl, osl = round(total_in / prompts), round(total_out / prompts)
        wanted_in, wanted_out = _REQUESTED[case]
        engine = _engine(config, gpu, command)
        section = "Baseline benchmark results" if config == "base" else "Optimized benchmark results"
        rows.append(
            PublishedFigure(
                key=f"g-gpustack-{model.lower()}-{gpu.lower()}-tp{tp}-{weight}-{config}-{case}",
                source=GPUSTACK_PAGES[page],
                where=f"'Other Benchmark Cases', '{section}' block '{_CASE[case]}': 'Output token throughput "
                f"(tok/s): {tok_s:.2f}'",
                engine=engine,
                model=model,
                gpu=gpu,
                tp=tp,
                weight_dtype=weight,
                kv_dtype=_KV,
                input_tokens=isl,
                output_tokens=osl,
                mode="offline",
                load=None,
                metric="output_tokens_per_s",
                published=tok_s,
                role="held-out",
                requests=prompts,
                note=f"printed: 'Output token throughput (tok/s): {tok_s:.2f}' (published as printed) for "
                f"'{command}' ({engine.name.split(',')[0]}). The block prints {prompts} successful requests, total "
                f"input {total_in} and total generated {total_out} tokens: {isl} in / {osl} out per request on "
                f"average (requested {wanted_in} / {wanted_out}: `vllm bench serve --backend openai-chat "
                "--dataset-name random --random-input-len ... --random-output-len ... --seed 42`, whose default "
                "range ratio 0 gives every prompt the same length; the chat template and re-tokenization shave a "
                "few input tokens). No --request-rate and no --max-concurrency: every prompt is sent at once "
                "(mode offline). "
                + _HARDWARE[gpu]
                + _MODEL_NOTE[model]
                + (
                    "Weights FP8 as the checkpoint states; on A100 (no FP8 tensor cores) vLLM runs them as W8A16 "
                    "through its Marlin kernel (the page's 'Quantization in vLLM' section says so). "
                    if weight == "fp8" and gpu == "A100-80GB"
                    else ""
                )
                + "KV cache BF16 (no --kv-cache-dtype given; the engine's 'auto'). Engine settings not printed "
                "are the engine's defaults at that version: "
                + (
                    "max_batch_size 2048, max_num_tokens 8192, KV fraction 0.9 of free memory."
                    if config == "trt"
                    else f"max_num_seqs {engine.max_batch}, max_num_batched_tokens {engine.max_num_tokens}, "
                    "gpu_memory_utilization 0.9, chunked prefill on, prefix caching on (random prompts share no "
                    "prefix)."
                ),
            )
        )
    return rows


def held_out_g() -> tuple[PublishedFigure, ...]:
    """All held-out G rows, built on demand so `published.py` can include them without an import cycle."""
    return tuple(_gpustack_rows())


__all__ = ["held_out_g"]
