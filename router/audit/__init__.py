"""Tamper-evident audit: one hash-chained record per request, no raw text.

    records.py        the record fields, the prompt HMAC, hashing and linking
    chain.py          verification: tampered, missing, re-ordered, truncated records
    store.py          the store interface; sqlite_store.py (default), postgres_store.py (clusters)
    journal.py        each ingress replica's write-ahead journal (survives kill -9)
    writer.py         the single writer (one Serve replica): group commit into the store
    trail.py          the ingress side: builds one record per request
    sender.py         ... journals it and sends batches to the writer
    retention.py      encrypted prompts and completions of departments that retain them (off by default)
    settings.py       the `audit` configuration section
"""

from __future__ import annotations

from router.audit.chain import Problem, Verification, verify
from router.audit.records import Record
from router.audit.settings import AuditSettings
from router.audit.store import AuditStore, open_store
from router.audit.trail import Auditor
from router.audit.writer import AuditWriter, AuditWriterDeployment

__all__ = [
    "AuditSettings",
    "AuditStore",
    "AuditWriter",
    "AuditWriterDeployment",
    "Auditor",
    "Problem",
    "Record",
    "Verification",
    "open_store",
    "verify",
]
