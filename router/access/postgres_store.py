"""The cluster key store: PostgreSQL through psycopg 3, shared by replicas on every node.

One connection per process; when the server closes it (a restart, a failover, an idle
timeout) the next statement reconnects once before the store reports an outage.
"""

from __future__ import annotations

from typing import Any

from router.access.sql_store import SqlKeyStore, schema


class PostgresKeyStore(SqlKeyStore):
    def __init__(self, dsn: str) -> None:
        import psycopg

        self._dsn = dsn
        super().__init__(
            self._connect(),
            placeholder="%s",
            insert_kid="INSERT INTO signing_keys (kid, created) VALUES (?, ?) ON CONFLICT (kid) DO NOTHING",
            errors=(psycopg.Error,),
        )

    def _connect(self) -> Any:
        import psycopg

        connection = psycopg.connect(self._dsn, autocommit=True, connect_timeout=5)
        connection.execute(schema("DOUBLE PRECISION"))
        return connection

    def _reconnect(self) -> Any | None:
        if not (self._conn.closed or self._conn.broken):
            return None  # the connection is fine: the statement itself failed
        self._conn.close()
        return self._connect()
