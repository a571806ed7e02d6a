"""The cluster key store: PostgreSQL through psycopg 3, shared by replicas on every node."""

from __future__ import annotations

import threading
from typing import Any

from router.access.keys import KeyRecord

_SCHEMA = """
CREATE TABLE IF NOT EXISTS api_keys (
    key_id TEXT PRIMARY KEY,
    department TEXT NOT NULL,
    roles TEXT NOT NULL,
    key_hash TEXT NOT NULL,
    created DOUBLE PRECISION NOT NULL,
    expires DOUBLE PRECISION,
    revoked DOUBLE PRECISION,
    description TEXT NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS signing_keys (
    kid TEXT PRIMARY KEY,
    created DOUBLE PRECISION NOT NULL
);
"""
_COLUMNS = "key_id, department, roles, key_hash, created, expires, revoked, description"


def _record(row: Any) -> KeyRecord:
    key_id, department, roles, key_hash, created, expires, revoked, description = row
    return KeyRecord(key_id, department, tuple(r for r in roles.split(" ") if r), key_hash,
                     created, expires, revoked, description)


class PostgresKeyStore:
    def __init__(self, dsn: str) -> None:
        import psycopg

        self._lock = threading.Lock()  # one connection, used from threads in turn
        self._conn: Any = psycopg.connect(dsn, autocommit=True)
        self._conn.execute(_SCHEMA)

    def add(self, record: KeyRecord) -> None:
        with self._lock:
            self._conn.execute(
                f"INSERT INTO api_keys ({_COLUMNS}) VALUES (%s, %s, %s, %s, %s, %s, %s, %s)",
                (record.key_id, record.department, " ".join(record.roles), record.key_hash, record.created,
                 record.expires, record.revoked, record.description),
            )

    def get(self, key_id: str) -> KeyRecord | None:
        with self._lock:
            row = self._conn.execute(f"SELECT {_COLUMNS} FROM api_keys WHERE key_id = %s", (key_id,)).fetchone()
        return None if row is None else _record(row)

    def records(self) -> list[KeyRecord]:
        with self._lock:
            rows = self._conn.execute(f"SELECT {_COLUMNS} FROM api_keys ORDER BY created").fetchall()
        return [_record(row) for row in rows]

    def revoke(self, key_id: str, when: float) -> bool:
        with self._lock:
            cur = self._conn.execute(
                "UPDATE api_keys SET revoked = COALESCE(revoked, %s) WHERE key_id = %s", (when, key_id)
            )
        return bool(cur.rowcount > 0)

    def count(self) -> int:
        with self._lock:
            return int(self._conn.execute("SELECT COUNT(*) FROM api_keys").fetchone()[0])

    def signing_kids(self) -> list[str]:
        with self._lock:
            rows = self._conn.execute("SELECT kid FROM signing_keys ORDER BY created DESC, kid DESC").fetchall()
        return [str(row[0]) for row in rows]

    def add_signing_kid(self, kid: str, when: float) -> None:
        with self._lock:
            self._conn.execute(
                "INSERT INTO signing_keys (kid, created) VALUES (%s, %s) ON CONFLICT (kid) DO NOTHING", (kid, when)
            )

    def remove_signing_kid(self, kid: str) -> bool:
        with self._lock:
            return bool(self._conn.execute("DELETE FROM signing_keys WHERE kid = %s", (kid,)).rowcount > 0)

    def close(self) -> None:
        self._conn.close()
