"""The key store's SQL, once, for both databases (SQLite and PostgreSQL).

The two stores differ only in how they connect, the name of the floating-point column
type, the parameter placeholder and the insert-if-absent statement; the tables, the
queries and the row mapping are the same, so they live here.
"""

from __future__ import annotations

import threading
from typing import Any

from router.access.errors import StoreUnavailable
from router.access.keys import KeyRecord

_SCHEMA = """
CREATE TABLE IF NOT EXISTS api_keys (
    key_id TEXT PRIMARY KEY,
    department TEXT NOT NULL,
    roles TEXT NOT NULL,
    key_hash TEXT NOT NULL,
    created {real} NOT NULL,
    expires {real},
    revoked {real},
    description TEXT NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS signing_keys (
    kid TEXT PRIMARY KEY,
    created {real} NOT NULL
);
"""
_COLUMNS = "key_id, department, roles, key_hash, created, expires, revoked, description"


def schema(real_type: str) -> str:
    """Both tables, with `real_type` for the time columns (`REAL`, `DOUBLE PRECISION`)."""
    return _SCHEMA.format(real=real_type)


def _record(row: Any) -> KeyRecord:
    key_id, department, roles, key_hash, created, expires, revoked, description = row
    return KeyRecord(key_id, department, tuple(r for r in roles.split(" ") if r), key_hash,
                     created, expires, revoked, description)


class SqlKeyStore:
    """The `KeyStore` queries over one DB-API connection, used from threads in turn.

    Statements are written with `?` placeholders; `placeholder` replaces them for
    drivers that use another style (psycopg's `%s`). A driver error (and an OSError)
    becomes `StoreUnavailable`, which the authenticator answers with 503: an outage of
    the store refuses requests, it never admits them and never ends in a 500. When the
    connection itself is gone (`_reconnect` gives a new one) the statement runs once more.

    Args:
        connection: an open connection in autocommit mode, tables created.
        placeholder: the driver's parameter placeholder.
        insert_kid: the driver's insert-if-absent statement for a signing key id.
        errors: the driver's base exception class(es).
    """

    def __init__(
        self, connection: Any, *, placeholder: str, insert_kid: str, errors: tuple[type[Exception], ...]
    ) -> None:
        self._lock = threading.Lock()
        self._conn = connection
        self._placeholder = placeholder
        self._insert_kid = insert_kid
        self._errors: tuple[type[Exception], ...] = (*errors, OSError)

    def _reconnect(self) -> Any | None:
        """A new connection when the current one is closed or broken; None: not worth a retry."""
        return None

    def _run(self, statement: str, params: tuple[Any, ...], fetch: bool) -> Any:
        sql = statement.replace("?", self._placeholder)
        with self._lock:
            for attempt in (1, 2):
                try:
                    cursor = self._conn.execute(sql, params)
                    return list(cursor.fetchall()) if fetch else int(cursor.rowcount)
                except self._errors as exc:
                    fresh = None
                    if attempt == 1:
                        try:
                            fresh = self._reconnect()
                        except self._errors:
                            fresh = None
                    if fresh is None:
                        raise StoreUnavailable(type(exc).__name__) from exc
                    self._conn = fresh
        raise AssertionError("unreachable")  # pragma: no cover

    def _execute(self, statement: str, params: tuple[Any, ...] = ()) -> int:
        """Run a statement; the number of rows it changed."""
        return int(self._run(statement, params, fetch=False))

    def _fetch(self, statement: str, params: tuple[Any, ...] = ()) -> list[Any]:
        return list(self._run(statement, params, fetch=True))

    def add(self, record: KeyRecord) -> None:
        self._execute(
            f"INSERT INTO api_keys ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (record.key_id, record.department, " ".join(record.roles), record.key_hash, record.created,
             record.expires, record.revoked, record.description),
        )

    def get(self, key_id: str) -> KeyRecord | None:
        rows = self._fetch(f"SELECT {_COLUMNS} FROM api_keys WHERE key_id = ?", (key_id,))
        return _record(rows[0]) if rows else None

    def records(self) -> list[KeyRecord]:
        return [_record(row) for row in self._fetch(f"SELECT {_COLUMNS} FROM api_keys ORDER BY created")]

    def revoke(self, key_id: str, when: float) -> bool:
        return self._execute("UPDATE api_keys SET revoked = COALESCE(revoked, ?) WHERE key_id = ?", (when, key_id)) > 0

    def count(self) -> int:
        return int(self._fetch("SELECT COUNT(*) FROM api_keys")[0][0])

    def signing_kids(self) -> list[str]:
        return [str(row[0]) for row in self._fetch("SELECT kid FROM signing_keys ORDER BY created DESC, kid DESC")]

    def add_signing_kid(self, kid: str, when: float) -> None:
        self._execute(self._insert_kid, (kid, when))

    def remove_signing_kid(self, kid: str) -> bool:
        return self._execute("DELETE FROM signing_keys WHERE kid = ?", (kid,)) > 0

    def close(self) -> None:
        self._conn.close()
