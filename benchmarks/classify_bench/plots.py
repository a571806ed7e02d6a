"""PNG charts for the classifier reports.

Figures are built with matplotlib's object API and its Agg canvas, never pyplot,
so plotting needs no display and changes no global backend state in the caller.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks.classify_bench.kinds import EVAL_KINDS
from benchmarks.classify_bench.latency import LatencyReport
from benchmarks.classify_bench.quality import EngineQuality

if TYPE_CHECKING:
    from matplotlib.figure import Figure

_COLOURS = ("#1d70b8", "#d4351c", "#00703c", "#f47738")  # GOV.UK blue, red, green, orange


def _figure(width: float, height: float) -> Figure:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height), dpi=110)
    FigureCanvasAgg(fig)
    return fig


def plot_latency(report: LatencyReport, path: Path) -> None:
    """p50 latency (with p99 markers) and batched docs/s per size, one bar per engine."""
    fig = _figure(11, 4.2)
    ax_lat, ax_tp = fig.subplots(1, 2)
    labels = [s.size.label for s in report.sizes]
    width = 0.8 / max(len(report.engines), 1)
    for e, engine in enumerate(report.engines):
        xs = [i + (e - (len(report.engines) - 1) / 2) * width for i in range(len(labels))]
        p50 = [s.latency[engine].p50_ms if engine in s.latency else 0.0 for s in report.sizes]
        p99 = [s.latency[engine].p99_ms if engine in s.latency else 0.0 for s in report.sizes]
        dps = [s.docs_per_s.get(engine, 0.0) for s in report.sizes]
        colour = _COLOURS[e % len(_COLOURS)]
        ax_lat.bar(xs, p50, width, label=f"{engine} p50", color=colour)
        ax_lat.scatter(xs, p99, marker="_", s=300, color="black", zorder=3, label="p99" if e == 0 else None)
        ax_tp.bar(xs, dps, width, label=engine, color=colour)
    for ax, title, unit in (
        (ax_lat, "Per-request latency", "ms (log)"),
        (ax_tp, "Batched throughput", "docs/s (log)"),
    ):
        ax.set_xticks(range(len(labels)), labels)
        ax.set_yscale("log")
        ax.set_ylabel(unit)
        ax.set_xlabel("prompt size")
        ax.set_title(title)
        ax.grid(axis="y", alpha=0.3)
        ax.legend(fontsize=8)
    fig.suptitle(f"Classifier speed ({report.runs} runs per size, {report.corpus} corpus)")
    fig.tight_layout()
    fig.savefig(path)


def plot_quality(results: list[EngineQuality], path: Path) -> None:
    """Recall per kind, plus overall precision and recall of `sensitive`, one bar per engine."""
    kinds = [k for k in EVAL_KINDS if any(q.per_kind.get(k) and q.per_kind[k].support for q in results)]
    rows = ["sensitive: precision", "sensitive: recall", *(f"{k}: recall" for k in kinds)]
    fig = _figure(9, 0.32 * len(rows) + 1.5)
    ax = fig.add_subplot(1, 1, 1)
    height = 0.8 / max(len(results), 1)
    for e, q in enumerate(results):
        values = [q.sensitive.precision or 0.0, q.sensitive.recall or 0.0]
        values += [q.per_kind[k].recall or 0.0 for k in kinds]
        ys = [i + (e - (len(results) - 1) / 2) * height for i in range(len(rows))]
        ax.barh(ys, values, height, label=q.engine, color=_COLOURS[e % len(_COLOURS)])
    ax.set_yticks(range(len(rows)), rows, fontsize=8)
    ax.invert_yaxis()
    ax.set_xlim(0, 1.0)
    ax.axvline(0.95, color="grey", linestyle="--", linewidth=0.8)
    ax.set_xlabel("score (dashed line: 0.95 target)")
    ax.set_title("Classifier quality on the evaluation set")
    ax.grid(axis="x", alpha=0.3)
    ax.legend(fontsize=8, loc="lower right")
    fig.tight_layout()
    fig.savefig(path)
