"""Held-out H, part 2: the TensorRT-LLM baselines of the QServe efficiency tables (L40S and A100).

The QServe README (mit-han-lab/qserve, a file at a commit), section "Efficiency Benchmarks", prints the
maximum achievable token generation throughput (tokens/s) of each system on one L40S (48 GB) and one
A100 (80 GB), "the input context length is 1024 tokens, output generation length is 512 tokens", with
paged attention on and in-flight batching off, "under the same device memory budget". Only the
TensorRT-LLM baseline rows whose weights and KV cache the catalogue can express are taken: FP16
(weights and KV cache FP16) and W4A16 (INT4 weight-only, group 128 AWQ/GPTQ-style, FP16 activations
and KV cache). Left out: TRT-LLM-W8A8 (SmoothQuant with an INT8 KV cache, which the catalogue has no
dtype for), QServe's own W4A8KV4 rows (4-bit KV cache), Atom and QuaRot (W4A4), OOM cells, and the
Mistral-7B (v0.1), Llama-30B, Yi-34B and Qwen-1.5-72B columns (not in the catalogue).

Conditions the README leaves unstated, said on every row: the TensorRT-LLM version (the paper is of
May 2024, so a 0.9/0.10 release is assumed), the baselines' batch sizes (the table is "maximum
achievable throughput", so the row is mode "offline": every request at once, the engine batching as
many as its memory holds, each sequence's whole 1024 + 512 tokens reserved up front as TensorRT-LLM's
guaranteed-no-evict scheduler does), and the memory budget (TensorRT-LLM's default 0.9 of the memory
left after weights is assumed). Every row is held out.
"""

# ruff: noqa: E501  (data table: one source column per line reads best)
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from benchmarks.sizing.published import Engine, PublishedFigure
    from benchmarks.sizing.specs import WeightDtype

QSERVE_README = "https://github.com/mit-han-lab/qserve/blob/172741fe00661a3d5b817f67311b1eeae2d97b5d/README.md"

_INPUT, _OUTPUT = 1024, 512

# System row -> (weight dtype, what it is)
_SYSTEMS: dict[str, tuple[WeightDtype, str]] = {
    "TRT-LLM-FP16": ("fp16", "FP16 weights, activations and KV cache."),
    "TRT-LLM-W4A16": (
        "int4",
        "INT4 weight-only (W4A16, group 128 in the README's accuracy table), FP16 activations; KV cache FP16 (assumed: the README quantizes the KV cache only in its W8A8 and QServe rows).",
    ),
}

# (GPU as the table heads it, catalogue GPU, system row, README column, catalogue model, tokens/s as printed)
_Row = tuple[str, str, str, str, str, int]
# fmt: off
_ROWS: tuple[_Row, ...] = (
    ("L40S (48G)", "L40S", "TRT-LLM-FP16", "Llama-3-8B", "Llama-3-8B", 1326),
    ("L40S (48G)", "L40S", "TRT-LLM-FP16", "Llama-2-7B", "Llama-2-7B", 444),
    ("L40S (48G)", "L40S", "TRT-LLM-FP16", "Llama-2-13B", "Llama-2-13B", 92),
    ("L40S (48G)", "L40S", "TRT-LLM-W4A16", "Llama-3-8B", "Llama-3-8B", 1431),
    ("L40S (48G)", "L40S", "TRT-LLM-W4A16", "Llama-2-7B", "Llama-2-7B", 681),
    ("L40S (48G)", "L40S", "TRT-LLM-W4A16", "Llama-2-13B", "Llama-2-13B", 368),
    ("L40S (48G)", "L40S", "TRT-LLM-W4A16", "Llama-2-70B", "Llama-2-70B", 119),
    ("A100 (80G)", "A100-80GB", "TRT-LLM-FP16", "Llama-3-8B", "Llama-3-8B", 2503),
    ("A100 (80G)", "A100-80GB", "TRT-LLM-FP16", "Llama-2-7B", "Llama-2-7B", 1549),
    ("A100 (80G)", "A100-80GB", "TRT-LLM-FP16", "Llama-2-13B", "Llama-2-13B", 488),
    ("A100 (80G)", "A100-80GB", "TRT-LLM-W4A16", "Llama-3-8B", "Llama-3-8B", 2370),
    ("A100 (80G)", "A100-80GB", "TRT-LLM-W4A16", "Llama-2-7B", "Llama-2-7B", 1549),
    ("A100 (80G)", "A100-80GB", "TRT-LLM-W4A16", "Llama-2-13B", "Llama-2-13B", 871),
    ("A100 (80G)", "A100-80GB", "TRT-LLM-W4A16", "Llama-2-70B", "Llama-2-70B", 358),
)
# fmt: on


def _engine() -> Engine:
    from benchmarks.sizing.published import TRT_017

    # TensorRT-LLM ~0.9/0.10 (assumed), static batching (in-flight batching off), paged KV with 64-token
    # blocks ("each page contains 64 tokens" in the README's own setting), KV = 0.9 of the memory left
    # after weights (TensorRT-LLM's default), batch not capped (the table sweeps for the maximum).
    return TRT_017.model_copy(
        update={
            "name": "TensorRT-LLM (version not stated, mid-2024 assumed), static batching, paged KV; QServe README baseline",
            "memory_fraction": 0.90,
            "tuned_per_dataset": False,
        }
    )


def qserve_baseline_rows() -> list[PublishedFigure]:
    """The README's TensorRT-LLM FP16 and W4A16 cells, as printed, every one held out."""
    from benchmarks.sizing.published import PublishedFigure

    rows = []
    for heading, gpu, system, column, model, tok_s in _ROWS:
        weight, what = _SYSTEMS[system]
        rows.append(
            PublishedFigure(
                key=f"h-qserve-{system.lower()}-{model.lower()}-{gpu.lower()}-{_INPUT}-{_OUTPUT}",
                source=QSERVE_README,
                where=f"'Efficiency Benchmarks', '{heading}' table, row {system}, column {column}: {tok_s} (tokens/second)",
                engine=_engine(),
                model=model,
                gpu=gpu,
                tp=1,
                weight_dtype=weight,
                kv_dtype="fp16",
                input_tokens=_INPUT,
                output_tokens=_OUTPUT,
                mode="offline",
                load=None,
                metric="output_tokens_per_s",
                published=float(tok_s),
                role="held-out",
                note=(
                    f"Model meta-llama/{model} (the README's '{column}' column). {what} One GPU ({heading}"
                    f"{'; the A100 taken as SXM 80 GB' if gpu.startswith('A100') else ''}). 1024 input / 512 output "
                    "tokens, maximum achievable throughput "
                    "with in-flight batching off: represented as an offline run in which the engine batches as "
                    "many whole sequences as its KV memory holds. Not stated, assumed: TensorRT-LLM version "
                    "(mid-2024), the baseline's batch size (the README prints batch sizes for QServe only), "
                    "and the memory budget (TensorRT-LLM's default 0.9 of the memory left after weights)."
                ),
            )
        )
    return rows
