"""The single audit writer: owns the store and commits records in groups.

`router/app.py` runs it as a Serve deployment with exactly one replica, so the whole
deployment has one chain whatever the number of ingress replicas. Ingress replicas
call `append` with a batch every few milliseconds; while one transaction commits,
the batches that arrive meanwhile queue up and go into the next one (group commit),
so one fsync covers many requests. `append` returns only after its records are
committed: that answer is what lets a replica delete its journal.

Plain Python: tests drive it in-process; Ray only wraps it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from pathlib import Path

from router.audit.journal import JOURNAL_DIR, finish_recovery, recover
from router.audit.records import Record
from router.audit.retention import RetainedStore, retained_file, split_retained
from router.audit.settings import AuditSettings
from router.audit.store import AuditStore, open_store

logger = logging.getLogger(__name__)

# Records in one transaction at most; more waiting go into the next.
_MAX_GROUP = 4096


class AuditWriter:
    def __init__(self, settings: AuditSettings, data_dir: Path) -> None:
        self._store: AuditStore = open_store(settings, data_dir)
        self._pending: list[tuple[list[Record], asyncio.Future[int]]] = []
        self._wake: asyncio.Event | None = None
        self._task: asyncio.Task[None] | None = None
        self._retained_path = retained_file(data_dir)
        self._retained: RetainedStore | None = None  # opened on the first retained text
        self.replay_journals(data_dir / JOURNAL_DIR)

    def _commit(self, records: list[Record]) -> int:
        """Chain the records; sealed texts (router.audit.retention) go to their own store, unchained."""
        chained, sealed = split_retained(records)
        written = self._store.append(chained)
        if sealed:
            if self._retained is None:
                self._retained = RetainedStore(self._retained_path)
            self._retained.put(sealed)
        return written

    def replay_journals(self, directory: Path) -> int:
        """Commit the journals of replicas that died before their records reached the store."""
        total = 0
        for records, path, fd in recover(directory):
            total += self._commit(records)
            finish_recovery(path, fd)
        if total:
            logger.warning("audit: replayed %d record(s) from the journals of stopped replicas", total)
        return total

    async def append(self, records: list[Record]) -> int:
        """Queue `records` for the next group commit; returns once they are committed."""
        if self._task is None or self._task.done():
            self._wake = asyncio.Event()
            self._task = asyncio.get_running_loop().create_task(self._commit_loop())
        assert self._wake is not None  # noqa: S101 - set with the task
        future: asyncio.Future[int] = asyncio.get_running_loop().create_future()
        self._pending.append((records, future))
        self._wake.set()
        return await future

    async def _commit_loop(self) -> None:
        assert self._wake is not None  # noqa: S101 - set before the task starts
        while True:
            await self._wake.wait()
            self._wake.clear()
            while self._pending:
                group: list[tuple[list[Record], asyncio.Future[int]]] = []
                size = 0
                while self._pending and (not group or size + len(self._pending[0][0]) <= _MAX_GROUP):
                    item = self._pending.pop(0)
                    group.append(item)
                    size += len(item[0])
                records = [r for batch, _ in group for r in batch]
                try:
                    # In a thread: batches that arrive during the commit queue for the next one.
                    written = await asyncio.to_thread(self._commit, records)
                except Exception as exc:  # noqa: BLE001 - each caller keeps its journal and retries
                    logger.error("audit: commit of %d record(s) failed: %s", len(records), type(exc).__name__)
                    for _, future in group:
                        if not future.done():
                            future.set_exception(RuntimeError(f"audit commit failed: {type(exc).__name__}"))
                    continue
                logger.debug("audit: committed %d record(s) (%d new)", len(records), written)
                for batch, future in group:
                    if not future.done():
                        future.set_result(len(batch))

    async def head(self) -> tuple[int, str] | None:
        return await asyncio.to_thread(self._store.head)

    async def close(self) -> None:
        """Commit what is queued, then close the store."""
        while self._pending:
            await asyncio.sleep(0.01)
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        self._store.close()
        if self._retained is not None:
            self._retained.close()


class AuditWriterDeployment(AuditWriter):
    """The class Serve runs: Serve awaits `__del__` on graceful shutdown."""

    async def __del__(self) -> None:
        await self.close()
