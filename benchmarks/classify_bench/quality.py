"""Precision, recall and F1 on the evaluation set, per kind and for `sensitive`.

Scoring is at the level of a text, not of spans: a kind counts as found when the
engine reports it anywhere in the text. For one row and one kind:

* expected and found: true positive; expected and not found: false negative;
* found, not expected, not listed as optional: false positive;
* listed as optional (present in the text but not required, e.g. a town in an
  address): ignored either way.

The overall decision is scored the same way on `sensitive`, with true negatives too.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from benchmarks.classify_bench.engines import Detection, Detector, Progress
from benchmarks.classify_bench.eval_set import LEVELS, EvalRow
from benchmarks.classify_bench.kinds import EVAL_KINDS, IDENTIFIER_KINDS

TARGET_IDENTIFIER_RECALL = 0.98
TARGET_RECALL = 0.95
TARGET_PRECISION = 0.95


@dataclass(frozen=True, slots=True)
class Counts:
    """A confusion count; ratios are None when their denominator is zero."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn, self.tn + other.tn)

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None or p + r == 0:
            return None
        return 2 * p * r / (p + r)

    @property
    def support(self) -> int:
        """Rows where the thing was expected."""
        return self.tp + self.fn


def decision_counts(expected: bool, predicted: bool) -> Counts:
    """One row's contribution to a yes/no decision."""
    return Counts(
        tp=int(expected and predicted),
        fp=int(predicted and not expected),
        fn=int(expected and not predicted),
        tn=int(not expected and not predicted),
    )


def kind_counts(expected: frozenset[str], optional: frozenset[str], found: frozenset[str]) -> dict[str, Counts]:
    """One row's contribution per kind (kinds with nothing to count are left out)."""
    out: dict[str, Counts] = {}
    for kind in expected | (found - optional):
        out[kind] = Counts(
            tp=int(kind in expected and kind in found),
            fn=int(kind in expected and kind not in found),
            fp=int(kind not in expected and kind in found),
        )
    return out


@dataclass(frozen=True, slots=True)
class Miss:
    """A row an engine got wrong in any way, with enough to act on."""

    id: str
    category: str
    text: str
    expected_level: str
    predicted_level: str | None
    expected_sensitive: bool
    predicted_sensitive: bool
    missing_kinds: tuple[str, ...]
    extra_kinds: tuple[str, ...]


@dataclass(slots=True)
class EngineQuality:
    """Every score for one engine."""

    engine: str
    rows: int
    seconds: float
    sensitive: Counts = Counts()
    identifier_rows: Counts = Counts()
    per_kind: dict[str, Counts] = field(default_factory=dict)
    by_category: dict[str, Counts] = field(default_factory=dict)
    level_confusion: dict[str, dict[str, int]] | None = None
    misses: list[Miss] = field(default_factory=list)

    @property
    def identifier_kinds(self) -> Counts:
        """Micro-averaged over the identifier kinds."""
        total = Counts()
        for kind in IDENTIFIER_KINDS:
            total = total + self.per_kind.get(kind, Counts())
        return total

    @property
    def under_classified(self) -> int | None:
        """Rows given a lower level than expected (the dangerous direction); None without levels."""
        if self.level_confusion is None:
            return None
        rank = {level: i for i, level in enumerate(LEVELS)}
        return sum(n for exp, row in self.level_confusion.items() for got, n in row.items() if rank[got] < rank[exp])


def score(rows: Sequence[EvalRow], detections: Sequence[Detection], engine: str, seconds: float = 0.0) -> EngineQuality:
    """Score detections (one per row, same order) against the labels."""
    if len(rows) != len(detections):
        raise ValueError(f"{len(rows)} rows but {len(detections)} detections")
    q = EngineQuality(engine=engine, rows=len(rows), seconds=seconds, per_kind={k: Counts() for k in EVAL_KINDS})
    with_levels = all(d.level is not None for d in detections)
    confusion = {exp: dict.fromkeys(LEVELS, 0) for exp in LEVELS} if with_levels else None
    for row, det in zip(rows, detections, strict=True):
        decision = decision_counts(row.sensitive, det.sensitive)
        q.sensitive = q.sensitive + decision
        if row.has_identifier:
            q.identifier_rows = q.identifier_rows + decision
        q.by_category[row.category] = q.by_category.get(row.category, Counts()) + decision
        for kind, counts in kind_counts(row.kinds, row.optional_kinds, det.kinds).items():
            q.per_kind[kind] = q.per_kind.get(kind, Counts()) + counts
        if confusion is not None and det.level is not None:
            confusion[row.level][det.level] += 1
        missing = tuple(sorted(row.kinds - det.kinds))
        extra = tuple(sorted(det.kinds - row.kinds - row.optional_kinds))
        if missing or extra or row.sensitive != det.sensitive or (det.level is not None and det.level != row.level):
            q.misses.append(
                Miss(
                    row.id,
                    row.category,
                    row.text,
                    row.level,
                    det.level,
                    row.sensitive,
                    det.sensitive,
                    missing,
                    extra,
                )
            )
    q.level_confusion = confusion
    return q


def evaluate(
    detector: Detector[Any],
    rows: Sequence[EvalRow],
    *,
    batch_size: int = 64,
    progress: Progress | None = None,
) -> EngineQuality:
    """Run `detector` over the rows (through its batch API) and score it."""
    detector.warm_up()
    detections: list[Detection] = []
    start = time.perf_counter()
    for i in range(0, len(rows), batch_size):
        chunk = rows[i : i + batch_size]
        detections.extend(detector.interpret(raw) for raw in detector.run_many([r.text for r in chunk]))
        if progress is not None:
            progress(f"quality {detector.name}", min(i + batch_size, len(rows)), len(rows))
    return score(rows, detections, detector.name, time.perf_counter() - start)


def all_kinds(results: Sequence[EngineQuality]) -> list[str]:
    """The evaluation set's kinds in their order, then any other kind an engine reported."""
    extra = sorted({k for q in results for k in q.per_kind} - set(EVAL_KINDS))
    return [*EVAL_KINDS, *extra]


@dataclass(frozen=True, slots=True)
class Target:
    """One acceptance target from the issue, and whether it is met."""

    name: str
    value: float | None
    threshold: float | None
    met: bool


def targets(ours: EngineQuality, baseline: EngineQuality | None = None) -> list[Target]:
    """The issue's quality targets, evaluated for our engine."""

    def at_least(name: str, value: float | None, threshold: float) -> Target:
        return Target(name, value, threshold, value is not None and value >= threshold)

    out = [
        at_least("recall on identifier kinds", ours.identifier_kinds.recall, TARGET_IDENTIFIER_RECALL),
        at_least("recall, sensitive (overall)", ours.sensitive.recall, TARGET_RECALL),
        at_least("precision, sensitive (overall)", ours.sensitive.precision, TARGET_PRECISION),
    ]
    if baseline is not None and baseline.sensitive.recall is not None:
        out.append(at_least(f"recall >= {baseline.engine}'s", ours.sensitive.recall, baseline.sensitive.recall))
    return out
