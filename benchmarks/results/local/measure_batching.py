"""Measure the transformers engine's batching: N concurrent 32-token chats vs one.

Run: `.venv/bin/python benchmarks/results/local/measure_batching.py [--threads 1] [--data-dir DIR]`
Writes batching.json and batching.md next to this file.

Two lanes of the same engine and model are compared:
- batched: greedy requests, generated together by transformers' continuous batching;
- one at a time: the same requests with a `seed` (temperature 1e-5, effectively greedy),
  which the engine runs alone, one after another — how every request ran before batching.
Each request asks for a short story with max_tokens=32 (distinct prompts, so no prefix is shared).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import statistics
import time
from pathlib import Path
from typing import Any

from local_models import SMOLLM2_MODEL_ID, LocalSettings, TransformersEngine, ensure_smollm2
from local_models.precision import model_dtype

HERE = Path(__file__).resolve().parent
TOPICS = ["a cat in a library", "a lighthouse keeper", "a lost umbrella", "a robot gardener",
          "a rainy market day", "a city fox", "an old bicycle", "a snowy train station",
          "a kite on the beach", "a baker at dawn", "a ship in a bottle", "a quiet museum",
          "a paper boat", "a village choir", "a mountain hut", "a broken clock"]


def _body(i: int, seeded: bool) -> dict[str, Any]:
    body: dict[str, Any] = {
        "messages": [{"role": "user", "content": f"Write a short story about {TOPICS[i % len(TOPICS)]}."}],
        "max_tokens": 32,
        "temperature": 0,
    }
    if seeded:
        body.update(temperature=1e-5, seed=i)
    return body


async def _round(engine: TransformersEngine, n: int, seeded: bool) -> tuple[float, int]:
    start = time.perf_counter()
    results = await asyncio.gather(*(engine.create("chat.completions", _body(i, seeded)) for i in range(n)))
    elapsed = time.perf_counter() - start
    return elapsed, sum(r["usage"]["completion_tokens"] for r in results)


async def _measure(engine: TransformersEngine, repeats: int) -> dict[str, Any]:
    await _round(engine, 2, False)  # warm-up
    await _round(engine, 1, True)
    plan = [("batched", n, False) for n in (1, 2, 4, 8, 16)] + [("one_at_a_time", n, True) for n in (1, 8)]
    times: dict[tuple[str, int], list[float]] = {(lane, n): [] for lane, n, _ in plan}
    tokens: dict[tuple[str, int], int] = {}
    # Rounds interleave every case, so a burst of load from other work on this shared
    # machine falls on all of them rather than on one.
    for _ in range(repeats):
        for lane, n, seeded in plan:
            elapsed, tokens[(lane, n)] = await _round(engine, n, seeded)
            times[(lane, n)].append(elapsed)
    table: dict[str, Any] = {}
    for (lane, n), runs in times.items():
        best = min(runs)
        table.setdefault(lane, {})[str(n)] = {
            "wall_s_min": round(best, 3),
            "wall_s_median": round(statistics.median(runs), 3),
            "completion_tokens": tokens[(lane, n)],
            "tokens_per_s": round(tokens[(lane, n)] / best, 1),
            "runs_s": [round(t, 3) for t in runs],
        }
    return table


def _load() -> str:
    return open("/proc/loadavg").read().split()[0]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--dtype", choices=["auto", "float32", "bfloat16"], default="auto")
    parser.add_argument("--data-dir", type=Path, default=Path.home() / ".local/share/sovereign-router")
    parser.add_argument("--tag", default="")
    args = parser.parse_args()
    model_dir = ensure_smollm2(args.data_dir)
    engine = TransformersEngine(LocalSettings(num_threads=args.threads, dtype=args.dtype), model_dir)
    load_start = _load()
    try:
        table = asyncio.run(_measure(engine, args.repeats))
    finally:
        engine.close()
    one = table["batched"]["1"]["wall_s_min"]
    result = {
        "model": SMOLLM2_MODEL_ID,
        "dtype": f"{args.dtype}: {model_dtype(args.dtype, on_gpu=False)} (CPU)",
        "num_threads": args.threads,
        "hardware": f"{platform.machine()}, {os.cpu_count()} CPUs (shared machine), {platform.python_version()}",
        "load": f"{load_start} at the start, {_load()} at the end (1 minute)",
        "ratio_8_vs_1_batched": round(table["batched"]["8"]["wall_s_min"] / one, 2),
        "ratio_8_vs_1_batched_median": round(
            table["batched"]["8"]["wall_s_median"] / table["batched"]["1"]["wall_s_median"], 2
        ),
        # Each round runs 1 and 8 back to back: the median of the rounds' own ratios.
        "ratio_8_vs_1_batched_paired_median": round(statistics.median(
            eight / one_run
            for eight, one_run in zip(table["batched"]["8"]["runs_s"], table["batched"]["1"]["runs_s"], strict=True)
        ), 2),
        "ratio_8_vs_1_one_at_a_time": round(
            table["one_at_a_time"]["8"]["wall_s_min"] / table["one_at_a_time"]["1"]["wall_s_min"], 2
        ),
        "lanes": table,
    }
    suffix = f"-{args.tag}" if args.tag else ""
    (HERE / f"batching{suffix}.json").write_text(json.dumps(result, indent=2) + "\n")
    lines = [
        f"# transformers engine batching: {SMOLLM2_MODEL_ID}, {args.threads} thread(s), dtype {result['dtype']}",
        "",
        f"Hardware: {result['hardware']}; load average {result['load']}. Best of {args.repeats} interleaved runs "
        "(median in brackets); each "
        "request is a chat asking for a short story with max_tokens=32 (distinct prompts).",
        "",
        "| concurrency | batched wall s | batched tok/s | one-at-a-time wall s | one-at-a-time tok/s |",
        "|---|---|---|---|---|",
    ]
    for n, row in table["batched"].items():
        alone = table["one_at_a_time"].get(n)
        alone_s = f"{alone['wall_s_min']} ({alone['wall_s_median']})" if alone else "-"
        lines.append(f"| {n} | {row['wall_s_min']} ({row['wall_s_median']}) | {row['tokens_per_s']} | "
                     f"{alone_s} | {alone['tokens_per_s'] if alone else '-'} |")
    lines += ["", f"8 concurrent vs 1: batched {result['ratio_8_vs_1_batched']}x best, "
              f"{result['ratio_8_vs_1_batched_median']}x median, {result['ratio_8_vs_1_batched_paired_median']}x "
              "median of each round's own ratio; "
              f"one at a time {result['ratio_8_vs_1_one_at_a_time']}x (target <= 2.5x)."]
    (HERE / f"batching{suffix}.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
