"""Reading the audit records an app or a `serve` process committed to its SQLite store."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson

from router.audit.sqlite_store import SqliteStore


def audit_records(audit_file: Path, *, readonly: bool = False) -> list[dict[str, Any]]:
    """Every committed record, in chain order; the store is closed again before returning."""
    store = SqliteStore(audit_file, readonly=readonly)
    try:
        return [orjson.loads(row.body) for row in store.rows()]
    finally:
        store.close()
