"""CPU per streamed hosted answer of the idle limit: one timer per idle period against one per line.

    python -m benchmarks.route.stream_idle_cost --streams 3000 --block 250

Starts the upstream simulator (its own process, answering at once) and streams the same
16-token chat through the real `HostedClient.stream`, in this process, in alternating
blocks: `per-line` puts `asyncio.timeout(idle)` around each line read (the code before
`hosted/idle_watch.py`), `watch` is `IdleWatch`. The process's CPU time per stream is what
reading the stream costs the ingress replica, apart from the simulator's own work; the two
differ only in the idle limit's timers. In-process figures resolve what the ingress A/B
(`ingress_cpu.py`, ~0.2-0.5 ms between two routers of the same code) cannot.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import statistics
import sys
import time
from collections.abc import Awaitable
from datetime import UTC, datetime
from typing import Any, TypeVar

from pydantic import SecretStr

import hosted.client
from benchmarks.route.processes import BenchServers
from hosted import HostedClient, HostedSettings
from hosted.idle_watch import IdleWatch

_T = TypeVar("_T")
BODY = {"model": "gpt-4.1-mini", "messages": [{"role": "user", "content": "What is the capital of France?"}],
        "max_tokens": 16, "stream": True, "stream_options": {"include_usage": True}}


class PerLineTimeout:
    """The idle limit as it was: `asyncio.timeout(idle_s)` around each read (a timer per line)."""

    def __init__(self, idle_s: float) -> None:
        self._idle = idle_s

    async def read(self, pending: Awaitable[_T]) -> _T:
        async with asyncio.timeout(self._idle):
            return await pending

    def close(self) -> None:
        """Nothing to drop: each read's timer went with its read."""


async def _block(client: HostedClient, streams: int) -> tuple[float, int]:
    chunks = 0
    started = time.process_time()
    for _ in range(streams):
        async for _chunk in client.stream("chat.completions", BODY):
            chunks += 1
    return (time.process_time() - started) * 1e6 / streams, chunks // streams


async def measure(base_url: str, streams: int, block: int, warmup: int) -> dict[str, Any]:
    settings = HostedSettings(api_key=SecretStr("sk-idle-cost"), base_url=base_url, max_retries=0)
    client = HostedClient(settings)
    variants: dict[str, Any] = {"per-line": PerLineTimeout, "watch": IdleWatch}
    per: dict[str, list[float]] = {name: [] for name in variants}
    chunks = 0
    loads = [round(os.getloadavg()[0], 2)]
    try:
        for watch in variants.values():
            setattr(hosted.client, "IdleWatch", watch)  # noqa: B010 - the client reads the module's name per stream
            await _block(client, warmup)
        for index in range(max(1, streams // block)):
            order = list(variants) if index % 2 == 0 else list(reversed(variants))
            for name in order:
                setattr(hosted.client, "IdleWatch", variants[name])  # noqa: B010
                cpu_us, chunks = await _block(client, block)
                per[name].append(round(cpu_us, 1))
            loads.append(round(os.getloadavg()[0], 2))
    finally:
        setattr(hosted.client, "IdleWatch", IdleWatch)  # noqa: B010
        await client.aclose()
    return {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "python": platform.python_version(),
        "streams_per_block": block,
        "chunks_per_stream": chunks,
        "load_average_1m": loads,
        "cpu_us_per_stream": {name: {"median": round(statistics.median(v), 1), "min": min(v), "blocks": v}
                              for name, v in per.items()},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--streams", type=int, default=3000, help="measured streams per variant")
    parser.add_argument("--block", type=int, default=250, help="streams per block (one CPU reading)")
    parser.add_argument("--warmup", type=int, default=50)
    parser.add_argument("--out", help="write the result as JSON here")
    args = parser.parse_args()
    with BenchServers() as servers:
        upstream = servers.upstream()
        result = asyncio.run(measure(upstream.root_url + "/v1", args.streams, args.block, args.warmup))
    text = json.dumps(result, indent=2)
    print(text)
    if args.out:
        with open(args.out, "w", encoding="utf-8") as out:
            out.write(text + "\n")
    sys.exit(0)


if __name__ == "__main__":
    main()
