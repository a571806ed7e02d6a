"""Extra recognisers registered by import path in the classifier tests."""

from __future__ import annotations

from classifiers.normalise import NormalisedText
from classifiers.recognisers.base import Pattern, PatternRecogniser, Recogniser
from classifiers.types import Finding


class CaseReference(PatternRecogniser):
    """A department's own case reference, e.g. CR-2024-0042."""

    name = "case_reference"
    kind = "CASE_REFERENCE"
    patterns = (Pattern("case_ref", r"\bCR-\d{4}-\d{4}\b", score=0.8),)


class OutOfRange(Recogniser):
    """Returns a finding beyond the end of the text."""

    name = "out_of_range"

    def find(self, text: NormalisedText) -> list[Finding]:
        return [Finding("BROKEN", 0, len(text.text) + 5, 0.9, self.name)]
