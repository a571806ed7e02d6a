"""Compare the sizing model's predictions with published measurements.

Writes `benchmarks/results/sizing_validation.md` and `.json`: for each published figure
in `published.py`, the tool's prediction for the same model, GPU, tensor-parallel size,
dtypes, lengths and load, the signed error (predicted - published) / published, and
whether the row was used to fit the efficiency factors (`fit`) or not (`held-out`).
Fit and held-out errors are reported separately; the held-out ones are the tool's error.

The published numbers were not measured by us: each is copied from the source cited
next to it, with where in the source it appears. Our own GPU measurements
(`gpu_decode.py`, see `measured.py`) follow in a section of their own.

How a figure is predicted (formulas in `serving.py`):
  * offline maximum throughput (`trtllm-bench throughput`): batch = the sequences whose
    paged KV fits (TensorRT-LLM reserves input + output per sequence), capped by the
    engine's batch limit; output tokens/s = batch / mean step with chunked prefill mixed in.
    A run whose source states no more prompts than that batch (`requests`) is one wave,
    predicted as a static batch of that many prompts; a run of more is ceil(requests / batch)
    waves of that batch (`serving.py`), not the steady state.
  * fixed concurrency C: batch = C, or what the KV cache and the engine's cap run when that is
    less (the rest queue); time per output token = mean ITL at that batch. A run whose source
    states its prompts (`requests`, equal lengths) runs in lockstep waves of that batch, the
    last one partial: output tokens/s = all tokens over all waves' time.
  * static batch (vLLM `benchmark_latency.py`): prefill of the whole batch, then decode.
  * fixed request rate: batch from Little's law, mean ITL at that batch and rate; a run whose
    source states its prompts (`requests`, equal lengths) is run step by step (`rate_run.py`):
    median TPOT over requests and all output tokens over the run's duration.
"""

from __future__ import annotations

import json
import statistics
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Annotated

import typer
from pydantic import BaseModel, ConfigDict

from benchmarks.sizing.band_fit import render_bands_markdown, write_bands
from benchmarks.sizing.catalogue import find_gpu, find_model
from benchmarks.sizing.efficiency import efficiency_for
from benchmarks.sizing.engine_terms import engine_limits
from benchmarks.sizing.figure_setup import figure_deployment, figure_efficiency
from benchmarks.sizing.frontend import frontend_request_s, with_frontend
from benchmarks.sizing.measured import (
    MEASURED_DIR,
    load_runs,
    mean_abs_error,
    measured_rows,
    render_measured_markdown,
    summary,
)
from benchmarks.sizing.model import Efficiency, prefill_time
from benchmarks.sizing.published import FIGURES, PublishedFigure, first_set
from benchmarks.sizing.published_b import held_out_b
from benchmarks.sizing.published_c import held_out_c
from benchmarks.sizing.published_d import held_out_d
from benchmarks.sizing.published_e import held_out_e
from benchmarks.sizing.published_f import held_out_f
from benchmarks.sizing.published_g import held_out_g
from benchmarks.sizing.published_h import held_out_h
from benchmarks.sizing.published_i import held_out_i
from benchmarks.sizing.published_j import held_out_j
from benchmarks.sizing.published_k import held_out_k
from benchmarks.sizing.published_l import held_out_l
from benchmarks.sizing.published_m import held_out_m
from benchmarks.sizing.published_n import held_out_n
from benchmarks.sizing.published_o import held_out_o
from benchmarks.sizing.published_p import held_out_p
from benchmarks.sizing.published_q import held_out_q
from benchmarks.sizing.rate_run import finite_rate_run
from benchmarks.sizing.serving import (
    batch_itl_s,
    batch_tokens_per_s,
    offline_batch,
    rate_point,
    running_batch,
    static_batch_tokens_per_s,
)
from benchmarks.sizing.validation_text import APPLIED_RULES
from benchmarks.sizing.varlen_run import offline_run_tokens_per_s

DEFAULT_OUT = Path("benchmarks/results")
_FROZEN = ConfigDict(frozen=True, extra="forbid")

EfficiencyFor = Callable[[PublishedFigure], Efficiency]


class ValidationRow(BaseModel):
    """A published figure with the tool's prediction for it."""

    model_config = _FROZEN

    figure: PublishedFigure
    batch: float
    predicted: float
    error_pct: float


def predict(figure: PublishedFigure, eff: Efficiency) -> tuple[float, float]:
    """The tool's value for `figure`'s metric, and the batch it assumed."""
    dep = figure_deployment(figure, eff)
    isl, osl = figure.input_tokens, figure.output_tokens
    if figure.mode == "rate":
        assert figure.load is not None
        if figure.requests is not None:
            # a finite run of equal-length prompts, step by step (rate_run.py): median TPOT, tokens/s
            limit = offline_batch(dep, eff, isl, osl, engine_limits(figure)[0], figure.engine.reserve_full_sequence)
            run = finite_rate_run(dep, eff, figure.load, figure.requests, isl, osl, limit)
            value = run.output_tokens_per_s if figure.metric == "output_tokens_per_s" else run.median_tpot_s * 1e3
            return value, float(run.peak_batch)
        batch, itl = rate_point(dep, eff, figure.load, isl, osl, prefill_time(dep, eff, isl))
        return (batch / itl if figure.metric == "output_tokens_per_s" else itl * 1e3), batch
    if figure.mode == "offline":
        max_batch = engine_limits(figure)[0]
        batch = float(offline_batch(dep, eff, isl, osl, max_batch, figure.engine.reserve_full_sequence))
        if figure.requests is not None:
            # one wave if every prompt fits at once, else waves of `batch` (serving.py); an HTTP
            # run also pays its API server's time per request (frontend.py)
            one_wave = figure.requests <= batch
            waves = not figure.engine.reserve_full_sequence
            cap = None if one_wave else int(batch)
            tokens_per_s = offline_run_tokens_per_s(dep, eff, figure, batch, waves or one_wave, cap)
            tokens_per_s = with_frontend(tokens_per_s, figure.requests, osl, frontend_request_s(figure.engine.name))
            return tokens_per_s, float(figure.requests) if one_wave else batch
    else:
        assert figure.load is not None
        batch = figure.load
    if figure.mode == "concurrency":
        # the engine runs only what its KV cache and batch cap allow; the rest queue (serving.py)
        limit = engine_limits(figure)[0]
        batch = running_batch(dep, eff, batch, isl, osl, limit, figure.engine.reserve_full_sequence)
        if figure.requests is not None and figure.metric == "output_tokens_per_s":
            # a finite run of equal-length requests: lockstep waves of `batch`, the last one partial
            return static_batch_tokens_per_s(dep, eff, figure.requests, isl, osl, True, int(batch)), batch
    if figure.mode == "static":
        waves = not figure.engine.reserve_full_sequence  # a reserving engine ran the published batch at once
        return static_batch_tokens_per_s(dep, eff, int(batch), isl, osl, waves), batch
    if figure.metric in ("tpot_ms", "itl_ms"):
        return batch_itl_s(dep, eff, batch, isl, osl) * 1e3, batch
    return batch_tokens_per_s(dep, eff, batch, isl, osl), batch


def validate(
    efficiency: EfficiencyFor = figure_efficiency, figures: Iterable[PublishedFigure] = FIGURES
) -> list[ValidationRow]:
    """Predict every published figure and compute the signed error of each."""
    rows = []
    for figure in figures:
        predicted, batch = predict(figure, efficiency(figure))
        error = (predicted - figure.published) / figure.published * 100
        rows.append(ValidationRow(figure=figure, batch=batch, predicted=predicted, error_pct=error))
    return rows


_SETS: dict[str, tuple[PublishedFigure, ...]] = {
    "A": tuple(f for f in first_set() if f.role == "held-out"),
    "B": held_out_b(),
    "C": held_out_c(),
    "D": held_out_d(),
    "E": held_out_e(),
    "F": held_out_f(),
    "G": held_out_g(),
    "H": held_out_h(),
    "I": held_out_i(),
    "J": held_out_j(),
    "K": held_out_k(),
    "L": held_out_l(),
    "M": held_out_m(),
    "N": held_out_n(),
    "O": held_out_o(),
    "P": held_out_p(),
    "Q": held_out_q(),
}
_SET_OF_KEY = {figure.key: name for name, rows in _SETS.items() for figure in rows}
SET_NAMES = (*_SETS, "later")
_SET_LABELS = {
    "later": "held-out, later sets",
    "Q": "held-out Q (seen: round 17 sized it, no figure changed since its blind score of 2026-12-07)",
}  # A-P seen (P since its scoring fixed the ROCm-fork rule), Q since round 17


def held_out_set(figure: PublishedFigure) -> str:
    """Which held-out set a row belongs to: "A" (`published.py`, seen while the model was built),
    "B" … "P" (`published_b*.py` … `published_p*.py`), each collected blind, scored once and
    then seen, "later" (any set added after them, reported apart), or "fit"."""
    if figure.role == "fit":
        return "fit"
    return _SET_OF_KEY.get(figure.key, "later")


def error_summary(rows: list[ValidationRow]) -> dict[str, float]:
    """Mean absolute, largest absolute, 10th/90th percentile signed error and count."""
    if not rows:
        return {"count": 0}
    errors = sorted(row.error_pct for row in rows)
    deciles = statistics.quantiles(errors, n=10) if len(errors) > 1 else [errors[0]] * 9
    return {
        "count": len(rows),
        "mean_abs_pct": mean_abs_error(errors),
        "max_abs_pct": max(abs(e) for e in errors),
        "p10_pct": deciles[0],
        "p90_pct": deciles[-1],
        "beyond_20_pct": sum(1 for e in errors if abs(e) > 20),
    }


def _groups(rows: list[ValidationRow]) -> dict[str, list[ValidationRow]]:
    groups: dict[str, list[ValidationRow]] = {}
    for row in rows:
        f = row.figure
        moe = "MoE" if find_model(f.model).is_moe else "dense"
        for key in (f"GPU {f.gpu}", f"TP {f.tp}", moe, f"mode {f.mode}", f"model {f.model}"):
            groups.setdefault(key, []).append(row)
    return dict(sorted(groups.items()))


def _summary_line(label: str, rows: list[ValidationRow]) -> str:
    s = error_summary(rows)
    return (
        f"| {label} | {s['count']} | {s['mean_abs_pct']:.1f} % | {s['max_abs_pct']:.1f} % | "
        f"{s['p10_pct']:+.1f} % | {s['p90_pct']:+.1f} % | {s['beyond_20_pct']} |"
    )


def render_validation_markdown(rows: list[ValidationRow]) -> str:
    """The validation table with its summaries and notes."""
    fit = [row for row in rows if row.figure.role == "fit"]
    held = [row for row in rows if row.figure.role == "held-out"]
    header = "| set | rows | mean abs error | largest | p10 | p90 | rows beyond ±20 % |"
    rule = "|---|---:|---:|---:|---:|---:|---:|"
    lines = [
        "# Sizing model against published measurements",
        "",
        "Generated by `python -m benchmarks.sizing.validate` from `benchmarks/sizing/validate.py`;",
        "the figures and the fit / held-out split are in `benchmarks/sizing/published.py` (the split",
        "was written down there before fitting); the efficiency factors were fitted on the fit rows",
        "only, by `python -m benchmarks.sizing.calibrate` (values in `benchmarks/sizing/fitted.py`).",
        "",
        "**The published values were not measured by us**: each is copied from the source linked in",
        "its row. Error = (predicted - published) / published. Our own H200 measurements are in the",
        "last section.",
        "",
        *APPLIED_RULES,
        "",
        "## Summary",
        "",
        header,
        rule,
        _summary_line("**held-out**", held),
        *[
            _summary_line(label, part)
            for label, name in ((_SET_LABELS.get(name, f"held-out {name} (seen)"), name) for name in SET_NAMES)
            if (part := [row for row in held if held_out_set(row.figure) == name])
        ],
        _summary_line("**fit**", fit),
        "",
        "Held-out rows by group:",
        "",
        header.replace("| set |", "| group |"),
        rule,
        *[_summary_line(key, group) for key, group in _groups(held).items()],
        "",
        "## Every row",
        "",
        "| # | role | engine | model | GPU x TP | w/kv | ISL/OSL | mode | batch | metric | published |"
        " predicted | error | source |",
        "|---:|---|---|---|---|---|---|---|---:|---|---:|---:|---:|---|",
    ]
    ordered = sorted(rows, key=lambda r: (r.figure.role != "held-out", r.figure.key))
    for number, row in enumerate(ordered, start=1):
        f = row.figure
        load = "" if f.load is None else f" {f.load:g}"
        lines.append(
            f"| {number} | {f.role} | {f.engine.name} | {f.model} | {f.gpu} x {f.tp} | {f.weight_dtype}/{f.kv_dtype} | "
            f"{f.input_tokens}/{f.output_tokens} | {f.mode}{load} | {row.batch:,.0f} | {f.metric} | "
            f"{f.published:,.2f} | {row.predicted:,.2f} | {row.error_pct:+.1f} % | [{f.key}]({f.source}) |"
        )
    sources = sorted({(row.figure.source, row.figure.engine.name, row.figure.note) for row in rows})
    lines += [
        "",
        "## Sources and conditions",
        "",
        *[f"- {engine}: <{source}>. {note.rstrip('.')}." for source, engine, note in sources],
        "",
        "Where each figure is in its source is in `where` of each row in `sizing_validation.json`.",
        "",
    ]
    return "\n".join(lines) + "\n"


def write_validation(out_dir: Path = DEFAULT_OUT, measured_dir: Path = MEASURED_DIR) -> tuple[Path, Path]:
    """Write sizing_validation.md and sizing_validation.json into `out_dir`.

    Args:
        measured_dir: Where our `gpu_decode_*.json` runs are; none found leaves the section out.
    """
    rows = validate()
    h200 = efficiency_for(find_gpu("H200"), engine="transformers")
    runs = load_runs(measured_dir)
    measured = measured_rows(runs, h200)
    out_dir.mkdir(parents=True, exist_ok=True)
    markdown = out_dir / "sizing_validation.md"
    json_path = out_dir / "sizing_validation.json"
    text = render_validation_markdown(rows) + "\n" + render_bands_markdown(band_errors(rows))
    if measured:
        text += "\n" + render_measured_markdown(runs, measured, h200)
    markdown.write_text(text, encoding="utf-8")
    fit = [row for row in rows if row.figure.role == "fit"]
    held = [row for row in rows if row.figure.role == "held-out"]
    payload = {
        "held_out": error_summary(held),
        "held_out_sets": {
            name: error_summary([row for row in held if held_out_set(row.figure) == name]) for name in SET_NAMES
        },
        "fit": error_summary(fit),
        "held_out_groups": {key: error_summary(group) for key, group in _groups(held).items()},
        "rows": [row.model_dump(mode="json") for row in rows],
        "measured_here": {"summary": summary(measured), "rows": [row.model_dump(mode="json") for row in measured]},
    }
    json_path.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    return markdown, json_path


def band_errors(rows: list[ValidationRow]) -> dict[str, dict[str, list[float]]]:
    """Held-out errors by `plan.band_key` group and then by held-out set, for `band_fit.write_bands`."""
    groups: dict[str, dict[str, list[float]]] = {"all": {}}
    for row in rows:
        if row.figure.role != "held-out":
            continue
        f = row.figure
        key = "moe" if find_model(f.model).is_moe else ("dense-tp1" if f.tp == 1 else "dense-tp>1")
        for group in (key, "all"):
            groups.setdefault(group, {}).setdefault(held_out_set(f), []).append(row.error_pct)
    return groups


def render_fit_only(rows: list[ValidationRow]) -> str:
    """Fit-row errors only (overall, by group, per row): what model work may look at.

    Held-out rows are filtered out before anything is predicted, so a change to the model
    can be judged without seeing, and so without tuning on, the held-out errors.
    """
    fit = [row for row in rows if row.figure.role == "fit"]
    lines = [_summary_line("**fit**", fit), *[_summary_line(key, group) for key, group in _groups(fit).items()]]
    lines += [
        f"{row.figure.key}: batch {row.batch:,.0f}, published {row.figure.published:,.2f}, "
        f"predicted {row.predicted:,.2f}, {row.error_pct:+.1f} %"
        for row in sorted(fit, key=lambda r: r.figure.key)
    ]
    return "\n".join(lines) + "\n"


def validate_command(
    out: Annotated[Path, typer.Option(help="Directory for sizing_validation.md/.json.")] = DEFAULT_OUT,
    fit_only: Annotated[
        bool,
        typer.Option("--fit-only", help="Print the fit rows' errors only; predict no held-out row and write nothing."),
    ] = False,
) -> None:
    """Compare sizing predictions with published measurements, write the table and the bands."""
    if fit_only:
        typer.echo(render_fit_only(validate(figures=[f for f in FIGURES if f.role == "fit"])), nl=False)
        return
    markdown, json_path = write_validation(out)
    write_bands(band_errors(validate()))
    typer.echo(f"wrote {markdown} and {json_path}")


if __name__ == "__main__":
    typer.run(validate_command)
