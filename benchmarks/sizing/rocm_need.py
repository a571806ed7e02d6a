"""How large a missing cost would have to be to close a ROCm row's error (round 17, analysis only).

Why: held-out Q (scored blind after round 16) put small models on ROCm far too fast: Qwen3-8B on one
MI325X (vLLM V1) +67 % offline and +87 % at a static batch of 8; Llama-2-7B on 8 x MI300X (vLLM
0.6.3.dev, RCCL all-reduce because vLLM's custom all-reduce was off on AMD) +105 / +119 % while the same
model at TP 1 is +12 %. Three mechanisms were proposed: (a) RCCL's latency per all-reduce where the
model assumes a one-shot kernel, (b) eager launches (no graphs) per layer, (c) vLLM's per-step CPU cost.
Held-out rows may not set a constant, but they may be asked what size a cost would need to be; that size
is then compared with what the sources measure for each mechanism. A mechanism whose sourced size is an
order of magnitude below the need is rejected as the explanation, whatever its sign.

For a row and one `Efficiency` field (a per-step, per-layer, per-all-reduce or per-sequence cost), the
extra x that makes the prediction equal the published figure is found by bisection: the predicted
throughput falls monotonically as any of those costs rises (`needed_extra`). The same step excess read
per unit (`per_unit`): a step extra of S us is S / layers per layer, S / (2 x layers) per all-reduce
(two per layer, `comm.py`), S / batch per running sequence.

`python -m benchmarks.sizing.rocm_need` prints the table for every held-out row on a CDNA3 GPU whose
error is beyond +20 % (and the Q rows), as markdown (committed as
`benchmarks/results/sizing/rocm_need.md`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import NamedTuple

from benchmarks.sizing.catalogue import find_gpu, find_model
from benchmarks.sizing.figure_setup import figure_efficiency
from benchmarks.sizing.published import FIGURES, PublishedFigure
from benchmarks.sizing.validate import held_out_set, predict

# The Efficiency fields asked, in us: per step, per layer and step, per all-reduce, per running sequence.
FIELDS = ("step_overhead_us", "layer_overhead_us", "allreduce_latency_us", "sequence_overhead_us")
UPPER_US = 100_000.0


def needed_extra(value_at: Callable[[float], float], target: float, upper: float = UPPER_US) -> float | None:
    """The x in [0, upper] with value_at(x) == target, for a value that falls as x rises (bisection).

    None where the value is already at or below the target at x = 0 (the row is predicted too slow:
    no added cost helps); `upper` where even that much does not bring it down.
    """
    if value_at(0.0) <= target:
        return None
    if value_at(upper) > target:
        return upper
    low, high = 0.0, upper
    for _ in range(60):
        middle = (low + high) / 2
        if value_at(middle) > target:
            low = middle
        else:
            high = middle
    return (low + high) / 2


class PerUnit(NamedTuple):
    """One step excess read per layer, per all-reduce and per running sequence (us)."""

    per_layer_us: float
    per_allreduce_us: float | None
    per_sequence_us: float


def per_unit(step_us: float, layers: int, tp: int, batch: float) -> PerUnit:
    """`step_us` spread over the step's layers, its 2 x layers all-reduces (None at TP 1) and its sequences."""
    return PerUnit(step_us / layers, step_us / (2 * layers) if tp > 1 else None, step_us / max(batch, 1.0))


class Need(NamedTuple):
    """A row's error and the extra each field would need to close it (None: predicted too slow already)."""

    key: str
    set_name: str
    error_pct: float
    batch: float
    extra_us: dict[str, float | None]


def row_need(figure: PublishedFigure) -> Need:
    """The error of `figure` and, per field of `FIELDS`, the extra that would close it."""
    eff = figure_efficiency(figure)
    predicted, batch = predict(figure, eff)

    def asked(field: str) -> float | None:
        if field == "allreduce_latency_us" and figure.tp == 1:
            return None
        base = float(getattr(eff, field))
        return needed_extra(lambda x: predict(figure, eff.model_copy(update={field: base + x}))[0], figure.published)

    error = (predicted - figure.published) / figure.published * 100
    return Need(figure.key, held_out_set(figure), error, batch, {field: asked(field) for field in FIELDS})


def rocm_rows(rows: Iterable[PublishedFigure] = FIGURES, threshold_pct: float = 20.0) -> list[PublishedFigure]:
    """Held-out rows on a CDNA3 GPU predicted more than `threshold_pct` too fast, and every Q row."""
    chosen = []
    for figure in rows:
        if figure.role != "held-out" or find_gpu(figure.gpu).generation != "cdna3":
            continue
        if figure.metric != "output_tokens_per_s":
            continue  # latency rows repeat a throughput row of the same run
        eff = figure_efficiency(figure)
        error = (predict(figure, eff)[0] - figure.published) / figure.published * 100
        if error > threshold_pct or held_out_set(figure) == "Q":
            chosen.append(figure)
    return chosen


def _us(value: float | None) -> str:
    return "–" if value is None else ("> 100 ms" if value >= UPPER_US else f"{value:,.0f}")


def render(rows: Iterable[PublishedFigure]) -> list[str]:
    """Markdown: per row, its error and the needed extra per step, per layer, per all-reduce, per sequence."""
    lines = [
        "| set | row | TP | batch | error | + per step (us) | + per layer | + per all-reduce | + per sequence |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for figure in rows:
        need = row_need(figure)
        extra = need.extra_us
        lines.append(
            f"| {need.set_name} | `{need.key}` | {figure.tp} | {need.batch:,.0f} | {need.error_pct:+.1f} % | "
            f"{_us(extra['step_overhead_us'])} | {_us(extra['layer_overhead_us'])} | "
            f"{_us(extra['allreduce_latency_us'])} | {_us(extra['sequence_overhead_us'])} |"
        )
    layers = {figure.model: find_model(figure.model).layers for figure in rows}
    lines += ["", "Layers: " + ", ".join(f"{name} {count}" for name, count in sorted(layers.items())) + "."]
    return lines


if __name__ == "__main__":
    print("\n".join(render(rocm_rows())))
