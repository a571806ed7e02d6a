"""CPU per streamed request in the in-boundary engine (engine openai), before and after a change.

Run: `.venv/bin/python benchmarks/results/local/router-overhead/engine-cpu/measure_engine_cpu.py [--before REV]`
Starts the upstream simulator (streaming as fast as it can), then streams the same 32-token
chat through `OpenAICompatibleEngine.stream` of this checkout ("after") and of `local_models/
openai_engine.py` at REV ("before", default HEAD~1), in one process, alternating blocks of
requests; reports the process's CPU time (time.process_time) per request, which is what the
engine costs the ingress replica per request, apart from the simulator's own work, and the
wall time from calling `stream` to the first chunk (p50 over the block; the simulator answers
at once, so this is the engine's own time to first chunk plus the loopback round trip).
Writes NAME.json and NAME.md next to this file (`--name`, default measured).
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[4]
sys.path.insert(0, str(ROOT))

from local_models.openai_engine import OpenAICompatibleEngine  # noqa: E402
from local_models.settings import LocalModelSettings  # noqa: E402

BODY = {"messages": [{"role": "user", "content": "hello there " * 16}], "max_tokens": 32,
        "stream_options": {"include_usage": True}}


def _load_before(rev: str) -> Any:
    source = subprocess.run(["git", "-C", str(ROOT), "show", f"{rev}:local_models/openai_engine.py"],
                            check=True, capture_output=True, text=True).stdout
    path = Path(os.environ.get("TMPDIR", "/tmp")) / "openai_engine_before.py"
    path.write_text(source)
    spec = importlib.util.spec_from_file_location("openai_engine_before", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.OpenAICompatibleEngine


async def _stream(engine: Any) -> float:
    """Seconds from the call to the first chunk."""
    start = time.perf_counter()
    first = 0.0
    async for _ in engine.stream("chat.completions", BODY):
        if not first:
            first = time.perf_counter() - start
    return first


async def _measure(
    engines: dict[str, Any], blocks: int, per_block: int
) -> tuple[dict[str, list[float]], dict[str, list[float]]]:
    for engine in engines.values():  # warm-up: connections, imports
        for _ in range(20):
            await _stream(engine)
    cpu: dict[str, list[float]] = {name: [] for name in engines}
    first: dict[str, list[float]] = {name: [] for name in engines}
    for _ in range(blocks):
        for name, engine in engines.items():
            start = time.process_time()
            firsts = [await _stream(engine) for _ in range(per_block)]
            cpu[name].append((time.process_time() - start) / per_block * 1e6)
            first[name].append(statistics.median(firsts) * 1e6)
    return cpu, first


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--before", default="HEAD~1")
    parser.add_argument("--port", type=int, default=0, help="the simulator's port (0: a free one)")
    parser.add_argument("--blocks", type=int, default=8)
    parser.add_argument("--name", default="measured", help="output files NAME.json and NAME.md beside this script")
    parser.add_argument("--per-block", type=int, default=200)
    args = parser.parse_args()
    if not args.port:
        from benchmarks.ports import free_port

        args.port = free_port()
    args.before = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", args.before],
                                 check=True, capture_output=True, text=True).stdout.strip()
    sim = subprocess.Popen([str(ROOT / ".venv/bin/sovereign-router"), "upstream-sim", "--port", str(args.port)],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        settings = LocalModelSettings(engine="openai", model_id="sim-local", served_model_name="gpt-4.1-mini",
                                      url=f"http://127.0.0.1:{args.port}/v1", in_boundary=True, max_context=2048)
        engines = {"before": _load_before(args.before)(settings), "after": OpenAICompatibleEngine(settings)}

        async def run() -> tuple[dict[str, list[float]], dict[str, list[float]], list[float]]:
            for _ in range(100):
                try:
                    await engines["after"].check_health_async()
                    break
                except Exception:  # noqa: BLE001 - the simulator is still starting
                    await asyncio.sleep(0.2)
            load_start = open("/proc/loadavg").read().split()[0]
            cpu, first = await _measure(engines, args.blocks, args.per_block)
            load = [float(load_start), float(open("/proc/loadavg").read().split()[0])]
            for engine in engines.values():
                await engine.aclose()
            return cpu, first, load

        cpu, first, load = asyncio.run(run())
    finally:
        sim.terminate()
        sim.wait()
    chunks = 35  # role chunk, 32 tokens, finish, usage
    summary: dict[str, dict[str, Any]] = {
        name: {"median_us": round(statistics.median(v)), "min_us": round(min(v)), "blocks_us": [round(x) for x in v],
               "first_chunk_p50_us": round(statistics.median(first[name])),
               "first_chunk_p50_us_blocks": [round(x) for x in first[name]]}
        for name, v in cpu.items()
    }
    result = {"before": args.before, "after": "working tree", "requests_per_block": args.per_block,
              "chunks_per_request": chunks, "load_average_1min": load, "cpu_per_request": summary}
    (HERE / f"{args.name}.json").write_text(json.dumps(result, indent=2) + "\n")
    lines = [
        f"# In-boundary engine CPU per streamed request (32 tokens, {chunks} chunks), before ({args.before}) "
        "and after",
        "",
        f"{args.blocks} alternating blocks of {args.per_block} requests each; 1-minute load average "
        f"{load[0]} at the start, {load[1]} at the end.",
        "",
        "| variant | CPU us per request, median of blocks | min | blocks | first chunk p50 us, median of blocks "
        "| blocks |",
        "|---|---|---|---|---|---|",
    ]
    for name, row in summary.items():
        lines.append(
            f"| {name} | {row['median_us']} | {row['min_us']} | {', '.join(map(str, row['blocks_us']))} "
            f"| {row['first_chunk_p50_us']} | {', '.join(map(str, row['first_chunk_p50_us_blocks']))} |"
        )
    (HERE / f"{args.name}.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
