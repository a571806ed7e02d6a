"""Our own GPU measurements (`gpu_decode.py` runs) set beside the sizing model's predictions.

Each committed `benchmarks/results/sizing/gpu_decode_*.json` is one run: Llama-3.1-8B's
architecture with random bf16 weights on one GPU, decode tokens/s per batch size,
eager and CUDA-graph. The prediction for a batch is `decode_tokens_per_s` for the
same model, GPU and dtype at the run's cache length (a static cache's attention
reads every slot every step). Error = (predicted - measured) / measured, against
the CUDA-graph figure: graphs remove launch overhead as serving engines do, so
that is the run closest to what the model describes.

These rows are kept apart from the published figures in `validate.py`: the model
describes an optimised serving engine (vLLM, TensorRT-LLM) and plain transformers
is not one, so the gap here is how far transformers falls short of that roof, not
only the model's error.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict

from benchmarks.sizing.catalogue import find_gpu, find_model
from benchmarks.sizing.model import Deployment, Efficiency, decode_step

MEASURED_DIR = Path("benchmarks/results/sizing")
MEASURED_GLOB = "gpu_decode_*.json"
_MODEL = "Llama-3.1-8B"
_FROZEN = ConfigDict(frozen=True, extra="forbid")
# torch.cuda.get_device_name() -> catalogue name.
_GPU_NAMES = {"NVIDIA H200": "H200", "NVIDIA H100 80GB HBM3": "H100-SXM", "NVIDIA A100-SXM4-80GB": "A100-80GB"}


class MeasuredRow(BaseModel):
    """One batch size of one run, with the model's prediction for it."""

    model_config = _FROZEN

    run: str
    gpu: str
    attention: str
    context: int
    batch: int
    eager_tokens_per_s: float
    graph_tokens_per_s: float | None
    predicted_tokens_per_s: float
    bound: str
    error_pct: float | None


def load_runs(directory: Path = MEASURED_DIR) -> dict[str, dict[str, Any]]:
    """Every committed run, by file stem."""
    return {path.stem: json.loads(path.read_text(encoding="utf-8")) for path in sorted(directory.glob(MEASURED_GLOB))}


def _gpu_name(device_name: str) -> str:
    return _GPU_NAMES.get(device_name, device_name)


def measured_rows(runs: dict[str, dict[str, Any]], eff: Efficiency) -> list[MeasuredRow]:
    """Predict every measured batch; batches that failed (out of memory) are left out."""
    rows = []
    for name, run in runs.items():
        gpu = _gpu_name(run["gpu"])
        dep = Deployment(model=find_model(_MODEL), gpu=find_gpu(gpu), weight_dtype="bf16", kv_dtype="bf16")
        context = int(run["cache_slots"])
        for point in run["batches"]:
            if "eager_tokens_per_s" not in point:
                continue
            batch = int(point["batch"])
            step = decode_step(dep, eff, batch, context)
            predicted = batch / step.total_s
            graph = point.get("graph_tokens_per_s")
            error = None if graph is None else (predicted - graph) / graph * 100
            rows.append(
                MeasuredRow(
                    run=name,
                    gpu=gpu,
                    attention=run["attention"],
                    context=context,
                    batch=batch,
                    eager_tokens_per_s=point["eager_tokens_per_s"],
                    graph_tokens_per_s=graph,
                    predicted_tokens_per_s=predicted,
                    bound=step.bound,
                    error_pct=error,
                )
            )
    return rows


def mean_abs_error(errors: Iterable[float]) -> float:
    """Mean of the absolute signed errors (%), the figure both validation tables report."""
    values = list(errors)
    return sum(abs(value) for value in values) / len(values)


def summary(rows: list[MeasuredRow]) -> dict[str, Any]:
    """Mean absolute error per attention implementation (CUDA-graph figures)."""
    by_attention: dict[str, list[float]] = {}
    for row in rows:
        if row.error_pct is not None:
            by_attention.setdefault(row.attention, []).append(row.error_pct)
    return {
        name: {"rows": len(errors), "mean_abs_error_pct": mean_abs_error(errors)}
        for name, errors in by_attention.items()
    }


def render_measured_markdown(runs: dict[str, dict[str, Any]], rows: list[MeasuredRow], eff: Efficiency) -> str:
    """The measured section of sizing_validation.md ('' when nothing was measured)."""
    if not rows:
        return ""
    first = next(iter(runs.values()))
    lines = [
        "## Measured here: Llama-3.1-8B, random bf16 weights, plain transformers",
        "",
        f"Measured {len(runs)} runs with `python benchmarks/sizing/gpu_decode.py` (see its docstring) on one "
        f"{first['gpu']}, torch {first['torch']}, transformers {first['transformers']}; raw results in "
        f"`benchmarks/results/sizing/{MEASURED_GLOB}`. Tokens/s = batch / seconds per decode step, "
        "mean over the timed steps; context = static-cache slots, all read by attention every step. "
        "`sdpa` is transformers' stock attention; `packed_gqa` folds the 4 query heads that share "
        "a KV head into one SDPA call so the cache is read once (outputs identical on CPU, "
        "`tests/unit/benchmarks/test_sizing_measured.py`). Error = (predicted - CUDA graph) / CUDA graph.",
        "",
        "| attention | context | batch | eager tok/s | CUDA graph tok/s | predicted tok/s | bound | error |",
        "|---|---:|---:|---:|---:|---:|---|---:|",
    ]
    for row in rows:
        graph = "–" if row.graph_tokens_per_s is None else f"{row.graph_tokens_per_s:,.0f}"
        error = "–" if row.error_pct is None else f"{row.error_pct:+.0f} %"
        lines.append(
            f"| {row.attention} | {row.context} | {row.batch} | {row.eager_tokens_per_s:,.0f} | {graph} | "
            f"{row.predicted_tokens_per_s:,.0f} | {row.bound} | {error} |"
        )
    lines.append("")
    for attention, figures in summary(rows).items():
        lines.append(
            f"- `{attention}`: predictions above the CUDA-graph measurement by {figures['mean_abs_error_pct']:.0f} % "
            f"on average over {figures['rows']} batch sizes."
        )
    single = [row for row in rows if row.batch == 1 and row.graph_tokens_per_s is not None]
    if single:
        implied = [eff.memory * row.graph_tokens_per_s / row.predicted_tokens_per_s for row in single]  # type: ignore[operator]
        lines.append(
            f"- At batch 1 the CUDA-graph steps imply {min(implied) * 100:.0f}-{max(implied) * 100:.0f} % of "
            f"datasheet HBM bandwidth; the model assumes {eff.memory * 100:.0f} %, what vLLM reached in the "
            "calibration rows."
        )
    lines += [
        "- The model describes an optimised serving engine, so over-prediction here is mostly transformers' "
        "shortfall: many small unfused kernels per layer at small batch, and with stock attention the "
        "attention kernels, not the weight or KV bytes the roofline counts, limit large batches.",
        "- Read these rows as the floor a plain-transformers deployment gets, and the published rows "
        "above as what a serving engine gets; size with the engine you will run.",
        "",
    ]
    return "\n".join(lines)
