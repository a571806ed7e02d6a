"""Durability of the audit under `kill -9`: every answer a client received has its record.

A real `sovereign-router serve` process tree (Ray, Serve, the ingress, the writer, the
local model) serves load; the whole tree is killed with SIGKILL mid-load; a new
`serve` starts on the same data directory; then each request whose complete answer
the client had received must have exactly one record, and the chain must verify.

Why it holds: each ingress replica appends a request's record to its journal
(`<data_dir>/audit/journal/`, one `write(2)`) before the answer leaves the replica, and
the writer replays the journals of dead replicas when it starts.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from benchmarks.ports import free_port
from router.audit.journal import JOURNAL_DIR
from router.audit.sqlite_store import SqliteStore
from tests.integration.audit_rows import audit_records
from tests.integration.conftest import UPSTREAM_KEY
from tests.integration.serve_process import CLI, kill_serve, launch_serve, listening_lines, wait_until_serving

PERSONAL = "Please call Mrs Okafor on 07700 900123 about her housing benefit."


def _serve(data_dir: Path, upstream_url: str, log: Path, **env_extra: str) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "RAY_ADDRESS"}
    env.update({
        "SOVEREIGN_ROUTER_DATA_DIR": str(data_dir),
        # Serve's Python proxy: the process tree then holds every process of the router.
        "SOVEREIGN_ROUTER_SERVER__PROXY_MODE": "python",
        "SOVEREIGN_ROUTER_HOSTED__API_KEY": UPSTREAM_KEY,
        "SOVEREIGN_ROUTER_HOSTED__BASE_URL": upstream_url,
        "SOVEREIGN_ROUTER_HOSTED__MAX_RETRIES": "0",
        "PYTHONUNBUFFERED": "1",
        # Durability of the audit is the subject here, not credentials: refusals for a
        # missing key would be audited just the same, but the load should be answered.
        "SOVEREIGN_ROUTER_ACCESS__ENABLED": "false",
        **env_extra,
    })
    started_before = listening_lines(log)
    proc = launch_serve(env, port, log)
    base_url = f"http://127.0.0.1:{port}"
    # Ready, and `serve` has returned from starting (a Ctrl-C before that is not a graceful stop).
    if wait_until_serving(proc, log, base_url, started_before):
        return proc, base_url
    kill_serve(proc)
    raise AssertionError(f"serve not ready: {log.read_text()[-3000:]}")


@pytest.fixture(scope="module")
def crash_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    yield tmp_path_factory.mktemp("audit-crash")


async def _load(base_url: str, received: dict[str, int], stop: asyncio.Event, workers: int = 16) -> None:
    async def worker(w: int) -> None:
        n = 0
        async with httpx.AsyncClient(timeout=30) as client:
            while not stop.is_set():
                n += 1
                request_id = f"crash-{w:02d}-{n:05d}"
                text = PERSONAL if n % 10 == 0 else f"Name a British bird ({request_id})."
                body = {"model": "auto", "messages": [{"role": "user", "content": text}], "max_tokens": 2}
                if n % 15 == 0:
                    body = {"model": "auto"}  # refused: 400
                try:
                    response = await client.post(f"{base_url}/v1/chat/completions", json=body,
                                                 headers={"x-request-id": request_id})
                except httpx.HTTPError:
                    await asyncio.sleep(0.05)
                    continue
                received[request_id] = response.status_code  # the whole answer is here

    await asyncio.gather(*(worker(w) for w in range(workers)))


def test_kill_9_under_load_loses_no_record_of_an_answered_request(upstream: Any, crash_dir: Path) -> None:
    log = crash_dir / "serve.log"
    # The worst case: replicas send to the writer only every 10 s (the most allowed), so at
    # the kill most answered requests exist only in the replicas' journals. (At 5 s, a send
    # once landed between the last answer and the kill and took them all.)
    slow_writer = {"SOVEREIGN_ROUTER_AUDIT__BATCH_INTERVAL_MS": "10000",
                   "SOVEREIGN_ROUTER_AUDIT__BATCH_MAX_RECORDS": "100000"}
    proc, base_url = _serve(crash_dir, upstream.base_url, log, **slow_writer)
    received: dict[str, int] = {}

    async def load_then_kill() -> int:
        stop = asyncio.Event()
        load = asyncio.create_task(_load(base_url, received, stop))
        while len(received) < 300:
            await asyncio.sleep(0.05)
        killed = await asyncio.to_thread(kill_serve, proc)  # mid-load: requests are in flight
        await asyncio.sleep(1.0)
        stop.set()
        await load
        return killed

    try:
        killed = asyncio.run(load_then_kill())
    finally:
        if proc.poll() is None:
            kill_serve(proc)
    assert killed >= 5  # Ray's processes went with it
    answered_at_kill = dict(received)
    store_file = crash_dir / "audit" / "audit.sqlite3"
    store = SqliteStore(store_file)
    committed_before_restart = len(list(store.rows()))
    store.close()
    journaled = sum(p.read_bytes().count(b"\n") for p in (crash_dir / JOURNAL_DIR).glob("*.jsonl"))
    print(f"\nanswered before kill -9: {len(answered_at_kill)}; committed: {committed_before_restart}; "
          f"in journals: {journaled}")
    assert committed_before_restart < len(answered_at_kill) <= journaled + committed_before_restart

    # The writer replays dead journals at start. Batches every 10 s again: the last record
    # reaches the store only through the flush on shutdown.
    proc, base_url = _serve(crash_dir, upstream.base_url, log, **slow_writer)
    try:
        after = httpx.post(f"{base_url}/v1/chat/completions", headers={"x-request-id": "crash-after"},
                           json={"model": "auto", "messages": [{"role": "user", "content": "Hi"}], "max_tokens": 2},
                           timeout=60)
        assert after.status_code == 200
    finally:
        proc.send_signal(signal.SIGINT)  # graceful stop: the ingress flushes, the writer closes
        try:
            proc.wait(timeout=120)
        except subprocess.TimeoutExpired:
            kill_serve(proc)
        kill_serve(proc)  # whatever Ray left behind

    leftover = sum(p.read_bytes().count(b"\n") for p in (crash_dir / JOURNAL_DIR).glob("*.jsonl"))
    assert leftover == 0, "the graceful stop did not flush the journal"
    records = audit_records(store_file)
    by_id: dict[str, list[dict[str, Any]]] = {}
    for record in records:
        by_id.setdefault(record["request_id"], []).append(record)
    missing = [rid for rid in answered_at_kill if rid not in by_id]
    assert missing == [], f"{len(missing)} answered request(s) without a record"
    assert [rid for rid in answered_at_kill if len(by_id[rid]) != 1] == []
    assert all(by_id[rid][0]["status"] == status for rid, status in answered_at_kill.items())
    assert "crash-after" in by_id  # flushed on shutdown
    print(f"records after restart: {len(records)} (answered {len(answered_at_kill)}, the rest were in flight)")
    verified = subprocess.run([CLI, "audit", "verify", "--data-dir", str(crash_dir)], capture_output=True, text=True,
                              timeout=120, check=False)
    assert verified.returncode == 0, verified.stdout + verified.stderr
