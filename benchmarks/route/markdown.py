"""The Markdown report of a routing benchmark (see `report.py` for the order and why)."""

from __future__ import annotations

from collections.abc import Sequence

from benchmarks.route.compare import (
    DIRECT,
    NOOP,
    REDACTED,
    ROUTER_PATHS,
    SERVER_OF_PATH,
    Added,
    added_ms,
    added_over_direct,
    find,
    net_cpu_ms,
    throughput_ratio,
)
from benchmarks.route.cpu import COMPONENTS
from benchmarks.route.points import PERCENTILES, STAGES, PointResult
from benchmarks.route.runner import ModeRun, RouteRun

TARGET_P50_MS = 3.0
TARGET_P99_MS = 8.0
REDACTION_TARGET_P50_MS = 1.0
_DASH = "–"


def _ms(value: float | None, digits: int = 2) -> str:
    return _DASH if value is None else f"{value:,.{digits}f}"


def _signed(value: float | None) -> str:
    return _DASH if value is None else f"{value:+,.2f}"


def _kind(stream: bool) -> str:
    return "stream" if stream else "non-stream"


_POINT_HEADER = ("proxy mode", "path", "kind", "c")


def _point_cells(p: PointResult, mode: str | None = None) -> list[str]:
    """The cells that name a point, under `_POINT_HEADER`: proxy mode, path, kind, concurrency."""
    return [p.mode if mode is None else mode, p.path, _kind(p.stream), str(p.concurrency)]


def _met(value: float | None, limit: float) -> str:
    if value is None:
        return _DASH
    return "yes" if value <= limit else "**no**"


def _table(header: Sequence[str], rows: Sequence[Sequence[str]], numeric_from: int = 1) -> list[str]:
    align = ["---" if i < numeric_from else "---:" for i in range(len(header))]
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join(align) + "|"]
    return lines + ["| " + " | ".join(row) + " |" for row in rows]


def _headline(added: Sequence[Added], concurrency: int) -> list[str]:
    rows = []
    for item in added:
        p = item.point
        if p.concurrency != concurrency or p.path not in ROUTER_PATHS:
            continue
        p50, p99 = item.latency_ms.get(50.0), item.latency_ms.get(99.0)
        direct, through = item.direct.latency, p.latency
        rows.append(
            [
                p.mode,
                p.path,
                _kind(p.stream),
                _ms(direct.percentiles_ms[50.0] if direct else None),
                _ms(through.percentiles_ms[50.0] if through else None),
                _signed(p50),
                _signed(p99),
                _signed(item.ttft_ms.get(50.0)),
                _met(p50, TARGET_P50_MS) if p.path == "hosted" else _DASH,
                _met(p99, TARGET_P99_MS) if p.path == "hosted" else _DASH,
            ]
        )
    header = [
        "proxy mode",
        "path",
        "kind",
        "direct p50",
        "through p50",
        "added p50",
        "added p99",
        "added TTFT p50",
        f"p50 ≤ {TARGET_P50_MS:g}",
        f"p99 ≤ {TARGET_P99_MS:g}",
    ]
    return _table(header, rows, numeric_from=3)


def _difference(a: float | None, b: float | None) -> float | None:
    return None if a is None or b is None else a - b


def _redaction(points: Sequence[PointResult]) -> list[str]:
    """What redaction adds: the redacted path minus the hosted path sending its redacted twin.

    Shown twice: end to end, and beyond the level pass (each request's latency less its
    own `classify` stage). The level pass runs on every request whatever its route, and
    costs more on the personal prompt than on its public twin (it finds more); only the
    second figure is redaction's own cost, so the target is judged on it.
    """
    rows = []
    for p in points:
        if p.path != REDACTED or p.latency is None:
            continue
        twin = find(points, mode=p.mode, path="hosted", stream=p.stream, concurrency=p.concurrency)
        if twin is None or twin.latency is None:
            continue
        p50, p99 = (added_ms(p.latency, twin.latency, q) for q in (50.0, 99.0))
        own_p50 = added_ms(p.beyond_level_pass, twin.beyond_level_pass, 50.0)
        level_pass = _difference(p.server_timing.get("classify"), twin.server_timing.get("classify"))
        rows.append(
            [
                p.mode,
                _kind(p.stream),
                str(p.concurrency),
                _ms(twin.latency.percentiles_ms[50.0]),
                _ms(p.latency.percentiles_ms[50.0]),
                _signed(p50),
                _signed(p99),
                _signed(level_pass),
                _ms(p.server_timing.get("redact"), 3),
                _signed(own_p50),
                _met(own_p50, REDACTION_TARGET_P50_MS),
            ]
        )
    if not rows:
        return []
    header = [
        "proxy mode",
        "kind",
        "c",
        "hosted twin p50",
        "redacted p50",
        "adds p50, end to end",
        "adds p99, end to end",
        "level pass: personal − twin (mean)",
        "redact stage (mean)",
        "redaction's own p50",
        f"own p50 ≤ {REDACTION_TARGET_P50_MS:g}",
    ]
    return [
        "## What redaction adds",
        "",
        "The redacted path (a ~1 KB personal prompt, redacted, sent, answer restored) minus the hosted path "
        "sending its redacted twin (the same bytes upstream), measured interleaved in the same run. "
        "End to end, the difference includes the level pass (`classify` stage), which every request pays "
        "whatever its route and which costs more on the personal prompt than on its public twin. "
        "`redaction's own p50` compares each request's latency less its own `classify` stage: the full-span "
        "pass, the placeholders, the re-check (`redact` stage) and the restore. The target is judged on it.",
        "",
        *_table(header, rows, numeric_from=2),
        "",
    ]


def _by_concurrency(added: Sequence[Added]) -> list[str]:
    rows = []
    for item in sorted(added, key=lambda a: (a.point.mode, a.point.stream, a.point.path, a.point.concurrency)):
        p = item.point
        stats = p.latency
        cells = [_ms(stats.percentiles_ms[q] if stats else None) for q in PERCENTILES]
        cells += [_signed(item.latency_ms.get(q)) for q in PERCENTILES]
        rows.append(
            [
                *_point_cells(p),
                *cells,
                _signed(item.ttft_ms.get(50.0)),
                f"{p.req_per_s:,.1f}",
                str(p.requests - p.completed),
            ]
        )
    labels = [f"p{q:g}" for q in PERCENTILES]
    header = [
        *_POINT_HEADER,
        *labels,
        *(f"added {x}" for x in labels),
        "added TTFT p50",
        "req/s",
        "errors",
    ]
    return _table(header, rows, numeric_from=3)


def _throughput(points: Sequence[PointResult], mode: ModeRun) -> list[str]:
    rows = []
    measured = [path for path in ROUTER_PATHS if any(p.path == path for p in mode.points)]
    for stream in sorted({p.stream for p in mode.points}):
        for c in sorted({p.concurrency for p in mode.points}):
            noop = find(points, mode=mode.mode, path=NOOP, stream=False, concurrency=c)
            cells = [mode.mode, _kind(stream), str(c)]
            for path in (DIRECT, *measured):
                point = find(points, mode=mode.mode, path=path, stream=stream, concurrency=c)
                ratio = None if point is None else throughput_ratio(point, noop)
                share = "" if ratio is None else f" ({ratio:.0%})"
                cells.append(_DASH if point is None else f"{point.req_per_s:,.1f}{share}")
            cells.append(_DASH if noop is None else f"{noop.req_per_s:,.1f}")
            rows.append(cells)
    header = ["proxy mode", "kind", "c", "direct", *(f"{path} (vs no-op)" for path in measured), "no-op Serve ceiling"]
    return _table(header, rows, numeric_from=2)


def _stages(points: Sequence[PointResult]) -> list[str]:
    # Beyond one request in flight, direct latency is mostly queueing: the subtraction means nothing.
    lowest = min((p.concurrency for p in points), default=1)
    rows = []
    for p in sorted(points, key=lambda p: (p.mode, p.stream, p.path, p.concurrency)):
        if p.path not in ROUTER_PATHS or p.latency is None:
            continue
        direct = find(points, mode=p.mode, path=DIRECT, stream=p.stream, concurrency=p.concurrency)
        total = p.server_timing.get("total")
        # For streams `total` ends when the first chunk is ready, so compare it with TTFT.
        reference = p.ttft.mean_ms if p.stream and p.ttft is not None else p.latency.mean_ms
        outside = None if total is None else reference - total
        backend = p.server_timing.get("backend")
        over = None if backend is None or direct is None or direct.latency is None else backend - direct.latency.mean_ms
        rows.append(
            [
                *_point_cells(p),
                _ms(p.latency.mean_ms),
                *(_ms(p.server_timing.get(s), 3) for s in STAGES),
                _ms(outside, 3),
                _ms(None if direct is None or direct.latency is None else direct.latency.mean_ms),
                _signed(over if p.path == "hosted" and p.concurrency == lowest else None),
            ]
        )
    header = [
        *_POINT_HEADER,
        "e2e mean",
        *STAGES,
        "outside handler",
        "direct mean",
        "backend − direct",
    ]
    return _table(header, rows, numeric_from=3)


def _cpu(mode: ModeRun) -> list[str]:
    rows = []
    for p in sorted(mode.points, key=lambda p: (p.stream, p.path, p.concurrency)):
        server = SERVER_OF_PATH.get(p.path)
        if server is None:
            continue
        parts = p.cpu_ms_per_request.get(server, {})
        comps = [_ms(parts.get(c), 3) if server != "upstream" else _DASH for c in COMPONENTS]
        rows.append(
            [
                *_point_cells(p, mode.mode),
                server,
                _ms(p.cpu_ms(server), 3),
                _ms(net_cpu_ms(p, server, mode.idle_cpu_cores), 3),
                *comps,
                _ms(p.cpu_ms("upstream"), 3),
                _ms(p.cpu_ms("client"), 3),
            ]
        )
    header = [
        *_POINT_HEADER,
        "charged to",
        "CPU ms/req",
        "net of idle",
        *COMPONENTS,
        "upstream ms/req",
        "client ms/req",
    ]
    return _table(header, rows, numeric_from=3)


def _errors(points: Sequence[PointResult]) -> list[str]:
    failed = [p for p in points if p.completed < p.requests]
    if not failed:
        return ["No errors."]
    rows = [[*_point_cells(p), str(p.requests - p.completed), p.first_error or ""] for p in failed]
    return _table([*_POINT_HEADER, "failed", "first error"], rows, numeric_from=3)


def _routes(points: Sequence[PointResult]) -> list[str]:
    wrong = [p for p in points if p.path in ROUTER_PATHS and set(p.routes) - {p.path}]
    if not wrong:
        return ["Every router answer carried the expected `x-sovereign-route`."]
    return [f"- {p.mode} {p.path} {_kind(p.stream)} c={p.concurrency}: routes {p.routes}" for p in wrong]


def render_markdown(run: RouteRun, *, png_name: str, command: str | None = None) -> str:
    """The Markdown report; `png_name` is the plot's file name beside it."""
    c, env, points = run.config, run.environment, run.points
    added = added_over_direct(points, PERCENTILES)
    lowest = min(c.concurrencies)
    lines = ["# Routing benchmark: the cost of routing", ""]
    if command:
        lines += ["Command:", "", "```", command, "```", ""]
    lines += [
        f"Started {run.started_at:%Y-%m-%d %H:%M:%S} UTC, {run.duration_s / 60:.1f} min; {env.get('cpu_count')} CPUs, "
        f"load average {env.get('load_average_at_start', [0])[0]:.2f} at start and "
        f"{env.get('load_average_at_end', [0])[0]:.2f} at end; Python {env.get('python')}, Ray {env.get('ray')}; "
        f"router authentication {env.get('authentication', 'not recorded')}.",
        "",
        f"{c.requests} measured requests per point (after {c.warmup}+ warm-up), paths interleaved in up to "
        f"{c.max_slices} slices; concurrency {', '.join(map(str, c.concurrencies))}; upstream latency "
        f"{c.upstream_latency_ms:g} ms; direct/hosted ask for max_tokens {c.max_tokens}, local for 1. "
        "Paths: **direct** = the upstream simulator itself; **hosted** = the same request through the router "
        "(public → hosted → that simulator); **local** = a request with an NHS number through the router to the "
        "tiny local model; **no-op** = a no-op Ray Serve app started the same way (Serve's own ceiling). "
        "Added latency at a percentile = that percentile through the router minus the same percentile direct "
        "(latencies in ms). The client, the router, the no-op app and the simulator share the machine's cores.",
        "",
        *([f"Router config overrides: `{c.router_overrides}`.", ""] if c.router_overrides else []),
        f"## Headline: latency added over direct at concurrency {lowest}",
        "",
        f"Targets (hosted path): added p50 ≤ {TARGET_P50_MS:g} ms and p99 ≤ {TARGET_P99_MS:g} ms. The local path's "
        "added latency includes the tiny model's forward pass.",
        "",
        *_headline(added, lowest),
        "",
        *_redaction(points),
        "## Added latency at every concurrency",
        "",
        *_by_concurrency(added),
        "",
        "## Requests per second against the no-op Serve ceiling",
        "",
    ]
    for mode in run.modes:
        lines += [*_throughput(points, mode), ""]
    lines += [
        "## Where the time goes: Server-Timing stage means (ms)",
        "",
        "`outside handler` = mean end-to-end latency (for streams: mean TTFT) minus the router's own "
        "`total`: the client, the Serve proxy hop (HAProxy or the Python proxy), HTTP parsing, the body read "
        "and, for streams, relaying the first chunk. For streams `backend` and `total` end at the first "
        "chunk. `backend − direct` = the hosted backend stage minus the direct request's whole latency: the "
        "openai SDK's and the egress code's own cost (lowest concurrency only: above it, direct latency is "
        "mostly queueing).",
        "",
        *_stages(points),
        "",
        "## CPU per request (ms of CPU time, whole process tree)",
        "",
        "Charged to the path's server: router (`sovereign-router serve` and every Ray process below it), "
        "the no-op app, or the simulator. `net of idle` subtracts the tree's idle rate "
        "(Ray's background work) over the point's duration. Components split the router's tree by process title.",
        "",
    ]
    for mode in run.modes:
        idle = ", ".join(f"{k} {v:.3f}" for k, v in mode.idle_cpu_cores.items()) or _DASH
        startup = ", ".join(f"{k} {v:.1f} s" for k, v in mode.startup_s.items())
        lines += [f"**{mode.mode}**: start-up {startup}; idle CPU (cores) {idle}.", "", *_cpu(mode), ""]
    lines += ["## Errors and routes", "", *_errors(points), "", *_routes(points), ""]
    lines += [f"![Added latency and request rate against concurrency]({png_name})", ""]
    return "\n".join(lines)
