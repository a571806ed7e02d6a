"""Summarise measure_router_overhead.sh's reports as the README's table (markdown on stdout).

Run: `.venv/bin/python benchmarks/results/local/summarise_router_overhead.py DIR`, where DIR holds
`direct-c<N>{a,b}.json`, `router-c<N>{a,b}.json` and `cpu.txt`. "kept" is the router's output
tokens/s over the engine's, each the mean of its two interleaved runs; "added" is the router's TTFT
p50 minus the engine's, means likewise; the figures are read, never adjusted.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from statistics import mean


def _summary(directory: Path, name: str) -> dict[str, float]:
    summary: dict[str, float] = json.loads((directory / f"{name}.json").read_text())["summary"]
    return summary


def main(directory: Path) -> None:
    cpu_text = (directory / "cpu.txt").read_text()
    loads = dict(re.findall(r"c=(\d+) load: (\S+)", cpu_text))
    router_cpu: dict[str, list[float]] = {}
    pattern = r"router-c(\d+)[ab] CPU s: router ([\d.]+), .*? for (\d+) requests"
    for run, seconds, count in re.findall(pattern, cpu_text):
        router_cpu.setdefault(run, []).append(float(seconds) * 1000 / int(count))
    print("| concurrency | load (1 min) | direct tok/s (a / b) | via router tok/s (a / b) | kept | "
          "direct TTFT p50 ms (a / b) | via router TTFT p50 ms (a / b) | added | direct ITL mean ms | "
          "via router ITL mean ms | router CPU ms/request |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for c in sorted(loads, key=int):
        direct = [_summary(directory, f"direct-c{c}{run}") for run in "ab"]
        routed = [_summary(directory, f"router-c{c}{run}") for run in "ab"]
        kept = mean(r["output_throughput"] for r in routed) / mean(d["output_throughput"] for d in direct)
        added = mean(r["p50_ttft_ms"] for r in routed) - mean(d["p50_ttft_ms"] for d in direct)

        def pair(rows: list[dict[str, float]], key: str, digits: int = 1) -> str:
            return " / ".join(f"{row[key]:.{digits}f}" for row in rows)

        cpu = " / ".join(f"{ms:.1f}" for ms in router_cpu.get(c, []))
        print(f"| {c} | {loads[c]} | {pair(direct, 'output_throughput')} | {pair(routed, 'output_throughput')} | "
              f"{kept:.0%} | {pair(direct, 'p50_ttft_ms')} | {pair(routed, 'p50_ttft_ms')} | {added:+.1f} | "
              f"{pair(direct, 'mean_itl_ms')} | {pair(routed, 'mean_itl_ms')} | {cpu} |")
    end = re.search(r"end load: (\S+)", cpu_text)
    if end:
        print(f"\nLoad average (1 min) at the end: {end.group(1)}.")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
