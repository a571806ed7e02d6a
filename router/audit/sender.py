"""An ingress replica's records on their way to the single writer: journaled, batched, sent.

`Auditor` builds one record per request (`trail.py`); this holds what happens to it after:
the record is appended to the replica's journal (a `write(2)`, microseconds) and to an
in-memory batch that a background task sends to the writer `audit.batch_interval_ms` after
the first record of a batch, or at once at `audit.batch_max_records`; once the writer has
committed a batch, the journal lets go of it. An idle replica's task sleeps until a record
comes. See `journal.py` for what survives a crash.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

from router import metrics
from router.audit.journal import JOURNAL_DIR, Journal, finish_recovery, recover
from router.audit.records import Record
from router.audit.settings import AuditSettings

logger = logging.getLogger(__name__)

SendFn = Callable[[list[Record]], Awaitable[int]]
_RETRY_S = (0.05, 0.2, 1.0, 5.0)


class BatchSender:
    """Journals each record and sends them to the writer in batches; never makes a request wait."""

    def __init__(self, settings: AuditSettings, data_dir: Path, send: SendFn) -> None:
        self._settings = settings
        self._send = send
        self._journal_dir = data_dir / JOURNAL_DIR
        self._journal = Journal(self._journal_dir)
        self._buffer: list[tuple[int, float, Record]] = []
        self._in_flight_since: float | None = None
        self._wake = asyncio.Event()  # a full batch: send now
        self._arrived = asyncio.Event()  # a record came: wakes an idle flush loop
        self._task: asyncio.Task[None] | None = None
        self._closing = False
        metrics.AUDIT_QUEUE_DEPTH.set_function(lambda: len(self._buffer))
        metrics.AUDIT_LAG_SECONDS.set_function(self.lag)

    def submit(self, record: Record) -> None:
        """Journal the record and queue it for the writer; never waits."""
        index = self._journal.append(record)
        self._buffer.append((index, time.monotonic(), record))
        self._arrived.set()
        if self._task is None or self._task.done():
            self._task = asyncio.get_running_loop().create_task(self._flush_loop())
        if len(self._buffer) >= self._settings.batch_max_records:
            self._wake.set()

    def lag(self) -> float:
        """Seconds the oldest record not yet committed has waited (0 when none)."""
        oldest = self._in_flight_since if self._in_flight_since is not None else (
            self._buffer[0][1] if self._buffer else None
        )
        return 0.0 if oldest is None else time.monotonic() - oldest

    async def _flush_loop(self) -> None:
        await self._replay_dead_journals()
        interval = self._settings.batch_interval_ms / 1000.0
        failures = 0
        while not self._closing:
            if not self._buffer:
                # Idle: sleep until a record comes instead of waking every interval for nothing.
                self._arrived.clear()
                await self._arrived.wait()
            try:
                async with asyncio.timeout(interval):  # the group-commit window from the first record
                    await self._wake.wait()
            except TimeoutError:
                pass
            self._wake.clear()
            if await self.flush():
                failures = 0
            else:
                await asyncio.sleep(_RETRY_S[min(failures, len(_RETRY_S) - 1)])
                failures += 1

    async def flush(self) -> bool:
        """Send everything buffered, batch by batch; False if the writer failed (records kept)."""
        while self._buffer:
            batch = self._buffer[: self._settings.batch_max_records]
            del self._buffer[: len(batch)]
            self._journal.rotate_if_full()
            self._in_flight_since = batch[0][1]
            try:
                await self._send([record for _, _, record in batch])
            except Exception as exc:  # noqa: BLE001 - the journal keeps them; retried
                metrics.AUDIT_WRITE_FAILURES.inc()
                logger.warning("audit: the writer did not take %d record(s): %s", len(batch), type(exc).__name__)
                self._buffer[:0] = batch
                return False
            except BaseException:  # cancelled (shutdown): keep them for the final flush
                self._buffer[:0] = batch
                raise
            finally:
                self._in_flight_since = None
            metrics.AUDIT_RECORDS_WRITTEN.inc(len(batch))
            self._journal.committed(batch[-1][0])
        return True

    async def _replay_dead_journals(self) -> None:
        for records, path, fd in recover(self._journal_dir):
            try:
                await self._send(records)
            except Exception as exc:  # noqa: BLE001 - left for the next start
                logger.warning("audit: could not replay journal %s: %s", path.name, type(exc).__name__)
                os.close(fd)
                return
            finish_recovery(path, fd)
            logger.warning("audit: replayed %d record(s) from %s", len(records), path.name)

    async def close(self, timeout_s: float = 10.0) -> None:
        """Flush what is buffered (shutdown); the journal keeps whatever the writer would not take."""
        self._closing = True
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        deadline = time.monotonic() + timeout_s
        while self._buffer and time.monotonic() < deadline:
            if not await self.flush():
                await asyncio.sleep(0.1)
        self._journal.close(committed=not self._buffer)
