"""The default key store: one SQLite file in the data directory (mode 0600)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from router.access.sql_store import SqlKeyStore, schema


class SqliteKeyStore(SqlKeyStore):
    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        connection.execute("PRAGMA busy_timeout=10000")
        connection.execute("PRAGMA journal_mode=WAL")
        connection.executescript(schema("REAL"))
        path.chmod(0o600)
        super().__init__(
            connection,
            placeholder="?",
            insert_kid="INSERT OR IGNORE INTO signing_keys (kid, created) VALUES (?, ?)",
            errors=(sqlite3.Error,),
        )
