"""What `sovereign-router audit verify|export` do, on the configured store."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import IO, Any

import orjson

from router.audit.chain import Verification, verify
from router.audit.settings import AuditSettings
from router.audit.store import AuditStore, open_store

_RELATIVE = re.compile(r"^(\d+)([smhd])$")
_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days"}


class StoreMissing(Exception):
    """There is no audit store where the settings point."""


def open_existing(settings: AuditSettings, data_dir: Path) -> AuditStore:
    """Open the store for reading; a missing SQLite file is an error, not a new empty chain."""
    if settings.store == "sqlite" and not settings.sqlite_file(data_dir).exists():
        raise StoreMissing(f"no audit store at {settings.sqlite_file(data_dir)}")
    return open_store(settings, data_dir)


def verify_store(store: AuditStore) -> Verification:
    return verify(store.rows(), store.head())


def parse_since(value: str, now: datetime | None = None) -> str:
    """ISO 8601 date or time (naive means UTC), or a span back from now ('30m', '24h', '7d')."""
    match = _RELATIVE.match(value.strip())
    if match:
        moment = (now or datetime.now(UTC)) - timedelta(**{_UNITS[match.group(2)]: int(match.group(1))})
    else:
        try:
            moment = datetime.fromisoformat(value.strip())
        except ValueError:
            raise ValueError(f"--since {value!r}: expected an ISO 8601 date/time or a span like 24h") from None
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def export_lines(store: AuditStore, since: str | None, department: str | None) -> Iterator[bytes]:
    """One JSON object per record, in chain order, with its `hash`: for SIEM ingestion."""
    for record, digest in matching_records(store, since, department):
        record["hash"] = digest
        yield orjson.dumps(record) + b"\n"


def matching_records(
    store: AuditStore, since: str | None, department: str | None
) -> Iterator[tuple[dict[str, Any], str]]:
    """Records (parsed) and hashes in chain order whose own fields match the filters.

    The store filters on its indexed columns; each record's body, which the hash covers,
    must agree, so an edited column cannot put a record into another department's export
    (`audit verify` reports the edit).
    """
    for row in store.rows(since=since, department=department):
        record = orjson.loads(row.body)
        if department is not None and record.get("department") != department:
            continue
        if since is not None and not str(record.get("time", "")) >= since:
            continue
        yield record, row.hash


def write_export(store: AuditStore, sink: IO[bytes], since: str | None, department: str | None) -> int:
    count = 0
    for line in export_lines(store, since, department):
        sink.write(line)
        count += 1
    sink.flush()
    return count
