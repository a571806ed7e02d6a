"""The classifier's speed-ups skip work only where it cannot find anything.

Each test gives a text that a gate or a per-text memo must still let through, next to
one it may skip, so that a gate that skips too much fails here (the byte-identity
check over the evaluation sets is run by hand: benchmarks/results/classify/speedup.md).
"""

from __future__ import annotations

from classifiers import Classifier
from classifiers.normalise import normalise
from classifiers.recognisers.uk.nhs_number import NhsNumber
from tests.unit.classifiers.helpers import kinds, nhs_number

NHS = nhs_number("943476591")


def test_prefilter_answers_are_per_text(rules_classifier: Classifier) -> None:
    """A prefilter's answer for one text (no digit) is never reused for the next (a digit)."""
    assert rules_classifier.classify("Nothing numeric is written here at all.").findings == ()
    assert "UK_NHS_NUMBER" in kinds(rules_classifier.classify(f"Her NHS number is {NHS}."))
    assert rules_classifier.classify("Nothing numeric is written here either.").findings == ()


def test_memo_starts_empty_and_is_shared_by_recognisers() -> None:
    """Each normalised text gets its own memo; a recogniser's prefilter search fills it."""
    first, second = normalise(f"NHS number {NHS}"), normalise(f"NHS number {NHS}")
    assert first.memo == {} and second.memo == {} and first.memo is not second.memo
    assert NhsNumber().find(first)
    assert first.memo and second.memo == {}
    assert NhsNumber().find(first)  # answered from the memo: the same result
