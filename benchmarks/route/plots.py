"""The PNG of a routing benchmark: added latency and request rate against concurrency.

One row per streaming setting measured; left, p50 latency added over direct
(and, for streams, added TTFT dashed) per proxy mode and router path; right,
requests per second of every path with the no-op Serve app's ceiling. Log
concurrency axis, since the points are 1, 8, 32, 64. matplotlib is imported
here only, through its object API (`Figure` + Agg canvas), so no global
pyplot state is touched.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks.route.compare import DIRECT, NOOP, ROUTER_PATHS, added_over_direct
from benchmarks.route.points import PERCENTILES, PointResult
from benchmarks.route.runner import RouteRun

if TYPE_CHECKING:
    from matplotlib.axes import Axes

_COLOURS = {DIRECT: "tab:grey", "hosted": "tab:blue", "local": "tab:orange", NOOP: "tab:green",
            "redacted-hosted": "tab:purple"}
_MARKERS = {"haproxy": "o", "python": "s"}


def _added_panel(axes: Axes, run: RouteRun, stream: bool) -> None:
    added = [a for a in added_over_direct(run.points, PERCENTILES) if a.point.stream == stream]
    for mode in run.config.proxy_modes:
        for path in ROUTER_PATHS:
            rows = sorted(
                (a for a in added if a.point.mode == mode and a.point.path == path), key=lambda a: a.point.concurrency
            )
            xs = [a.point.concurrency for a in rows if 50.0 in a.latency_ms]
            ys = [a.latency_ms[50.0] for a in rows if 50.0 in a.latency_ms]
            if xs:
                axes.plot(xs, ys, marker=_MARKERS.get(mode, "x"), color=_COLOURS[path], label=f"{mode} {path}")
            ttft = [(a.point.concurrency, a.ttft_ms[50.0]) for a in rows if 50.0 in a.ttft_ms]
            if stream and ttft:
                axes.plot(
                    *zip(*ttft, strict=True),
                    marker=_MARKERS.get(mode, "x"),
                    color=_COLOURS[path],
                    linestyle="--",
                    alpha=0.6,
                    label=f"{mode} {path} TTFT",
                )
    axes.axhline(0, color="black", linewidth=0.5)
    axes.set_xscale("log", base=2)
    axes.set_xlabel("concurrency")
    axes.set_ylabel("ms added over direct (p50)")
    axes.set_title(f"Added latency, {'streaming' if stream else 'non-streaming'}")
    axes.legend(fontsize="x-small")


def _rate_panel(axes: Axes, points: list[PointResult], modes: tuple[str, ...], stream: bool) -> None:
    for mode in modes:
        for path in (DIRECT, *ROUTER_PATHS, NOOP):
            rows = sorted(
                (p for p in points if p.mode == mode and p.path == path and p.stream == stream),
                key=lambda p: p.concurrency,
            )
            if not rows:
                continue
            axes.plot(
                [p.concurrency for p in rows],
                [p.req_per_s for p in rows],
                marker=_MARKERS.get(mode, "x"),
                color=_COLOURS[path],
                linestyle=":" if path == NOOP else "-",
                label=f"{mode} {path}",
            )
    axes.set_xscale("log", base=2)
    axes.set_yscale("log")
    axes.set_xlabel("concurrency")
    axes.set_ylabel("requests per second")
    axes.set_title(f"Request rate, {'streaming' if stream else 'non-streaming'}")
    axes.legend(fontsize="x-small")


def plot_run(run: RouteRun, path: Path) -> None:
    """Write the added-latency and request-rate PNG of `run` to `path`."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    streams = sorted(set(run.config.streams))
    figure = Figure(figsize=(12, 4.5 * len(streams)), layout="constrained")
    FigureCanvasAgg(figure)
    grid = figure.subplots(len(streams), 2, squeeze=False)
    points = run.points
    for row, stream in enumerate(streams):
        _added_panel(grid[row][0], run, stream)
        _rate_panel(grid[row][1], points, run.config.proxy_modes, stream)
    figure.suptitle(f"bench route: {run.config.requests} requests per point, {run.started_at:%Y-%m-%d %H:%M} UTC")
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path, dpi=100)
