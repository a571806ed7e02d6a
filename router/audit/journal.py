"""Each ingress replica's write-ahead journal of audit records.

A record is appended here (one `write(2)` on an `O_APPEND` file, no fsync) before
the client gets its answer, and sent to the writer in the background. The file is
in the kernel's page cache once `write` returns, so it outlives the death of any
router process (`kill -9` included); it does not outlive a power cut or a kernel
crash. Segments whose records the writer has committed are deleted.

A live replica holds an exclusive `flock` on each of its segments; the lock dies
with the process. `recover` therefore takes exactly the segments of dead replicas:
the writer replays them when it starts, an ingress replica when it starts flushing,
and the store drops records it already has (by `record_id`).
"""

from __future__ import annotations

import fcntl
import logging
import os
import socket
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import orjson

from router.audit.records import Record

logger = logging.getLogger(__name__)

JOURNAL_DIR = Path("audit") / "journal"
_SEGMENT_BYTES = 1 << 20


@dataclass
class _Segment:
    path: Path
    fd: int
    size: int = 0
    last_index: int = 0  # index of the last record written to it


class Journal:
    """Append-only segments under `<data_dir>/audit/journal/`, named by host, pid and a random token."""

    def __init__(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        self._dir = directory
        self._prefix = f"{socket.gethostname()}-{os.getpid()}-{uuid.uuid4().hex[:8]}"
        self._number = 0
        self._closed: list[_Segment] = []
        self._current = self._open()
        self.index = 0  # records appended so far

    def _open(self) -> _Segment:
        self._number += 1
        path = self._dir / f"{self._prefix}-{self._number:06d}.jsonl"
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return _Segment(path, fd)

    def append(self, record: Record) -> int:
        """Write one record; returns its index (1, 2, ...) for `committed`."""
        line = orjson.dumps(record) + b"\n"
        os.write(self._current.fd, line)
        self.index += 1
        self._current.size += len(line)
        self._current.last_index = self.index
        return self.index

    def rotate_if_full(self) -> None:
        """Start a new segment once the current one is large (call between batches)."""
        if self._current.size >= _SEGMENT_BYTES:
            self._closed.append(self._current)
            self._current = self._open()

    def committed(self, index: int) -> None:
        """The writer holds every record up to `index`: delete the segments that only hold those."""
        while self._closed and self._closed[0].last_index <= index:
            self._drop(self._closed.pop(0))
        if self._current.last_index <= index and self._current.size and not self._closed:
            # Everything written is committed: empty the current segment in place.
            os.ftruncate(self._current.fd, 0)
            self._current.size = 0

    def close(self, *, committed: bool) -> None:
        """Release the segments; delete them when everything in them was committed."""
        for segment in [*self._closed, self._current]:
            if committed:
                self._drop(segment)
            else:
                os.close(segment.fd)
        self._closed = []

    @staticmethod
    def _drop(segment: _Segment) -> None:
        segment.path.unlink(missing_ok=True)
        os.close(segment.fd)


def recover(directory: Path) -> Iterator[tuple[list[Record], Path, int]]:
    """Yield (records, path, fd) for each segment no live process holds; the caller unlinks and closes.

    A torn last line (the process died inside `write`) is skipped: that request had no
    answer yet.
    """
    if not directory.is_dir():
        return
    for path in sorted(directory.glob("*.jsonl")):
        try:
            fd = os.open(path, os.O_RDONLY)
        except FileNotFoundError:
            continue
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            continue
        if not path.exists():  # its owner deleted it between our listing and our lock
            os.close(fd)
            continue
        records = []
        with open(fd, "rb", closefd=False) as handle:
            for line in handle:
                if not line.endswith(b"\n"):
                    break
                try:
                    records.append(orjson.loads(line))
                except orjson.JSONDecodeError:
                    logger.warning("skipping an unreadable line in audit journal %s", path.name)
        yield records, path, fd


def finish_recovery(path: Path, fd: int) -> None:
    path.unlink(missing_ok=True)
    os.close(fd)
