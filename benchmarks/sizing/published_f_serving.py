"""Held-out F, third part: fixed-concurrency serving runs printed in two GitHub pull requests.

Every row is `role="held-out"` by rule (see `published_f.py` for why and for the set's
shape). Both runs use `vllm bench serve` with the random dataset at a fixed
`--max-concurrency`, and both print totals that show every prompt and every output had
exactly the stated length (total input tokens = prompts x input length, total generated
tokens = prompts x output length), so the lengths are fixed, not a spread.

* vllm-project/recipes pull request 431 ("mi300x verified tag for Qwen3Guard", April
  2026): Qwen3Guard-Gen-8B on an MI300X node with the vLLM ROCm image, 100 prompts of
  1024 tokens in / 1024 out at concurrency 32: output throughput and mean TPOT, mode
  "concurrency" (2 rows, one run).
* vLLM pull request 43232 ("Xqa decode kernels", June 2026): a maintainer's check run on
  B200 with Qwen3-235B-A22B-Instruct-2507-FP8 at TP 4 with an FP8 KV cache, 128 prompts
  of 30000 tokens in / 1000 out at concurrency 64: output throughput, mode
  "concurrency" (1 row).
"""

# ruff: noqa: E501  (data table: one source column per line reads best)
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from benchmarks.sizing.published import Metric, PublishedFigure

RECIPES_PR431 = "https://github.com/vllm-project/recipes/pull/431"
VLLM_PR43232 = "https://github.com/vllm-project/vllm/pull/43232"

# recipes PR 431, description, 'benchmarking results for Qwen/Qwen3Guard-Gen-8B' block.
_PR431_PROMPTS = 100
_PR431_TOTALS = (102400, 102400)  # 'Total input tokens', 'Total generated tokens'
_PR431_OUTPUT_TOK_S = 2701.39  # 'Output token throughput (tok/s)'
_PR431_MEAN_TPOT_MS = 9.42  # 'Mean TPOT (ms)'

# vLLM PR 43232, comment 'ran on b200 again to make sure we don't break sm100. Still within noise'.
_PR43232_PROMPTS = 128
_PR43232_TOTALS = (3840000, 128000)
_PR43232_OUTPUT_TOK_S = 847.07


def _recipes_pr431_rows() -> list[PublishedFigure]:
    from benchmarks.sizing.published import VLLM, PublishedFigure

    engine = VLLM.model_copy(update={"name": "vLLM ROCm image (vllm/vllm-openai-rocm, April 2026), vllm bench serve"})
    isl, osl = (total // _PR431_PROMPTS for total in _PR431_TOTALS)
    common = (
        f"The block prints {_PR431_PROMPTS} successful requests, 'Maximum request concurrency: 32', total input "
        f"{_PR431_TOTALS[0]} and total generated {_PR431_TOTALS[1]} tokens, i.e. every prompt {isl} tokens in and "
        f"{osl} out (random dataset, fixed lengths). Model Qwen/Qwen3Guard-Gen-8B, a fine-tune of Qwen3-8B with its "
        "architecture (Qwen3ForCausalLM: 36 layers, hidden 4096, 32 query / 8 KV heads, MLP 12288), so the "
        "catalogue's Qwen3-8B; BF16 weights and KV cache (the checkpoint's dtype, no quantization flag given). "
        "'tested on 8 * MI300x': the serve command for this model is not printed, so vLLM's default of one GPU "
        "per server (TP 1) is assumed; an 8B model fits one 192 GB MI300X many times over. Engine settings "
        "otherwise vLLM's defaults of the image (gpu_memory_utilization 0.9)."
    )
    printed: tuple[tuple[Metric, float, str], ...] = (
        ("output_tokens_per_s", _PR431_OUTPUT_TOK_S, "Output token throughput (tok/s)"),
        ("tpot_ms", _PR431_MEAN_TPOT_MS, "Mean TPOT (ms)"),
    )
    rows = []
    for metric, value, label in printed:
        rows.append(
            PublishedFigure(
                key=f"f-recipes-pr431-qwen3-8b-mi300x-tp1-c32-{isl}-{osl}-{'tput' if metric == 'output_tokens_per_s' else 'tpot'}",
                source=RECIPES_PR431,
                where=f"description, 'benchmarking results for Qwen/Qwen3Guard-Gen-8B' block: '{label}: {value}'",
                engine=engine,
                model="Qwen3-8B",
                gpu="MI300X",
                tp=1,
                weight_dtype="bf16",
                kv_dtype="bf16",
                input_tokens=isl,
                output_tokens=osl,
                mode="concurrency",
                load=32,
                metric=metric,
                published=value,
                role="held-out",
                requests=_PR431_PROMPTS,
                note=f"printed: '{label}: {value}' (published as printed). " + common,
            )
        )
    return rows


def _vllm_pr43232_rows() -> list[PublishedFigure]:
    from benchmarks.sizing.published import VLLM, PublishedFigure

    engine = VLLM.model_copy(
        update={
            "name": "vLLM main of June 2026 (PR 43232 check run on sm100), vllm bench serve",
            "memory_fraction": 0.85,
        }
    )
    isl, osl = (total // _PR43232_PROMPTS for total in _PR43232_TOTALS)
    return [
        PublishedFigure(
            key=f"f-vllm-pr43232-qwen3-235b-a22b-b200-tp4-fp8-c64-{isl}-{osl}",
            source=VLLM_PR43232,
            where="comment 'ran on b200 again to make sure we don't break sm100. Still within noise', Serving "
            f"Benchmark Result: 'Output token throughput (tok/s): {_PR43232_OUTPUT_TOK_S}'",
            engine=engine,
            model="Qwen3-235B-A22B",
            gpu="B200",
            tp=4,
            weight_dtype="fp8",
            kv_dtype="fp8",
            input_tokens=isl,
            output_tokens=osl,
            mode="concurrency",
            load=64,
            metric="output_tokens_per_s",
            published=_PR43232_OUTPUT_TOK_S,
            role="held-out",
            requests=_PR43232_PROMPTS,
            note=f"printed: 'Output token throughput (tok/s): {_PR43232_OUTPUT_TOK_S}' (published as printed) for "
            "'vllm serve Qwen/Qwen3-235B-A22B-Instruct-2507-FP8 --tensor-parallel-size 4 --kv-cache-dtype fp8 "
            "--max-model-len 32768 --gpu-memory-utilization 0.85 --enable-prefix-caching' and 'vllm bench serve "
            "--dataset-name random --random-input-len 30000 --random-output-len 1000 --num-prompts 128 "
            f"--max-concurrency 64 --ignore-eos'; the block's totals ({_PR43232_TOTALS[0]} in, {_PR43232_TOTALS[1]} "
            f"out over {_PR43232_PROMPTS} requests) confirm fixed lengths. The 2507 Instruct checkpoint has the "
            "Qwen3-235B-A22B architecture (the catalogue's model); FP8 weights (the -FP8 checkpoint) and FP8 KV cache "
            "as stated. The run is a sanity check that the PR (Hopper decode kernels) leaves sm100 unchanged, 'within "
            "noise' of main, so it stands for the stock engine on B200. Prefix caching is on, but random prompts share "
            "no prefix. A long-prompt case: 30000-token prefills dominate the duration, so this row tests the prefill "
            "side as much as decode. Engine settings otherwise vLLM's defaults (max_num_seqs 256 or more, chunked "
            "prefill on).",
        )
    ]


def serving_rows() -> list[PublishedFigure]:
    """Held-out F fixed-concurrency rows from two GitHub pull requests."""
    return [*_recipes_pr431_rows(), *_vllm_pr43232_rows()]


__all__ = ["serving_rows"]
