"""Fit the efficiency factors on the fit rows of `published.py` and write `fitted.py`.

Held-out rows are never read here: `fit_rows()` filters on `role == "fit"` before
anything else happens. The fit minimises the mean absolute percentage error over the
fit rows by coordinate search (each factor in turn, multiplied or shifted by a shrinking
step, kept when the error drops), starting from the priors in `PRIORS`:

* shared by every GPU: per-step, per-layer and per-sequence fixed overheads (engine
  scheduling, kernel launches, sampling; CUDA graphs make these small but not zero), the
  MoE grouped-GEMM factor, and decode attention's cost per sequence and layer;
* per GPU with fit rows: weight-streaming and KV-reading (attention) bandwidth efficiencies,
  MFU, and, where the GPU has TP > 1 rows, all-reduce latency and link efficiency. A GPU
  whose fit rows cannot tell a factor apart (A100-40GB: one single-stream row; MI300X:
  batch 1 and 2 only) fits only `memory` and takes the rest from `BORROW`.

`python -m benchmarks.sizing.validate --fit-only` prints the fit rows' errors (and predicts
no held-out row): model work looks at that, never at the held-out table.

Run: `python -m benchmarks.sizing.calibrate` (about two minutes on two cores), then
`python -m benchmarks.sizing.validate` to regenerate the report.
"""

from __future__ import annotations

import pprint
from collections.abc import Callable, Iterable
from pathlib import Path

from benchmarks.sizing.catalogue import find_gpu
from benchmarks.sizing.efficiency import engine_values
from benchmarks.sizing.engine_terms import engine_limits
from benchmarks.sizing.model import Efficiency
from benchmarks.sizing.published import FIGURES, PublishedFigure
from benchmarks.sizing.validate import predict

FITTED_PATH = Path(__file__).with_name("fitted.py")
PRIORS: dict[str, float] = {"memory": 0.75, "attention_memory": 0.75, "mfu": 0.55, "allreduce_latency_us": 8.0}
GLOBAL_PRIORS: dict[str, float] = {
    "step_overhead_us": 200.0,
    "layer_overhead_us": 2.0,
    "sequence_overhead_us": 1.0,
    "moe": 0.8,
    "attention_overhead_ns": 100.0,
    "roof_exponent": 4.0,
    "vllm_step_overhead_us": 500.0,
}
# Starting point of the link efficiency (achieved fraction of one direction of the link in
# an all-reduce), fitted per GPU from its TP > 1 rows. These starting values were written
# from memory (nccl-tests bus bandwidth of the order of 80 % of NVLink, half of PCIe through a
# host bridge), not from a retrieved source; only MI300X, which has no TP > 1 fit rows that
# identify it, keeps its starting value.
LINK: dict[str, float] = {"nvlink": 0.8, "pcie": 0.5, "xgmi": 0.6}
# Factors a GPU's fit rows cannot identify are borrowed from a GPU of the same family.
BORROW: dict[str, tuple[str, tuple[str, ...]]] = {
    "A100-40GB": ("A100-80GB", ("mfu", "attention_memory", "allreduce_latency_us", "link")),
    "MI300X": ("H100-SXM", ("attention_memory", "allreduce_latency_us")),
}
# Factors neither fitted nor borrowed, set from a retrieved source. MI300X's matmul efficiency
# cannot be fitted (its fit rows are batch 1 and 2, bandwidth-bound) and borrowing H100's assumed
# CUDA's GEMM maturity: MI300X reaches about 45 % of its peak FLOP/s in FP8/BF16/FP16 on real AI
# workloads (against up to 93 % for H100), memory bandwidth about 81 % of 5.3 TB/s
# (https://aiweekly.co/alerts/amd-mi300x-hits-only-45-of-peak-flops-in-practice, a summary of a
# peer-reviewed measurement; retrieved, second-hand).
SOURCED: dict[str, dict[str, float]] = {"MI300X": {"mfu": 0.45}}
_BOUNDS: dict[str, tuple[float, float]] = {
    "memory": (0.3, 0.95),
    "attention_memory": (0.3, 0.95),
    "link": (0.1, 1.0),
    "mfu": (0.2, 0.95),
    "sequence_overhead_us": (0.0, 50.0),
    "moe": (0.2, 1.0),
    "allreduce_latency_us": (0.0, 100.0),
    "step_overhead_us": (0.0, 5000.0),
    "layer_overhead_us": (0.0, 50.0),
    "attention_overhead_ns": (0.0, 2000.0),
    "roof_exponent": (1.5, 40.0),
    "vllm_step_overhead_us": (0.0, 20000.0),
}
_STEPS = (0.25, 0.1, 0.04, 0.015)


def fit_rows() -> list[PublishedFigure]:
    """The rows the factors may be fitted on (never a held-out row)."""
    return [figure for figure in FIGURES if figure.role == "fit"]


def _efficiency(figure: PublishedFigure, shared: dict[str, float], per_gpu: dict[str, dict[str, float]]) -> Efficiency:
    return Efficiency.model_validate(
        engine_values(shared, figure.engine.name)
        | per_gpu[figure.gpu]
        | {"prefill_chunk_tokens": engine_limits(figure)[1], "kv_block_tokens": figure.engine.kv_block_tokens}
    )


def _error(rows: Iterable[PublishedFigure], shared: dict[str, float], per_gpu: dict[str, dict[str, float]]) -> float:
    total, count = 0.0, 0
    for figure in rows:
        predicted, _ = predict(figure, _efficiency(figure, shared, per_gpu))
        total += abs(predicted - figure.published) / figure.published
        count += 1
    return total / max(count, 1) * 100


def _free(gpu: str, rows: list[PublishedFigure]) -> list[str]:
    if gpu in BORROW:
        return ["memory"]
    names = ["memory", "attention_memory", "mfu"]
    if any(figure.tp > 1 for figure in rows):
        names += ["allreduce_latency_us", "link"]
    return names


def link_efficiency(gpu: str) -> float:
    """The assumed all-reduce bandwidth efficiency of `gpu`'s interconnect (see `LINK`)."""
    interconnect = find_gpu(gpu).interconnect.lower()
    if "nvlink" in interconnect and "pcie" not in interconnect:
        return LINK["nvlink"]
    return LINK["xgmi"] if "infinity" in interconnect else LINK["pcie"]


def _search(value: float, name: str, step: float, score: Callable[[float], float]) -> tuple[float, float]:
    low, high = _BOUNDS[name]
    best_value, best = value, score(value)
    for candidate in (value * (1 + step), value * (1 - step), value + step * (high - low) * 0.1):
        candidate = min(max(candidate, low), high)
        result = score(candidate)
        if result < best - 1e-9:
            best_value, best = candidate, result
    return best_value, best


Fitted = tuple[dict[str, float], dict[str, dict[str, float]], dict[str, dict[str, float]]]


def calibrate(rounds: int = 3) -> Fitted:
    """Fitted (shared factors, per-GPU factors, per-GPU fit error) on the fit rows."""
    rows = fit_rows()
    by_gpu: dict[str, list[PublishedFigure]] = {}
    for figure in rows:
        by_gpu.setdefault(find_gpu(figure.gpu).name, []).append(figure)
    shared = dict(GLOBAL_PRIORS)
    per_gpu = {gpu: dict(PRIORS) | {"link": link_efficiency(gpu)} | SOURCED.get(gpu, {}) for gpu in by_gpu}
    for step in _STEPS:
        for _ in range(rounds):
            for gpu, gpu_rows in by_gpu.items():
                for name in _free(gpu, gpu_rows):

                    def score(value: float, gpu: str = gpu, name: str = name) -> float:
                        trial = {**per_gpu, gpu: {**per_gpu[gpu], name: value}}
                        return _error(by_gpu[gpu], shared, trial)

                    per_gpu[gpu][name], _ = _search(per_gpu[gpu][name], name, step, score)
                for borrower, (donor, names) in BORROW.items():
                    if borrower in per_gpu and donor in per_gpu:
                        per_gpu[borrower].update({name: per_gpu[donor][name] for name in names})
            for name in list(shared):

                def score_shared(value: float, name: str = name) -> float:
                    return _error(rows, {**shared, name: value}, per_gpu)

                shared[name], _ = _search(shared[name], name, step, score_shared)
    report = {
        gpu: {"rows": float(len(gpu_rows)), "mean_abs_pct": _error(gpu_rows, shared, per_gpu)}
        for gpu, gpu_rows in by_gpu.items()
    }
    report["all"] = {"rows": float(len(rows)), "mean_abs_pct": _error(rows, shared, per_gpu)}
    return shared, per_gpu, report


def _rounded(values: dict[str, float]) -> dict[str, float]:
    return {key: round(value, 4) for key, value in values.items()}


def write_fitted(
    shared: dict[str, float], per_gpu: dict[str, dict[str, float]], report: dict[str, dict[str, float]]
) -> None:
    """Write `fitted.py` (a generated module, so `size` needs no file I/O to load it)."""
    text = (
        '"""Fitted efficiency factors, written by `python -m benchmarks.sizing.calibrate` (do not edit by hand).\n\n'
        "Fitted on the fit rows of `published.py` only; `FIT_REPORT` holds each GPU's fit-row count and\n"
        "mean absolute error. See `efficiency.py` for what each factor means.\n"
        '"""\n\n# ruff: noqa: E501\nfrom __future__ import annotations\n\n'
        f"GLOBAL: dict[str, float] = {pprint.pformat(_rounded(shared), width=100)}\n"
        f"FITTED: dict[str, dict[str, float]] = {pprint.pformat({k: _rounded(v) for k, v in per_gpu.items()})}\n"
        f"FIT_REPORT: dict[str, dict[str, float]] = {pprint.pformat({k: _rounded(v) for k, v in report.items()})}\n"
    )
    FITTED_PATH.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    fitted = calibrate()
    write_fitted(*fitted)
    pprint.pprint(fitted[2])
