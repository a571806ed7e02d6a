"""The default key store: one SQLite file in the data directory (mode 0600)."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from typing import Any

from router.access.keys import KeyRecord

_SCHEMA = """
CREATE TABLE IF NOT EXISTS api_keys (
    key_id TEXT PRIMARY KEY,
    department TEXT NOT NULL,
    roles TEXT NOT NULL,
    key_hash TEXT NOT NULL,
    created REAL NOT NULL,
    expires REAL,
    revoked REAL,
    description TEXT NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS signing_keys (
    kid TEXT PRIMARY KEY,
    created REAL NOT NULL
);
"""
_COLUMNS = "key_id, department, roles, key_hash, created, expires, revoked, description"


def _record(row: Any) -> KeyRecord:
    key_id, department, roles, key_hash, created, expires, revoked, description = row
    return KeyRecord(key_id, department, tuple(r for r in roles.split(" ") if r), key_hash,
                     created, expires, revoked, description)


class SqliteKeyStore:
    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self._db.execute("PRAGMA busy_timeout=10000")
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.executescript(_SCHEMA)
        path.chmod(0o600)

    def add(self, record: KeyRecord) -> None:
        with self._lock:
            self._db.execute(
                f"INSERT INTO api_keys ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (record.key_id, record.department, " ".join(record.roles), record.key_hash, record.created,
                 record.expires, record.revoked, record.description),
            )

    def get(self, key_id: str) -> KeyRecord | None:
        with self._lock:
            row = self._db.execute(f"SELECT {_COLUMNS} FROM api_keys WHERE key_id = ?", (key_id,)).fetchone()
        return None if row is None else _record(row)

    def records(self) -> list[KeyRecord]:
        with self._lock:
            rows = self._db.execute(f"SELECT {_COLUMNS} FROM api_keys ORDER BY created").fetchall()
        return [_record(row) for row in rows]

    def revoke(self, key_id: str, when: float) -> bool:
        with self._lock:
            cur = self._db.execute(
                "UPDATE api_keys SET revoked = COALESCE(revoked, ?) WHERE key_id = ?", (when, key_id)
            )
        return cur.rowcount > 0

    def count(self) -> int:
        with self._lock:
            return int(self._db.execute("SELECT COUNT(*) FROM api_keys").fetchone()[0])

    def signing_kids(self) -> list[str]:
        with self._lock:
            rows = self._db.execute("SELECT kid FROM signing_keys ORDER BY created DESC, kid DESC").fetchall()
        return [str(row[0]) for row in rows]

    def add_signing_kid(self, kid: str, when: float) -> None:
        with self._lock:
            self._db.execute("INSERT OR IGNORE INTO signing_keys (kid, created) VALUES (?, ?)", (kid, when))

    def remove_signing_kid(self, kid: str) -> bool:
        with self._lock:
            return self._db.execute("DELETE FROM signing_keys WHERE kid = ?", (kid,)).rowcount > 0

    def close(self) -> None:
        self._db.close()
