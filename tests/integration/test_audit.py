"""Guarantee 3 over the real Serve app: one audit record per request, a verifying chain, no text.

Each request carries its own `x-request-id`, so the records can be matched to what the
client saw. The module keeps its chain in a SQLite file of its own (`audit.sqlite_path`),
so records of other modules' requests do not mix in.
"""

from __future__ import annotations

import asyncio
import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import httpx
import orjson
import pytest

from router.audit.sqlite_store import SqliteStore
from router.audit.tools import verify_store
from tests.integration.audit_rows import audit_records
from tests.integration.conftest import auth_headers, hosted_overrides

NHS = "943 476 5919"
PHONE = "07700 900123"
EMAIL = "tom.baker@example.org"
PERSONAL = f"Write to {EMAIL} about NHS number {NHS}; his phone is {PHONE}."
VALUES = (NHS, NHS.replace(" ", ""), PHONE, PHONE.replace(" ", ""), EMAIL)
MAX_BODY = 4096


@pytest.fixture(scope="module")
def audit_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("audit") / "audit.sqlite3"


@pytest.fixture(scope="module")
def router(deploy: Any, upstream: Any, audit_file: Path) -> str:
    return str(deploy(
        # Two ingress replicas, one writer: still one chain.
        server={"max_body_bytes": MAX_BODY, "num_replicas": 2, "num_cpus": 0.25},
        audit={"sqlite_path": str(audit_file), "batch_interval_ms": 20},
        **hosted_overrides(upstream.base_url),
    ))


def _records(audit_file: Path, expect: int, timeout_s: float = 60.0) -> dict[str, list[dict[str, Any]]]:
    """Records by request id, once at least `expect` have been committed."""
    deadline = time.monotonic() + timeout_s
    while True:
        rows = audit_records(audit_file)
        if len(rows) >= expect or time.monotonic() > deadline:
            by_id: dict[str, list[dict[str, Any]]] = {}
            for row in rows:
                by_id.setdefault(row["request_id"], []).append(row)
            return by_id
        time.sleep(0.2)


def _kind_of(i: int) -> str:
    if i % 20 == 1:
        return "personal"
    if i % 20 in (2, 3):
        return "invalid"
    if i % 20 == 4:
        return "secret"
    if i % 50 == 5:
        return "too_large"
    return "public"


async def _send(client: httpx.AsyncClient, base_url: str, i: int) -> tuple[str, str, int]:
    request_id = f"audit-{i:04d}"
    kind = _kind_of(i)
    headers = {"x-request-id": request_id, "content-type": "application/json", **auth_headers()}
    message = {"public": f"Name a British bird, number {i}.", "personal": PERSONAL}.get(kind, "Hello")
    body: bytes = orjson.dumps({"model": "auto", "messages": [{"role": "user", "content": message}], "max_tokens": 2})
    if kind == "invalid":
        body = b'{"model": "auto", "messages": '
    elif kind == "secret":
        headers["x-sensitivity"] = "secret"
    elif kind == "too_large":
        body = orjson.dumps({"model": "auto", "messages": [{"role": "user", "content": "x" * (MAX_BODY * 2)}]})
    response = await client.post(f"{base_url}/v1/chat/completions", content=body, headers=headers)
    return request_id, kind, response.status_code


def test_1000_concurrent_requests_leave_1000_records_and_a_verifying_chain(router: str, audit_file: Path) -> None:
    async def burst() -> list[tuple[str, str, int]]:
        limits = httpx.Limits(max_connections=1000, max_keepalive_connections=1000)
        async with httpx.AsyncClient(limits=limits, timeout=300.0) as client:
            return await asyncio.gather(*(_send(client, router, i) for i in range(1000)))

    sent = asyncio.run(burst())
    statuses = Counter(kind_status[1:] for kind_status in sent)
    assert statuses[("public", 200)] > 0 and statuses[("personal", 200)] > 0
    assert {s for k, s in statuses if k == "invalid"} == {400} and {s for k, s in statuses if k == "secret"} == {403}
    assert {s for k, s in statuses if k == "too_large"} == {413}

    by_id = _records(audit_file, 1000)
    sent_ids = {request_id for request_id, _, _ in sent}
    assert sent_ids <= set(by_id), f"{len(sent_ids - set(by_id))} request(s) without a record"
    assert [rid for rid in sent_ids if len(by_id[rid]) != 1] == []  # exactly one each
    for request_id, kind, status in sent:
        (record,) = by_id[request_id]
        assert record["status"] == status, (kind, record)
        expected_route = {"public": "hosted", "personal": "local"}.get(kind, "none")
        if record["fallback"] == "hosted-unavailable":  # the burst can overrun the simulator: answered locally
            expected_route = "local" if kind == "public" else "none"
        assert record["route"] == expected_route, (kind, record)
    personal = next(by_id[rid][0] for rid, kind, _ in sent if kind == "personal")
    assert personal["level"] == "personal" and personal["findings"]  # kinds and counts, no values
    assert all(isinstance(count, int) for count in personal["findings"].values())
    assert personal["prompt_hmac"] != hashlib.sha256(PERSONAL.encode()).hexdigest()  # keyed

    store = SqliteStore(audit_file)
    try:
        result = verify_store(store)
    finally:
        store.close()
    assert result.ok, result.problems[:5]
    assert result.records >= 1000


def test_a_stream_is_recorded_when_it_ends(router: str, audit_file: Path) -> None:
    body = {"model": "auto", "messages": [{"role": "user", "content": "Name a tree."}], "max_tokens": 4,
            "stream": True, "stream_options": {"include_usage": True}}
    with httpx.stream("POST", f"{router}/v1/chat/completions", json=body, timeout=60,
                      headers={"x-request-id": "audit-stream", **auth_headers()}) as response:
        assert response.status_code == 200
        assert b"data: [DONE]" in b"".join(response.iter_bytes())
    (record,) = _wait_for(audit_file, "audit-stream")
    assert (record["stream"], record["route"], record["outcome"], record["status"]) == (True, "hosted", "answered", 200)
    assert record["tokens_out"] is not None


def _wait_for(audit_file: Path, request_id: str, timeout_s: float = 30.0) -> list[dict[str, Any]]:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        found = _records(audit_file, 0, timeout_s=0).get(request_id)
        if found:
            return found
        time.sleep(0.1)
    raise AssertionError(f"no audit record for {request_id}")


def _verify_cli(data_dir: Path, audit_file: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SOVEREIGN_ROUTER_AUDIT__SQLITE_PATH": str(audit_file)}
    return subprocess.run(
        [str(Path(sys.executable).parent / "sovereign-router"), "audit", "verify", "--data-dir", str(data_dir)],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )


def _copy_store(audit_file: Path, into: Path) -> Path:
    """A consistent copy of the live store (the SQLite backup API reads WAL content too)."""
    copy = into / "audit-copy.sqlite3"
    with sqlite3.connect(audit_file) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    return copy


@pytest.mark.parametrize(
    ("attack", "expected"),
    [
        # whatever department record 17 holds: under the concurrent burst it may be a request refused
        # before authentication (413), whose record names no suite department
        ("UPDATE audit_records SET body = replace(body, '\"department\":\"', '\"department\":\"x') "
         "WHERE seq = 17",
         "record 17: tampered"),
        ("DELETE FROM audit_records WHERE seq = 23", "record 23: missing"),
        ("UPDATE audit_records SET seq = -seq WHERE seq IN (30, 31); "
         "UPDATE audit_records SET seq = 31 WHERE seq = -30; UPDATE audit_records SET seq = 30 WHERE seq = -31",
         "record 30: out_of_order"),
    ],
    ids=["tamper", "delete", "reorder"],
)
def test_verify_pinpoints_tampered_deleted_and_reordered_records(
    router: str, audit_file: Path, data_dir: Path, tmp_path: Path, attack: str, expected: str
) -> None:
    _records(audit_file, 40)
    copy = _copy_store(audit_file, tmp_path)
    assert _verify_cli(data_dir, copy).returncode == 0
    with sqlite3.connect(copy) as db:
        db.executescript(attack)
    result = _verify_cli(data_dir, copy)
    assert result.returncode == 1, result.stdout + result.stderr
    assert expected in result.stderr


def test_no_finding_value_in_the_audit_store_journal_or_logs(router: str, audit_file: Path, data_dir: Path) -> None:
    import ray

    _wait_for(audit_file, "audit-0001")
    files = [p for p in audit_file.parent.iterdir() if p.is_file()]
    files += [p for p in (data_dir / "audit").rglob("*") if p.is_file()]
    session = Path(ray._private.worker._global_node.get_session_dir_path())  # type: ignore[attr-defined]
    files += [p for p in (session / "logs").rglob("*") if p.is_file()]
    assert any(p.suffix == ".sqlite3" for p in files) and any("serve" in str(p) for p in files)
    for path in files:
        blob = path.read_bytes()
        for value in VALUES:
            assert value.encode() not in blob, f"{value!r} found in {path}"


def test_no_backend_answering_is_a_handoff_counted_in_metrics_and_audit(
    deploy: Any, upstream: Any, audit_file: Path, tmp_path: Path
) -> None:
    broken = tmp_path / "not-a-model"
    broken.mkdir()
    base_url = deploy(
        expect_ready=503,
        local={"model_path": str(broken)},
        audit={"sqlite_path": str(audit_file)},
        **hosted_overrides(upstream.base_url),
    )
    body = {"model": "auto", "messages": [{"role": "user", "content": PERSONAL}], "max_tokens": 2}
    response = httpx.post(f"{base_url}/v1/chat/completions", json=body, timeout=60,
                          headers={"x-request-id": "audit-handoff", **auth_headers()})
    assert response.status_code == 503
    error = response.json()["error"]
    assert (error["code"], error["handoff"], error["type"]) == ("backend_unavailable", "human_review", "server_error")
    assert set(error) == {"message", "type", "param", "code", "handoff"}
    (record,) = _wait_for(audit_file, "audit-handoff")
    assert (record["status"], record["handoff"], record["route"]) == (503, "human_review", "local")
    scraped = httpx.get(f"{base_url}/metrics", timeout=10).text
    assert 'sovereign_handoffs_total{handoff="human_review"} 1.0' in scraped
    assert "sovereign_audit_records_written_total" in scraped and "sovereign_audit_queue_depth" in scraped
    store = SqliteStore(audit_file)
    try:
        assert verify_store(store).ok
    finally:
        store.close()
    shutil.rmtree(broken)
