"""Reports of a routing benchmark: JSON for machines, Markdown for people, PNG for the shape.

The Markdown leads with the issue's headline (latency added over direct at
concurrency 1, p50 and p99, per proxy mode and path, against the 2 ms / 5 ms
targets), then added latency at every concurrency, request rate against the
no-op Serve app's ceiling, the Server-Timing breakdown by stage, and CPU per
request by component of the router's process tree. The JSON holds every
point's figures, so other comparisons need no new run.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from benchmarks.route.compare import (
    NOOP,
    SERVER_OF_PATH,
    added_over_direct,
    find,
    net_cpu_ms,
    throughput_ratio,
)
from benchmarks.route.markdown import render_markdown
from benchmarks.route.points import PERCENTILES
from benchmarks.route.runner import RouteRun

FORMAT_VERSION = 1
DEFAULT_NAME = "route"


@dataclass(frozen=True)
class ReportPaths:
    """Where a report's files were written."""

    json: Path
    markdown: Path
    png: Path


def _q(q: float) -> str:
    return f"p{q:g}"


def report_data(run: RouteRun, *, command: str | None = None) -> dict[str, Any]:
    """The JSON report as data."""
    modes = []
    for mode in run.modes:
        points = []
        for point in mode.points:
            row = point.as_dict()
            server = SERVER_OF_PATH.get(point.path)
            row["server"] = server
            row["net_cpu_ms_per_request"] = None if server is None else net_cpu_ms(point, server, mode.idle_cpu_cores)
            points.append(row)
        modes.append(
            {"mode": mode.mode, "startup_s": mode.startup_s, "idle_cpu_cores": mode.idle_cpu_cores, "points": points}
        )
    added = []
    for item in added_over_direct(run.points, PERCENTILES):
        p = item.point
        noop = find(run.points, mode=p.mode, path=NOOP, stream=False, concurrency=p.concurrency)
        added.append(
            {
                "mode": p.mode,
                "path": p.path,
                "stream": p.stream,
                "concurrency": p.concurrency,
                "added_latency_ms": {_q(q): v for q, v in item.latency_ms.items()},
                "added_ttft_ms": {_q(q): v for q, v in item.ttft_ms.items()},
                "added_mean_ms": item.mean_ms,
                "req_per_s": p.req_per_s,
                "direct_req_per_s": item.direct.req_per_s,
                "fraction_of_noop_req_per_s": throughput_ratio(p, noop),
            }
        )
    return {
        "tool": "sovereign-router bench route",
        "format_version": FORMAT_VERSION,
        "started_at": run.started_at.isoformat(),
        "duration_s": run.duration_s,
        "command": command,
        "config": run.config_dict(),
        "environment": run.environment,
        "added_over_direct": added,
        "modes": modes,
    }


def write_report(run: RouteRun, out_dir: Path, *, name: str = DEFAULT_NAME, command: str | None = None) -> ReportPaths:
    """Write `<name>.json`, `<name>.md` and `<name>.png` into `out_dir` (created if missing)."""
    from benchmarks.route.plots import plot_run  # matplotlib is heavy; only reports need it

    out_dir.mkdir(parents=True, exist_ok=True)
    paths = ReportPaths(out_dir / f"{name}.json", out_dir / f"{name}.md", out_dir / f"{name}.png")
    data = report_data(run, command=command)
    paths.json.write_bytes(orjson.dumps(data, option=orjson.OPT_INDENT_2 | orjson.OPT_NON_STR_KEYS) + b"\n")
    paths.markdown.write_text(render_markdown(run, png_name=paths.png.name, command=command), encoding="utf-8")
    plot_run(run, paths.png)
    return paths
