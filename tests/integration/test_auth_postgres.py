"""The PostgreSQL key store against a real server (the audit suite's throw-away cluster)."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from router.access import AccessSettings, Authenticator, KeyAdmin
from router.errors import ApiError
from tests.integration.test_audit_postgres import pg_dsn  # noqa: F401 - the shared server fixture


@pytest.fixture
def settings(pg_dsn: str) -> AccessSettings:  # noqa: F811
    import psycopg

    with psycopg.connect(pg_dsn, autocommit=True) as conn:
        conn.execute("DROP TABLE IF EXISTS api_keys, signing_keys")
    return AccessSettings(store="postgresql", dsn=pg_dsn, secret="cluster-secret-" * 3, cache_ttl_s=0.2)


def test_two_nodes_share_keys_and_see_revocation(settings: AccessSettings, tmp_path: Path) -> None:
    admin = KeyAdmin(settings, tmp_path / "node-a")
    node_b = Authenticator(settings, tmp_path / "node-b")
    try:
        key, record = admin.create("HMRC", ("caseworker",), expires_in_s=3600)
        assert [r.key_id for r in admin.records()] == [record.key_id]

        async def scenario() -> None:
            principal = await node_b.authenticate([f"Bearer {key}"])
            assert (principal.department, principal.roles) == ("HMRC", ("caseworker",))
            assert admin.revoke(record.key_id)
            await asyncio.sleep(0.3)
            with pytest.raises(ApiError) as caught:
                await node_b.authenticate([f"Bearer {key}"])
            assert caught.value.status == 401

        asyncio.run(scenario())
        assert not admin.revoke("000000000000")
        assert admin.ensure_dev_key() is None  # the store is not empty
    finally:
        admin.close()
        node_b.close()


def test_tokens_signed_on_one_node_verify_on_another(settings: AccessSettings, tmp_path: Path) -> None:
    admin = KeyAdmin(settings, tmp_path / "node-a")
    node_a = Authenticator(settings, tmp_path / "node-a")
    node_b = Authenticator(settings, tmp_path / "node-b")
    try:
        key, _ = admin.create("DWP", ("analyst",))
        kid = admin.rotate_signing()

        async def scenario() -> None:
            principal = await node_a.authenticate([f"Bearer {key}"])
            token, _ = await node_a.issue_token(principal, ttl_minutes=2)
            verified = await node_b.authenticate([f"Bearer {token}"])
            assert (verified.department, verified.via) == ("DWP", "token")

        asyncio.run(scenario())
        assert admin.store.signing_kids() == [kid]
    finally:
        for closable in (admin, node_a, node_b):
            closable.close()


def test_a_dropped_connection_is_reopened_and_a_broken_store_is_503(
    settings: AccessSettings, tmp_path: Path, pg_dsn: str  # noqa: F811
) -> None:
    import psycopg

    admin = KeyAdmin(settings, tmp_path / "node-a")
    node_b = Authenticator(settings, tmp_path / "node-b")
    try:
        key, _ = admin.create("HMRC", ("caseworker",))

        async def scenario() -> None:
            assert (await node_b.authenticate([f"Bearer {key}"])).department == "HMRC"
            # The server ends every other session (a restart, a failover, an idle timeout).
            with psycopg.connect(pg_dsn, autocommit=True) as conn:
                ended = conn.execute("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                                     "WHERE pid <> pg_backend_pid() AND datname = current_database()").fetchone()
            assert ended is not None and ended[0] >= 2  # node A's and node B's
            await asyncio.sleep(0.3)  # past cache_ttl_s: node B reads the store again, on a new connection
            assert (await node_b.authenticate([f"Bearer {key}"])).department == "HMRC"
            # A store that answers with errors (here: its table is gone) refuses, retryably.
            with psycopg.connect(pg_dsn, autocommit=True) as conn:
                conn.execute("DROP TABLE api_keys")
            await asyncio.sleep(0.3)
            with pytest.raises(ApiError) as caught:
                await node_b.authenticate([f"Bearer {key}"])
            assert (caught.value.status, caught.value.code) == (503, "auth_unavailable")
            assert caught.value.headers["retry-after"]

        asyncio.run(scenario())
    finally:
        admin.close()
        node_b.close()
