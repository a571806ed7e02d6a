"""PNG charts of one department's KPIs (matplotlib, Agg backend: no display needed)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from router.report.kpis import MIX, PERCENTILES, ROUTES, DepartmentKpis

_COLOURS = {"local": "#2e7d32", "hosted": "#1565c0", "redacted-hosted": "#6a1b9a", "refused": "#c62828"}


def _pyplot() -> Any:  # matplotlib.pyplot, imported only when a chart is drawn
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def route_mix_chart(kpis: DepartmentKpis, path: Path) -> Path:
    """Bar chart: requests answered by each route, and refused."""
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(6, 3.5))
    counts = [kpis.mix[bucket] for bucket in MIX]
    bars = ax.bar(MIX, counts, color=[_COLOURS[b] for b in MIX])
    ax.bar_label(bars, labels=[f"{c} ({kpis.share(c):.0%})" for c in counts])
    ax.margins(y=0.15)  # room for the labels above the tallest bar
    ax.set_ylabel("requests")
    ax.set_title(f"{kpis.department}: route mix ({kpis.requests} requests, {kpis.inside_share:.0%} kept inside)")
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)
    return path


def latency_chart(kpis: DepartmentKpis, path: Path) -> Path:
    """Grouped bars: latency and TTFT p50/p95/p99 by route (routes without answers are left out)."""
    plt = _pyplot()
    series = []
    for route in ROUTES:
        for measure, values in (("latency", kpis.latency_percentiles(route)), ("TTFT", kpis.ttft_percentiles(route))):
            if values is not None:
                series.append((f"{route}\n{measure}", values))
    fig, ax = plt.subplots(figsize=(max(6, 1.6 * len(series)), 3.5))
    width = 0.25
    for offset, p in enumerate(PERCENTILES):
        xs = [i + (offset - 1) * width for i in range(len(series))]
        ax.bar(xs, [values[p] for _, values in series], width, label=f"p{p}")
    ax.set_xticks(range(len(series)), [name for name, _ in series])
    ax.set_ylabel("ms")
    ax.set_title(f"{kpis.department}: latency and time to first token")
    if series:
        ax.legend()
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)
    return path


def volume_chart(kpis: DepartmentKpis, path: Path) -> Path:
    """Stacked bars: requests per hour (UTC) by route mix bucket."""
    plt = _pyplot()
    hours = sorted({hour for hour, _ in kpis.hourly})
    fig, ax = plt.subplots(figsize=(max(6, 0.4 * len(hours)), 3.5))
    bottom = [0] * len(hours)
    for bucket in MIX:
        counts = [kpis.hourly[(hour, bucket)] for hour in hours]
        ax.bar(range(len(hours)), counts, bottom=bottom, label=bucket, color=_COLOURS[bucket])
        bottom = [b + c for b, c in zip(bottom, counts, strict=True)]
    ax.set_xticks(range(len(hours)), [hour[5:].replace("T", " ") + "h" for hour in hours], rotation=45, ha="right")
    ax.set_ylabel("requests")
    ax.set_title(f"{kpis.department}: requests per hour (UTC)")
    ax.legend(fontsize="small")
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)
    return path
