"""Where the local path's time to first token goes, hop by hop, against the upstream simulator.

One router (HAProxy mode, authentication on) with an in-boundary model (`engine: openai`)
pointed at the project's upstream simulator, which answers with a set first-byte delay and
streams at a set rate: an engine that costs nothing and is the same every time, so what
differs between the three targets below is the router's own path, not an engine's noise.

Three targets, interleaved block by block (A, B, C, A, B, C, ...), each block `--per-block`
streamed chat requests one after another (concurrency 1) from this process:

- `direct`: the simulator itself (the engine's own TTFT);
- `replica`: the ingress replica's own HTTP port (Serve's direct ingress), skipping HAProxy;
- `haproxy`: the router's public port, as clients reach it (HAProxy -> the replica).

`replica - direct` is the ingress replica (auth, classification, audit, policy, the local leg,
the engine client and Serve's streaming response); `haproxy - replica` is the HAProxy hop.
Inside the replica, the `Server-Timing` header splits the gateway's own stages (classify,
policy, backend = until the engine's first chunk is in hand). CPU per request is read with
psutil for the ingress replica process and for HAProxy over each block.

Usage (from the repository root; ~2-3 minutes):
    .venv/bin/python benchmarks/results/local/router-overhead/hops/measure_hops.py --tag after
Writes `hops-<tag>.json` and `hops-<tag>.md` beside this file.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx
import psutil

ROOT = Path(__file__).resolve().parents[5]
sys.path.insert(0, str(ROOT))

from benchmarks.load.client import send_request  # noqa: E402
from benchmarks.ports import free_port  # noqa: E402

HERE = Path(__file__).resolve().parent
BIN = ROOT / ".venv" / "bin"
PROMPT = " ".join(f"word{i}" for i in range(32))


def _body(model: str) -> dict[str, Any]:
    return {
        "model": model,
        "messages": [{"role": "user", "content": PROMPT}],
        "max_completion_tokens": 32,
        "stream": True,
        "stream_options": {"include_usage": True},
    }


def _wait_http(url: str, deadline_s: float = 180.0) -> None:
    end = time.monotonic() + deadline_s
    while time.monotonic() < end:
        try:
            if httpx.get(url, timeout=2.0).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(1.0)
    raise RuntimeError(f"{url} did not answer within {deadline_s:g} s")


def _tree(pid: int) -> list[psutil.Process]:
    root = psutil.Process(pid)
    return [root, *root.children(recursive=True)]


def _find(pid: int, *needles: str) -> psutil.Process:
    for _ in range(120):  # a replica names itself a moment after it starts
        for proc in _tree(pid):
            try:
                line = " ".join(proc.cmdline())
                if all(needle in line for needle in needles):
                    return proc
            except psutil.Error:
                continue
        time.sleep(1.0)
    raise RuntimeError(f"no process matching {needles!r} under {pid}")


def _replica_address(haproxy: psutil.Process) -> str:
    """host:port of the ingress replica's own HTTP server, from the config HAProxy was started with."""
    args = haproxy.cmdline()
    config = Path(args[args.index("-f") + 1])
    for _ in range(120):  # the replica is added a moment after /readyz answers (through Serve's fallback proxy)
        for line in config.read_text().splitlines():
            words = line.split()
            if len(words) >= 3 and words[0] == "server" and "Ingress" in words[1]:
                return words[2]
        time.sleep(1.0)
    raise RuntimeError(f"no ingress replica in {config}")


def _cpu(proc: psutil.Process) -> float:
    times = proc.cpu_times()
    return float(times.user + times.system)


def _server_timing(value: str | None) -> dict[str, float]:
    stages: dict[str, float] = {}
    for part in (value or "").split(","):
        name, _, dur = part.strip().partition(";dur=")
        if dur:
            stages[name] = float(dur)
    return stages


async def _block(url: str, body: dict[str, Any], headers: dict[str, str], n: int) -> list[dict[str, Any]]:
    rows = []
    async with httpx.AsyncClient(timeout=30.0) as client:
        for _ in range(n):
            sent = time.perf_counter()
            result = await send_request(client, url, body, headers=headers, capture_headers=("server-timing",))
            if not result.ok:
                raise RuntimeError(f"{url}: {result.error_kind} {result.error}")
            rows.append({"sent": sent, "first": sent + (result.ttft_s or 0.0), "done": sent + result.latency_s,
                         "ttft_ms": (result.ttft_s or 0.0) * 1000.0, "e2e_ms": result.latency_s * 1000.0,
                         "stages": _server_timing(result.headers.get("server-timing"))})
    return rows


def main() -> None:  # noqa: PLR0915 - one linear script
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tag", required=True, help="names the output files (e.g. before, after)")
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--per-block", type=int, default=40)
    parser.add_argument("--latency-ms", type=float, default=20.0, help="simulator: delay before the first byte")
    parser.add_argument("--tokens-per-s", type=float, default=400.0, help="simulator: streaming rate")
    parser.add_argument("--trace", action="store_true",
                        help="note timestamps along the replica's path (trace/sitecustomize.py) and split the TTFT")
    parser.add_argument("--spec24", action="store_true",
                        help="with --trace: tell Starlette the server speaks ASGI 2.4 (no disconnect-listening task)")
    parser.add_argument("--switch-interval-s", type=float, default=0.0,
                        help="with --trace: sys.setswitchinterval in the router's processes (0: Python's 5 ms)")
    parser.add_argument("--router-env", action="append", default=[], metavar="NAME=VALUE",
                        help="an environment variable for the router's processes (e.g. RAY_worker_niceness=0)")
    parser.add_argument("--src", type=Path, default=ROOT,
                        help="the source tree the router and simulator import (PYTHONPATH; default this checkout)")
    parser.add_argument("--profile-s", type=float, default=0.0, help="py-spy the replica this long (0: no)")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="hops-"))
    sim_port, port, stats, metrics_port = (free_port() for _ in range(4))
    (work / "router.yaml").write_text(
        f"data_dir: {work}/data\n"
        f"server: {{port: {port}, haproxy_stats_port: {stats}, haproxy_metrics_port: {metrics_port}}}\n"
        "access: {enabled: true, dev_key: false}\n"
        "local:\n  model_id: local-demo-tiny\n  max_context: 512\n  models:\n"
        "    - {engine: openai, model_id: sim-local, served_model_name: gpt-4.1-mini,\n"
        f'       url: "http://127.0.0.1:{sim_port}/v1", in_boundary: true, max_context: 2048, num_cpus: 0.1}}\n'
    )
    env = dict(os.environ)
    trace_file = work / "trace.jsonl"
    paths = [str(args.src)] if args.src != ROOT else []
    if args.trace:
        paths.insert(0, str(HERE / "trace"))
        env["HOPS_SPEC24"] = "1" if args.spec24 else "0"
        if args.switch_interval_s:
            env["HOPS_SWITCH_INTERVAL_S"] = str(args.switch_interval_s)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [*paths, env.get("PYTHONPATH")]))
    sim_env = dict(env)
    env.update(item.split("=", 1) for item in args.router_env)
    sim_env = {**sim_env, "HOPS_TRACE": str(work / "sim-trace.jsonl")} if args.trace else sim_env
    sim_env.pop("HOPS_SWITCH_INTERVAL_S", None)
    if args.trace:
        env["HOPS_TRACE"] = str(trace_file)
    sim = subprocess.Popen(
        [BIN / "sovereign-router", "upstream-sim", "--port", str(sim_port), "--latency-ms", str(args.latency_ms),
         "--tokens-per-s", str(args.tokens_per_s)],
        stdout=subprocess.DEVNULL, stderr=(work / "sim.log").open("w"), cwd=args.src, env=sim_env,
    )
    key = json.loads(subprocess.run(
        [BIN / "sovereign-router", "keys", "create", "--department", "bench", "--role", "bench",
         "--config", work / "router.yaml", "--json"], check=True, capture_output=True, text=True, cwd=ROOT,
    ).stdout)["key"]
    router = subprocess.Popen(
        [BIN / "sovereign-router", "serve", "--config", work / "router.yaml"],
        stdout=(work / "router.log").open("w"), stderr=subprocess.STDOUT, cwd=args.src, env=env,
    )
    try:
        _wait_http(f"http://127.0.0.1:{sim_port}/v1/models")
        _wait_http(f"http://127.0.0.1:{port}/readyz")
        replica = _find(router.pid, "ServeReplica", "Ingress")
        haproxy = _find(router.pid, "haproxy", "-f")
        replica_url = _replica_address(haproxy)
        replica_nice = replica.nice()
        time.sleep(3.0)  # HAProxy reloads (a new process) once the replica is in its config
        haproxy = _find(router.pid, "haproxy", "-f")
        auth = {"authorization": f"Bearer {key}", "x-sensitivity": "personal"}
        targets = {
            "direct": (f"http://127.0.0.1:{sim_port}/v1/chat/completions", _body("gpt-4.1-mini"), {}),
            "replica": (f"http://{replica_url}/v1/chat/completions", _body("sim-local"), auth),
            "haproxy": (f"http://127.0.0.1:{port}/v1/chat/completions", _body("sim-local"), auth),
        }
        for url, body, headers in targets.values():  # warm-up, not kept
            asyncio.run(_block(url, body, headers, 10))
        spy = None
        if args.profile_s > 0:
            spy = subprocess.Popen(
                [BIN / "py-spy", "record", "--pid", str(replica.pid), "--format", "raw", "--rate", "250",
                 "--nonblocking", "--duration", str(int(args.profile_s)), "-o", HERE / f"profile-{args.tag}.txt"],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            )
        load_start = os.getloadavg()
        blocks: list[dict[str, Any]] = []
        requests: list[dict[str, Any]] = []
        for round_ in range(args.rounds):
            for name, (url, body, headers) in targets.items():
                cpu_replica, cpu_haproxy = _cpu(replica), _cpu(haproxy)
                rows = asyncio.run(_block(url, body, headers, args.per_block))
                requests += [{**r, "target": name} for r in rows]
                blocks.append({
                    "round": round_, "target": name, "load_1min": os.getloadavg()[0],
                    "ttft_p50_ms": statistics.median(r["ttft_ms"] for r in rows),
                    "e2e_p50_ms": statistics.median(r["e2e_ms"] for r in rows),
                    "replica_cpu_ms_per_request": (_cpu(replica) - cpu_replica) * 1000.0 / args.per_block,
                    "haproxy_cpu_ms_per_request": (_cpu(haproxy) - cpu_haproxy) * 1000.0 / args.per_block,
                    "stages_p50_ms": {
                        stage: statistics.median(r["stages"][stage] for r in rows)
                        for stage in (rows[0]["stages"] if rows else {})
                    },
                })
                print(json.dumps(blocks[-1]), flush=True)
        if spy is not None:
            spy.wait(timeout=args.profile_s + 60)
        load_end = os.getloadavg()
    finally:
        router.send_signal(signal.SIGTERM)
        sim.send_signal(signal.SIGTERM)
        router.wait(timeout=120)
        sim.wait(timeout=30)
    summary = _summarise(blocks)
    if args.trace:
        summary["trace"] = _split(requests, trace_file)
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True)
    result = {"tag": args.tag, "commit": commit.stdout.strip(), "src": str(args.src), "router_env": args.router_env,
              "replica_nice": replica_nice,
              "simulator": {"latency_ms": args.latency_ms, "tokens_per_s": args.tokens_per_s},
              "load_start": load_start, "load_end": load_end, "summary": summary, "blocks": blocks,
              "requests": [{k: r[k] for k in ("target", "ttft_ms", "e2e_ms")} for r in requests]}
    (HERE / f"hops-{args.tag}.json").write_text(json.dumps(result, indent=1) + "\n")
    (HERE / f"hops-{args.tag}.md").write_text(_markdown(result))
    print(_markdown(result))


def _summarise(blocks: list[dict[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in ("direct", "replica", "haproxy"):
        mine = [b for b in blocks if b["target"] == name]
        out[name] = {
            "ttft_p50_ms_median_of_blocks": statistics.median(b["ttft_p50_ms"] for b in mine),
            "ttft_p50_ms_blocks": [round(b["ttft_p50_ms"], 2) for b in mine],
            "replica_cpu_ms_per_request": statistics.median(b["replica_cpu_ms_per_request"] for b in mine),
            "haproxy_cpu_ms_per_request": statistics.median(b["haproxy_cpu_ms_per_request"] for b in mine),
            "stages_p50_ms": {
                stage: statistics.median(b["stages_p50_ms"][stage] for b in mine)
                for stage in mine[0]["stages_p50_ms"]
            },
        }
    # Added per round (same round's blocks ran back to back), then the median over rounds.
    rounds = sorted({b["round"] for b in blocks})
    by = {(b["round"], b["target"]): b["ttft_p50_ms"] for b in blocks}
    out["replica_minus_direct_ms"] = statistics.median(by[(r, "replica")] - by[(r, "direct")] for r in rounds)
    out["haproxy_minus_replica_ms"] = statistics.median(by[(r, "haproxy")] - by[(r, "replica")] for r in rounds)
    out["haproxy_minus_direct_ms"] = statistics.median(by[(r, "haproxy")] - by[(r, "direct")] for r in rounds)
    return out


_STEPS = (
    "asgi_in", "gateway_in", "authenticated", "limits_passed", "parsed", "classified", "backend_call", "post_sent",
    "headers_in", "chunk1_in", "stream_ready", "answer_out", "audited_out", "handle_out", "response_call",
    "stream_response", "start_send", "start_sent", "write1", "chunk2_in", "write2", "first_content",
)


def _split(requests: list[dict[str, Any]], trace_file: Path) -> dict[str, Any]:
    """Median time of each traced step after the client sent, per target (ms).

    The replica's steps are matched to the routed requests they fall in; the simulator's
    (`sim_` steps for routed requests: when the engine's request reached it) to every target's.
    """
    def read(path: Path) -> list[dict[str, Any]]:
        return [json.loads(line) for line in path.read_text().splitlines()] if path.exists() else []

    replica_traces, sim_traces = read(trace_file), read(trace_file.with_name("sim-trace.jsonl"))
    out: dict[str, Any] = {}
    for target in ("direct", "replica", "haproxy"):
        mine = [r for r in requests if r["target"] == target]
        offsets: dict[str, list[float]] = {}
        sources = [("", sim_traces)] if target == "direct" else [("", replica_traces), ("sim_", sim_traces)]
        for prefix, traces in sources:
            for trace in traces:
                match = next((r for r in mine if r["sent"] <= trace["asgi_in"] <= r["done"]), None)
                if match is None:
                    continue
                for step in _STEPS[:-1]:
                    if step in trace:
                        offsets.setdefault(prefix + step, []).append((trace[step] - match["sent"]) * 1000.0)
        offsets["first_content"] = [(r["first"] - r["sent"]) * 1000.0 for r in mine]
        out[target] = {
            "requests": len(mine),
            "step_ms_after_send_p50": {step: round(statistics.median(v), 3) for step, v in offsets.items() if v},
        }
    return out


def _markdown(result: dict[str, Any]) -> str:
    s = result["summary"]
    lines = [
        f"# Hops, `{result['tag']}` (checkout at {result['commit']}, sources from {result['src']})",
        "",
        f"Simulator: first byte after {result['simulator']['latency_ms']:g} ms, "
        f"{result['simulator']['tokens_per_s']:g} tokens/s; 32-word chat prompt, 32 tokens, streaming, c=1. "
        f"Load average (1/5/15 min) {result['load_start'][0]:.2f}/{result['load_start'][1]:.2f}/"
        f"{result['load_start'][2]:.2f} at the start, {result['load_end'][0]:.2f}/{result['load_end'][1]:.2f}/"
        f"{result['load_end'][2]:.2f} at the end.",
        "",
        "| target | TTFT p50 ms (median of blocks) | blocks | ingress replica CPU ms/request | "
        "HAProxy CPU ms/request | Server-Timing p50 ms |",
        "|---|---|---|---|---|---|",
    ]
    for name in ("direct", "replica", "haproxy"):
        t = s[name]
        stages = ", ".join(f"{k} {v:.2f}" for k, v in t["stages_p50_ms"].items()) or "-"
        lines.append(
            f"| {name} | {t['ttft_p50_ms_median_of_blocks']:.2f} | {', '.join(map(str, t['ttft_p50_ms_blocks']))} | "
            f"{t['replica_cpu_ms_per_request']:.2f} | {t['haproxy_cpu_ms_per_request']:.2f} | {stages} |"
        )
    lines += [
        "",
        f"Added TTFT p50, median over rounds of the same round's blocks: ingress replica "
        f"{s['replica_minus_direct_ms']:+.2f} ms, HAProxy hop {s['haproxy_minus_replica_ms']:+.2f} ms, "
        f"whole router {s['haproxy_minus_direct_ms']:+.2f} ms.",
        "",
    ]
    for target, split in s.get("trace", {}).items():
        steps = split["step_ms_after_send_p50"]
        lines += [f"Traced path through `{target}` ({split['requests']} requests), ms after the client sent "
                  "(median per step; the step's gain over the previous one in brackets):", ""]
        previous = 0.0
        for step, at in sorted(steps.items(), key=lambda item: item[1]):
            lines.append(f"- {step}: {at:.2f} (+{at - previous:.2f})")
            previous = at
        lines.append("")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
