"""The cluster key store: PostgreSQL through psycopg 3, shared by replicas on every node.

One connection per process, opened at construction (a server that cannot be reached then
is `StoreUnavailable`, like an outage later on); when the server closes it (a restart, a failover, an idle
timeout) the next statement reconnects once before the store reports an outage.
"""

from __future__ import annotations

from typing import Any

from router.access.errors import StoreUnavailable
from router.access.sql_store import SqlKeyStore, schema

STATEMENT_TIMEOUT_MS = 2000


def _first_line(exc: Exception) -> str:
    """The driver's reason, e.g. 'connection failed: ... Connection refused' (never the DSN's password)."""
    text = str(exc).strip().splitlines()
    return f"PostgreSQL: {text[0] if text else type(exc).__name__}"


class PostgresKeyStore(SqlKeyStore):
    def __init__(self, dsn: str) -> None:
        import psycopg

        self._dsn = dsn
        try:
            connection = self._connect()
        except (psycopg.Error, OSError) as exc:
            # The same error as an outage later on: the CLI and `serve` say "key store unreachable",
            # a replica answers 503; never a driver traceback.
            raise StoreUnavailable(_first_line(exc)) from exc
        super().__init__(
            connection,
            placeholder="%s",
            insert_kid="INSERT INTO signing_keys (kid, created) VALUES (?, ?) ON CONFLICT (kid) DO NOTHING",
            errors=(psycopg.Error,),
        )

    def _connect(self) -> Any:
        import psycopg

        # A statement the server does not finish in 2 s is cancelled there (the replica has answered
        # 503 by then, `authenticator.STORE_TIMEOUT_S`, and its store thread is freed); TCP keepalives
        # find a connection whose server or network went away instead of waiting on it forever.
        connection = psycopg.connect(
            self._dsn, autocommit=True, connect_timeout=5, options=f"-c statement_timeout={STATEMENT_TIMEOUT_MS}",
            keepalives=1, keepalives_idle=30, keepalives_interval=10, keepalives_count=3,
        )
        connection.execute(schema("DOUBLE PRECISION"))
        return connection

    def _reconnect(self) -> Any | None:
        if not (self._conn.closed or self._conn.broken):
            return None  # the connection is fine: the statement itself failed
        self._conn.close()
        return self._connect()
