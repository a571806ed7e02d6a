"""Measure the transformers engine's batching: N concurrent 32-token chats vs one.

Run: `.venv/bin/python benchmarks/results/local/measure_batching.py [--threads 1] [--repeats 5]
[--repeats-alone-16 N] [--data-dir DIR]`
Writes batching.json and batching.md next to this file.

Two lanes of the same engine and model are compared:
- batched: greedy requests, generated together by transformers' continuous batching;
- one at a time: the same requests with a `seed` (temperature 1e-5, effectively greedy),
  which the engine runs alone, one after another — how every request ran before batching.
Both lanes run at concurrency 1, 2, 4, 8 and 16, interleaved in every round.
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


CONCURRENCIES = (1, 2, 4, 8, 16)


def _rounds_for(repeats: int, wanted: int) -> set[int]:
    """The rounds a case with fewer repeats runs in: spread over the run, so drift falls on it too."""
    if wanted >= repeats:
        return set(range(repeats))
    if wanted <= 1:
        return {repeats // 2} if wanted == 1 else set()
    return {round(i * (repeats - 1) / (wanted - 1)) for i in range(wanted)}


async def _measure(engine: TransformersEngine, repeats: int, repeats_alone_16: int) -> dict[str, Any]:
    """Both lanes at every concurrency, interleaved round by round; the one-at-a-time lane at 16
    (16 requests in series, the longest case by far) may run in fewer rounds to bound the run's time."""
    await _round(engine, 2, False)  # warm-up
    await _round(engine, 1, True)
    plan = [(lane, n, seeded) for n in CONCURRENCIES
            for lane, seeded in (("batched", False), ("one_at_a_time", True))]
    runs_in = {(lane, n): _rounds_for(repeats, repeats_alone_16 if (lane, n) == ("one_at_a_time", 16) else repeats)
               for lane, n, _ in plan}
    times: dict[tuple[str, int], list[float]] = {(lane, n): [] for lane, n, _ in plan}
    tokens: dict[tuple[str, int], int] = {}
    # Rounds interleave every case, so a burst of load from other work on this shared
    # machine falls on all of them rather than on one.
    for index in range(repeats):
        for lane, n, seeded in plan:
            if index not in runs_in[(lane, n)]:
                continue
            elapsed, tokens[(lane, n)] = await _round(engine, n, seeded)
            times[(lane, n)].append(elapsed)
            print(f"round {index + 1}/{repeats} {lane} x{n}: {elapsed:.2f} s (load {_load()})", flush=True)
    table: dict[str, Any] = {}
    for (lane, n), runs in times.items():
        best = min(runs)
        median = statistics.median(runs)
        table.setdefault(lane, {})[str(n)] = {
            "wall_s_min": round(best, 3),
            "wall_s_median": round(median, 3),
            "completion_tokens": tokens[(lane, n)],
            "tokens_per_s": round(tokens[(lane, n)] / best, 1),
            "tokens_per_s_median": round(tokens[(lane, n)] / median, 1),
            "rounds": sorted(runs_in[(lane, n)]),
            "runs_s": [round(t, 3) for t in runs],
        }
    return table


def _load() -> str:
    return open("/proc/loadavg").read().split()[0]


def _paired_median(a: list[float], b: list[float]) -> float:
    """Median of a/b over rounds that ran both cases (the same round: the same load)."""
    return round(statistics.median(x / y for x, y in zip(a, b, strict=True)), 2)


def _compare(a: float, b: float) -> str:
    return "slower" if a > b else "faster" if a < b else "equal"


def render(result: dict[str, Any]) -> str:
    """The Markdown report, from the JSON result alone (so `--render` can redo it without re-measuring)."""
    batched, alone = result["lanes"]["batched"], result["lanes"]["one_at_a_time"]
    repeats, repeats_16 = result["repeats"], result["repeats_one_at_a_time_16"]
    fewer = (f" The one-at-a-time lane at concurrency 16 (16 requests in series) ran in {repeats_16} of the "
             f"{repeats} rounds (round(s) {', '.join(str(r + 1) for r in alone['16']['rounds'])}), to keep the "
             "run within ~15 minutes." if repeats_16 < repeats else "")
    lines = [
        f"# transformers engine batching: {result['model']}, {result['num_threads']} thread(s), "
        f"dtype {result['dtype']}",
        "",
        f"Hardware: {result['hardware']}; load average {result['load']}; the run took "
        f"{result['run_wall_s']:.0f} s. Best of {repeats} interleaved rounds (median in brackets): each round "
        "runs, for each concurrency in turn, the batched lane then the one-at-a-time lane (the same requests "
        "with a `seed`, which the engine runs alone, one after another: how every request ran before "
        "batching), so drift on this shared machine falls on both lanes. Each request is a chat asking for a "
        f"short story with max_tokens=32 (distinct prompts); tok/s is completion tokens over wall time.{fewer}",
        "",
        "| concurrency | batched wall s | batched tok/s | one-at-a-time wall s | one-at-a-time tok/s |",
        "|---|---|---|---|---|",
    ]
    for n, row in batched.items():
        lone = alone[n]
        lines.append(f"| {n} | {row['wall_s_min']} ({row['wall_s_median']}) | {row['tokens_per_s']} "
                     f"({row['tokens_per_s_median']}) | {lone['wall_s_min']} ({lone['wall_s_median']}) | "
                     f"{lone['tokens_per_s']} ({lone['tokens_per_s_median']}) |")

    def by_concurrency(lane: dict[str, Any]) -> str:
        return ", ".join(f"{n}: {row['tokens_per_s']} ({row['tokens_per_s_median']})" for n, row in lane.items())

    b1, a1 = batched["1"], alone["1"]
    slower = sum(b > a for b, a in zip(b1["runs_s"], a1["runs_s"], strict=True))
    gap = abs(b1["wall_s_median"] - a1["wall_s_median"]) / min(b1["wall_s_median"], a1["wall_s_median"])
    lines += [
        "",
        f"Tokens/s by concurrency, best (median): batched {by_concurrency(batched)}; "
        f"one at a time {by_concurrency(alone)}.",
        "",
        f"8 concurrent vs 1: batched {result['ratio_8_vs_1_batched']}x best, "
        f"{result['ratio_8_vs_1_batched_median']}x median, {result['ratio_8_vs_1_batched_paired_median']}x "
        "median of each round's own ratio; "
        f"one at a time {result['ratio_8_vs_1_one_at_a_time']}x best, "
        f"{result['ratio_8_vs_1_one_at_a_time_median']}x median (target <= 2.5x).",
        "",
        f"Concurrency 1, the same single request in both lanes: batched best {b1['wall_s_min']} s against "
        f"{a1['wall_s_min']} s one at a time (batched {_compare(b1['wall_s_min'], a1['wall_s_min'])}); medians "
        f"{b1['wall_s_median']} s against {a1['wall_s_median']} s (batched "
        f"{_compare(b1['wall_s_median'], a1['wall_s_median'])}, {gap:.0%} apart); batched / one at a time, "
        "median of each round's own ratio: "
        f"{result['ratio_1_batched_vs_one_at_a_time_paired_median']}x (batched slower in {slower} of "
        f"{len(b1['runs_s'])} rounds).",
    ]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--repeats-alone-16", type=int, default=None,
                        help="rounds for the one-at-a-time lane at concurrency 16 (default: --repeats)")
    parser.add_argument("--dtype", choices=["auto", "float32", "bfloat16"], default="auto")
    parser.add_argument("--data-dir", type=Path, default=Path.home() / ".local/share/sovereign-router")
    parser.add_argument("--tag", default="")
    parser.add_argument("--render", action="store_true", help="only rewrite the Markdown from the JSON")
    args = parser.parse_args()
    suffix = f"-{args.tag}" if args.tag else ""
    if args.render:
        (HERE / f"batching{suffix}.md").write_text(render(json.loads((HERE / f"batching{suffix}.json").read_text())))
        return
    repeats_16 = args.repeats if args.repeats_alone_16 is None else min(args.repeats_alone_16, args.repeats)
    model_dir = ensure_smollm2(args.data_dir)
    engine = TransformersEngine(LocalSettings(num_threads=args.threads, dtype=args.dtype), model_dir)
    load_start = _load()
    began = time.perf_counter()
    try:
        table = asyncio.run(_measure(engine, args.repeats, repeats_16))
    finally:
        engine.close()
    batched, alone = table["batched"], table["one_at_a_time"]
    result = {
        "model": SMOLLM2_MODEL_ID,
        "dtype": f"{args.dtype}: {model_dtype(args.dtype, on_gpu=False)} (CPU)",
        "num_threads": args.threads,
        "hardware": f"{platform.machine()}, {os.cpu_count()} CPUs (shared machine), {platform.python_version()}",
        "load": f"{load_start} at the start, {_load()} at the end (1 minute)",
        "run_wall_s": round(time.perf_counter() - began, 1),
        "repeats": args.repeats,
        "repeats_one_at_a_time_16": repeats_16,
        "ratio_8_vs_1_batched": round(batched["8"]["wall_s_min"] / batched["1"]["wall_s_min"], 2),
        "ratio_8_vs_1_batched_median": round(batched["8"]["wall_s_median"] / batched["1"]["wall_s_median"], 2),
        # Every round runs both: the median of the rounds' own ratios.
        "ratio_8_vs_1_batched_paired_median": _paired_median(batched["8"]["runs_s"], batched["1"]["runs_s"]),
        "ratio_8_vs_1_one_at_a_time": round(alone["8"]["wall_s_min"] / alone["1"]["wall_s_min"], 2),
        "ratio_8_vs_1_one_at_a_time_median": round(alone["8"]["wall_s_median"] / alone["1"]["wall_s_median"], 2),
        # Concurrency 1 in both lanes, back to back in each round.
        "ratio_1_batched_vs_one_at_a_time_paired_median": _paired_median(batched["1"]["runs_s"], alone["1"]["runs_s"]),
        "lanes": table,
    }
    (HERE / f"batching{suffix}.json").write_text(json.dumps(result, indent=2) + "\n")
    report = render(result)
    (HERE / f"batching{suffix}.md").write_text(report)
    print(report, end="")


if __name__ == "__main__":
    main()
