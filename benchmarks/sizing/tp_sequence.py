"""A per-sequence step cost that tensor parallelism adds, fitted on the fit rows only (round 16).

Why: round 15 (`step_growth.py`) measured the decode step the model misses growing per added sequence by a
median +7 us at TP 1 but +127..+473 us at TP 2-8 on the seen held-out sets. Held-out rows may not set a
constant. So this module names a mechanism, gives it a form, and fits its one constant on `role == "fit"`
rows alone (`calibrate.fit_rows`); held-out rows are refused.

Mechanism and form. A TP > 1 replica is several processes fed by one scheduler, and every step the
scheduler's per-sequence step inputs (new token ids, positions, block-table rows, sampling parameters)
are serialised by one process and read by every worker before its GPU can start: vLLM V0's driver worker
prepares the step's inputs and broadcasts them to the other TP - 1 workers each step (vllm-project/vllm
issues 4440 and 6241: `broadcast_tensor_dict`, and the serialisation of `execute_model_req` "when we use
tensor parallel of size N"); vLLM V1's executor broadcasts the scheduler output to its TP workers through a
shared-memory message queue and every worker runs prepare_inputs and the sampler (PR 9856). The part of
that work proportional to the running sequences is a cost per sequence and step that a one-process TP 1
replica does not pay:

    t_fixed += B * c          at TP > 1 (0 at TP 1)

i.e. `Efficiency.sequence_overhead_us` + c on a TP > 1 replica (`with_tp_sequence_cost`).

Fit (`scan`, `identified`). Two readings of the form, both on the fit rows only:

* engine-wide c: the fit rows hold 124 TP > 1 rows (TensorRT-LLM 0.17 / 1.0 offline at batch 36-4096,
  TensorRT-LLM 0.14 online at TP 4, vLLM on 8 x MI300X at batch 1 and 2), so they identify it;
* vLLM only (the mechanism's sources are vLLM's): the fit rows' only vLLM TP > 1 rows are that MI300X pair,
  printed as whole tokens/s, and `rounding_slope_us` bounds what they can say about a per-sequence cost.

`python -m benchmarks.sizing.tp_sequence` prints both as markdown.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from benchmarks.sizing.calibrate import fit_rows
from benchmarks.sizing.figure_setup import figure_efficiency
from benchmarks.sizing.model import Efficiency
from benchmarks.sizing.published import PublishedFigure
from benchmarks.sizing.validate import predict

# Candidate values of c (us per sequence and step at TP > 1) scanned on the fit rows.
CANDIDATES_US: tuple[float, ...] = (0.0, 0.25, 0.5, 1.0, 2.0, 4.0, 8.0, 16.0, 40.0, 127.0)


def with_tp_sequence_cost(eff: Efficiency, tp: int, c_us: float) -> Efficiency:
    """`eff` with c more per running sequence and step on a TP > 1 replica (unchanged at TP 1)."""
    if tp <= 1 or not c_us:
        return eff
    return eff.model_copy(update={"sequence_overhead_us": eff.sequence_overhead_us + c_us})


class ScanPoint(NamedTuple):
    """The fit rows' errors with c added at TP > 1."""

    c_us: float
    rows: int
    mean_abs_pct: float
    tp_rows: int
    tp_mean_abs_pct: float
    tp_signed_pct: float


def _only_fit(rows: Iterable[PublishedFigure]) -> list[PublishedFigure]:
    chosen = list(rows)
    held = [figure.key for figure in chosen if figure.role != "fit"]
    if held:
        raise ValueError(f"held-out rows may not fit a constant: {', '.join(held[:3])}")
    return chosen


def scan(candidates: Sequence[float] = CANDIDATES_US, rows: Iterable[PublishedFigure] | None = None) -> list[ScanPoint]:
    """The fit rows' mean absolute (and, at TP > 1, signed) error at each candidate c, the other factors as fitted.

    Raises:
        ValueError: if a row given is not a fit row.
    """
    figures = _only_fit(fit_rows() if rows is None else rows)
    effs = [figure_efficiency(figure) for figure in figures]
    points = []
    for c in candidates:
        errors = [
            (predict(f, with_tp_sequence_cost(e, f.tp, c))[0] - f.published) / f.published * 100
            for f, e in zip(figures, effs, strict=True)
        ]
        tp_errors = [err for f, err in zip(figures, errors, strict=True) if f.tp > 1]
        points.append(
            ScanPoint(
                c,
                len(errors),
                statistics.fmean(abs(e) for e in errors),
                len(tp_errors),
                statistics.fmean(abs(e) for e in tp_errors) if tp_errors else 0.0,
                statistics.fmean(tp_errors) if tp_errors else 0.0,
            )
        )
    return points


def identified(points: Sequence[ScanPoint]) -> float:
    """The candidate c with the lowest mean absolute error over the fit rows (the smaller on a tie)."""
    return min(points, key=lambda p: (round(p.mean_abs_pct, 9), p.c_us)).c_us


def rounding_slope_us(small: PublishedFigure, large: PublishedFigure, unit: float = 1.0) -> float:
    """How far a per-added-sequence cost can move between two throughput rows printed to `unit` tokens/s.

    A static batch B at T tokens/s is a step of B / T; printed to the nearest `unit`, T is known to +-unit/2,
    so the step to +-B * unit / 2 / T^2. The slope (step(B2) - step(B1)) / (B2 - B1) is then known to the sum
    of the two bounds over B2 - B1: a per-sequence cost smaller than that is not identified by the pair.
    """
    if small.load is None or large.load is None or large.load <= small.load:
        raise ValueError("two static or fixed-concurrency rows, the second at the larger batch")
    bound_s = sum(f.load * unit / 2 / f.published**2 for f in (small, large) if f.load is not None)
    return bound_s / (large.load - small.load) * 1e6


def vllm_tp_fit_rows(rows: Iterable[PublishedFigure] | None = None) -> list[PublishedFigure]:
    """The fit rows of vLLM at TP > 1 (what could identify the vLLM-only reading), by batch."""
    figures = _only_fit(fit_rows() if rows is None else rows)
    chosen = [f for f in figures if f.tp > 1 and f.engine.name.strip().lower().startswith("vllm")]
    return sorted(chosen, key=lambda f: f.load or 0.0)


def render(points: Sequence[ScanPoint]) -> list[str]:
    """Markdown: the scan, the identified value, and the vLLM-only reading's bound."""
    out = [
        "# A per-sequence step cost at TP > 1, fitted on the fit rows only (round 16)",
        "",
        "Generated by `python -m benchmarks.sizing.tp_sequence` (`benchmarks/sizing/tp_sequence.py`, where the "
        "mechanism and its sources are). Form: t_fixed += B * c at TP > 1. Every other factor as fitted "
        "(`fitted.py`); no held-out row is predicted.",
        "",
        "| c (us per sequence and step) | fit rows | mean abs error | TP > 1 rows | their mean abs error "
        "| their mean signed error |",
        "|---:|---:|---:|---:|---:|---:|",
    ]
    out += [
        f"| {p.c_us:g} | {p.rows} | {p.mean_abs_pct:.2f} % | {p.tp_rows} | {p.tp_mean_abs_pct:.2f} % "
        f"| {p.tp_signed_pct:+.2f} % |"
        for p in points
    ]
    out += ["", f"Identified (engine-wide): c = {identified(points):g} us.", ""]
    vllm = vllm_tp_fit_rows()
    out.append(
        "vLLM-only reading: the fit rows of vLLM at TP > 1 are "
        + ", ".join(f"`{f.key}` (batch {f.load:g}, {f.published:g} tok/s)" for f in vllm)
        + "."
    )
    if len(vllm) >= 2:
        bound = rounding_slope_us(vllm[0], vllm[-1])
        out.append(
            f"Printed to whole tokens/s, they fix a per-added-sequence cost only to +-{bound:.0f} us: not identified."
        )
    return out + [""]


if __name__ == "__main__":
    print("\n".join(render(scan())), end="")
