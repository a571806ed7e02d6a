"""The PostgreSQL audit store against a real server started from this machine's binaries.

The server is a throw-away cluster on loopback (`initdb` + `pg_ctl`). `initdb` refuses to
run as root, so as root the cluster belongs to the `postgres` system user, in a
temporary directory that user owns. Where the binaries (or that user) are absent the
tests fail, saying why, unless SOVEREIGN_TEST_SKIP_POSTGRES=1 asks to skip them.
"""

from __future__ import annotations

import asyncio
import os
import pwd
import shutil
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import orjson
import pytest

from benchmarks.ports import free_port
from router.audit import AuditSettings, AuditWriter
from router.audit.postgres_store import PostgresStore
from router.audit.tools import verify_store
from tests.integration.conftest import auth_headers, hosted_overrides
from tests.integration.serve_process import CLI

PG_BIN = Path(os.environ.get("SOVEREIGN_TEST_PG_BIN", "/usr/lib/postgresql/15/bin"))


def _as_owner(args: list[str], user: str | None) -> list[str]:
    return ["runuser", "-u", user, "--", *args] if user else args


def _no_postgres(reason: str) -> None:
    """The issue requires the real server in `make test`: a missing one fails the run, unless
    SOVEREIGN_TEST_SKIP_POSTGRES=1 says explicitly to skip these tests."""
    if os.environ.get("SOVEREIGN_TEST_SKIP_POSTGRES") == "1":
        pytest.skip(reason)
    pytest.fail(f"{reason}; install PostgreSQL's server (.ci/run does) or set SOVEREIGN_TEST_SKIP_POSTGRES=1 "
                "to skip the PostgreSQL tests explicitly", pytrace=False)


@pytest.fixture(scope="module")
def pg_dsn() -> Iterator[str]:
    if not (PG_BIN / "initdb").exists() or not (PG_BIN / "pg_ctl").exists():
        _no_postgres(f"PostgreSQL server binaries not found in {PG_BIN} (set SOVEREIGN_TEST_PG_BIN)")
    user: str | None = None
    if os.geteuid() == 0:
        try:
            owner = pwd.getpwnam("postgres")
        except KeyError:
            _no_postgres("running as root and there is no 'postgres' system user for initdb")
        user = "postgres"
    base = Path(tempfile.mkdtemp(prefix="sovereign-pg-"))
    if user:
        os.chown(base, owner.pw_uid, owner.pw_gid)
    port = free_port()
    data = base / "data"
    subprocess.run(_as_owner([str(PG_BIN / "initdb"), "-D", str(data), "-A", "trust", "-U", "audit"], user),
                   check=True, capture_output=True, timeout=120)
    options = f"-p {port} -k {base} -c listen_addresses=127.0.0.1"
    subprocess.run(_as_owner([str(PG_BIN / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(base / "log"),
                              "-w", "start"], user), check=True, capture_output=True, timeout=120)
    try:
        yield f"postgresql://audit@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(_as_owner([str(PG_BIN / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"], user),
                       capture_output=True, timeout=60, check=False)
        shutil.rmtree(base, ignore_errors=True)


@pytest.fixture
def dsn(pg_dsn: str) -> str:
    import psycopg

    with psycopg.connect(pg_dsn, autocommit=True) as conn:
        conn.execute("DROP TABLE IF EXISTS audit_records, audit_head")
    return pg_dsn


def _records(n: int, prefix: str = "r") -> list[dict[str, Any]]:
    return [{"record_id": f"{prefix}{i}", "time": f"2026-12-06T00:00:{i % 60:02d}.000000+00:00",
             "department": "default", "status": 200} for i in range(n)]


def test_appends_chain_dedup_and_verify(dsn: str) -> None:
    store = PostgresStore(dsn)
    try:
        assert store.head() is None
        assert store.append(_records(20)) == 20
        assert store.append(_records(5)) == 0  # journal replay: already there
        assert verify_store(store).ok
        assert store.head() is not None and store.head()[0] == 20  # type: ignore[index]
        assert [row.seq for row in store.rows(since="2026-12-06T00:00:15")] == [16, 17, 18, 19, 20]
    finally:
        store.close()


def test_tampered_deleted_and_reordered_records_are_named(dsn: str) -> None:
    import psycopg

    store = PostgresStore(dsn)
    store.append(_records(30))
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute("UPDATE audit_records SET body = replace(body, '\"status\":200', '\"status\":500') WHERE seq = 4")
        conn.execute("DELETE FROM audit_records WHERE seq = 10")
        conn.execute("UPDATE audit_records SET seq = -seq WHERE seq IN (20, 21)")
        conn.execute("UPDATE audit_records SET seq = 21 WHERE seq = -20")
        conn.execute("UPDATE audit_records SET seq = 20 WHERE seq = -21")
    try:
        problems = {(p.seq, p.kind) for p in verify_store(store).problems}
    finally:
        store.close()
    assert {(4, "tampered"), (10, "missing"), (20, "out_of_order"), (21, "out_of_order")} <= problems


def test_two_writers_at_once_take_turns_on_one_chain(dsn: str) -> None:
    stores = [PostgresStore(dsn), PostgresStore(dsn)]

    def write(store: PostgresStore, prefix: str) -> None:
        for batch in range(20):
            store.append(_records(10, f"{prefix}-{batch}-"))

    threads = [threading.Thread(target=write, args=(s, p)) for s, p in zip(stores, "ab", strict=True)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    try:
        result = verify_store(stores[0])
        assert result.ok, result.problems[:3]
        assert result.records == 400
    finally:
        for store in stores:
            store.close()


def test_writer_group_commits_into_postgres(dsn: str, tmp_path: Path) -> None:
    writer = AuditWriter(AuditSettings(store="postgresql", dsn=dsn), tmp_path)

    async def scenario() -> None:
        await asyncio.gather(*(writer.append(_records(3, f"w{i}-")) for i in range(100)))
        await writer.close()

    asyncio.run(scenario())
    store = PostgresStore(dsn)
    try:
        result = verify_store(store)
    finally:
        store.close()
    assert result.ok and result.records == 300


def test_the_served_app_writes_one_chain_to_postgres(deploy: Any, upstream: Any, dsn: str, data_dir: Path) -> None:
    base_url = deploy(audit={"store": "postgresql", "dsn": dsn}, **hosted_overrides(upstream.base_url))

    async def burst() -> list[int]:
        async with httpx.AsyncClient(timeout=120) as client:
            responses = await asyncio.gather(*(
                client.post(f"{base_url}/v1/chat/completions", headers={"x-request-id": f"pg-{i}", **auth_headers()},
                            json={"model": "auto", "max_tokens": 2,
                                  "messages": [{"role": "user", "content": f"Name a river ({i})."}]})
                for i in range(100)
            ))
        return [r.status_code for r in responses]

    assert asyncio.run(burst()) == [200] * 100
    env = {**os.environ, "SOVEREIGN_ROUTER_AUDIT__STORE": "postgresql", "SOVEREIGN_ROUTER_AUDIT__DSN": dsn}
    for _ in range(100):
        store = PostgresStore(dsn)
        try:
            ids = {orjson.loads(row.body)["request_id"] for row in store.rows()}
        finally:
            store.close()
        if {f"pg-{i}" for i in range(100)} <= ids:
            break
        time.sleep(0.2)
    assert {f"pg-{i}" for i in range(100)} <= ids
    verified = subprocess.run([CLI, "audit", "verify", "--data-dir", str(data_dir)], env=env, capture_output=True,
                              text=True, timeout=120, check=False)
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert "audit chain OK" in verified.stdout
