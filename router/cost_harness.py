"""What the in-process cost scripts share: a wall/CPU stopwatch and a do-nothing request around the auditor.

Used by `python -m router.audit.cost`, `router.audit.retention_cost`, `router.telemetry.cost`
and `router.access.cost`, so that each of them times its work the same way: wall time
(`time.perf_counter`) and CPU time (`time.process_time`, which counts every thread of the
process) over a block, divided by the requests the block ran. The fakes stand in for the
parts of a request that are not being measured (the classifier, the backend's answer, the
writer that runs in its own process); the `Auditor` around them is the real one.

Speed is measured by these scripts, never asserted in tests.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from classifiers.types import Classification, Finding, Sensitivity
from router.audit.records import Record
from router.audit.settings import AuditSettings
from router.audit.trail import Auditor

TEXT = "Please call Mrs Okafor on 07700 900123 about her housing benefit and NHS number 943 476 5919. " * 2
"""A prompt with a phone number, an NHS number and a name: what the auditor hashes."""


@dataclass
class Elapsed:
    """Seconds a `stopwatch()` block took, on the wall clock and on the CPU."""

    wall_s: float = 0.0
    cpu_s: float = 0.0

    def per_request_us(self, requests: int) -> tuple[float, float]:
        """(wall µs, CPU µs) per request, for a block that ran `requests` requests."""
        return self.wall_s / requests * 1e6, self.cpu_s / requests * 1e6


@contextmanager
def stopwatch() -> Iterator[Elapsed]:
    """Time the block; the `Elapsed` it yields is filled in when the block ends without raising."""
    elapsed = Elapsed()
    cpu, wall = time.process_time(), time.perf_counter()
    yield elapsed
    elapsed.wall_s, elapsed.cpu_s = time.perf_counter() - wall, time.process_time() - cpu


async def per_request_in_flight(
    request: Callable[[], Awaitable[object]], concurrency: int, total: int, warmup: int = 10
) -> tuple[float, float]:
    """(wall µs, CPU µs) per request with `concurrency` requests in flight, `total` in all.

    Each of the `concurrency` workers first sends `warmup` requests that are not timed.
    """

    async def worker(count: int) -> None:
        for _ in range(count):
            await request()

    await asyncio.gather(*(worker(warmup) for _ in range(concurrency)))
    with stopwatch() as elapsed:
        await asyncio.gather(*(worker(total // concurrency) for _ in range(concurrency)))
    return elapsed.per_request_us(total)


@dataclass
class Answer:
    """The shape of the gateway's answer that `Auditor.audited` reads."""

    headers: dict[str, str]
    body: dict[str, Any] | None = None
    stream: AsyncIterator[bytes] | None = None


class Headers(dict[str, list[str]]):
    """Request headers as the auditor and tracing read them (`getlist`)."""

    def getlist(self, key: str) -> list[str]:
        return self.get(key, [])


def fixed_classifier(*findings: Finding) -> Callable[[str, object], Awaitable[Classification]]:
    """A classifier that returns at once: level personal, these findings, whatever the text."""

    async def classify(text: str, mode: object) -> Classification:
        return Classification(Sensitivity.PERSONAL, findings)  # a new result each call, as a classifier makes

    return classify


async def _no_writer(records: list[Record]) -> int:
    return len(records)


def auditor_without_writer(data_dir: Path, department: str, **options: Any) -> Auditor:
    """The real `Auditor`, sending its batches nowhere: the writer runs in its own process when served."""
    return Auditor(AuditSettings(), data_dir, _no_writer, department=department, **options)
