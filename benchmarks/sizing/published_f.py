"""Held-out F: a sixth, fresh set of published figures, every row held out by rule.

Every row here is `role="held-out"`, with no exception, and the whole set was written
down before any prediction was made for it. Held-out A (`published.py`), B
(`published_b*.py`), C (`published_c*.py`), D (`published_d*.py`) and E
(`published_e*.py`) have all been seen while the model was being changed, so they no
longer measure it cleanly; only a set that nobody has predicted yet checks the next
version honestly. Nothing here may be used by `calibrate.py` or to tune an efficiency
factor, and once this set has been scored it is spent in the same way.

None of these numbers were measured by us. Each row names its source (a file at a
commit, an issue or pull-request page, or a commit page), where in it the figure is, and
the conditions the source states. Where a source prints something other than the metric
itself (a latency for a fixed batch, requests per second), `published` is the one-line
arithmetic from the printed value, written out in the code and in `note`. An engine
setting the source does not state is taken from the engine's defaults and said so in
`note`. No source here is a document cited by `published.py`, `published_b*.py`,
`published_c*.py`, `published_d*.py`, `published_e*.py` or `trtllm_bench.py` (checked by
document, not only by exact URL: another commit of the same file counts as the same
source).

Held-out F (see `held_out_f()` for the count; the unit test pins the shape): the sets
before it cluster on trtllm-bench tables, InferenceX, dstack, vLLM pull requests, AMD's
ROCm blog and gpt-fast, so F draws on a quantization library's README, a user's
tensor-parallel scaling report in a vLLM issue, a CI bot's commit comment, four more
vLLM pull requests and a vLLM recipes pull request:

* torchao's quantization README (pytorch/ao, a file at a commit): single-stream decode
  (batch 1, the generation script's default 6-token prompt and 200 new tokens,
  torch.compile) of Llama 2 7B and Llama 3 8B on A100 80 GB and Llama 3.1 8B on H100, in
  bfloat16 and weight-only int8 / int4 / float8: mode "static", 10 rows. Its int8
  dynamic-activation, fp6, autoquant, GPTQ (same speed as int4wo-64), uintx, ARM-CPU and
  A6000 codebook rows are left out (a dtype the model cannot state, a duplicate, or, for
  the A6000 table, a compile setting the page does not give).
* In `published_f_vllm.py`: vLLM pull request 2542 (Mixtral 8x7B, 8 x H100, TP 8, static
  batches 1-64, 7 rows), vLLM issue 16300 (QwQ-32B = the Qwen2.5-32B architecture on A100
  80 GB at TP 2, 4 and 8, static batches 1, 16, 128, 7 rows), nm-vllm's CI comment
  (Llama 2 7B on one A10G, offline, 1 row) and vLLM pull requests 5238 and 5294 (FP8
  Mixtral 8x7B at TP 2 / 4 and 8x22B at TP 4 / 8 on H100, inter-token latency at 1, 2, 4
  and 6 requests/s, 1000 in / 50 out, mode "rate", 16 rows).

* In `published_f_serving.py`: two fixed-concurrency serving runs with fixed lengths,
  vllm-project/recipes pull request 431 (Qwen3Guard-Gen-8B = the Qwen3-8B architecture
  on MI300X, 1024 in / 1024 out at concurrency 32, output throughput and mean TPOT of one
  run, 2 rows) and vLLM pull request 43232 (Qwen3-235B-A22B FP8 on B200 at TP 4, 30000
  in / 1000 out at concurrency 64, 1 row).

Not found, so not in the set: only 3 fixed-concurrency rows (most serving figures
found use ShareGPT, sonnet or llmperf prompts with a spread of lengths, SGLang's random
prompts with range ratio 0 (uniform up to the stated length), or leave the GPU variant,
the parallel layout, the model or the precision unstated, e.g. the Tenstorrent
GPU-reference sweeps, the SGLang cookbook runs, philschmid's A10G llmperf report, SGLang
pull request 6121's 4 x A40 runs); no L40S, L4 or H200 row and no DeepSeek row (the
candidates found are
charts, relative speed-ups, placeholders ("X.XX"), variable-length runs, or leave the
GPU, TP or dtype unstated; NVIDIA's blog tables for Llama 3.1 405B on H200 leave per-GPU
vs total and the batch unstated); no MLPerf row (its datasets have variable prompt and
output lengths, which a `PublishedFigure` cannot state).

`held_out_f()` is not part of `published.FIGURES`: the lead wires the set in once, after
the model's last validation run, so that no fitting step can see it first.
"""

# ruff: noqa: E501  (data table: one source column per line reads best)
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from benchmarks.sizing.published import PublishedFigure
    from benchmarks.sizing.specs import WeightDtype

_AO = "https://github.com/pytorch/ao/blob/{commit}/{path}"
TORCHAO_QUANT_README = _AO.format(
    commit="fd6e4b1f36d644de9b56be69ffe0f1a24b6ea111", path="torchao/quantization/README.md"
)
TORCHAO_GENERATE = _AO.format(
    commit="00109449b1ef7893aed692dd3dfe1f8e233bd989", path="torchao/_models/llama/generate.py"
)
TORCHAO_BENCHMARKS_SH = _AO.format(
    commit="08d598cba532c7aa3ed119f18fcd7fa1fadd2fa8", path="torchao/_models/llama/benchmarks.sh"
)

# generate.py defaults: prompt "Hello, my name is" (5 text tokens in both the Llama 2 and Llama 3 tokenizers,
# plus BOS), 200 new tokens, 5 samples at batch 1.
_PROMPT_TOKENS, _NEW_TOKENS, _SAMPLES = 6, 200, 5

# (README table, model, technique as printed, weight dtype, printed tokens/s)
_A100 = "'CUDA backend |  NVIDIA-A100-80GB GPU'"
_H100 = "'CUDA backend | NVIDIA-H100 GPU'"
_TORCHAO: tuple[tuple[str, str, str, WeightDtype, float], ...] = (
    (_A100, "Llama-2-7B", "Base (bfloat16)", "bf16", 107.38),
    (_A100, "Llama-2-7B", "int8wo", "int8", 170.83),
    (_A100, "Llama-2-7B", "int4wo-64", "int4", 201.14),
    (_A100, "Llama-3-8B", "Base (bfloat16)", "bf16", 95.64),
    (_A100, "Llama-3-8B", "int8wo", "int8", 153.03),
    (_A100, "Llama-3-8B", "int4wo-64", "int4", 180.80),
    (_H100, "Llama-3.1-8B", "Base (bfloat16)", "bf16", 126.90),
    (_H100, "Llama-3.1-8B", "int8wo", "int8", 198.85),
    (_H100, "Llama-3.1-8B", "int4wo-64", "int4", 241.39),
    (_H100, "Llama-3.1-8B", "float8wo", "fp8", 178.46),
)

_TECHNIQUE_NOTE = {
    "bf16": "bfloat16 weights ('Base (bfloat16)'). ",
    "int8": "int8 weight-only (int8wo: int8 weights with per-channel scales, bfloat16 compute). ",
    "int4": "int4 weight-only with group size 64 (int4wo-64, tinygemm's packed layout, a bfloat16 scale and zero "
    "point per 64 weights: ~0.56 bytes per weight, a little more than the catalogue's group-128 int4). ",
    "fp8": "float8 weight-only (float8wo: e4m3 weights, bfloat16 compute). ",
}


def _torchao_rows() -> list[PublishedFigure]:
    from benchmarks.sizing.published import Engine, PublishedFigure

    engine = Engine(
        name="torchao _models/llama/generate.py (PyTorch, torch.compile, batch 1)",
        memory_fraction=0.90,
        max_batch=1,
        max_num_tokens=_PROMPT_TOKENS,
        kv_block_tokens=1,
        reserve_full_sequence=True,  # a static KV cache sized for prompt + new tokens, allocated up front
        fraction_of_free=False,
    )
    rows = []
    for table, model, technique, dtype, tokens_per_s in _TORCHAO:
        gpu = "A100-80GB" if table == _A100 else "H100-SXM"
        rows.append(
            PublishedFigure(
                key=f"f-torchao-{model.lower()}-{gpu.lower()}-tp1-{dtype}-b1",
                source=TORCHAO_QUANT_README,
                where=f"'Benchmarks' section, table {table}, {model} / {technique}: Tokens/Second {tokens_per_s}",
                engine=engine,
                model=model,
                gpu=gpu,
                tp=1,
                weight_dtype=dtype,
                kv_dtype="bf16",
                input_tokens=_PROMPT_TOKENS,
                output_tokens=_NEW_TOKENS,
                mode="static",
                load=1,
                metric="output_tokens_per_s",
                published=tokens_per_s,
                role="held-out",
                requests=_SAMPLES,
                note=f"printed: {tokens_per_s} tokens/s at batch 1. The README's numbers come from "
                f"generate.py ({TORCHAO_GENERATE}) run as in benchmarks.sh's '# in readme' lines "
                f"({TORCHAO_BENCHMARKS_SH}: --compile, --quantization <technique>, no length flags), so the "
                "script's defaults hold: prompt 'Hello, my name is' (5 tokens + BOS = 6), 200 new tokens, mean of 5 "
                "samples; tokens/s = generated tokens / time of the whole call (the tiny prefill included); bfloat16 "
                "activations and KV cache. "
                + _TECHNIQUE_NOTE[dtype]
                + (
                    "GPU: one A100 80 GB (the table's title; SXM form factor assumed, the catalogue's A100-80GB). "
                    if gpu == "A100-80GB"
                    else "GPU: one 'NVIDIA-H100' taken as H100 SXM 80 GB: the table's own bandwidth column (1904.75 "
                    "GB/s for the bfloat16 row) is above what a PCIe H100 (2.0 TB/s datasheet) reaches. "
                )
                + {
                    "Llama-2-7B": "Model: meta-llama/Llama-2-7b-chat-hf (the section's text).",
                    "Llama-3-8B": "Model: meta-llama/Meta-Llama-3-8B (the section's text).",
                    "Llama-3.1-8B": "Model: meta-llama/Meta-Llama-3.1-8B (the text under the table).",
                }[model],
            )
        )
    return rows


def held_out_f() -> tuple[PublishedFigure, ...]:
    """All held-out F rows, built on demand so `published.py` can include them without an import cycle."""
    from benchmarks.sizing.published_f_serving import serving_rows
    from benchmarks.sizing.published_f_vllm import vllm_rows

    return (*_torchao_rows(), *vllm_rows(), *serving_rows())


__all__ = ["held_out_f"]
