"""The hash chain and its verification: tampered, deleted, re-ordered and truncated records."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import orjson
import pytest

from router.audit import AuditSettings, verify
from router.audit.records import GENESIS_HASH, canonical, chain, record_hash
from router.audit.sqlite_store import SqliteStore
from router.audit.tools import export_lines, verify_store


def _records(n: int, start: int = 0) -> list[dict[str, object]]:
    return [
        {
            "record_id": f"r{start + i:05d}",
            "time": f"2026-12-06T00:00:{(start + i) % 60:02d}.000000+00:00",
            "department": "default" if i % 2 else "dwp",
            "route": "local",
            "findings": {"UK_NHS_NUMBER": 1},
            "status": 200,
        }
        for i in range(n)
    ]


@pytest.fixture
def store(tmp_path: Path) -> SqliteStore:
    db = SqliteStore(AuditSettings().sqlite_file(tmp_path))
    db.append(_records(10))
    return db


def _exec(store: SqliteStore, sql: str, *args: object) -> None:
    with sqlite3.connect(store.path) as db:
        db.execute(sql, args)


def test_chain_links_each_record_to_the_one_before() -> None:
    linked = chain(_records(3), 0, GENESIS_HASH)
    assert [r["seq"] for r, _, _ in linked] == [1, 2, 3]
    assert linked[0][0]["prev_hash"] == GENESIS_HASH
    assert linked[1][0]["prev_hash"] == linked[0][2]
    assert all(record_hash(body) == digest for _, body, digest in linked)
    assert canonical(linked[0][0]) == linked[0][1]


def test_an_untouched_chain_verifies(store: SqliteStore) -> None:
    result = verify_store(store)
    assert result.ok, result.problems
    assert (result.records, result.head_seq) == (10, 10)
    assert store.head() == (10, result.head_hash)


def test_appends_continue_the_chain(store: SqliteStore) -> None:
    store.append(_records(5, start=100))
    assert verify_store(store).ok
    assert store.head() is not None and store.head()[0] == 15  # type: ignore[index]


def test_a_changed_field_is_tampered(store: SqliteStore) -> None:
    body = next(row.body for row in store.rows() if row.seq == 4)
    changed = orjson.loads(body)
    changed["route"] = "hosted"
    _exec(store, "UPDATE audit_records SET body = ? WHERE seq = 4", orjson.dumps(changed).decode())
    result = verify_store(store)
    assert [(p.seq, p.kind) for p in result.problems] == [(4, "tampered")]


@pytest.mark.parametrize(
    ("column", "value"), [("department", "FAKE"), ("time", "2000-01-01T00:00:00.000000+00:00")]
)
def test_an_edited_filter_column_is_tampered(store: SqliteStore, column: str, value: str) -> None:
    # the columns export and report filter on are copies outside the hash: verify compares them with the body
    _exec(store, f"UPDATE audit_records SET {column} = ? WHERE seq = 10", value)
    result = verify_store(store)
    assert [(p.seq, p.kind) for p in result.problems] == [(10, "tampered")]


def test_export_keeps_only_records_whose_own_fields_match(store: SqliteStore) -> None:
    _exec(store, "UPDATE audit_records SET department = 'FAKE' WHERE seq = 10")
    _exec(store, "UPDATE audit_records SET time = '2030-01-01T00:00:00.000000+00:00' WHERE seq = 1")
    assert list(export_lines(store, None, "FAKE")) == []
    assert list(export_lines(store, "2029-01-01T00:00:00.000000+00:00", None)) == []
    assert len(list(export_lines(store, None, None))) == 10


def test_a_deleted_record_is_missing(store: SqliteStore) -> None:
    _exec(store, "DELETE FROM audit_records WHERE seq = 6")
    result = verify_store(store)
    assert [(p.seq, p.kind) for p in result.problems] == [(6, "missing")]
    assert "6 deleted" in str(result.problems[0])


def test_swapped_records_are_out_of_order(store: SqliteStore) -> None:
    rows = {row.seq: (row.body, row.hash) for row in store.rows()}
    _exec(store, "UPDATE audit_records SET body = ?, hash = ?, record_id = 'tmp' WHERE seq = 3", *rows[7])
    _exec(store, "UPDATE audit_records SET body = ?, hash = ? WHERE seq = 7", *rows[3])
    result = verify_store(store)
    kinds = {(p.seq, p.kind) for p in result.problems}
    assert (3, "out_of_order") in kinds and (7, "out_of_order") in kinds


def test_a_re_sequenced_record_is_caught(store: SqliteStore) -> None:
    # Moving record 5 after record 9 by renumbering: its body still says 5.
    _exec(store, "UPDATE audit_records SET seq = 100 WHERE seq = 5")
    result = verify_store(store)
    kinds = {(p.seq, p.kind) for p in result.problems}
    assert (5, "missing") in kinds and (100, "out_of_order") in kinds


def test_records_deleted_from_the_end_are_truncation(store: SqliteStore) -> None:
    _exec(store, "DELETE FROM audit_records WHERE seq > 8")
    result = verify_store(store)
    assert [(p.seq, p.kind) for p in result.problems] == [(9, "truncated")]


def test_a_rebuilt_record_with_a_fresh_hash_still_breaks_the_link(store: SqliteStore) -> None:
    # The attacker recomputes the hash of the record they changed, but not of the ones after it.
    body = next(row.body for row in store.rows() if row.seq == 2)
    changed = orjson.loads(body)
    changed["status"] = 403
    new_body = canonical(changed)
    _exec(store, "UPDATE audit_records SET body = ?, hash = ? WHERE seq = 2", new_body.decode(), record_hash(new_body))
    result = verify_store(store)
    assert [(p.seq, p.kind) for p in result.problems] == [(3, "out_of_order")]


def test_replayed_records_are_not_written_twice(store: SqliteStore) -> None:
    assert store.append(_records(3)) == 0  # same record_ids as the first three
    assert store.append(_records(2, start=50) * 2) == 2  # duplicates inside one batch too
    assert verify_store(store).ok
    assert store.head() is not None and store.head()[0] == 12  # type: ignore[index]


def test_rows_filter_by_time_and_department(store: SqliteStore) -> None:
    assert [row.seq for row in store.rows(since="2026-12-06T00:00:05")] == [6, 7, 8, 9, 10]
    assert all(orjson.loads(row.body)["department"] == "dwp" for row in store.rows(department="dwp"))
    assert len(list(store.rows(department="dwp"))) == 5


def test_the_store_file_is_private(tmp_path: Path) -> None:
    db = SqliteStore(tmp_path / "a.sqlite3")
    assert (tmp_path / "a.sqlite3").stat().st_mode & 0o077 == 0
    assert verify(db.rows(), db.head()).ok  # empty chain verifies
