"""The KPI report as Markdown, with each department's charts beside it."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from router.report import charts
from router.report.kpis import MIX, PERCENTILES, ROUTES, DepartmentKpis, department_kpis

REPORT_FILE = "report.md"
_DEFINITIONS = """\
Definitions: *requests* are audit records (one per request, answered or not). *Route mix*
counts answered requests (status 200) by route and every other status as *refused*. *Kept
inside* is the share of requests whose text never went to the hosted API (route local, or
refused before a backend); redacted-hosted requests count as outside. Latency runs from
request start to the answer (streams: to the end); TTFT is to the first streamed chunk
(answered streams only). Percentiles interpolate linearly between nearest ranks. The
hand-off rate is the share refused with a hand-off code for a human queue; *answered*
(the deflection measure) is the share answered with status 200."""


@dataclass(frozen=True)
class Report:
    path: Path
    departments: dict[str, DepartmentKpis]
    charts: list[Path]


def _pct(share: float) -> str:
    return f"{share * 100:.1f}%"


def _ms(values: dict[int, float] | None) -> list[str]:
    return [f"{values[p]:.1f}" if values is not None else "–" for p in PERCENTILES]


def _slug(department: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]", "_", department) or "_"


def _department_section(kpis: DepartmentKpis, chart_paths: list[Path], out: Path) -> list[str]:
    lines = [
        f"## {kpis.department}",
        "",
        f"- requests: **{kpis.requests}** ({kpis.first} – {kpis.last})",
        f"- answered without a human (deflection): {kpis.answered} ({_pct(kpis.answered_share)})",
        f"- kept inside the boundary: {kpis.inside} ({_pct(kpis.inside_share)})",
        f"- hand-offs to a human queue: {kpis.handoffs} ({_pct(kpis.handoff_rate)})",
        f"- tokens: {kpis.tokens_in} in, {kpis.tokens_out} out",
        "- statuses: " + ", ".join(f"{status}: {count}" for status, count in sorted(kpis.statuses.items())),
        "",
        "| route | requests | share |",
        "|---|---:|---:|",
        *(f"| {bucket} | {kpis.mix[bucket]} | {_pct(kpis.share(kpis.mix[bucket]))} |" for bucket in MIX),
        "",
        "| route | answered | latency p50 ms | p95 | p99 | streams | TTFT p50 ms | p95 | p99 |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for route in ROUTES:
        latency, ttft = kpis.latency_percentiles(route), kpis.ttft_percentiles(route)
        lines.append(
            f"| {route} | {len(kpis.latency_ms[route])} | " + " | ".join(_ms(latency))
            + f" | {len(kpis.ttft_ms[route])} | " + " | ".join(_ms(ttft)) + " |"
        )
    lines.append("")
    lines += [f"![{path.stem}]({path.relative_to(out).as_posix()})" for path in chart_paths]
    lines.append("")
    return lines


def write_report(
    records: Iterable[Mapping[str, Any]], out: Path, *, since: str, department: str | None = None
) -> Report:
    """Write `out/report.md` and `out/<department>/*.png`; returns what was written."""
    kpis_by_department = department_kpis(records)
    out.mkdir(parents=True, exist_ok=True)
    scope = f"department {department}" if department else "all departments"
    lines = [
        "# sovereign-router: department KPIs",
        "",
        f"Audit records since {since}, {scope}.",
        "",
        _DEFINITIONS,
        "",
    ]
    if not kpis_by_department:
        lines += ["No requests in this window.", ""]
    else:
        lines += [
            "| department | requests | kept inside | answered | hand-off rate | latency p95 ms (local) | (hosted) |",
            "|---|---:|---:|---:|---:|---:|---:|",
        ]
        for name, kpis in kpis_by_department.items():
            local, hosted = kpis.latency_percentiles("local"), kpis.latency_percentiles("hosted")
            lines.append(
                f"| {name} | {kpis.requests} | {_pct(kpis.inside_share)} | {_pct(kpis.answered_share)} | "
                f"{_pct(kpis.handoff_rate)} | {_ms(local)[1]} | {_ms(hosted)[1]} |"
            )
        lines.append("")
    written: list[Path] = []
    for name, kpis in kpis_by_department.items():
        folder = out / _slug(name)
        folder.mkdir(exist_ok=True)
        paths = [
            charts.route_mix_chart(kpis, folder / "route_mix.png"),
            charts.latency_chart(kpis, folder / "latency.png"),
            charts.volume_chart(kpis, folder / "volume.png"),
        ]
        written += paths
        lines += _department_section(kpis, paths, out)
    path = out / REPORT_FILE
    path.write_text("\n".join(lines), encoding="utf-8")
    return Report(path, kpis_by_department, written)
