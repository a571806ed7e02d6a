"""The record of every API request the upstream simulator received.

Egress tests assert on this record (what actually left the router), so it keeps
everything: method, path, every header (names lower-cased) and the body, parsed
as JSON when it is JSON. It lives in memory, bounded so a long benchmark cannot
exhaust it, and optionally in a JSONL file that other processes can read while
the simulator runs (each line is flushed as it is written).
"""

from __future__ import annotations

import threading
from collections import deque
from pathlib import Path
from typing import IO, Any

import orjson

DEFAULT_MAX_RECORDS = 100_000


def parse_body(raw: bytes) -> Any:
    """The body as JSON when it parses, else as text; None when empty."""
    if not raw:
        return None
    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError:
        return raw.decode("utf-8", errors="replace")


def header_dict(raw_headers: list[tuple[bytes, bytes]]) -> dict[str, str]:
    """ASGI headers as a dict with lower-cased names; repeated headers are joined with ', '."""
    headers: dict[str, str] = {}
    for raw_name, raw_value in raw_headers:
        name = raw_name.decode("latin-1").lower()
        value = raw_value.decode("latin-1")
        headers[name] = f"{headers[name]}, {value}" if name in headers else value
    return headers


class Recorder:
    """Thread-safe, arrival-ordered request record."""

    def __init__(self, path: Path | None = None, max_records: int | None = DEFAULT_MAX_RECORDS) -> None:
        self._lock = threading.Lock()
        self._records: deque[dict[str, Any]] = deque(maxlen=max_records)
        self._path = path
        self._file: IO[bytes] | None = None
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._file = path.open("ab")

    def add(self, method: str, path: str, headers: dict[str, str], body: Any) -> None:
        record = {"method": method, "path": path, "headers": headers, "body": body}
        with self._lock:
            self._records.append(record)
            if self._file is not None:
                self._file.write(orjson.dumps(record) + b"\n")
                self._file.flush()

    def snapshot(self) -> list[dict[str, Any]]:
        with self._lock:
            return list(self._records)

    def clear(self) -> None:
        """Forget the in-memory records; the JSONL file keeps its history."""
        with self._lock:
            self._records.clear()

    def close(self) -> None:
        with self._lock:
            if self._file is not None:
                self._file.close()
                self._file = None
