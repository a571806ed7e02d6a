"""The added-latency arithmetic, slice merging and the report files, on hand-made results."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from benchmarks.load.client import RequestResult
from benchmarks.load.metrics import latency_stats
from benchmarks.route.compare import added_ms, added_over_direct, net_cpu_ms, throughput_ratio
from benchmarks.route.ingress_cpu import _percentiles
from benchmarks.route.points import PERCENTILES, PointResult, PointSample, summarise_point
from benchmarks.route.report import write_report
from benchmarks.route.runner import ModeRun, RouteConfig, RouteRun

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def _point(
    path: str,
    latencies_ms: list[float],
    *,
    mode: str = "haproxy",
    stream: bool = False,
    concurrency: int = 1,
    ttft_ms: list[float] | None = None,
    req_per_s: float = 100.0,
    server_timing: dict[str, float] | None = None,
    cpu: dict[str, dict[str, float]] | None = None,
    duration_s: float = 1.0,
    beyond_level_pass_ms: list[float] | None = None,
) -> PointResult:
    ttft = latency_stats([v / 1000 for v in ttft_ms], PERCENTILES) if ttft_ms else None
    return PointResult(
        mode=mode, path=path, stream=stream, concurrency=concurrency, requests=len(latencies_ms),
        completed=len(latencies_ms), errors={}, first_error=None, duration_s=duration_s, req_per_s=req_per_s,
        latency=latency_stats([v / 1000 for v in latencies_ms], PERCENTILES), ttft=ttft,
        server_timing=server_timing or {}, cpu_ms_per_request=cpu or {}, routes={path: len(latencies_ms)},
        beyond_level_pass=latency_stats([v / 1000 for v in beyond_level_pass_ms], PERCENTILES)
        if beyond_level_pass_ms else None,
    )


def test_added_latency_is_the_difference_of_percentiles():
    direct = latency_stats([0.001, 0.002, 0.003], PERCENTILES)
    routed = latency_stats([0.004, 0.006, 0.020], PERCENTILES)
    assert added_ms(routed, direct, 50.0) == pytest.approx(4.0)  # 6 - 2
    # p99 interpolates linearly at rank 1.98 in both
    assert added_ms(routed, direct, 99.0) == pytest.approx((6 + 0.98 * 14) - (2 + 0.98 * 1))
    assert added_ms(None, direct, 50.0) is None and added_ms(routed, None, 50.0) is None


def test_each_path_is_compared_with_direct_at_its_own_point():
    points = [
        _point("direct", [1, 1, 1]),
        _point("hosted", [3, 3, 3]),
        _point("direct", [2, 2, 2], concurrency=8),
        _point("hosted", [7, 7, 7], concurrency=8),
        _point("direct", [1, 1, 1], stream=True, ttft_ms=[0.5, 0.5]),
        _point("hosted", [4, 4, 4], stream=True, ttft_ms=[2.5, 2.5]),
        _point("direct", [9, 9, 9], mode="python"),  # another mode's baseline must not be used
        _point("local", [5, 5, 5], concurrency=32),  # no direct at 32: left out
    ]
    added = {(a.point.path, a.point.stream, a.point.concurrency): a for a in added_over_direct(points, PERCENTILES)}
    assert set(added) == {("hosted", False, 1), ("hosted", False, 8), ("hosted", True, 1)}
    assert added[("hosted", False, 1)].latency_ms[50.0] == pytest.approx(2.0)
    assert added[("hosted", False, 8)].latency_ms[99.0] == pytest.approx(5.0)
    assert added[("hosted", False, 8)].mean_ms == pytest.approx(5.0)
    assert added[("hosted", True, 1)].ttft_ms[50.0] == pytest.approx(2.0)
    assert added[("hosted", False, 1)].ttft_ms == {}


def test_throughput_ratio_and_net_cpu():
    noop = _point("noop", [1], req_per_s=400.0)
    hosted = _point("hosted", [1, 1], req_per_s=100.0, duration_s=2.0,
                    cpu={"router": {"ingress replica": 3.0, "proxy": 1.0}})
    assert throughput_ratio(hosted, noop) == pytest.approx(0.25)
    assert throughput_ratio(hosted, None) is None
    assert hosted.cpu_ms("router") == pytest.approx(4.0)
    # 0.5 idle cores over 2 s = 1000 ms of CPU, shared by 2 requests = 500 ms each.
    assert net_cpu_ms(hosted, "router", {"router": 0.0005}) == pytest.approx(4.0 - 0.5)
    assert net_cpu_ms(hosted, "noop", {}) is None


def _result(latency_s: float, *, ok: bool = True, timing: str | None = None) -> RequestResult:
    headers = {"server-timing": timing, "x-sovereign-route": "hosted"} if timing else {}
    return RequestResult(ok=ok, status=200 if ok else 503, error_kind=None if ok else "http_5xx",
                         error=None if ok else "busy", latency_s=latency_s, headers=headers)


def test_summarise_point_merges_slices():
    first = PointSample("hosted", False, 4, (_result(0.010, timing="classify;dur=1, total;dur=5"),
                                            _result(0.020, ok=False)), 0.5, {"router": {"proxy": 0.004}})
    second = PointSample("hosted", False, 4, (_result(0.030, timing="classify;dur=3, total;dur=7"),),
                         1.5, {"router": {"proxy": 0.002, "ingress replica": 0.010}})
    point = summarise_point("python", [first, second])
    assert (point.mode, point.requests, point.completed) == ("python", 3, 2)
    assert point.errors == {"http_5xx": 1} and point.first_error == "http_5xx: busy"
    assert point.duration_s == pytest.approx(2.0) and point.req_per_s == pytest.approx(1.0)
    assert point.latency is not None and point.latency.percentiles_ms[50.0] == pytest.approx(20.0)
    assert point.server_timing == {"classify": 2.0, "total": 6.0}
    # each answer less its own classify stage: 10 - 1 and 30 - 3 ms (the failure is left out)
    assert point.beyond_level_pass is not None
    stats = point.beyond_level_pass
    assert (stats.count, stats.min_ms, stats.max_ms) == (2, pytest.approx(9.0), pytest.approx(27.0))
    assert point.cpu_ms_per_request["router"] == pytest.approx({"proxy": 3.0, "ingress replica": 5.0})
    assert point.routes == {"hosted": 2, "-": 1}
    with pytest.raises(ValueError):
        summarise_point("python", [first, PointSample("local", False, 4, (), 1.0, {})])
    with pytest.raises(ValueError):
        summarise_point("python", [])


def _run() -> RouteRun:
    config = RouteConfig(requests=3, concurrencies=(1, 8), proxy_modes=("haproxy",), streams=(False, True))
    router_cpu = {"router": {"ingress replica": 2.0, "proxy": 0.5}, "upstream": {"driver": 0.2}}
    points = []
    for c in (1, 8):
        points += [
            _point("direct", [1.0, 1.2, 1.4], concurrency=c, req_per_s=500.0, cpu={"upstream": {"driver": 0.2}}),
            _point("hosted", [2.5, 2.7, 5.0], concurrency=c, req_per_s=200.0, cpu=router_cpu,
                   server_timing={"classify": 0.4, "policy": 0.01, "backend": 1.1, "total": 1.6}),
            _point("local", [9.0, 9.5, 12.0], concurrency=c, req_per_s=90.0, cpu=router_cpu),
            _point("noop", [1.5, 1.6, 1.8], concurrency=c, req_per_s=400.0, cpu={"noop": {"proxy": 0.3}}),
            _point("direct", [1.0, 1.1, 1.2], stream=True, concurrency=c, ttft_ms=[0.6, 0.7], req_per_s=450.0),
            _point("hosted", [3.0, 3.3, 3.9], stream=True, concurrency=c, ttft_ms=[2.1, 2.2], req_per_s=150.0),
        ]
    mode = ModeRun("haproxy", {"router": 25.0, "noop": 20.0}, {"router": 0.1, "noop": 0.05}, tuple(points))
    environment = {"cpu_count": 2, "load_average_at_start": [1.0, 1.0, 1.0], "load_average_at_end": [2.0, 1, 1],
                   "python": "3.11", "ray": "2.60.0"}
    return RouteRun(config, datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC), 61.0, environment, (mode,))


def test_report_files(tmp_path):
    paths = write_report(_run(), tmp_path / "out", name="r", command="sovereign-router bench route")
    data = json.loads(paths.json.read_text(encoding="utf-8"))
    assert data["tool"] == "sovereign-router bench route" and data["config"]["requests"] == 3
    headline = next(a for a in data["added_over_direct"]
                    if (a["path"], a["stream"], a["concurrency"]) == ("hosted", False, 1))
    assert headline["added_latency_ms"]["p50"] == pytest.approx(2.7 - 1.2)
    assert headline["fraction_of_noop_req_per_s"] == pytest.approx(0.5)
    hosted = next(p for p in data["modes"][0]["points"] if p["path"] == "hosted" and not p["stream"])
    assert hosted["server"] == "router" and hosted["latency_ms"]["p50"] == pytest.approx(2.7)
    assert hosted["net_cpu_ms_per_request"] == pytest.approx(2.5 - 0.1 * 1000 / 3)

    markdown = paths.markdown.read_text(encoding="utf-8")
    assert "## Headline: latency added over direct at concurrency 1" in markdown
    assert "| haproxy | hosted | non-stream | 1.20 | 2.70 | +1.50 |" in markdown  # direct, through, added p50
    assert "| haproxy | non-stream | 1 | 500.0 (125%) | 200.0 (50%) | 90.0 (22%) | 400.0 |" in markdown
    assert "sovereign-router bench route" in markdown and "![" in markdown and "r.png" in markdown
    assert "No errors." in markdown
    assert paths.png.read_bytes().startswith(PNG_MAGIC)


def test_report_flags_a_missed_target_and_wrong_routes(tmp_path):
    run = _run()
    mode = run.modes[0]
    slow = [p for p in mode.points if not (p.path == "hosted" and not p.stream and p.concurrency == 1)]
    slow.append(_point("hosted", [10.0, 11.0, 30.0], req_per_s=50.0))
    misrouted = _point("local", [9.0], concurrency=8)
    misrouted = PointResult(**{**misrouted.__dict__, "routes": {"hosted": 1}})
    slow = [p for p in slow if not (p.path == "local" and p.concurrency == 8)] + [misrouted]
    run = RouteRun(run.config, run.started_at, run.duration_s, run.environment,
                   (ModeRun("haproxy", mode.startup_s, mode.idle_cpu_cores, tuple(slow)),))
    markdown = write_report(run, tmp_path, name="slow").markdown.read_text(encoding="utf-8")
    assert "| haproxy | hosted | non-stream | 1.20 | 11.00 | +9.80 |" in markdown
    assert "**no**" in markdown
    assert "haproxy local non-stream c=8: routes {'hosted': 1}" in markdown


def test_what_redaction_adds_is_judged_beyond_the_level_pass(tmp_path):
    run = _run()
    mode = run.modes[0]
    twin = _point("hosted", [2.5, 2.7, 5.0], server_timing={"classify": 0.4}, beyond_level_pass_ms=[2.1, 2.3, 4.6])
    redacted = _point("redacted-hosted", [3.0, 4.0, 9.0], server_timing={"classify": 1.2, "redact": 0.6},
                      beyond_level_pass_ms=[1.8, 2.9, 7.8])
    others = tuple(p for p in mode.points if not (p.path == "hosted" and not p.stream and p.concurrency == 1))
    run = RouteRun(run.config, run.started_at, run.duration_s, run.environment,
                   (ModeRun("haproxy", mode.startup_s, mode.idle_cpu_cores, (*others, twin, redacted)),))
    markdown = write_report(run, tmp_path, name="red").markdown.read_text(encoding="utf-8")
    section = markdown.split("## What redaction adds")[1].split("##")[0]
    # end to end 4.00 - 2.70 = +1.30 (over the 1 ms target), of which the level pass is
    # 1.2 - 0.4 = +0.80; beyond it 2.9 - 2.3 = +0.60: the verdict is on the latter
    assert "| haproxy | non-stream | 1 | 2.70 | 4.00 | +1.30 |" in section
    assert "| +0.80 | 0.600 | +0.60 | yes |" in section
    slow = _point("redacted-hosted", [3.0, 4.0, 9.0], server_timing={"classify": 0.5},
                  beyond_level_pass_ms=[3.0, 3.5, 8.0])
    run = RouteRun(run.config, run.started_at, run.duration_s, run.environment,
                   (ModeRun("haproxy", mode.startup_s, mode.idle_cpu_cores, (*others, twin, slow)),))
    section = write_report(run, tmp_path, name="slow").markdown.read_text(encoding="utf-8")
    assert "| +1.20 | **no** |" in section.split("## What redaction adds")[1].split("##")[0]


def test_ingress_cpu_reads_percentiles_as_bench_route_does():
    # numpy's linear interpolation (p95 of 1..10 is 9.55); statistics.quantiles' default gave 10.45
    assert _percentiles([float(v) for v in range(1, 11)]) == {"p50": 5.5, "p95": 9.55, "p99": 9.91}
