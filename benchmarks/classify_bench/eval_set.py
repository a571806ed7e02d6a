"""Reading the committed evaluation set (`benchmarks/data/classify_eval.jsonl`).

The benchmark only ever reads this file; the generators that wrote it (faker,
python-stdnum) are development tools and not needed here.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from benchmarks.classify_bench.kinds import EVAL_KINDS, IDENTIFIER_KINDS

DEFAULT_EVAL_PATH = Path(__file__).resolve().parents[1] / "data" / "classify_eval.jsonl"
HOLDOUT_EVAL_PATH = DEFAULT_EVAL_PATH.with_name("classify_holdout.jsonl")
HOLDOUT_EVAL_PATHS = (
    HOLDOUT_EVAL_PATH,
    DEFAULT_EVAL_PATH.with_name("classify_holdout2.jsonl"),
    DEFAULT_EVAL_PATH.with_name("classify_holdout3.jsonl"),
    DEFAULT_EVAL_PATH.with_name("classify_holdout8.jsonl"),
    DEFAULT_EVAL_PATH.with_name("classify_holdout12.jsonl"),
    DEFAULT_EVAL_PATH.with_name("classify_holdout14.jsonl"),
)
"""The held-out sets: scored in aggregate only, so their reports never print row text
(any other set gets the same with `--withhold-misses`). Sets 8, 12 and 14 have never been read
while the rules were changed (PROVENANCE.md)."""
LEVELS = ("public", "personal", "special", "secret")


@dataclass(frozen=True, slots=True)
class EvalRow:
    """One labelled text: what a classifier must find in it and how sensitive it is."""

    id: str
    text: str
    sensitive: bool
    level: str
    kinds: frozenset[str]
    optional_kinds: frozenset[str]
    category: str
    source: str

    @property
    def has_identifier(self) -> bool:
        """True when the row must yield at least one structured identifier kind."""
        return not self.kinds.isdisjoint(IDENTIFIER_KINDS)


class EvalSetError(ValueError):
    """The evaluation file is malformed; the message names the line and the field."""


def _row(line_no: int, raw: object) -> EvalRow:
    if not isinstance(raw, dict):
        raise EvalSetError(f"line {line_no}: expected a JSON object")
    try:
        row = EvalRow(
            id=str(raw["id"]),
            text=str(raw["text"]),
            sensitive=bool(raw["sensitive"]),
            level=str(raw["level"]),
            kinds=frozenset(str(k) for k in raw["kinds"]),
            optional_kinds=frozenset(str(k) for k in raw.get("optional_kinds", ())),
            category=str(raw.get("category", "")),
            source=str(raw.get("source", "")),
        )
    except KeyError as exc:
        raise EvalSetError(f"line {line_no}: missing field {exc.args[0]!r}") from None
    if row.level not in LEVELS:
        raise EvalSetError(f"line {line_no}: unknown level {row.level!r}")
    if row.sensitive != (row.level != "public"):
        raise EvalSetError(f"line {line_no}: sensitive={row.sensitive} contradicts level {row.level!r}")
    unknown = (row.kinds | row.optional_kinds) - set(EVAL_KINDS)
    if unknown:
        raise EvalSetError(f"line {line_no}: unknown kinds {sorted(unknown)}")
    return row


def load_eval_set(path: Path = DEFAULT_EVAL_PATH, limit: int | None = None) -> list[EvalRow]:
    """Load and validate the evaluation set.

    Args:
        path: a JSON-lines file in the format `build_eval_set` writes.
        limit: keep an evenly spaced subset of this many rows (every category stays
            represented), for quick runs and tests; None keeps all.

    Raises:
        EvalSetError: a line is not valid JSON or breaks the row schema.
    """
    rows: list[EvalRow] = []
    with path.open(encoding="utf-8") as fh:
        for line_no, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                raw = json.loads(line)
            except json.JSONDecodeError as exc:
                raise EvalSetError(f"line {line_no}: {exc.msg}") from None
            rows.append(_row(line_no, raw))
    ids = [r.id for r in rows]
    if len(set(ids)) != len(ids):
        raise EvalSetError("duplicate row ids")
    return subset(rows, limit)


def subset(rows: Sequence[EvalRow], limit: int | None) -> list[EvalRow]:
    """An evenly spaced, deterministic subset of `limit` rows (all rows when None)."""
    if limit is None or limit >= len(rows):
        return list(rows)
    step = len(rows) / max(limit, 1)
    return [rows[int(i * step)] for i in range(limit)]
