"""`bench route`: the cost of routing, measured over HTTP against the router as a process.

The same requests go (a) straight to the upstream simulator, (b) through the
router on the public → hosted path to that simulator, (c) through the
sensitive → local path to the tiny local model with `max_tokens: 1`, and (d) to
a no-op Ray Serve app, Serve's own ceiling; streaming and not, at several
concurrencies, in both Ray Serve proxy modes. The report gives latency added
over direct (the headline), req/s against the no-op ceiling, the router's
Server-Timing stages and its CPU seconds per request by process.

    config = RouteConfig(requests=400, concurrencies=(1, 8, 32, 64))
    run = run_route_bench(config)
    write_report(run, Path("benchmarks/results/route"))

`router` is never imported: the router starts as `sovereign-router serve`.
"""

from __future__ import annotations

from benchmarks.ports import free_port
from benchmarks.route.cli import route_command
from benchmarks.route.compare import Added, added_ms, added_over_direct, net_cpu_ms, throughput_ratio
from benchmarks.route.cpu import CpuUnavailable, TreeSample, component_of, cpu_delta, descendants, tree_cpu
from benchmarks.route.points import PointResult, PointSample, Target, measure_point, summarise_point
from benchmarks.route.processes import BenchServers, ServerFailed, ServerProcess, spawn_server
from benchmarks.route.report import ReportPaths, report_data, write_report
from benchmarks.route.runner import ModeRun, RouteConfig, RouteRun, build_targets, measure_mode, run_route_bench
from benchmarks.route.server_config import router_config
from benchmarks.route.server_timing import parse_server_timing, stage_means

__all__ = [
    "Added",
    "BenchServers",
    "CpuUnavailable",
    "ModeRun",
    "PointResult",
    "PointSample",
    "ReportPaths",
    "RouteConfig",
    "RouteRun",
    "ServerFailed",
    "ServerProcess",
    "Target",
    "TreeSample",
    "added_ms",
    "added_over_direct",
    "build_targets",
    "component_of",
    "cpu_delta",
    "descendants",
    "free_port",
    "measure_mode",
    "measure_point",
    "net_cpu_ms",
    "parse_server_timing",
    "report_data",
    "route_command",
    "router_config",
    "spawn_server",
    "run_route_bench",
    "stage_means",
    "summarise_point",
    "throughput_ratio",
    "tree_cpu",
    "write_report",
]
