"""float32 against bfloat16 for the transformers engine's batching, side by side in one process.

Run: `.venv/bin/python benchmarks/results/local/measure_batching_dtypes.py [--repeats 5]`
Loads SmolLM2 twice (float32, and bfloat16 with its float32 output head, as `local.dtype: auto`
does on a CPU with native bfloat16), then runs rounds of 1 and of 8 concurrent 32-token chats
(measure_batching.py's requests), alternating the two engines in every round so that both see
the same load. Writes batching-dtypes.json and batching-dtypes.md next to this file.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import time
from pathlib import Path
from typing import Any

from measure_batching import HERE, _load, _round

from local_models import LocalSettings, TransformersEngine, ensure_smollm2


async def _measure(
    engines: dict[str, TransformersEngine], repeats: int
) -> tuple[dict[str, dict[str, list[float]]], dict[str, dict[str, list[float]]], float]:
    """Wall seconds and process CPU seconds per round, by dtype and concurrency; idle CPU per second."""
    for engine in engines.values():
        await _round(engine, 2, False)  # warm-up
    # The process's CPU while nothing runs: what the two idle generation loops cost, which
    # every CPU figure below includes.
    start = time.process_time()
    await asyncio.sleep(3)
    idle = (time.process_time() - start) / 3
    wall: dict[str, dict[str, list[float]]] = {name: {"1": [], "8": []} for name in engines}
    cpu: dict[str, dict[str, list[float]]] = {name: {"1": [], "8": []} for name in engines}
    for _ in range(repeats):
        for name, engine in engines.items():
            for n in (1, 8):
                start = time.process_time()
                elapsed, _ = await _round(engine, n, False)
                cpu[name][str(n)].append(round(time.process_time() - start, 3))
                wall[name][str(n)].append(round(elapsed, 3))
    return wall, cpu, idle


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--data-dir", type=Path, default=Path.home() / ".local/share/sovereign-router")
    args = parser.parse_args()
    model_dir = ensure_smollm2(args.data_dir)
    engines = {dtype: TransformersEngine(LocalSettings(dtype=dtype), model_dir) for dtype in ("float32", "bfloat16")}
    load_start = _load()
    try:
        runs, cpu, idle = asyncio.run(_measure(engines, args.repeats))
    finally:
        for engine in engines.values():
            engine.close()
    rows: dict[str, Any] = {}
    for name, lanes in runs.items():
        rows[name] = {
            "runs_s": lanes,
            "median_s": {n: statistics.median(v) for n, v in lanes.items()},
            "ratio_8_vs_1_paired_median": round(
                statistics.median(e / o for e, o in zip(lanes["8"], lanes["1"], strict=True)), 2
            ),
            "ratio_8_vs_1_of_medians": round(statistics.median(lanes["8"]) / statistics.median(lanes["1"]), 2),
            "cpu_s": cpu[name],
            "cpu_median_s": {n: statistics.median(v) for n, v in cpu[name].items()},
            "cpu_ratio_8_vs_1_of_medians": round(
                statistics.median(cpu[name]["8"]) / statistics.median(cpu[name]["1"]), 2
            ),
        }
    result = {"load": f"{load_start} at the start, {_load()} at the end (1 minute)", "repeats": args.repeats,
              "idle_cpu_s_per_s": round(idle, 3), "dtypes": rows}
    (HERE / "batching-dtypes.json").write_text(json.dumps(result, indent=2) + "\n")
    lines = [
        "# transformers engine batching, float32 against bfloat16, side by side (SmolLM2, 1 thread, CPU)",
        "",
        f"{args.repeats} rounds; in each, both engines run 1 then 8 concurrent 32-token chats. Load average "
        f"{result['load']}. CPU is the process's CPU seconds during the round (less sensitive to other "
        f"work on the machine than wall time; the two idle engines cost {result['idle_cpu_s_per_s']} CPU s per s).",
        "",
        "| dtype | 1 request, median wall s (CPU s) | 8 concurrent, median wall s (CPU s) | "
        "8 vs 1 wall, median of rounds | 8 vs 1 wall, of medians | 8 vs 1 CPU, of medians |",
        "|---|---|---|---|---|---|",
    ]
    for name, row in rows.items():
        lines.append(f"| {name} | {row['median_s']['1']} ({row['cpu_median_s']['1']}) | {row['median_s']['8']} "
                     f"({row['cpu_median_s']['8']}) | {row['ratio_8_vs_1_paired_median']}x | "
                     f"{row['ratio_8_vs_1_of_medians']}x | {row['cpu_ratio_8_vs_1_of_medians']}x |")
    (HERE / "batching-dtypes.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
