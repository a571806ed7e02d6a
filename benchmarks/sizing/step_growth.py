"""How the decode step's miss grows with the batch, by tensor-parallel size (round 15's analysis).

Why: rounds 11, 12 and 14 left one mechanism unpriced, the step time growing faster with the running
batch than the model says at batch 8-256, and could not say where it lives. Two tables make its shape
visible on the seen held-out sets without fitting anything:

* `signed_grid`: the mean *signed* speed error (positive: the model is too fast) of every held-out row,
  by TP, dense/MoE and running batch. A mechanism shows as a cell whose rows lean one way.
* `step_growth`: for each family of throughput rows that differ only in the batch (same set, engine
  major.minor, GPU, TP, model, weight dtype and lengths; static or fixed-concurrency), the step time
  the model misses, excess(B) = B / published - B / predicted (seconds per step, the rows being mostly
  decode), and its growth per added sequence between the family's smallest and largest batch,
  (excess(B2) - excess(B1)) / (B2 - B1). A constant per-step miss gives growth 0; a per-sequence cost
  the model lacks gives that cost.

`python -m benchmarks.sizing.outliers` prints both after its miss tables.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable
from typing import NamedTuple

from benchmarks.sizing.catalogue import find_model
from benchmarks.sizing.outliers import LIMIT_PCT, batch_bucket, engine_family, speed_error_pct
from benchmarks.sizing.validate import ValidationRow, held_out_set

_BATCH_ORDER = ("batch 1", "batch 2-7", "batch 8-63", "batch 64-255", "batch >=256")


def signed_grid(rows: Iterable[ValidationRow]) -> list[tuple[int, str, str, int, float, int]]:
    """(TP, 'dense'/'MoE', batch bucket, rows, mean signed speed error %, rows beyond ±20 %), by TP then batch."""
    cells: dict[tuple[int, str, str], list[float]] = {}
    for row in rows:
        kind = "MoE" if find_model(row.figure.model).is_moe else "dense"
        cells.setdefault((row.figure.tp, kind, batch_bucket(row.batch)), []).append(speed_error_pct(row))
    ordered = sorted(cells, key=lambda k: (k[0], k[1], _BATCH_ORDER.index(k[2])))
    return [
        (tp, kind, bucket, len(errs), statistics.fmean(errs), sum(abs(e) > LIMIT_PCT for e in errs))
        for (tp, kind, bucket), errs in ((k, cells[k]) for k in ordered)
    ]


def step_excess_s(row: ValidationRow) -> float:
    """Seconds per step the model misses on a throughput row: B / published - B / predicted (> 0: too fast)."""
    return row.batch / row.figure.published - row.batch / row.predicted


class Growth(NamedTuple):
    """One family's miss at its smallest and largest batch, and the miss's growth per added sequence."""

    family: str
    tp: int
    batch_1: float
    batch_2: float
    excess_1_ms: float
    excess_2_ms: float
    growth_us: float


def step_growth(rows: Iterable[ValidationRow]) -> list[Growth]:
    """One `Growth` per family of throughput rows differing only in the batch, by TP then name.

    Static and fixed-concurrency rows only; a family needs two batches, the largest at least 8. The first
    row seen at a batch stands for it (repeated runs of one point are not averaged).
    """
    families: dict[tuple[str, int], dict[float, ValidationRow]] = {}
    for row in rows:
        f = row.figure
        if f.metric != "output_tokens_per_s" or f.mode not in ("static", "concurrency"):
            continue
        name = (
            f"{held_out_set(f)} {engine_family(f.engine.name)}, {f.gpu} x{f.tp}, {f.model} {f.weight_dtype}, "
            f"{f.input_tokens}/{f.output_tokens}"
        )
        families.setdefault((name, f.tp), {}).setdefault(row.batch, row)
    out = []
    for (name, tp), by_batch in families.items():
        b1, b2 = min(by_batch), max(by_batch)
        if b1 == b2 or b2 < 8:
            continue
        e1, e2 = step_excess_s(by_batch[b1]), step_excess_s(by_batch[b2])
        out.append(Growth(name, tp, b1, b2, e1 * 1e3, e2 * 1e3, (e2 - e1) / (b2 - b1) * 1e6))
    return sorted(out, key=lambda g: (g.tp, g.family))


def growth_by_tp(growth: Iterable[Growth]) -> list[tuple[int, int, float]]:
    """(TP, families, median growth in us per added sequence)."""
    by_tp: dict[int, list[float]] = {}
    for g in growth:
        by_tp.setdefault(g.tp, []).append(g.growth_us)
    return [(tp, len(gs), statistics.median(gs)) for tp, gs in sorted(by_tp.items())]


def render(held: list[ValidationRow]) -> list[str]:
    """Markdown lines: the signed grid, the growth per family and its median by TP."""
    out = [
        "",
        "## Signed error by TP, dense/MoE and batch (all held-out rows)",
        "",
        "Mean speed error, positive where the model is too fast (`step_growth.signed_grid`).",
        "",
        "| TP | dense/MoE | batch | rows | mean signed error | beyond ±20 % |",
        "|---:|---|---|---:|---:|---:|",
    ]
    out += [f"| {tp} | {kind} | {b} | {n} | {m:+.1f} % | {k} |" for tp, kind, b, n, m, k in signed_grid(held)]
    growth = step_growth(held)
    out += [
        "",
        "## Step time the model misses, and its growth per added sequence",
        "",
        "Families of static / fixed-concurrency throughput rows that differ only in the batch "
        "(`step_growth.step_growth`): excess = B / published - B / predicted per step; "
        "growth = its change per added sequence.",
        "",
        "| family | B1 → B2 | excess at B1 | excess at B2 | growth per sequence |",
        "|---|---|---:|---:|---:|",
    ]
    out += [
        f"| {g.family} | {g.batch_1:.0f} → {g.batch_2:.0f} | {g.excess_1_ms:+.2f} ms | {g.excess_2_ms:+.2f} ms "
        f"| {g.growth_us:+.0f} us |"
        for g in growth
    ]
    out += ["", "| TP | families | median growth per sequence |", "|---:|---:|---:|"]
    out += [f"| {tp} | {n} | {m:+.0f} us |" for tp, n, m in growth_by_tp(growth)]
    return out
