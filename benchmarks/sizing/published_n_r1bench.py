"""Held-out N, part 2: simon-mo/R1-Benchmark, vLLM / SGLang / TensorRT-LLM on H200 at fixed lengths, 10 req/s.

Source: the README's "Latest Numbers" tables of simon-mo/R1-Benchmark (the vLLM team's "interactive
performance spot check"), at two commits, each table printed by the repository's `extract-result.py`
from result files kept under `saved-results/`:

* README at 125389cf (April 16, 2025): "H200, vLLM 0.8.4, SGL v0.4.5, TRT-LLM main", model
  deepseek-r1, output tokens/s for 1000/2000, 5000/1000, 10000/500 and 30000/100 (input/output tokens).
  Flags printed under the table: "Benchmark: 50 queries for fixed length ... 10 qps for a fast ramp up";
  vLLM `--enable-expert-parallel`, `VLLM_USE_FLASHINFER_SAMPLER=1`; SGL `--enable-torch-compile
  --torch-compile-max-bs 8 --expert-parallel-size 8`, `SGL_ENABLE_JIT_DEEPGEMM=1`; TRT-LLM `--ep_size 8
  --kv_cache_free_gpu_memory_fraction 0.8 --max_batch_size 50 --max_num_tokens 11000`. Result files:
  `saved-results/v0.8.4/deepseek-r1/h200/2025-04-16/deepseek-r1-h200-04162025/` (commit ef8b39a0).
* README at 07d044fe (March 30, 2025): "H200, vLLM 0.8.2, SGL v0.4.4", model llama-8b
  (`neuralmagic/Meta-Llama-3.1-8B-Instruct-FP8`, TP 1 per the README and Justfile), 1000/2000,
  5000/1000, 10000/500 and 32000/100; the vLLM column is used. Result files:
  `saved-results/v0.8.2/h200-brewster/llama-8b/` (commit 8eaead1d).

The run (Justfile `run-scenario`): vLLM's `benchmarks/benchmark_serving.py --dataset-name random
--ignore-eos --num-prompts 50 --request-rate 10 --random-input-len I --random-output-len O` against the
server (default backend "vllm", i.e. the completions API, for every engine). Lengths are fixed: the
result files read for this set (llama-8b vllm-1000-2000, sgl-32000-100; deepseek-r1 trt-10000-500) list
`input_lens` and `output_lens` all equal to I and O, `completed` 50, and `output_throughput` equal to the
table's value before rounding. Mapped as mode "rate", load 10 req/s (Poisson arrivals, burstiness 1),
requests 50, metric output tokens/s (total output tokens / run duration).

Chosen by rule before any prediction: every cell of the deepseek-r1 table of April 16 except TRT-LLM's
30000/100 (printed 0.00: the run did not complete), and the vLLM cells of the llama-8b table of March 30:
11 + 4 = 15 rows. Left out: the SGL column of the llama-8b table (SGLang 0.4.4 with dummy weights; its
server flags at that date are not in the repository's history read here, and leaving it out keeps this
source near a third of the set), the March 30 deepseek-r1 table (LOG.md of 04/16: "vLLM was
outperforming a lot due to usage of dummy weights, which effect MoE's token routing"), the llama-3b
table (Llama-3.2-3B on one H200: kept out so this source does not dominate the set), the qwq-32b results
(TP printed as 2 in the Justfile and 4 in the README: unknown for a given run), the sharegpt rows
(variable lengths), the h100 qwq-32b results (TP unknown) and the v0.8.1 / v0.8.3 directories (the same
workloads at other versions, superseded by the tables above).

Engines and what was assumed (said in each row's note):
* vLLM 0.8.4 (DeepSeek-R1, TP 8, expert parallel on) and 0.8.2 (Llama 3.1 8B FP8, TP 1), V1 engine,
  `--no-enable-prefix-caching`; unstated defaults taken as vLLM's API-server defaults for H100/H200 at
  these versions: max_num_seqs 1024, max_num_batched_tokens 8192 (the "h100"/"h200" device-name branch of
  `EngineArgs`; on other devices 256 / 2048), gpu_memory_utilization 0.9, block size 16 (64 for
  DeepSeek's MLA on Hopper, FlashMLA). The 8B runs used `--load-format dummy` (random weights; the
  lengths are fixed by ignore_eos, and LOG.md finds dummy weights harmless for dense models); the
  DeepSeek-R1 runs of April 16 are taken as real weights (LOG.md records the switch on that day).
* SGLang 0.4.5 (DeepSeek-R1, TP 8, EP 8, torch.compile up to batch 8), `--disable-radix-cache`;
  defaults assumed: mem_fraction_static 0.81 at TP 8, chunked_prefill_size 8192, token-granular KV pages.
* TensorRT-LLM built from main (mid-April 2025, PyTorch backend, LOG.md), `trtllm-serve --backend pytorch
  --tp_size 8 --ep_size 8 --kv_cache_free_gpu_memory_fraction 0.8 --max_batch_size 50 --max_num_tokens
  11000` with overlap scheduler and CUDA graphs; 32-token KV blocks and guaranteed-no-evict assumed.
* Dtypes: DeepSeek-R1's own FP8 (block-scaled) weights, 16-bit KV cache (no KV flag printed); Llama 3.1 8B
  FP8 weights (neuralmagic FP8 checkpoint), 16-bit KV cache.
* Expert parallelism (DeepSeek-R1 rows) is a condition the row format cannot carry: `tp=8` counts the
  GPUs and the attention / dense-layer split; the MoE layers ran expert-parallel (all-to-all), not
  tensor-parallel.
"""

# ruff: noqa: E501  (data table: one source cell per line reads best)
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from benchmarks.sizing.published import Engine, PublishedFigure

_REPO = "https://github.com/simon-mo/R1-Benchmark/blob"
README_APRIL = f"{_REPO}/125389cf3e6f1dc63506f5f754e1d007feaa83b7/README.md"
README_MARCH = f"{_REPO}/07d044fe1a526d87704c4dddd3efe3dbc798c687/README.md"
_FILES_APRIL = "saved-results/v0.8.4/deepseek-r1/h200/2025-04-16/deepseek-r1-h200-04162025 (commit ef8b39a0ba030c9e8b33010bc23547b4efb049df)"
_FILES_MARCH = "saved-results/v0.8.2/h200-brewster/llama-8b (commit 8eaead1d73765d33ca5d87d8316cfc8f074978ee)"

_RATE = 10.0
_PROMPTS = 50

# (table, engine key, catalogue model, TP, input, output, column as printed, value as printed); weights FP8 in every row
# fmt: off
_CELLS: tuple[tuple[str, str, str, int, int, int, str, str], ...] = (
    ("april", "vllm084", "DeepSeek-R1", 8, 1000, 2000, "vLLM", "1092.31"),
    ("april", "vllm084", "DeepSeek-R1", 8, 5000, 1000, "vLLM", "791.24"),
    ("april", "vllm084", "DeepSeek-R1", 8, 10000, 500, "vLLM", "393.69"),
    ("april", "vllm084", "DeepSeek-R1", 8, 30000, 100, "vLLM", "29.45"),
    ("april", "sgl045", "DeepSeek-R1", 8, 1000, 2000, "SGL", "922.29"),
    ("april", "sgl045", "DeepSeek-R1", 8, 5000, 1000, "SGL", "690.19"),
    ("april", "sgl045", "DeepSeek-R1", 8, 10000, 500, "SGL", "290.93"),
    ("april", "sgl045", "DeepSeek-R1", 8, 30000, 100, "SGL", "20.63"),
    ("april", "trtmain", "DeepSeek-R1", 8, 1000, 2000, "TRT", "1014.95"),
    ("april", "trtmain", "DeepSeek-R1", 8, 5000, 1000, "TRT", "807.61"),
    ("april", "trtmain", "DeepSeek-R1", 8, 10000, 500, "TRT", "431.46"),
    ("march", "vllm082", "Llama-3.1-8B", 1, 1000, 2000, "vLLM", "4528.55"),
    ("march", "vllm082", "Llama-3.1-8B", 1, 5000, 1000, "vLLM", "2446.93"),
    ("march", "vllm082", "Llama-3.1-8B", 1, 10000, 500, "vLLM", "1149.16"),
    ("march", "vllm082", "Llama-3.1-8B", 1, 32000, 100, "vLLM", "96.62"),
)
# fmt: on

_NOTES = {
    "vllm084": "vLLM 0.8.4 (V1), --tensor-parallel-size 8 --enable-expert-parallel --no-enable-prefix-caching, VLLM_USE_FLASHINFER_SAMPLER=1. Assumed: API-server defaults for H200 (max_num_seqs 1024, max_num_batched_tokens 8192), gpu_memory_utilization 0.9, 64-token KV blocks (FlashMLA), real weights (LOG.md, 04/16).",
    "sgl045": "SGLang 0.4.5, --tp 8 --expert-parallel-size 8 --enable-torch-compile --torch-compile-max-bs 8 --disable-radix-cache, SGL_ENABLE_JIT_DEEPGEMM=1. Assumed: mem_fraction_static 0.81 (TP 8 default), chunked_prefill_size 8192, page size 1.",
    "trtmain": "TensorRT-LLM main of mid-April 2025 (PyTorch backend), trtllm-serve --tp_size 8 --ep_size 8 --kv_cache_free_gpu_memory_fraction 0.8 --max_batch_size 50 --max_num_tokens 11000, overlap scheduler and CUDA graphs (LOG.md). Assumed: 32-token KV blocks, guaranteed-no-evict.",
    "vllm082": "vLLM 0.8.2 (V1), --tensor-parallel-size 1 --load-format dummy --no-enable-prefix-caching, VLLM_USE_FLASHINFER_SAMPLER=1 (Justfile). Assumed: API-server defaults for H200 (max_num_seqs 1024, max_num_batched_tokens 8192), gpu_memory_utilization 0.9, 16-token KV blocks.",
}


def _engine(key: str) -> Engine:
    from benchmarks.sizing.published import VLLM, Engine

    if key == "vllm084":
        return VLLM.model_copy(
            update={
                "name": "vLLM 0.8.4 (V1), TP 8 + expert parallel, DeepSeek-R1 FP8, prefix caching off",
                "max_batch": 1024,
                "max_num_tokens": 8192,
                "kv_block_tokens": 64,
            }
        )
    if key == "vllm082":
        return VLLM.model_copy(
            update={
                "name": "vLLM 0.8.2 (V1), TP 1, dummy weights, prefix caching off",
                "max_batch": 1024,
                "max_num_tokens": 8192,
                "kv_block_tokens": 16,
            }
        )
    if key == "sgl045":
        return Engine(
            name="SGLang 0.4.5, TP 8 + EP 8, torch.compile (bs <= 8), radix cache off",
            memory_fraction=0.81,
            max_batch=1024,  # not a limit for a 50-request run
            max_num_tokens=8192,
            kv_block_tokens=1,
            reserve_full_sequence=False,
            fraction_of_free=False,
        )
    return Engine(
        name="TensorRT-LLM main (mid-April 2025), PyTorch backend, TP 8 + EP 8, trtllm-serve",
        memory_fraction=0.8,
        max_batch=50,
        max_num_tokens=11000,
        kv_block_tokens=32,
        reserve_full_sequence=True,
        fraction_of_free=True,
    )


def r1bench_rows() -> list[PublishedFigure]:
    """The chosen cells of the two README tables (15 rows), in table order."""
    from benchmarks.sizing.published import PublishedFigure

    rows = []
    for table, engine, model, tp, isl, osl, column, printed in _CELLS:
        april = table == "april"
        heading = (
            "As of April 16, 2025: H200, vLLM 0.8.4, SGL v0.4.5, TRT-LLM main; Model: deepseek-r1"
            if april
            else "As of March 30, 2025: H200, vLLM 0.8.2, SGL v0.4.4; Model: llama-8b"
        )
        rows.append(
            PublishedFigure(
                key=f"n-r1bench-{engine}-{model.lower()}-h200-tp{tp}-fp8-{isl}-{osl}-rate10",
                source=README_APRIL if april else README_MARCH,
                where=f"'Latest Numbers' table ({heading}), row '{isl} | {osl}', {column} column (output tokens/s): {printed}",
                engine=_engine(engine),
                model=model,
                gpu="H200",
                tp=tp,
                weight_dtype="fp8",
                kv_dtype="bf16",
                input_tokens=isl,
                output_tokens=osl,
                mode="rate",
                load=_RATE,
                metric="output_tokens_per_s",
                published=float(printed),
                role="held-out",
                requests=_PROMPTS,
                note=(
                    f"Printed: {printed} output tokens/s, {column}, {isl} in / {osl} out, one 8 x H200 node ({'TP 8' if tp == 8 else 'one GPU, TP 1'}). "
                    f"vLLM benchmark_serving: random dataset, {_PROMPTS} prompts at {_RATE:g} req/s (Poisson), --ignore-eos; fixed lengths "
                    f"(result files under {_FILES_APRIL if april else _FILES_MARCH} list every input and output length equal). "
                    f"Weights FP8 ({'DeepSeek-R1 block-scaled' if april else 'neuralmagic/Meta-Llama-3.1-8B-Instruct-FP8'}), KV cache 16-bit (no flag printed). "
                    + _NOTES[engine]
                    + (
                        " MoE layers expert-parallel over the 8 GPUs (all-to-all), which tp=8 does not express."
                        if april
                        else ""
                    )
                ),
            )
        )
    return rows
