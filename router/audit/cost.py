"""What the audit costs per request, in-process: `python -m router.audit.cost`.

Two numbers, because the work is split across two processes in the served app:

- the ingress replica's hot path: `Auditor.audited` and the classifier wrapper around a
  pipeline that does nothing else (HMAC of a 200-character prompt, the record, one
  journal `write(2)`, the in-memory batch), against the same pipeline unaudited, with 1
  and with 64 requests in flight; the writer is replaced by a no-op, as it runs in its
  own process;
- the writer: time to commit one record into SQLite (WAL, synchronous=FULL) when records
  arrive one at a time, and in the batches the replicas send.

Wall time per request (best of three runs) and CPU time (`time.process_time`).
Speed is measured here, never asserted in tests.
"""

from __future__ import annotations

import asyncio
import tempfile
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from classifiers.types import Classification, Finding, Sensitivity
from router.audit.records import Record
from router.audit.settings import AuditSettings
from router.audit.trail import Auditor
from router.audit.writer import AuditWriter

_TEXT = "Please call Mrs Okafor on 07700 900123 about her housing benefit and NHS number 943 476 5919. " * 2
_HEADERS = {"x-request-id": "r", "x-sovereign-route": "local", "x-sovereign-sensitivity": "personal",
            "x-sovereign-model": "local-demo-tiny"}
_N = 20_000


@dataclass
class _Answer:
    headers: dict[str, str]
    body: dict[str, Any] | None = None
    stream: AsyncIterator[bytes] | None = None


@dataclass
class _NoHeaders:
    values: dict[str, list[str]] = field(default_factory=dict)

    def getlist(self, key: str) -> list[str]:
        return self.values.get(key, [])


async def _classify(text: str, mode: object) -> Classification:
    findings = (Finding("UK_PHONE", 0, 1, 0.9, "phone"), Finding("UK_NHS_NUMBER", 2, 3, 0.9, "nhs"))
    return Classification(Sensitivity.PERSONAL, findings)


async def _hot_path(concurrency: int, audited: bool, data_dir: Path) -> tuple[float, float]:
    async def no_writer(records: list[Record]) -> int:
        return len(records)

    auditor = Auditor(AuditSettings(), data_dir, no_writer, department="default")
    classify = auditor.observe(_classify) if audited else _classify
    headers = _NoHeaders()

    async def pipeline() -> _Answer:
        await classify(_TEXT, None)
        return _Answer(headers=dict(_HEADERS), body={"usage": {"prompt_tokens": 3, "completion_tokens": 2}})

    async def worker(count: int) -> None:
        for _ in range(count):
            if audited:
                await auditor.audited("chat.completions", b"{}", headers, pipeline)
            else:
                await pipeline()

    await asyncio.gather(*(worker(10) for _ in range(concurrency)))
    cpu, wall = time.process_time(), time.perf_counter()
    await asyncio.gather(*(worker(_N // concurrency) for _ in range(concurrency)))
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    await auditor.close()
    return wall / _N * 1e6, cpu / _N * 1e6


async def _writer(batch: int, count: int, data_dir: Path) -> float:
    writer = AuditWriter(AuditSettings(), data_dir)
    records = [{"record_id": f"r{i}", "time": "2026-12-06T00:00:00.000000+00:00", "department": "default",
                "route": "local", "level": "personal", "findings": {"UK_PHONE": 1}, "prompt_hmac": "ab" * 32,
                "status": 200, "latency_ms": 1.234} for i in range(count)]

    async def replica(part: list[Record]) -> None:
        for start in range(0, len(part), batch):
            await writer.append(part[start : start + batch])

    wall = time.perf_counter()
    await asyncio.gather(*(replica(records[k::4]) for k in range(4)))  # four replicas sending
    wall = time.perf_counter() - wall
    await writer.close()
    return wall / count * 1e6


async def _main() -> None:
    print("| ingress hot path | plain µs/req | audited µs/req (CPU) | added µs/req |")
    print("|---|---|---|---|")
    for concurrency in (1, 64):
        results = {}
        for audited in (False, True):
            runs = []
            for _ in range(3):
                with tempfile.TemporaryDirectory() as tmp:
                    runs.append(await _hot_path(concurrency, audited, Path(tmp)))
            results[audited] = min(runs)
        plain, audit = results[False], results[True]
        added = audit[0] - plain[0]
        print(f"| concurrency {concurrency} | {plain[0]:.1f} | {audit[0]:.1f} ({audit[1]:.1f}) | {added:.1f} |")
    print()
    print("| writer, SQLite WAL synchronous=FULL | µs per record committed |")
    print("|---|---|")
    for batch, count in ((1, 1000), (16, 5000), (256, 20_000)):
        with tempfile.TemporaryDirectory() as tmp:
            print(f"| batches of {batch} | {await _writer(batch, count, Path(tmp)):.1f} |")


if __name__ == "__main__":
    asyncio.run(_main())
