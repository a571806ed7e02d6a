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

Held-out G (52 rows; the unit test pins the shape). The sets before it cluster on
trtllm-bench tables, InferenceX, dstack, vLLM pull requests, AMD's ROCm blog, gpt-fast and
torchao, so G draws on kinds of source none of them used: an inference platform's published
tuning reports with every benchmark block printed in full, an HPC lab's raw results table,
a TensorRT-LLM performance-practice blog and an inference team's committed experiment
records:

* GPUStack performance lab (gpustack/gpustack, docs/performance-lab/<model>/<gpu>.md, a file
  at a commit each), engines of late 2025 (vLLM v0.11.0, SGLang v0.5.5.post1, TensorRT-LLM
  v1.2.0rc1): the "Other Benchmark Cases" blocks, i.e. `vllm bench serve --dataset-name
  random` with all prompts sent at once (no rate, no concurrency cap: mode "offline") at
  2000 in / 100 out (500 prompts), 4000 / 200 (500), 128 / 4 (1000) and 32000 / 100 (100),
  for the baseline (`vllm serve <model>`, all defaults) and the page's optimized
  configuration where its engine and flags are fully stated (vLLM with FP8 weights,
  `trtllm-serve` with chunked prefill, SGLang with FP8 weights). Qwen3-14B and Qwen3-32B
  (TP 1) on A100 80 GB and H100 SXM, Qwen3-235B-A22B (TP 8 BF16, TP 4 FP8) on both, and
  DeepSeek-R1-0528 (TP 8, FP8) on H200: 40 rows. A block whose generated total falls more
  than 2 % short of prompts x length (requests that stopped early, so the output length is
  not fixed) is left out, which drops the 32000-token blocks of the Qwen3-32B and
  Qwen3-235B pages and the 4000-token blocks of the Qwen3-235B pages. SGLang's DeepSeek
  blocks (data-parallel attention, whose sizing rules the page leaves implicit) and every
  ShareGPT block (variable lengths) are left out too.
* In `published_g_static.py`: Argonne's LLM-Inference-Bench results table, Llama 3 70B on
  MI300X at TP 1, 2, 4 and 8, static batches of 16 and 64 at 1024 in / 1024 out, vLLM v0.6.1
  (ROCm), FP16: mode "static", 8 rows (the one 2024 engine in the set, said on each row).
* In `published_g_serving.py`, mode "concurrency", 4 rows: TensorRT-LLM's DeepSeek-R1
  best-practice blog, H200 max-throughput run (TP 8, EP 8, attention data parallel,
  concurrency 1024, 1024 / 2048 fixed), 1 row; cloudrift-ai/emmy's experiment records,
  stock vLLM at concurrency 1 with EOS ignored: Qwen3-30B-A3B on H200 (vLLM 0.17.0, 4096 /
  4096, throughput and TPOT) and Qwen3-8B on A100-SXM4-80GB (vLLM 0.23.0, 128 / 512, TPOT),
  3 rows.

Not found, so not in the set (searched: vLLM / SGLang / TensorRT-LLM issues and pull
requests, the vLLM and SGLang recipe and cookbook repositories, ROCm blogs, LMDeploy docs,
vendor and cloud benchmark pages): more fixed-concurrency rows with fixed lengths and a
stated GPU variant (most serving runs found use ShareGPT, SGLang's random prompts with
range ratio 0, charts only, or leave the GPU variant unstated, e.g. vLLM issue 20469's
Qwen3-14B-AWQ runs on an "A100 80GB" of unstated form factor), fixed-request-rate rows with
a stated GPU (SGLang pull requests 5571 / 6220 run DeepSeek-V3 at fixed rates with fixed
lengths, but the stored threads name only "sm90", not the GPU), and any L40S, L4 or A10 row with its conditions (the runinfra.ai and
Vultr benchmark pages leave the client's length control or the parallel layout unstated in
what is stored). Models or GPUs the catalogue lacks were skipped: Qwen3.5, GLM, gpt-oss,
Ministral 3, Gemma 4, MiniMax, DeepSeek-V3.2 (sparse attention), Qwen3-VL, the NVIDIA L20
and H20, and AMD MI355X / MI250.

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
_SGL14_FP8 = "python3 -m sglang.launch_server --model-path Qwen/Qwen3-14B-FP8"
# fmt: off
_CONFIGS: tuple[_Config, ...] = (
    ("qwen3-14b/a100", "base", "vllm serve Qwen/Qwen3-14B", "Qwen3-14B", "A100-80GB", 1, "bf16", (
        ("2k", 500, 998175, 50000, 284.64), ("4k", 500, 1997942, 99783, 245.13), ("128", 1000, 127698, 4000, 149.33),
        ("32k", 100, 3200000, 9891, 13.65))),
    ("qwen3-14b/a100", "trt", _TRT14, "Qwen3-14B", "A100-80GB", 1, "bf16", (
        ("2k", 500, 998175, 50000, 356.52), ("4k", 500, 1997942, 99760, 305.25), ("128", 1000, 127698, 4000, 266.13),
        ("32k", 100, 3200000, 9932, 13.66))),
    ("qwen3-14b/h100", "base", "vllm serve Qwen/Qwen3-14B", "Qwen3-14B", "H100-SXM", 1, "bf16", (
        ("2k", 500, 998175, 50000, 505.51), ("4k", 500, 1997942, 99803, 438.56), ("128", 1000, 127698, 4000, 176.06),
        ("32k", 100, 3200000, 9855, 25.48))),
    ("qwen3-14b/h100", "sglang", _SGL14_FP8, "Qwen3-14B", "H100-SXM", 1, "fp8", (
        ("2k", 500, 998175, 50000, 704.28), ("4k", 500, 1997942, 99814, 583.23), ("128", 1000, 127698, 4000, 512.83),
        ("32k", 100, 3200000, 9964, 31.09))),
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
    "Qwen3-14B": "Model Qwen/Qwen3-14B (BF16), or Qwen/Qwen3-14B-FP8 (block-wise FP8 weights, 128x128 scales) "
    "where the command names it. ",
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
    if config == "sglang":
        # SGLang v0.5.5.post1 defaults on one 80 GB H100 (python/sglang/srt/server_args.py): mem_fraction_static =
        # (capacity - (9.5 + tp/2) GiB) / capacity = (81559 - 10240) / 81559 = 0.874 of total memory for weights and
        # the KV pool, chunked_prefill_size 8192, page size 1; the request pool holds 2048-4096 slots by KV size.
        return VLLM.model_copy(
            update={
                "name": f"SGLang v0.5.5.post1, '{command}'",
                "memory_fraction": 0.874,
                "max_batch": 4096,
                "max_num_tokens": 8192,
                "kv_block_tokens": 1,
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
                    else "mem_fraction_static 0.874 (SGLang's rule for an 80 GB GPU at TP 1), chunked_prefill_size 8192, "
                    "radix cache on (random prompts share no prefix), request pool sized by the KV pool (~4000 here)."
                    if config == "sglang"
                    else f"max_num_seqs {engine.max_batch}, max_num_batched_tokens {engine.max_num_tokens}, "
                    "gpu_memory_utilization 0.9, chunked prefill on, prefix caching on (random prompts share no "
                    "prefix)."
                ),
            )
        )
    return rows


def held_out_g() -> tuple[PublishedFigure, ...]:
    """All held-out G rows, built on demand so `published.py` can include them without an import cycle."""
    from benchmarks.sizing.published_g_serving import serving_rows
    from benchmarks.sizing.published_g_static import static_rows

    return (*_gpustack_rows(), *static_rows(), *serving_rows())


__all__ = ["held_out_g"]
