"""The engines under comparison, behind one small interface.

A detector separates the call that is timed (`run`, `run_many`: exactly what a
caller of the engine would do) from turning its raw output into a `Detection`
(`interpret`), so mapping labels never counts towards an engine's latency.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, TypeVar

from benchmarks.classify_bench.kinds import our_kind
from classifiers.types import Classification, Sensitivity

if TYPE_CHECKING:
    from classifiers.settings import ClassifierSettings

RawT = TypeVar("RawT")

Progress = Callable[[str, int, int], None]
"""A progress hook, called as (description, completed, total) after each step."""


@dataclass(frozen=True, slots=True)
class Detection:
    """An engine's verdict on one text, in the evaluation set's vocabulary.

    `level` is None for engines that have no notion of levels (Presidio).
    """

    sensitive: bool
    kinds: frozenset[str]
    level: str | None = None


class Detector(Protocol[RawT]):
    """What the harness needs from an engine."""

    name: str

    def warm_up(self) -> None:
        """Load models and run once so the first timed call is not a cold start."""

    def run(self, text: str) -> RawT:
        """Classify one text the way a caller of the engine would (this is timed)."""

    def run_many(self, texts: Sequence[str]) -> list[RawT]:
        """Classify a batch through the engine's own batch API (this is timed)."""

    def interpret(self, raw: RawT) -> Detection:
        """Translate the engine's output into a Detection (not timed)."""


class OurDetector:
    """sovereign-router's classifier (`classifiers.Classifier`)."""

    name = "sovereign-router"

    def __init__(self, settings: ClassifierSettings | None = None) -> None:
        # Imported here so that reading reports or the eval set never loads spaCy.
        from classifiers import Classifier, ClassifierSettings

        self.settings = settings if settings is not None else ClassifierSettings()
        self._classifier = Classifier(self.settings)

    def warm_up(self) -> None:
        self._classifier.warm_up()
        self._classifier.classify("Warm-up: Jane Smith, NHS number 943 476 5870, lives in Leeds.")

    def run(self, text: str) -> Classification:
        return self._classifier.classify(text)

    def run_many(self, texts: Sequence[str]) -> list[Classification]:
        return list(self._classifier.classify_many(texts))

    def interpret(self, raw: Classification) -> Detection:
        # A finding the classifier itself rates public (e.g. a public figure) is not a
        # claim of personal data, so it neither earns nor costs a per-kind point.
        kinds = frozenset(our_kind(f.kind) for f in raw.findings if f.level > Sensitivity.PUBLIC)
        return Detection(sensitive=raw.sensitive, kinds=kinds, level=raw.level.label)
