"""The cluster key store: PostgreSQL through psycopg 3, shared by replicas on every node."""

from __future__ import annotations

from router.access.sql_store import SqlKeyStore, schema


class PostgresKeyStore(SqlKeyStore):
    def __init__(self, dsn: str) -> None:
        import psycopg

        connection = psycopg.connect(dsn, autocommit=True)
        connection.execute(schema("DOUBLE PRECISION"))
        super().__init__(
            connection,
            placeholder="%s",
            insert_kid="INSERT INTO signing_keys (kid, created) VALUES (?, ?) ON CONFLICT (kid) DO NOTHING",
        )
