"""The PNG of a load run: where latencies fall and how throughput held up.

Four panels: histograms of TTFT, inter-token latency and end-to-end latency
(with p50 and p99 marked, the figures the Markdown table quotes), and the
requests finished per second across the run, which shows warm-up, stalls and
the drain at the end that a single average hides. matplotlib is imported here
only, through its object API (`Figure` + Agg canvas), so no global backend or
pyplot state is touched.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks.load.metrics import percentile
from benchmarks.load.runner import LoadResult

if TYPE_CHECKING:
    from matplotlib.axes import Axes

_BINS = 40
_TIMELINE_BUCKETS = 40


def _histogram(axes: Axes, values_ms: Sequence[float], title: str, colour: str) -> None:
    axes.set_title(title)
    axes.set_xlabel("ms")
    axes.set_ylabel("requests" if "ITL" not in title else "gaps")
    if not values_ms:
        axes.text(0.5, 0.5, "no samples", ha="center", va="center", transform=axes.transAxes)
        return
    axes.hist(values_ms, bins=_BINS, color=colour, alpha=0.8)
    for q, style in ((50.0, "--"), (99.0, ":")):
        value = percentile(values_ms, q)
        axes.axvline(value, color="black", linestyle=style, linewidth=1, label=f"p{q:g} {value:.1f} ms")
    axes.legend(loc="upper right", fontsize="small")


def _timeline(axes: Axes, result: LoadResult) -> None:
    axes.set_title("Requests finished per second")
    axes.set_xlabel("s since start")
    axes.set_ylabel("req/s")
    # Equal buckets that tile the run exactly (a partial last bucket would read as a slowdown),
    # about five requests each so the rate is not all noise, at most _TIMELINE_BUCKETS of them.
    buckets = max(1, min(_TIMELINE_BUCKETS, len(result.records) // 5))
    width = result.duration_s / buckets
    ok = [0.0] * buckets
    failed = [0.0] * buckets
    for record in result.records:
        bucket = min(int((record.start_s + record.result.latency_s) / width), buckets - 1)
        (ok if record.result.ok else failed)[bucket] += 1 / width
    starts = [i * width for i in range(buckets)]
    axes.bar(starts, ok, width=width, align="edge", color="tab:green", label="ok")
    axes.bar(starts, failed, width=width, align="edge", bottom=ok, color="tab:red", label="failed")
    axes.legend(loc="upper right", fontsize="small")


def plot_result(result: LoadResult, path: Path) -> None:
    """Write the four-panel latency and throughput PNG of `result` to `path`."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    ok = [record.result for record in result.records if record.result.ok]
    figure = Figure(figsize=(11, 8), layout="constrained")
    FigureCanvasAgg(figure)
    grid = figure.subplots(2, 2)
    _histogram(
        grid[0][0], [r.ttft_s * 1000 for r in ok if r.ttft_s is not None], "Time to first token", "tab:blue"
    )
    _histogram(grid[0][1], [g * 1000 for r in ok for g in r.itl_s], "Inter-token latency (ITL)", "tab:orange")
    _histogram(grid[1][0], [r.latency_s * 1000 for r in ok], "End-to-end latency", "tab:purple")
    _timeline(grid[1][1], result)
    config = result.config
    shape = (
        f"concurrency {config.concurrency}" if config.mode == "concurrency" else f"rate {config.rate:g} req/s"
    )
    figure.suptitle(
        f"bench load: {config.base_url} ({config.model}, {shape}, {len(result.records)} requests)"
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path, dpi=100)
