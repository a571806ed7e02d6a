"""Retention over the real Serve app: off by default, encrypted when a department turns it on.

Shares test_rollout.py's config variant (one deploy): DWP retains text encrypted, other
departments do not. The audit store's files (SQLite database, WAL, journals, the
retained-text file) are read as bytes and searched for the prompts' text.
"""

from __future__ import annotations

import os
import subprocess
import time
import uuid
from pathlib import Path
from typing import Any

import httpx
import orjson
import pytest
import yaml

from router.access import AccessSettings, KeyAdmin
from router.audit.retention import new_key
from tests.integration.audit_rows import audit_records
from tests.integration.serve_process import CLI
from tests.integration.test_rollout import ACCESS, governance_overrides


@pytest.fixture(scope="module")
def router(deploy: Any, upstream: Any, data_dir: Path) -> str:
    return str(deploy(**governance_overrides(upstream, data_dir)))


@pytest.fixture(scope="module")
def keys(router: str, data_dir: Path) -> dict[str, str]:
    admin = KeyAdmin(AccessSettings(**ACCESS), data_dir)
    try:
        return {"DWP": admin.create("DWP", ("caseworker",))[0], "DfE": admin.create("DfE", ("caseworker",))[0]}
    finally:
        admin.close()


def _record(data_dir: Path, request_id: str, timeout_s: float = 60.0) -> dict[str, Any]:
    """The request's chained record, once the writer has committed it."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        for record in audit_records(data_dir / "audit" / "audit.sqlite3", readonly=True):
            if record.get("request_id") == request_id:
                return dict(record)
        time.sleep(0.2)
    raise AssertionError(f"no audit record for {request_id}")


def _store_bytes(data_dir: Path) -> bytes:
    """Every file of the audit store, journals and retained text included."""
    files = [path for path in (data_dir / "audit").rglob("*") if path.is_file()]
    assert any(path.name == "audit.sqlite3" for path in files)
    return b"".join(path.read_bytes() for path in files)


def _ask(router: str, key: str, text: str, *, stream: bool = False) -> tuple[str, str]:
    """(request id, the answer's text as the client received it)."""
    request_id = f"retention-{uuid.uuid4().hex[:12]}"
    body = {"model": "auto", "messages": [{"role": "user", "content": text}], "max_tokens": 8, "stream": stream}
    headers = {"Authorization": f"Bearer {key}", "x-request-id": request_id}
    if not stream:
        response = httpx.post(f"{router}/v1/chat/completions", json=body, headers=headers, timeout=60)
        assert response.status_code == 200, response.text
        return request_id, str(response.json()["choices"][0]["message"]["content"])
    pieces = []
    with httpx.stream("POST", f"{router}/v1/chat/completions", json=body, headers=headers, timeout=60) as response:
        assert response.status_code == 200
        for line in response.iter_lines():
            if line.startswith("data: {"):
                for choice in orjson.loads(line[6:]).get("choices") or ():
                    pieces.append((choice.get("delta") or {}).get("content") or "")
    return request_id, "".join(pieces)


def _retained(data_dir: Path, key_file: Path, record_id: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([CLI, "audit", "retained", "--data-dir", str(data_dir), "--key-file", str(key_file),
                           "--record-id", record_id], capture_output=True, text=True, timeout=120, check=False)


def test_text_is_not_kept_for_a_department_without_retention(router: str, keys: dict[str, str],
                                                             data_dir: Path) -> None:
    marker = f"xylophone-{uuid.uuid4().hex[:8]}"
    request_id, _ = _ask(router, keys["DfE"], f"Write one line about the {marker} festival.")
    record = _record(data_dir, request_id)
    assert record["department"] == "DfE" and "retained" not in record
    assert marker.encode() not in _store_bytes(data_dir)


def test_text_is_kept_encrypted_for_a_department_that_turns_retention_on(
    router: str, keys: dict[str, str], data_dir: Path, tmp_path: Path
) -> None:
    key_file = data_dir / "keys" / "retention.key"
    asked = {}
    for stream in (False, True):
        marker = f"marmalade-{uuid.uuid4().hex[:8]}"
        request_id, answer = _ask(router, keys["DWP"], f"Mrs Okafor asks about the {marker} grant.", stream=stream)
        asked[marker] = (_record(data_dir, request_id), answer)
    stored = _store_bytes(data_dir)
    for marker, (record, answer) in asked.items():
        assert record["department"] == "DWP" and record["retained"] is True
        assert "_retained" not in record  # the sealed text is not part of the chained record
        assert marker.encode() not in stored  # neither in the chain nor in the retained-text file
        reader = _retained(data_dir, key_file, record["record_id"])
        assert reader.returncode == 0, reader.stderr
        [line] = [orjson.loads(text) for text in reader.stdout.splitlines()]
        assert marker in line["request"]["messages"][0]["content"]
        assert line["completion"] == [answer]
        assert line["record_id"] == record["record_id"] and line["department"] == "DWP"
    other_key = tmp_path / "other.key"
    other_key.write_text(new_key())
    denied = _retained(data_dir, other_key, record["record_id"])
    assert denied.returncode == 1
    assert "does not decrypt (sealed under key" in denied.stderr
    assert not any(marker in denied.stdout + denied.stderr for marker in asked)


@pytest.mark.parametrize("audit", [{}, {"retention_key_file": "missing.key"}], ids=["no key", "unreadable key"])
def test_serve_refuses_to_start_when_retention_is_on_without_a_key(tmp_path: Path, audit: dict[str, str]) -> None:
    audit = {name: str(tmp_path / value) for name, value in audit.items()}
    config = tmp_path / "router.yaml"
    config.write_text(yaml.safe_dump({"policy": {"departments": {"*": {}, "DWP": {"retention": "encrypted"}}},
                                      "audit": audit}))
    env = {k: v for k, v in os.environ.items() if not k.startswith("SOVEREIGN_ROUTER_")}
    env["SOVEREIGN_ROUTER_DATA_DIR"] = str(tmp_path)
    started = subprocess.run([CLI, "serve", "--config", str(config), "--port", "0"], env=env, capture_output=True,
                             text=True, timeout=120, check=False)
    assert started.returncode == 2, started.stdout + started.stderr
    expected = "no key is configured" if not audit else "cannot read audit.retention_key_file"
    assert expected in started.stderr
    assert "listening on" not in started.stdout
