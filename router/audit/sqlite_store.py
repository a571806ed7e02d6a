"""The default audit store: one SQLite file in WAL mode, `synchronous=FULL`.

WAL lets `audit verify` and `audit export` read while the writer appends; FULL makes
each commit durable against power loss, and group commit pays that fsync once per
batch rather than once per request.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from pathlib import Path

from router.audit.records import GENESIS_HASH, Record, chain
from router.audit.store import Row

_SCHEMA = """
CREATE TABLE IF NOT EXISTS audit_records (
    seq INTEGER PRIMARY KEY,
    record_id TEXT NOT NULL UNIQUE,
    time TEXT NOT NULL,
    department TEXT NOT NULL,
    body TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS audit_records_time ON audit_records (time);
CREATE TABLE IF NOT EXISTS audit_head (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    seq INTEGER NOT NULL,
    hash TEXT NOT NULL
);
"""


def open_sqlite(path: Path, schema: str, *, readonly: bool = False) -> sqlite3.Connection:
    """An audit SQLite file: WAL, synchronous FULL, owner-only, `schema` created; or read-only."""
    if readonly:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None, check_same_thread=False)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=FULL")
        db.executescript(schema)
        path.chmod(0o600)
    db.execute("PRAGMA busy_timeout=10000")
    return db


class SqliteStore:
    def __init__(self, path: Path, *, readonly: bool = False) -> None:
        self.path = path
        self._db = open_sqlite(path, _SCHEMA, readonly=readonly)

    def append(self, records: Sequence[Record]) -> int:
        if not records:
            return 0
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            ids = [r["record_id"] for r in records]
            known: set[str] = set()
            for start in range(0, len(ids), 500):
                part = ids[start : start + 500]
                query = f"SELECT record_id FROM audit_records WHERE record_id IN ({','.join('?' * len(part))})"
                known.update(row[0] for row in db.execute(query, part))
            fresh, seen = [], set(known)
            for record in records:
                if record["record_id"] not in seen:
                    seen.add(record["record_id"])
                    fresh.append(record)
            head = db.execute("SELECT seq, hash FROM audit_head WHERE id = 1").fetchone()
            seq, prev = (head[0], head[1]) if head else (0, GENESIS_HASH)
            linked = chain(fresh, seq, prev)
            db.executemany(
                "INSERT INTO audit_records (seq, record_id, time, department, body, hash) VALUES (?, ?, ?, ?, ?, ?)",
                [(r["seq"], r["record_id"], r["time"], r["department"], body.decode(), h) for r, body, h in linked],
            )
            if linked:
                last, _, last_hash = linked[-1]
                db.execute(
                    "INSERT INTO audit_head (id, seq, hash) VALUES (1, ?, ?) "
                    "ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash",
                    (last["seq"], last_hash),
                )
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        return len(linked)

    def head(self) -> tuple[int, str] | None:
        row = self._db.execute("SELECT seq, hash FROM audit_head WHERE id = 1").fetchone()
        return (int(row[0]), str(row[1])) if row else None

    def rows(self, since: str | None = None, department: str | None = None) -> Iterator[Row]:
        query, args = "SELECT seq, body, hash, time, department FROM audit_records", []
        clauses = []
        if since is not None:
            clauses.append("time >= ?")
            args.append(since)
        if department is not None:
            clauses.append("department = ?")
            args.append(department)
        if clauses:
            query += " WHERE " + " AND ".join(clauses)
        for seq, body, digest, time, department in self._db.execute(query + " ORDER BY seq", args):
            yield Row(int(seq), str(body), str(digest), str(time), str(department))

    def close(self) -> None:
        self._db.close()
