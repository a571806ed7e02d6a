"""The single writer's group commit, and the `audit verify|export` commands."""

from __future__ import annotations

import asyncio
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson
import pytest
from typer.testing import CliRunner

from router.audit import AuditSettings, AuditWriter
from router.audit.tools import parse_since
from router.cli import app


def _record(i: int, department: str = "default") -> dict[str, Any]:
    return {"record_id": f"r{i}", "time": f"2026-12-0{1 + i % 5}T00:00:00.000000+00:00",
            "department": department, "status": 200}


def test_batches_that_arrive_during_a_commit_share_the_next_one(tmp_path: Path) -> None:
    writer = AuditWriter(AuditSettings(), tmp_path)
    store = writer._store
    transactions: list[int] = []
    append = store.append

    def counted(records: Any) -> int:
        transactions.append(len(records))
        return append(records)

    store.append = counted  # type: ignore[method-assign]

    async def scenario() -> list[int]:
        return await asyncio.gather(*(writer.append([_record(i)]) for i in range(200)))

    assert asyncio.run(scenario()) == [1] * 200
    assert sum(transactions) == 200
    assert len(transactions) < 20  # group commit: far fewer transactions than callers


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    writer = AuditWriter(AuditSettings(), tmp_path)
    writer._store.append([_record(i, "dwp" if i % 3 == 0 else "default") for i in range(12)])
    writer._store.close()
    return tmp_path


def test_verify_says_ok_with_the_head(data_dir: Path) -> None:
    result = CliRunner().invoke(app, ["audit", "verify", "--data-dir", str(data_dir)])
    assert result.exit_code == 0, result.output
    assert "audit chain OK: 12 record(s), head 12" in result.output


@pytest.mark.parametrize(
    "command", [["audit", "verify"], ["audit", "export", "--since", "2026-12-01"], ["keys", "list"]]
)
def test_the_data_dir_option_wins_over_the_environment(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: list[str]
) -> None:
    other = tmp_path / "from-the-environment"
    monkeypatch.setenv("SOVEREIGN_ROUTER_DATA_DIR", str(other))
    result = CliRunner().invoke(app, [*command, "--data-dir", str(data_dir)])
    assert result.exit_code == 0, result.output
    assert not other.exists()  # nothing read or created where the environment points


def test_verify_names_the_deleted_record_and_fails(data_dir: Path) -> None:
    with sqlite3.connect(data_dir / "audit" / "audit.sqlite3") as db:
        db.execute("DELETE FROM audit_records WHERE seq = 7")
    result = CliRunner().invoke(app, ["audit", "verify", "--data-dir", str(data_dir)])
    assert result.exit_code == 1
    assert "record 7: missing" in result.output and "BROKEN" in result.output


def test_verify_without_a_store_says_so(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["audit", "verify", "--data-dir", str(tmp_path)])
    assert result.exit_code == 2 and "no audit store" in result.output
    assert not (tmp_path / "audit" / "audit.sqlite3").exists()


def test_export_writes_jsonl_with_hashes_filtered(data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["audit", "export", "--data-dir", str(data_dir), "--since", "2026-12-03",
                                      "--department", "dwp", "--out", str(out)])
    assert result.exit_code == 0, result.output
    lines = [orjson.loads(line) for line in out.read_bytes().splitlines()]
    assert lines and all(r["department"] == "dwp" and r["time"] >= "2026-12-03" for r in lines)
    assert all(len(r["hash"]) == 64 and "prev_hash" in r for r in lines)
    assert [r["record_id"] for r in lines] == ["r3", "r9"]


def test_since_accepts_dates_times_and_spans() -> None:
    now = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)
    assert parse_since("2026-12-06") == "2026-12-06T00:00:00.000000+00:00"
    assert parse_since("2026-12-06T10:00:00+01:00") == "2026-12-06T09:00:00.000000+00:00"
    assert parse_since("24h", now) == "2026-12-05T12:00:00.000000+00:00"
    with pytest.raises(ValueError, match="--since"):
        parse_since("yesterday")


@pytest.mark.parametrize("problem", ["not-a-database", "missing-directory"])
def test_the_console_script_says_what_is_wrong_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], problem: str
) -> None:
    from router.cli import main

    store = AuditSettings().sqlite_file(tmp_path)
    store.parent.mkdir(parents=True)
    if problem == "not-a-database":
        store.write_text("not a database")
        argv = ["sovereign-router", "audit", "verify", "--data-dir", str(tmp_path)]
    else:
        AuditWriter(AuditSettings(), tmp_path)._store.close()
        argv = ["sovereign-router", "audit", "export", "--since", "24h", "--data-dir", str(tmp_path),
                "--out", str(tmp_path / "no-such-dir" / "x.jsonl")]
    monkeypatch.setattr("sys.argv", argv)
    with pytest.raises(SystemExit) as stopped:
        main()
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("sovereign-router: ") and "Traceback" not in err and len(err.splitlines()) == 1
