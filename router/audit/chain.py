"""Verifying the hash chain: every record in order, each linked to the one before.

What verification catches, and how it names it:

- a record whose content changed: its hash no longer matches its body (`tampered`);
- a record's `time` or `department` column (copies of its body's fields that `audit
  export` and `report` filter on, outside the hash) changed: it no longer matches its
  body (`tampered`), so a record cannot be moved out of a time window or into another
  department's export unnoticed;
- a record deleted from the middle: a gap in `seq` (`missing`), and the next record's
  `prev_hash` names a hash nobody has;
- records re-ordered or swapped: a body whose `seq` differs from its position, or whose
  `prev_hash` is not the hash of the record before it (`out_of_order`);
- records deleted from the end: the store's head (last seq and hash, updated in the
  same transaction as every append) is ahead of the last record (`truncated`).

An attacker who can rewrite the whole store can rebuild a consistent chain; the head
hash that `audit verify` prints is what an operator anchors elsewhere (a ticket, a
SIEM) to make that detectable too.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import orjson

from router.audit.records import GENESIS_HASH, record_hash
from router.audit.store import Row


@dataclass(frozen=True)
class Problem:
    seq: int
    kind: str  # tampered | missing | out_of_order | truncated | unreadable
    detail: str

    def __str__(self) -> str:
        return f"record {self.seq}: {self.kind}: {self.detail}"


@dataclass
class Verification:
    records: int = 0
    head_seq: int = 0
    head_hash: str = GENESIS_HASH
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def verify(rows: Iterable[tuple[int, str, str] | Row], head: tuple[int, str] | None) -> Verification:
    """Check rows `(seq, body, hash[, time, department])` in ascending `seq` against each other and the store's head."""
    result = Verification()
    expected_seq, prev_hash = 1, GENESIS_HASH
    for seq, body, stored_hash, *columns in rows:
        result.records += 1
        if seq > expected_seq:
            missing = f"{expected_seq}" if seq == expected_seq + 1 else f"{expected_seq}-{seq - 1}"
            result.problems.append(Problem(expected_seq, "missing", f"record(s) {missing} deleted"))
        try:
            record = orjson.loads(body)
        except orjson.JSONDecodeError:
            result.problems.append(Problem(seq, "unreadable", "body is not JSON"))
            expected_seq, prev_hash = seq + 1, stored_hash
            continue
        if record_hash(body.encode()) != stored_hash:
            result.problems.append(Problem(seq, "tampered", "content does not match its hash"))
        elif columns and columns != [record.get("time"), record.get("department")]:
            result.problems.append(Problem(seq, "tampered", "its time or department column differs from the record"))
        if record.get("seq") != seq:
            result.problems.append(
                Problem(seq, "out_of_order", f"holds record {record.get('seq')} (re-ordered or moved)")
            )
        elif record.get("prev_hash") != prev_hash and seq == expected_seq:
            result.problems.append(
                Problem(seq, "out_of_order", f"does not follow record {seq - 1} (re-ordered or replaced)")
            )
        expected_seq, prev_hash = seq + 1, stored_hash
    result.head_seq, result.head_hash = expected_seq - 1, prev_hash
    if head is not None and head != (result.head_seq, result.head_hash):
        head_seq, _ = head
        if head_seq > result.head_seq:
            detail = f"records {result.head_seq + 1}-{head_seq} deleted from the end"
            result.problems.append(Problem(result.head_seq + 1, "truncated", detail))
        else:
            result.problems.append(Problem(head_seq, "tampered", "the store's head does not match the last record"))
    return result
