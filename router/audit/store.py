"""The audit store interface and the factory that picks one from the settings.

A store keeps chained records in `seq` order and a one-row head (last seq and hash),
and appends in one transaction that (1) takes the store's write lock, (2) reads the
head, (3) drops records whose `record_id` it already holds (journal replays), (4)
links the rest after the head and (5) inserts them and moves the head. The lock makes
the chain correct even if two writers ever run at once (a redeploy overlapping the
old writer): they take turns instead of forking it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import NamedTuple, Protocol

from router.audit.records import Record
from router.audit.settings import AuditSettings


class Row(NamedTuple):
    """One stored record: its chained body and hash, and the two columns queries filter on.

    `time` and `department` are copies of the body's fields kept as columns for indexed
    queries; the hash covers only the body, so `chain.verify` checks the copies against it.
    """

    seq: int
    body: str  # canonical JSON
    hash: str
    time: str
    department: str


class AuditStore(Protocol):
    def append(self, records: Sequence[Record]) -> int:
        """Chain and commit `records` in one transaction; returns how many were new."""
        ...

    def head(self) -> tuple[int, str] | None:
        """The last seq and hash the store committed, or None when empty."""
        ...

    def rows(self, since: str | None = None, department: str | None = None) -> Iterator[Row]:
        """Records in `seq` order, optionally from time `since` (ISO 8601) and for one department."""
        ...

    def close(self) -> None: ...


def open_store(settings: AuditSettings, data_dir: Path) -> AuditStore:
    if settings.store == "postgresql":
        from router.audit.postgres_store import PostgresStore

        assert settings.dsn is not None  # noqa: S101 - AuditSettings requires it
        return PostgresStore(settings.dsn.get_secret_value())
    from router.audit.sqlite_store import SqliteStore

    return SqliteStore(settings.sqlite_file(data_dir))
