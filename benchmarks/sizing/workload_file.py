"""The workload measured, not guessed: mean lengths (and rate) from a `bench load` result or a JSONL.

Accepted inputs:
  * a `sovereign-router bench load` result JSON: its `requests` (prompt_tokens,
    output_tokens of the requests that succeeded) and `summary.request_throughput`;
  * a JSONL file, one request per line, with `input_tokens`/`output_tokens` (or the
    OpenAI usage names `prompt_tokens`/`completion_tokens`).

Sizing uses the means (the model's cycle is linear in them to first order); explicit
--input-tokens/--output-tokens/--rps on the command line win over the file.
"""

from __future__ import annotations

import json
import statistics
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict

from benchmarks.sizing.errors import InvalidConfigError


class LengthStats(BaseModel):
    """Mean request shape read from a file; None where the file does not say."""

    model_config = ConfigDict(frozen=True)

    input_tokens: int | None = None
    output_tokens: int | None = None
    rps: float | None = None
    requests: int = 0


def _pair(record: dict[str, Any]) -> tuple[int, int] | None:
    prompt = record.get("input_tokens", record.get("prompt_tokens"))
    output = record.get("output_tokens", record.get("completion_tokens"))
    if isinstance(prompt, int) and isinstance(output, int) and prompt > 0 and output > 0:
        return prompt, output
    return None


def _stats(pairs: list[tuple[int, int]], rps: float | None, path: Path) -> LengthStats:
    if not pairs:
        raise InvalidConfigError(f"{path}: no request with positive input and output token counts")
    return LengthStats(
        input_tokens=round(statistics.fmean(p for p, _ in pairs)),
        output_tokens=round(statistics.fmean(o for _, o in pairs)),
        rps=rps,
        requests=len(pairs),
    )


def read_workload(path: Path) -> LengthStats:
    """Mean input/output tokens (and the measured request rate of a bench result) from `path`.

    Raises:
        InvalidConfigError: unreadable file, bad JSON, or no usable request.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InvalidConfigError(f"cannot read {path}: {exc.strerror}") from exc
    try:
        document = json.loads(text)
    except json.JSONDecodeError:
        document = None
    if isinstance(document, dict) and isinstance(document.get("requests"), list):
        pairs = [
            pair
            for record in document["requests"]
            if isinstance(record, dict) and record.get("ok", True) and (pair := _pair(record))
        ]
        rate = document.get("summary", {}).get("request_throughput")
        return _stats(pairs, float(rate) if isinstance(rate, (int, float)) and rate > 0 else None, path)
    pairs = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InvalidConfigError(f"{path}:{number}: not JSON ({exc.msg})") from exc
        if isinstance(record, dict) and (pair := _pair(record)):
            pairs.append(pair)
    return _stats(pairs, None, path)


__all__ = ["LengthStats", "read_workload"]
