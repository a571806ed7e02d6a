"""Held-out Q, part 2: offline vLLM 0.6.3.dev on a Hot Aisle 8 x MI300X node, from the llm-tracker.info notes.

Source: AUGMXNT/llm-tracker.info-vault (the Obsidian vault behind llm-tracker.info), `MI300X Testing.md`
at commit 77bd9d6. The author tests "an 8 x MI300X" Dell PowerEdge XE9680 lent by Hot Aisle ("GPU 1: AMD
gfx942 ... (191.98 GiB)" x 8, ROCm 6.2.2, a PyTorch nightly), "around 2024-10-07", with a source build of
vLLM "`v0.6.3.dev114+g4f95ffee`" (the engine log prints the same version). Section "Performance" runs
vLLM's `benchmarks/benchmark_throughput.py --backend vllm --input-len 512 --output-len 128` (offline, the
LLM class, 1000 prompts by default; the printed Namespace shows num_prompts=1000,
gpu_memory_utilization=0.9, enable_prefix_caching=False, enable_chunked_prefill=False, dtype='auto'):

* "Basic Benchmark (1GPU)": meta-llama/Llama-2-7b-chat-hf at TP 1 (log: dtype=torch.float16,
  max_seq_len=4096): "est. speed input: 11917.99 toks/s, output: 2979.50 toks/s".
* "Basic Benchmark (TP 8)": the same model at `-tp 8` with `TORCH_BLAS_PREFER_HIPBLASLT=0` (log:
  "output: 7159.24 toks/s"), and a table of runs: "Default" 7159.24, "float16" 7047.88, "bfloat16" 6691.57,
  "mp" 5451.29 output tok/s ("default = float16").
* "Llama3 405B": meta-llama/Llama-3.1-405B-Instruct at `-tp 8` (log: dtype=torch.bfloat16,
  max_seq_len=131072): "est. speed input: 2216.24 toks/s, output: 554.06 toks/s".

Rows (4, mode "offline", requests 1000, 512 in / 128 out): Llama 2 7B fp16 at TP 1 and TP 8, Llama 2 7B
bf16 at TP 8 (the table's "bfloat16" column), Llama 3.1 405B bf16 at TP 8. The published value is the
output rate vLLM prints on its progress bar (output tokens over the generate call's elapsed time); the
script's own line ("Throughput: 23.10 requests/s, 14787.00 tokens/s" at TP 1) times a slightly longer
span and would give 23.10 x 128 = 2956.8. The lengths are fixed: benchmark_throughput of that version
builds one synthetic prompt of the requested length and generates with ignore_eos, and the printed input
and output rates stand exactly 4.00 : 1 (512 : 128) in all three logs. Left out: the table's "float16"
column (the same configuration as "Default", a repeat) and its "mp" column (the executor the note calls
slower, although the default run's log already says "Defaulting to use mp"; what differed is not
stated); Mistral Large (not in the catalogue).

Assumed (said in each note): vLLM 0.6.3.dev defaults (V0 engine) where not printed: at most 256 sequences
per step, no chunked prefill so a step holds up to max(max_model_len, 2048) tokens (4096 for Llama 2,
131072 for Llama 3.1 405B), 16-token KV blocks, the 0.9 fraction taken of total memory; the custom
all-reduce kernel is disabled on AMD GPUs (printed), so TP 8 all-reduces go through RCCL; the TP 8 runs
use rocBLAS rather than hipBLASLt GEMMs (`TORCH_BLAS_PREFER_HIPBLASLT=0`); the bfloat16 column was run
with `--dtype bfloat16` and otherwise the TP 8 command. Llama 2 7B chat and Llama 3.1 405B Instruct have
the architecture of the catalogue's Llama-2-7B and Llama-3.1-405B.
"""

# ruff: noqa: E501  (data table: one row per line reads best)
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from benchmarks.sizing.published import PublishedFigure
    from benchmarks.sizing.specs import KvDtype, WeightDtype

COMMIT = "77bd9d619c3349c6eb4f1f4b1a90ad10f6ac9d09"
SOURCE = f"https://github.com/AUGMXNT/llm-tracker.info-vault/blob/{COMMIT}/MI300X%20Testing.md"
PROMPTS = 1000
VERSION = "vLLM 0.6.3.dev114+g4f95ffee (source build, ROCm 6.2.2)"

# (key stem, catalogue model, Hugging Face id, TP, dtype, max_model_len, where the value is printed, printed output tok/s)
ROWS: tuple[tuple[str, str, str, int, WeightDtype, int, str, str], ...] = (
    (
        "llama-2-7b",
        "Llama-2-7B",
        "meta-llama/Llama-2-7b-chat-hf",
        1,
        "fp16",
        4096,
        "'Basic Benchmark (1GPU)', log of `python benchmarks/benchmark_throughput.py --backend vllm --input-len 512 --output-len 128 --model meta-llama/Llama-2-7b-chat-hf`: 'Processed prompts: 100%|...| 1000/1000 [00:42<00:00, 23.28it/s, est. speed input: 11917.99 toks/s, output: 2979.50 toks/s]'",
        "2979.50",
    ),
    (
        "llama-2-7b",
        "Llama-2-7B",
        "meta-llama/Llama-2-7b-chat-hf",
        8,
        "fp16",
        4096,
        "'Basic Benchmark (TP 8)', log of `TORCH_BLAS_PREFER_HIPBLASLT=0 python benchmarks/benchmark_throughput.py --backend vllm --input-len 512 --output-len 128 --model meta-llama/Llama-2-7b-chat-hf -tp 8`: 'Processed prompts: 100%|...| 1000/1000 [00:17<00:00, 55.93it/s, est. speed input: 28636.95 toks/s, output: 7159.24 toks/s]'",
        "7159.24",
    ),
    (
        "llama-2-7b",
        "Llama-2-7B",
        "meta-llama/Llama-2-7b-chat-hf",
        8,
        "bf16",
        4096,
        "'Basic Benchmark (TP 8)' table, row 'output (tok/s)', column 'bfloat16': 6691.57 (columns Default 7159.24, float16 7047.88, mp 5451.29)",
        "6691.57",
    ),
    (
        "llama-3.1-405b",
        "Llama-3.1-405B",
        "meta-llama/Llama-3.1-405B-Instruct",
        8,
        "bf16",
        131072,
        "'Llama3 405B', log of `TORCH_BLAS_PREFER_HIPBLASLT=0 python benchmarks/benchmark_throughput.py --backend vllm --input-len 512 --output-len 128 -tp 8 --model meta-llama/Llama-3.1-405B-Instruct`: 'Processed prompts: 100%|...| 1000/1000 [03:51<00:00, 4.33it/s, est. speed input: 2216.24 toks/s, output: 554.06 toks/s]'",
        "554.06",
    ),
)


def vault_rows() -> list[PublishedFigure]:
    """The four MI300X rows, in the order the note prints them."""
    from benchmarks.sizing.published import Engine, PublishedFigure

    rows = []
    for stem, model, hf_id, tp, dtype, max_model_len, where, printed in ROWS:
        engine = Engine(
            name=f"{VERSION}, benchmark_throughput.py offline, TP {tp}",
            memory_fraction=0.9,  # gpu_memory_utilization=0.9 (printed)
            max_batch=256,  # vLLM's default max_num_seqs (assumed)
            max_num_tokens=max_model_len,  # no chunked prefill (printed): max(max_model_len, 2048) per step (assumed)
            kv_block_tokens=16,  # vLLM's default block size (assumed)
            reserve_full_sequence=False,
            fraction_of_free=False,
        )
        tp8 = (
            " TP 8 with the custom all-reduce disabled on AMD (printed; RCCL all-reduce) and rocBLAS GEMMs "
            "(TORCH_BLAS_PREFER_HIPBLASLT=0)."
            if tp == 8
            else ""
        )
        kv_dtype: KvDtype = "bf16" if dtype == "bf16" else "fp16"
        bf16_column = (
            " The bfloat16 column is taken as the TP 8 command with --dtype bfloat16 (not printed)."
            if dtype == "bf16" and stem == "llama-2-7b"
            else ""
        )
        rows.append(
            PublishedFigure(
                key=f"q-vault-{stem}-mi300x-tp{tp}-{dtype}-512-128",
                source=SOURCE,
                where=where,
                engine=engine,
                model=model,
                gpu="MI300X",
                tp=tp,
                weight_dtype=dtype,
                kv_dtype=kv_dtype,
                input_tokens=512,
                output_tokens=128,
                mode="offline",
                load=None,
                metric="output_tokens_per_s",
                published=float(printed),
                role="held-out",
                requests=PROMPTS,
                note=(
                    f"Printed: {printed} output tokens/s (vLLM's progress-bar rate) for {hf_id} ({dtype}) on "
                    f"{tp} x MI300X (Hot Aisle 8 x MI300X node), 1000 synthetic prompts of 512 tokens, 128 "
                    f"generated each (ignore_eos; printed input : output rates 4.00 : 1), {VERSION}, "
                    f"benchmark_throughput.py offline, prefix caching and chunked prefill off (printed).{tp8}"
                    f"{bf16_column} Assumed: vLLM 0.6.3 defaults, max_num_seqs 256, max_num_batched_tokens "
                    f"{max_model_len} (max_model_len), 16-token KV blocks, memory fraction 0.9 of total (printed)."
                ),
            )
        )
    return rows
