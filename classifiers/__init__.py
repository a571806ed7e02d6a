"""Sensitivity classification of texts and OpenAI requests.

Pure Python, usable without Ray and without the router: recognisers (regular
expressions with checksum and format rules) find UK identifiers and contact
details, context cues and spaCy NER find private individuals, special-category
terms and protective markings raise the level, and `aggregate.py` documents how
findings combine into one `Sensitivity`. spaCy is imported lazily.
"""

from __future__ import annotations

from classifiers.classifier import Classifier, Scan
from classifiers.errors import ClassifierError, NerUnavailable, RecogniserFailed, RecogniserLoadError
from classifiers.normalise import NormalisedText, normalise
from classifiers.recognisers.base import Pattern, PatternRecogniser, Recogniser
from classifiers.request_text import REQUEST_TEXT_SEPARATOR, request_text, request_texts
from classifiers.settings import ClassifierSettings
from classifiers.types import Classification, Finding, Sensitivity

__all__ = [
    "REQUEST_TEXT_SEPARATOR",
    "Classification",
    "Classifier",
    "ClassifierError",
    "ClassifierSettings",
    "Finding",
    "NerUnavailable",
    "NormalisedText",
    "Pattern",
    "PatternRecogniser",
    "Recogniser",
    "RecogniserFailed",
    "RecogniserLoadError",
    "Scan",
    "Sensitivity",
    "normalise",
    "request_text",
    "request_texts",
]
