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
import math
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


def _count(value: object) -> int | None:
    """A positive token count: an integer, or a float with no fraction (500.0); never a bool."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    if isinstance(value, float) and not (math.isfinite(value) and value.is_integer()):
        return None
    return int(value) if value > 0 else None


def _pair(record: dict[str, Any]) -> tuple[int, int] | None:
    prompt = _count(record.get("input_tokens", record.get("prompt_tokens")))
    output = _count(record.get("output_tokens", record.get("completion_tokens")))
    return (prompt, output) if prompt is not None and output is not None else None


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
    except UnicodeDecodeError:
        raise InvalidConfigError(f"{path} is not UTF-8 text; expected a bench load result or JSONL") from None
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
        summary = document.get("summary")
        rate = summary.get("request_throughput") if isinstance(summary, dict) else None
        if isinstance(rate, bool) or not isinstance(rate, (int, float)) or not math.isfinite(rate) or rate <= 0:
            rate = None  # a rate that is not a positive number: the command line's, or the default
        return _stats(pairs, None if rate is None else float(rate), path)
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
