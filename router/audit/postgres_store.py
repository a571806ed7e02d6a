"""The cluster audit store: PostgreSQL through psycopg 3.

Replicas on several nodes share one chain here. Each append is one transaction that
locks the head row (`SELECT ... FOR UPDATE`), so two writers could only take turns.
The body is kept as `text`, not `jsonb`, so the bytes the hash covers survive as written.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from router.audit.records import GENESIS_HASH, Record, chain
from router.audit.store import Row

_SCHEMA = """
CREATE TABLE IF NOT EXISTS audit_records (
    seq BIGINT PRIMARY KEY,
    record_id TEXT NOT NULL UNIQUE,
    time TEXT NOT NULL,
    department TEXT NOT NULL,
    body TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS audit_records_time ON audit_records (time);
CREATE TABLE IF NOT EXISTS audit_head (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    seq BIGINT NOT NULL,
    hash TEXT NOT NULL
);
INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '""" + GENESIS_HASH + """') ON CONFLICT (id) DO NOTHING;
"""


class PostgresStore:
    def __init__(self, dsn: str) -> None:
        import psycopg

        self._conn: Any = psycopg.connect(dsn, autocommit=False)
        with self._conn.transaction():
            self._conn.execute(_SCHEMA)

    def append(self, records: Sequence[Record]) -> int:
        if not records:
            return 0
        conn = self._conn
        with conn.transaction():
            seq, prev = conn.execute("SELECT seq, hash FROM audit_head WHERE id = 1 FOR UPDATE").fetchone()
            ids = [r["record_id"] for r in records]
            query = "SELECT record_id FROM audit_records WHERE record_id = ANY(%s)"
            known = {row[0] for row in conn.execute(query, (ids,))}
            fresh = []
            for record in records:
                if record["record_id"] not in known:
                    known.add(record["record_id"])
                    fresh.append(record)
            linked = chain(fresh, int(seq), str(prev))
            if linked:
                with conn.cursor() as cur:
                    cur.executemany(
                        "INSERT INTO audit_records (seq, record_id, time, department, body, hash) "
                        "VALUES (%s, %s, %s, %s, %s, %s)",
                        [(r["seq"], r["record_id"], r["time"], r["department"], b.decode(), h) for r, b, h in linked],
                    )
                last, _, last_hash = linked[-1]
                conn.execute("UPDATE audit_head SET seq = %s, hash = %s WHERE id = 1", (last["seq"], last_hash))
        return len(linked)

    def head(self) -> tuple[int, str] | None:
        with self._conn.transaction():
            row = self._conn.execute("SELECT seq, hash FROM audit_head WHERE id = 1").fetchone()
        return (int(row[0]), str(row[1])) if row and row[0] else None

    def rows(self, since: str | None = None, department: str | None = None) -> Iterator[Row]:
        query, args = "SELECT seq, body, hash, time, department FROM audit_records", []
        clauses = []
        if since is not None:
            clauses.append("time >= %s")
            args.append(since)
        if department is not None:
            clauses.append("department = %s")
            args.append(department)
        if clauses:
            query += " WHERE " + " AND ".join(clauses)
        with self._conn.transaction(), self._conn.cursor(name="audit_rows") as cur:
            cur.execute(query + " ORDER BY seq", args)
            for seq, body, digest, time, department in cur:
                yield Row(int(seq), str(body), str(digest), str(time), str(department))

    def close(self) -> None:
        self._conn.close()
