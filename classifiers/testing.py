"""Fault-injection recognisers for drills and integration tests.

`FailingRecogniser` always raises. Register it by import path in the router's
configuration (`classifier.extra_recognisers: ["classifiers.testing:FailingRecogniser"]`)
to prove, through the real code path, that a classifier failure fails closed: the
classifier raises `ClassifierError` and the router routes the request locally.
Never register it in production.
"""

from __future__ import annotations

from classifiers.normalise import NormalisedText
from classifiers.recognisers.base import Recogniser
from classifiers.types import Finding

__all__ = ["FailingRecogniser"]


class FailingRecogniser(Recogniser):
    """A drill recogniser whose `find` always raises RuntimeError (fail-closed drills)."""

    name = "failing_recogniser"

    def find(self, text: NormalisedText) -> list[Finding]:
        """Raise, as a recogniser with a bug or a broken dependency would."""
        raise RuntimeError("FailingRecogniser: injected fault (fault-injection drill)")
