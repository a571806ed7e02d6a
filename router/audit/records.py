"""Audit records: what one request leaves behind, and the prompt's keyed fingerprint.

A record is a flat JSON object. It holds identifiers, the route, the level, finding
kinds with their counts, numbers and an HMAC of the prompt text: never the text,
never a finding's value. The HMAC key lives in the data directory (created on first
start, mode 0600), so whoever reads the log cannot test guesses of a prompt against
it; whoever holds the key can check whether a given prompt was sent.

Fields (chained records add `seq`, `prev_hash` and, beside the body, `hash`):

    record_id        unique id of the record (dedups journal replays)
    time             request start, UTC, ISO 8601 with microseconds
    request_id       x-request-id of the request
    department       department of the credential the request was admitted with (the access
                     section's unattributed department for one refused before authentication)
    principal        key id or token subject; null when refused before authentication
    endpoint         "chat.completions" | "completions" | "tokens" (POST /v1/tokens: who asked, the outcome)
    model            model that answered (null when refused)
    model_requested  model the client asked for, when the catalogue knows it
    route            "local" | "hosted" | "redacted-hosted" | "none"
    level            sensitivity level, or null when refused before classification
    findings         {kind: count}
    classifier_failed  the classifier failed and the request was kept local
    prompt_hmac      HMAC-SHA256 of the classified text, hex (null when unparsed)
    tokens_in, tokens_out  usage when the backend reported it, else null
    latency_ms       request start to answer (streams: to the end of the stream)
    ttft_ms          streams: request start to the first chunk sent; null when not streamed
    status           HTTP status sent (499: client went away during a stream)
    outcome          "answered" | "refused" | "stream_error" | "cancelled"
    error_code       OpenAI error code of a refusal, else null
    handoff          hand-off code sent to the client (e.g. "human_review"), else null
    fallback         why another backend than the policy's answered ("hosted-unavailable": public work
                     answered locally during a hosted outage), else null
    service_tier     tier that served a hosted answer, null when not known
    service_tier_requested  tier asked of the hosted API, null when it was not called; differs
                     from `service_tier` on a downgrade
    stream           whether the answer was streamed
    retained         true when the department retains text and this request's text was kept,
                     encrypted, outside the chain (router/audit/retention.py); absent otherwise
"""

from __future__ import annotations

import hashlib
import hmac
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson

from router.keys import load_or_create_secret

Record = dict[str, Any]
GENESIS_HASH = "0" * 64
PROMPT_KEY_FILE = Path("keys") / "audit-prompt.key"


def new_record_id() -> str:
    return uuid.uuid4().hex


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


class PromptHasher:
    """Keyed fingerprints of prompt text (HMAC-SHA256 under a key from the data directory)."""

    def __init__(self, key: bytes) -> None:
        self._key = key

    @classmethod
    def from_data_dir(cls, data_dir: Path) -> PromptHasher:
        return cls(load_or_create_secret(data_dir / PROMPT_KEY_FILE))

    def __call__(self, text: str) -> str:
        return hmac.new(self._key, text.encode("utf-8", "surrogatepass"), hashlib.sha256).hexdigest()


def canonical(record: Record) -> bytes:
    """The bytes a record's hash covers: sorted keys, no whitespace, `hash` excluded."""
    return orjson.dumps({k: v for k, v in record.items() if k != "hash"}, option=orjson.OPT_SORT_KEYS)


def record_hash(body: bytes) -> str:
    """SHA-256 of a record's canonical bytes (which include `prev_hash`, linking the chain)."""
    return hashlib.sha256(body).hexdigest()


def chain(records: list[Record], seq: int, prev_hash: str) -> list[tuple[Record, bytes, str]]:
    """Link records after (`seq`, `prev_hash`): returns (record, canonical body, hash) each."""
    linked = []
    for record in records:
        seq += 1
        record = {**record, "seq": seq, "prev_hash": prev_hash}
        body = canonical(record)
        prev_hash = record_hash(body)
        linked.append((record, body, prev_hash))
    return linked
