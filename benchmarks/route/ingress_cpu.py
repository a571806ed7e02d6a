"""CPU per request of the router's ingress replica alone, read from /proc (issue 10's A/B tool).

`bench route` measures latency, which on a shared 2-core machine moves by more than a
millisecond between runs; the ingress replica's own CPU per request is steadier and is
what a change to the ingress path changes. This starts the upstream simulator and the
router (HAProxy mode, authentication on, as `bench route` does), then sends the
benchmark's requests one at a time in rotating blocks (hosted, hosted streaming, local),
reading the `ServeReplica:...:Ingress` process's utime + stime around each block.

    python -m benchmarks.route.ingress_cpu --requests 3000 --out cpu.json

For a before/after pair, `--variant before=<a worktree of the old commit> --variant after=`
starts two routers side by side (the first with that PYTHONPATH and working directory, so
its console script and Ray's workers import the old `router`) and alternates their blocks, so that the machine's
drift falls on both alike. `--py-spy DIR` also records the replica with
`py-spy record --gil` during one extra block per path (samples in DIR, speedscope JSON).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import yaml

from benchmarks.load.metrics import percentile
from benchmarks.route.cpu import _cmdline, descendants, process_cpu_s
from benchmarks.route.processes import BenchServers
from benchmarks.route.runner import HOSTED_MODEL, PERSONAL_TEXT, PUBLIC_TEXT

_PATHS = ("hosted", "hosted-stream", "local")
# The local path waits ~10-200 ms on the model per request: fewer of them per block.
_LOCAL_SHARE = 5
_IDLE_S = 10.0


def _body(path: str) -> dict[str, Any]:
    if path == "local":
        return {"model": "auto", "messages": [{"role": "user", "content": PERSONAL_TEXT}], "max_tokens": 1}
    body: dict[str, Any] = {"model": HOSTED_MODEL, "messages": [{"role": "user", "content": PUBLIC_TEXT}],
                            "max_tokens": 16}
    if path == "hosted-stream":
        body.update(stream=True, stream_options={"include_usage": True})
    return body


def ingress_pid(root: int) -> int:
    """The ingress replica's pid below the router's process tree."""
    deadline = time.monotonic() + 30.0
    while True:
        for pid in descendants(root):
            # `ray::ServeReplica:<app>:Ingress`, or `...:Ingress.<method>` while Ray runs a task on it.
            head = _cmdline(pid).split(" ", 1)[0]
            if "ServeReplica" in head and (head.endswith(":Ingress") or ":Ingress." in head):
                return pid
        if time.monotonic() > deadline:
            raise RuntimeError("no ServeReplica:...:Ingress process below the router")
        time.sleep(0.5)


def _send(client: httpx.Client, url: str, path: str, count: int, latencies: list[float] | None = None) -> int:
    body = _body(path)
    failures = 0
    for _ in range(count):
        started = time.perf_counter()
        if path == "hosted-stream":
            with client.stream("POST", url, json=body) as response:
                content = response.read()
        else:
            response = client.post(url, json=body)
            content = response.content
        if latencies is not None:
            latencies.append((time.perf_counter() - started) * 1000.0)
        if response.status_code != 200:
            if not failures:
                print(f"{path}: {response.status_code} {content[:300]!r}", file=sys.stderr)
            failures += 1
    return failures


def _load() -> list[float]:
    return [round(v, 2) for v in os.getloadavg()]


@dataclass
class _Variant:
    """One router under test: its name, the PYTHONPATH it starts with, and what was measured."""

    name: str
    pythonpath: str
    pid: int = 0
    url: str = ""
    key: str = ""
    idle_ms_per_s: float = 0.0
    cpu: dict[str, list[float]] = field(default_factory=lambda: {path: [] for path in _PATHS})
    net: dict[str, list[float]] = field(default_factory=lambda: {path: [] for path in _PATHS})
    wall: dict[str, list[float]] = field(default_factory=lambda: {path: [] for path in _PATHS})
    failures: dict[str, int] = field(default_factory=lambda: dict.fromkeys(_PATHS, 0))
    latency: dict[str, list[float]] = field(default_factory=lambda: {path: [] for path in _PATHS})

    def summary(self) -> dict[str, Any]:
        return {
            "pythonpath": self.pythonpath,
            "idle_cpu_ms_per_s": round(self.idle_ms_per_s, 3),
            "failures": self.failures,
            "wall_ms_per_request": {path: round(statistics.median(v), 3) for path, v in self.wall.items()},
            # Whole-response latency seen by the client (streams: to the last byte), per request.
            "latency_ms": {path: _percentiles(v) for path, v in self.latency.items()},
            "ingress_cpu_ms_per_request": {path: _stats(v) for path, v in self.cpu.items()},
            "ingress_cpu_ms_per_request_less_idle": {path: _stats(v) for path, v in self.net.items()},
            "blocks_ms_per_request": {path: [round(x, 3) for x in v] for path, v in self.cpu.items()},
        }


def _block(client: httpx.Client, variant: _Variant, path: str, count: int) -> None:
    before, started = process_cpu_s(variant.pid), time.monotonic()
    variant.failures[path] += _send(client, variant.url, path, count, variant.latency[path])
    after, wall = process_cpu_s(variant.pid), time.monotonic() - started
    if before is None or after is None:
        raise RuntimeError(f"the ingress replica of {variant.name} exited")
    variant.cpu[path].append((after - before) * 1000.0 / count)
    variant.wall[path].append(wall * 1000.0 / count)
    variant.net[path].append(((after - before) * 1000.0 - variant.idle_ms_per_s * wall) / count)


def measure(requests: int, block: int, warmup: int, spy_dir: Path | None,
            variants: list[tuple[str, str]], configs: dict[str, dict[str, Any]] | None = None) -> dict[str, Any]:
    """Start the simulator and one router per variant; measure their blocks interleaved; stop them all.

    `variants` holds (name, PYTHONPATH) pairs ("" keeps this process's); with two or more,
    each block of a path runs on every router in turn (rotating which goes first), so the
    machine's drift falls on all of them alike.
    """
    loads = [_load()]
    runs = [_Variant(name, path) for name, path in variants]
    with contextlib.ExitStack() as stack:
        # One BenchServers (data directory, key store, audit chain) per router; one simulator.
        fleets = [stack.enter_context(BenchServers(router_overrides=(configs or {}).get(run.name))) for run in runs]
        upstream = fleets[0].upstream()
        saved, cwd = os.environ.get("PYTHONPATH"), os.getcwd()
        try:
            for run, servers in zip(runs, fleets, strict=True):
                if run.pythonpath:
                    # Ray puts the driver's working directory first on its workers' sys.path:
                    # the router must start there too, or its replicas import this checkout.
                    os.environ["PYTHONPATH"] = run.pythonpath
                    os.chdir(run.pythonpath)
                else:
                    os.environ.pop("PYTHONPATH", None)
                router = servers.router("haproxy", upstream.root_url + "/v1")
                os.chdir(cwd)
                run.pid, run.url = ingress_pid(router.pid), f"{router.root_url}/v1/chat/completions"
                run.key = servers.router_key or ""
        finally:
            os.chdir(cwd)
            if saved is None:
                os.environ.pop("PYTHONPATH", None)
            else:
                os.environ["PYTHONPATH"] = saved
        rounds = max(1, requests // block)
        clients = {run.name: stack.enter_context(
            httpx.Client(headers={"Authorization": f"Bearer {run.key}"}, timeout=60.0)) for run in runs}
        for run in runs:
            for path in _PATHS:
                run.failures[path] += _send(clients[run.name], run.url, path, warmup)
        for run in runs:
            run.idle_ms_per_s = _idle_rate(run.pid)
        for index in range(rounds):
            order = _PATHS[index % len(_PATHS):] + _PATHS[:index % len(_PATHS)]
            for path in order:
                count = block if path != "local" else max(1, block // _LOCAL_SHARE)
                shift = index % len(runs)
                for run in runs[shift:] + runs[:shift]:
                    _block(clients[run.name], run, path, count)
            loads.append(_load())
        if spy_dir is not None:
            for run in runs:
                _spy(clients[run.name], run.url, run.pid, block, spy_dir / run.name)
    return {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "python": platform.python_version(),
        "block": block,
        "blocks": rounds,
        "load_average_1m": [load[0] for load in loads],
        "variants": {run.name: run.summary() for run in runs},
        "variant_configs": configs or {},
    }


def _stats(values: list[float]) -> dict[str, float]:
    return {"median": round(statistics.median(values), 3), "mean": round(statistics.fmean(values), 3),
            "min": round(min(values), 3), "max": round(max(values), 3)}


def _percentiles(values: list[float]) -> dict[str, float]:
    # `bench route`'s method (numpy's linear interpolation), so the two tools' p95/p99 compare;
    # `ab-batches.json` and the runs before it used `statistics.quantiles` (exclusive method).
    return {f"p{q}": round(percentile(values, q), 3) for q in (50, 95, 99)}


def _idle_rate(pid: int) -> float:
    """The replica's CPU with no request in flight (Serve's metrics, health checks), ms per second."""
    before, started = process_cpu_s(pid), time.monotonic()
    time.sleep(_IDLE_S)
    after = process_cpu_s(pid)
    if before is None or after is None:
        raise RuntimeError("the ingress replica exited")
    return (after - before) * 1000.0 / (time.monotonic() - started)


def _spy(client: httpx.Client, url: str, pid: int, block: int, out: Path) -> None:
    """`py-spy record --gil` on the replica during one block of each path."""
    spy = shutil.which("py-spy") or str(Path(sys.executable).with_name("py-spy"))
    out.mkdir(parents=True, exist_ok=True)
    for path in _PATHS:
        count = block if path != "local" else max(1, block // _LOCAL_SHARE)
        target = out / f"{path}.txt"
        recorder = subprocess.Popen(
            [spy, "record", "--gil", "--rate", "1000", "--format", "raw", "--nonblocking", "-p", str(pid),
             "-o", str(target)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        time.sleep(1.0)
        started = time.monotonic()
        _send(client, url, path, count)
        (out / f"{path}.requests").write_text(f"{count} {time.monotonic() - started:.3f}\n", encoding="utf-8")
        recorder.send_signal(2)
        recorder.wait(30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=3000, help="measured requests per path")
    parser.add_argument("--block", type=int, default=250, help="requests per block (one CPU reading)")
    parser.add_argument("--warmup", type=int, default=100, help="unmeasured requests per path first")
    parser.add_argument("--out", type=Path, help="write the result as JSON here")
    parser.add_argument("--py-spy", type=Path, dest="spy", help="also record py-spy samples into this folder")
    parser.add_argument("--variant", action="append", default=[], metavar="NAME=PYTHONPATH",
                        help="a router to measure, started with this PYTHONPATH (repeat for A/B; default: one, as is)")
    parser.add_argument("--variant-config", action="append", default=[], metavar="NAME=YAML",
                        help="config sections merged over that variant's router config (A/B of a setting)")
    args = parser.parse_args()
    configs = {name: yaml.safe_load(Path(file).read_text(encoding="utf-8"))
               for name, file in (v.split("=", 1) for v in args.variant_config)}
    variants = [tuple(v.split("=", 1)) for v in args.variant if "=" in v] or [("router", "")]
    result = measure(args.requests, args.block, args.warmup, args.spy, variants, configs)
    text = json.dumps(result, indent=2)
    print(text)
    if args.out is not None:
        args.out.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
