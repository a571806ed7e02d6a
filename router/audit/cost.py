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
from pathlib import Path

from classifiers.types import Finding
from router.audit.records import Record
from router.audit.settings import AuditSettings
from router.audit.writer import AuditWriter
from router.cost_harness import (
    TEXT,
    Answer,
    Headers,
    auditor_without_writer,
    fixed_classifier,
    per_request_in_flight,
    stopwatch,
)

HEADERS = {
    "x-request-id": "r",
    "x-sovereign-route": "local",
    "x-sovereign-sensitivity": "personal",
    "x-sovereign-model": "local-demo-tiny",
}
"""The route headers of a local, personal answer (also used by `router.audit.retention_cost`)."""
classify_personal = fixed_classifier(
    Finding("UK_PHONE", 0, 1, 0.9, "phone"), Finding("UK_NHS_NUMBER", 2, 3, 0.9, "nhs")
)
_N = 20_000


async def _hot_path(concurrency: int, audited: bool, data_dir: Path) -> tuple[float, float]:
    auditor = auditor_without_writer(data_dir, "default")
    classify = auditor.observe(classify_personal) if audited else classify_personal
    headers = Headers()

    async def pipeline() -> Answer:
        await classify(TEXT, None)
        return Answer(headers=dict(HEADERS), body={"usage": {"prompt_tokens": 3, "completion_tokens": 2}})

    async def audited_request() -> Answer:
        return await auditor.audited("chat.completions", b"{}", headers, pipeline)

    result = await per_request_in_flight(audited_request if audited else pipeline, concurrency, _N)
    await auditor.close()
    return result


async def _writer(batch: int, count: int, data_dir: Path) -> float:
    writer = AuditWriter(AuditSettings(), data_dir)
    records = [
        {
            "record_id": f"r{i}",
            "time": "2026-12-06T00:00:00.000000+00:00",
            "department": "default",
            "route": "local",
            "level": "personal",
            "findings": {"UK_PHONE": 1},
            "prompt_hmac": "ab" * 32,
            "status": 200,
            "latency_ms": 1.234,
        }
        for i in range(count)
    ]

    async def replica(part: list[Record]) -> None:
        for start in range(0, len(part), batch):
            await writer.append(part[start : start + batch])

    with stopwatch() as elapsed:
        await asyncio.gather(*(replica(records[k::4]) for k in range(4)))  # four replicas sending
    await writer.close()
    return elapsed.per_request_us(count)[0]


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
