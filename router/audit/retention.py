"""Encrypted retention of prompts and completions, for departments whose policy turns it on.

Off by default: a department's `retention` is `off` unless its policy says `encrypted`,
and then the router refuses to start without a key (`audit.retention_key_file` or
`audit.retention_key_env`). What is kept, and where:

- per answered request of such a department: the request body as received and the
  text of each choice of the answer (streams: the concatenated deltas), as JSON,
  encrypted with AES-256-GCM (`cryptography`), a fresh 96-bit nonce each, the audit
  record's `record_id` as associated data (a blob cannot be moved to another record);
- sealed in the ingress replica, so the journal and everything after it only ever see
  ciphertext; it travels with its record to the single writer under `_retained`, which
  the writer strips before chaining and stores in `<data_dir>/audit/retained.sqlite3`
  (`record_id`, time, department, key id, blob);
- the chained record says `"retained": true`: the chain proves that text was retained
  for that record (so a deleted blob is noticed), but its hash does not cover the blob,
  so retained text can be erased (retention period, erasure request) without breaking
  the chain. A decrypted prompt can be checked against the record's `prompt_hmac`.

Reading needs the key: `sovereign-router audit retained` decrypts for an authorised
reader; another key fails with an error naming both key ids.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from router.audit.records import Record
from router.audit.settings import AuditSettings
from router.audit.sqlite_store import open_sqlite

RETAINED_FIELD = "_retained"
RETAINED_FILE = Path("audit") / "retained.sqlite3"
_NONCE_BYTES = 12

_SCHEMA = """
CREATE TABLE IF NOT EXISTS retained (
    record_id TEXT PRIMARY KEY,
    time TEXT NOT NULL,
    department TEXT NOT NULL,
    key_id TEXT NOT NULL,
    blob TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS retained_time ON retained (time);
"""


class RetentionError(Exception):
    """Retention cannot work as configured (no key, a bad key, a blob that does not decrypt)."""


def new_key() -> str:
    """A new AES-256 key, URL-safe base64 (what the key file or variable holds)."""
    return base64.urlsafe_b64encode(AESGCM.generate_key(bit_length=256)).decode()


def _decode(text: str, where: str) -> bytes:
    try:
        key = base64.urlsafe_b64decode(text.strip().encode())
    except (binascii.Error, ValueError):
        key = b""
    if len(key) != 32:
        raise RetentionError(f"{where} does not hold a base64 AES-256 key (32 bytes); "
                             "make one with `sovereign-router audit retention-key`")
    return key


def load_key(settings: AuditSettings) -> bytes:
    """The retention key from the variable or file the config names.

    Raises:
        RetentionError: neither is configured, or it is missing, unreadable or not a key.
    """
    if settings.retention_key_env:
        value = os.environ.get(settings.retention_key_env)
        if not value:
            raise RetentionError(f"audit.retention_key_env names ${settings.retention_key_env}, which is not set")
        return _decode(value, f"${settings.retention_key_env}")
    if settings.retention_key_file is not None:
        try:
            text = settings.retention_key_file.read_text(encoding="ascii")
        except (OSError, UnicodeDecodeError) as exc:
            raise RetentionError(f"cannot read audit.retention_key_file {settings.retention_key_file}: {exc}") from exc
        return _decode(text, f"audit.retention_key_file {settings.retention_key_file}")
    raise RetentionError("no retention key is configured: set audit.retention_key_file "
                         "or audit.retention_key_env")


def key_id(key: bytes) -> str:
    """A short public name for a key (which key sealed a blob), not reversible to the key."""
    return hashlib.sha256(b"sovereign-router retention key id\x00" + key).hexdigest()[:16]


class Sealer:
    """AES-256-GCM under one key; the record id is the associated data."""

    def __init__(self, key: bytes) -> None:
        self._aead = AESGCM(key)
        self.key_id = key_id(key)

    def seal(self, record_id: str, payload: dict[str, Any]) -> str:
        nonce = os.urandom(_NONCE_BYTES)
        sealed = self._aead.encrypt(nonce, orjson.dumps(payload), record_id.encode())
        return f"{self.key_id}:{base64.b64encode(nonce + sealed).decode()}"

    def open(self, record_id: str, blob: str) -> dict[str, Any]:
        """Decrypt one blob. Raises RetentionError for another key or altered bytes."""
        sealed_by, _, data = blob.partition(":")
        raw = base64.b64decode(data)
        try:
            plain = self._aead.decrypt(raw[:_NONCE_BYTES], raw[_NONCE_BYTES:], record_id.encode())
        except InvalidTag:
            hint = f"sealed under key {sealed_by}, this key is {self.key_id}" if sealed_by != self.key_id else (
                "altered, or moved from another record")
            raise RetentionError(f"record {record_id}: the retained text does not decrypt ({hint})") from None
        payload: dict[str, Any] = orjson.loads(plain)
        return payload


def _choice_texts(body: dict[str, Any]) -> list[str]:
    texts = []
    for choice in body.get("choices") or ():
        if not isinstance(choice, dict):
            continue
        message = choice.get("message")
        text = message.get("content") if isinstance(message, dict) else choice.get("text")
        texts.append(text if isinstance(text, str) else "")
    return texts


class Retainer:
    """The ingress side: which departments retain, and sealing their text into a record."""

    def __init__(self, policy_for: Callable[[str], Any], sealer: Sealer) -> None:
        self._policy_for = policy_for  # department → its policy (or the '*' policy)
        self._sealer = sealer

    def wants(self, department: str) -> bool:
        return bool(self._policy_for(department).retention == "encrypted")

    @staticmethod
    def body_texts(body: dict[str, Any]) -> list[str]:
        """Each choice's text of a JSON answer."""
        return _choice_texts(body)

    @staticmethod
    def add_chunk(texts: list[str], chunk: bytes) -> None:
        """Append one SSE chunk's deltas (`data: {...}`) to the per-choice texts."""
        try:
            event = orjson.loads(chunk[6:]) if chunk.startswith(b"data: {") else None
        except orjson.JSONDecodeError:
            return
        for choice in (event or {}).get("choices") or ():
            index = choice.get("index", 0) if isinstance(choice, dict) else None
            if not isinstance(index, int) or index < 0 or index > 127:
                continue
            delta = choice.get("delta")
            piece = delta.get("content") if isinstance(delta, dict) else choice.get("text")
            if isinstance(piece, str):
                texts.extend([""] * (index + 1 - len(texts)))
                texts[index] += piece

    def seal(self, record: Record, raw: bytes | None, completion: list[str]) -> None:
        """Attach the sealed request and completion to `record` (the writer stores it apart)."""
        try:
            request: Any = orjson.loads(raw) if raw else None
        except orjson.JSONDecodeError:
            request = (raw or b"").decode("utf-8", "replace")
        record[RETAINED_FIELD] = self._sealer.seal(record["record_id"], {"request": request, "completion": completion})
        record["retained"] = True


def retainer_for(settings: Any) -> Retainer | None:
    """The replica's retainer, or None when no department retains (the default).

    Raises:
        RetentionError: a department retains and the key cannot be loaded (the replica
            then fails to start: fail closed).
    """
    if all(policy.retention == "off" for policy in settings.policy.departments.values()):
        return None
    return Retainer(settings.policy.policy_for, Sealer(load_key(settings.audit)))


def split_retained(records: Sequence[Record]) -> tuple[list[Record], list[tuple[str, str, str, str]]]:
    """Records without their sealed text (what gets chained), and the rows to store apart."""
    chained, rows = [], []
    for record in records:
        if RETAINED_FIELD in record:
            record = dict(record)
            blob = record.pop(RETAINED_FIELD)
            rows.append((record["record_id"], record["time"], record["department"], blob))
        chained.append(record)
    return chained, rows


@dataclass(frozen=True, slots=True)
class RetainedRow:
    record_id: str
    time: str
    department: str
    key_id: str
    blob: str


class RetainedStore:
    """The SQLite file of sealed texts, beside the audit store (WAL, synchronous FULL)."""

    def __init__(self, path: Path, *, readonly: bool = False) -> None:
        self.path = path
        self._db = open_sqlite(path, _SCHEMA, readonly=readonly)

    def put(self, rows: Sequence[tuple[str, str, str, str]]) -> None:
        """Store sealed rows; a row already held (a journal replay) is left as it is."""
        if not rows:
            return
        self._db.execute("BEGIN IMMEDIATE")
        try:
            self._db.executemany(
                "INSERT OR IGNORE INTO retained (record_id, time, department, key_id, blob) VALUES (?, ?, ?, ?, ?)",
                [(rid, time, dept, blob.partition(":")[0], blob) for rid, time, dept, blob in rows],
            )
            self._db.execute("COMMIT")
        except BaseException:
            self._db.execute("ROLLBACK")
            raise

    def rows(self, since: str | None = None, department: str | None = None,
             record_id: str | None = None) -> Iterator[RetainedRow]:
        clauses, args = [], []
        for column, value, op in (("time", since, ">="), ("department", department, "="),
                                  ("record_id", record_id, "=")):
            if value is not None:
                clauses.append(f"{column} {op} ?")
                args.append(value)
        query = "SELECT record_id, time, department, key_id, blob FROM retained"
        if clauses:
            query += " WHERE " + " AND ".join(clauses)
        for row in self._db.execute(query + " ORDER BY time, record_id", args):
            yield RetainedRow(*(str(value) for value in row))

    def close(self) -> None:
        self._db.close()


def retained_file(data_dir: Path) -> Path:
    return data_dir / RETAINED_FILE
