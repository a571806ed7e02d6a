"""Table of `measure_engine_ab.sh`'s runs (hops-ab-*.json beside this file), one row per run.

Usage: .venv/bin/python benchmarks/results/local/router-overhead/hops/summarise_ab.py > engine-ab.md
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


def _step(summary: dict[str, Any], target: str, step: str) -> float | None:
    value = summary.get("trace", {}).get(target, {}).get("step_ms_after_send_p50", {}).get(step)
    return float(value) if value is not None else None


def _gap(summary: dict[str, Any], target: str, start: str, end: str) -> str:
    a, b = _step(summary, target, start), _step(summary, target, end)
    return "-" if a is None or b is None else f"{b - a:.2f}"


def main() -> None:
    runs = sorted(HERE.glob("hops-ab-*.json"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
    print("| run | load (1 min) start / end | direct TTFT p50 ms | via HAProxy | added | replica only | "
          "added by the replica | engine: call to first chunk ms | replica CPU ms/request |")
    print("|---|---|---|---|---|---|---|---|---|")
    for path in runs:
        result = json.loads(path.read_text())
        s = result["summary"]
        print(
            f"| {result['tag'].removeprefix('ab-')} | {result['load_start'][0]:.2f} / {result['load_end'][0]:.2f} "
            f"| {s['direct']['ttft_p50_ms_median_of_blocks']:.2f} | {s['haproxy']['ttft_p50_ms_median_of_blocks']:.2f} "
            f"| {s['haproxy_minus_direct_ms']:+.2f} | {s['replica']['ttft_p50_ms_median_of_blocks']:.2f} "
            f"| {s['replica_minus_direct_ms']:+.2f} | {_gap(s, 'replica', 'backend_call', 'chunk1_in')} "
            f"| {s['replica']['replica_cpu_ms_per_request']:.2f} |"
        )


if __name__ == "__main__":
    main()
