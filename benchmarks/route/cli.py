"""`sovereign-router bench route`: what routing costs, over going straight to the upstream.

A plain function with typer annotations; `benchmarks/cli.py` registers it as
`bench route`. It validates the options, starts the upstream simulator, the
router and a no-op Serve app as subprocesses (the router through its console
script, never imported), measures every point with a live progress bar on
stderr, writes JSON + Markdown + PNG and prints the headline. Exit code 2 for
bad options, 1 when a server did not start or a router path answered nothing.
"""

from __future__ import annotations

import enum
import shlex
from pathlib import Path
from typing import Annotated, Any

import typer
import yaml
from rich.console import Console
from rich.table import Table

from benchmarks.route.compare import ROUTER_PATHS, added_over_direct
from benchmarks.route.points import PERCENTILES
from benchmarks.route.processes import ServerFailed
from benchmarks.route.report import DEFAULT_NAME, write_report
from benchmarks.route.runner import RouteConfig, RouteRun, run_route_bench
from benchmarks.route.server_config import PROXY_MODES

DEFAULT_OUT = Path("benchmarks/results/route")


class ProxyChoice(enum.StrEnum):
    both = "both"
    haproxy = "haproxy"
    python = "python"


def parse_concurrencies(values: list[str] | None) -> tuple[int, ...]:
    """`--concurrency 1 --concurrency 8,32` → (1, 8, 32); sorted, duplicates dropped.

    Raises:
        typer.BadParameter: a value is not a positive integer.
    """
    if not values:
        return RouteConfig().concurrencies
    found: set[int] = set()
    for value in values:
        for part in value.split(","):
            part = part.strip()
            if not part.isdigit() or int(part) < 1:
                raise typer.BadParameter(f"expected positive integers, got {part!r}", param_hint="--concurrency")
            found.add(int(part))
    return tuple(sorted(found))


def streams_for(stream: bool | None, both: bool) -> tuple[bool, ...]:
    """Which streaming settings to measure: both unless `--stream` or `--no-stream` alone.

    Raises:
        typer.BadParameter: `--both` together with `--stream` or `--no-stream`.
    """
    if both and stream is not None:
        raise typer.BadParameter("--both cannot be combined with --stream or --no-stream", param_hint="--both")
    return (False, True) if stream is None else (stream,)


def _load_overrides(path: Path | None) -> dict[str, Any]:
    if path is None:
        return {}
    try:
        loaded = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise typer.BadParameter(f"cannot read {path}: {exc}", param_hint="--router-config") from exc
    if not isinstance(loaded, dict):
        raise typer.BadParameter("must hold a mapping of config sections", param_hint="--router-config")
    return loaded


def headline_table(run: RouteRun) -> Table:
    """Added latency over direct at the lowest concurrency, per mode and router path."""
    lowest = min(run.config.concurrencies)
    table = Table(title=f"bench route: added over direct at concurrency {lowest} (ms)")
    for column in ("proxy mode", "path", "kind", "added p50", "added p99", "req/s"):
        table.add_column(column, justify="left" if column in ("proxy mode", "path", "kind") else "right")
    for item in added_over_direct(run.points, PERCENTILES):
        p = item.point
        if p.concurrency == lowest and p.path in ROUTER_PATHS:
            table.add_row(
                p.mode,
                p.path,
                "stream" if p.stream else "non-stream",
                f"{item.latency_ms.get(50.0, float('nan')):+.2f}",
                f"{item.latency_ms.get(99.0, float('nan')):+.2f}",
                f"{p.req_per_s:.1f}",
            )
    return table


def route_command(
    requests: Annotated[int, typer.Option(help="Measured requests per point.", min=1)] = 400,
    concurrency: Annotated[
        list[str] | None,
        typer.Option(help="Concurrency to measure, repeatable or a comma list (default 1,8,32,64)."),
    ] = None,
    proxy_mode: Annotated[
        ProxyChoice, typer.Option(help="Ray Serve ingress: HAProxy, the Python proxy, or both.")
    ] = ProxyChoice.both,
    stream: Annotated[
        bool | None, typer.Option("--stream/--no-stream", help="Only streaming / only non-streaming.")
    ] = None,
    both: Annotated[bool, typer.Option("--both", help="Streaming and non-streaming (the default).")] = False,
    out: Annotated[Path, typer.Option(help="Directory for the JSON, Markdown and PNG report.")] = DEFAULT_OUT,
    name: Annotated[str, typer.Option(help="Report file stem.")] = DEFAULT_NAME,
    upstream_latency_ms: Annotated[
        float, typer.Option(help="The simulator's delay before each answer, ms.", min=0)
    ] = 0.0,
    max_tokens: Annotated[int, typer.Option(help="max_tokens of direct and hosted requests.", min=1)] = 16,
    warmup: Annotated[int, typer.Option(help="Unmeasured requests per path before each point.", min=0)] = 20,
    idle_s: Annotated[float, typer.Option(help="Seconds of idle CPU measured per mode.", min=0)] = 5.0,
    router_config: Annotated[
        Path | None,
        typer.Option(help="YAML sections merged over the router's generated config (measure a setting).", exists=True),
    ] = None,
    work_dir: Annotated[
        Path | None, typer.Option(help="Keep server configs and logs here (default: a temporary directory).")
    ] = None,
    progress: Annotated[bool, typer.Option(help="Show a live progress bar on stderr.")] = True,
    key: Annotated[
        str | None,
        typer.Option(
            help="API key the router paths send (a key in the store --router-config names); default: the bench "
            "creates one with `keys create` before the router starts. Never written to the report.",
        ),
    ] = None,
    redacted: Annotated[
        bool,
        typer.Option(
            "--redacted",
            help="Also measure redact-then-restore: a ~1 KB personal prompt sent redacted beside its redacted twin.",
        ),
    ] = False,
) -> None:
    """Measure the latency, req/s and CPU the router adds over calling the upstream directly."""
    overrides = _load_overrides(router_config)
    modes = PROXY_MODES if proxy_mode is ProxyChoice.both else (proxy_mode.value,)
    try:
        config = RouteConfig(
            requests=requests,
            concurrencies=parse_concurrencies(concurrency),
            proxy_modes=modes,  # type: ignore[arg-type]  # the enum's values are the ProxyMode literals
            streams=streams_for(stream, both),
            upstream_latency_ms=upstream_latency_ms,
            max_tokens=max_tokens,
            warmup=warmup,
            idle_s=idle_s,
            router_overrides=overrides,
            redacted=redacted,
        )
    except ValueError as exc:
        Console(stderr=True).print(f"[red]invalid options:[/red] {exc}")
        raise typer.Exit(2) from exc
    try:
        run = run_route_bench(config, progress=progress, work_dir=work_dir, key=key)
    except ServerFailed as exc:
        Console(stderr=True).print(f"[red]a server failed:[/red] {exc}")
        raise typer.Exit(1) from exc
    args = ["sovereign-router", "bench", "route", "--requests", str(requests)]
    args += [f"--concurrency={','.join(map(str, config.concurrencies))}", "--proxy-mode", proxy_mode.value]
    args += {(False, True): ["--both"], (False,): ["--no-stream"], (True,): ["--stream"]}[config.streams]
    args += ["--upstream-latency-ms", f"{upstream_latency_ms:g}", "--max-tokens", str(max_tokens)]
    args += ["--warmup", str(warmup), "--out", str(out), "--name", name]
    if router_config is not None:
        args += ["--router-config", str(router_config)]
    if redacted:
        args.append("--redacted")
    paths = write_report(run, out, name=name, command=shlex.join(args))
    Console().print(headline_table(run))
    typer.echo(f"report: {paths.markdown} {paths.json} {paths.png}", err=True)
    if any(p.completed == 0 for p in run.points if p.path in ROUTER_PATHS):
        raise typer.Exit(1)
