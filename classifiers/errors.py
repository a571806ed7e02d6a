"""Exceptions raised by the classifier.

    ClassifierError                 any failure to classify (router: fail closed, route local)
    ├── RecogniserLoadError         an extra recogniser's import path is wrong or it cannot be built
    ├── RecogniserFailed            a recogniser raised while scanning a text
    ├── ClassifierTimeout           a scan ran past the deadline its caller gave
    └── NerUnavailable              the spaCy pipeline cannot be loaded or raised while tagging

Third-party exceptions (spaCy, thinc, importlib) and any exception raised inside a
recogniser are caught where the classifier calls them and re-raised as one of these
with `raise ... from exc`, so the router needs one `except ClassifierError` branch
to fail closed. Messages name the recogniser or model, never the text being classified.
"""

from __future__ import annotations

__all__ = ["ClassifierError", "ClassifierTimeout", "NerUnavailable", "RecogniserFailed", "RecogniserLoadError"]


class ClassifierError(Exception):
    """Base class of every error the classifier raises; the router fails closed on it."""


class RecogniserLoadError(ClassifierError):
    """An extra recogniser named in the settings could not be imported or instantiated."""


class RecogniserFailed(ClassifierError):
    """A recogniser raised while scanning a text."""

    def __init__(self, recogniser: str) -> None:
        super().__init__(f"recogniser {recogniser!r} failed")
        self.recogniser = recogniser


class ClassifierTimeout(ClassifierError):
    """A scan ran past its caller's deadline (`Classifier.scan`): it stops between stages."""


class NerUnavailable(ClassifierError):
    """The spaCy pipeline could not be loaded, or it raised while tagging."""
