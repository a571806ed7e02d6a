"""Where a routed stream's time goes between the engine's role chunk and its first token.

Reads `share-<tag>.json.gz` (written by `measure_share.py`, whose trace notes when the router's
engine yielded each of the first chunks, when `sse_stream` returned, when the gateway answered,
when the ASGI response was called, when its head was handed to Serve's `send` and when uvicorn
had written it, and when each of the first body writes left) and prints the p50 / p90 of each
step over the routed requests at one concurrency. A step whose marks an older trace did not
note is left out.

Usage: python summarise_gap.py share-gap-c1b.json.gz [--concurrency 1]
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import statistics
from pathlib import Path
from typing import Any

_STEPS = ("role chunk", "sse_returned", "gateway_out", "response_called", "start_call", "start_sent",
          "first token", "first write")


def _at(trace: dict[str, Any], step: str) -> float | None:
    value: Any = None
    if step == "role chunk":
        value = trace["chunks"][0][0]
    elif step == "first token":
        value = next((at for at, has_text in trace["chunks"] if has_text), None)
    elif step == "first write":
        value = trace["writes"][0][0] if trace.get("writes") else None
    else:
        value = trace.get(step)
    return float(value) if isinstance(value, float) else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("result", type=Path)
    parser.add_argument("--concurrency", type=int, default=1)
    args = parser.parse_args()
    result = json.loads(gzip.decompress(args.result.read_bytes()))
    prefix = f"routed-c{args.concurrency}-"
    traces = [t for t in result["raw"]["traces"]
              if t.get("role") == "router" and t.get("chunks") and str(t.get("id", "")).startswith(prefix)]
    print(f"{args.result.name}: {len(traces)} routed requests at concurrency {args.concurrency} (ms)")
    present = [step for step in _STEPS if any(_at(t, step) is not None for t in traces)]
    for start, end in itertools.pairwise(present):
        gaps = sorted((b - a) * 1000.0 for t in traces
                      if (a := _at(t, start)) is not None and (b := _at(t, end)) is not None)
        if gaps:
            print(f"  {start:>15} -> {end:<15} p50 {statistics.median(gaps):7.3f}  "
                  f"p90 {gaps[int(len(gaps) * 0.9)]:7.3f}  n={len(gaps)}")


if __name__ == "__main__":
    main()
