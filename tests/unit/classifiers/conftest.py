"""Shared fixtures: one spaCy-backed classifier per test session (loading takes seconds)."""

from __future__ import annotations

import pytest

from classifiers import Classifier, ClassifierSettings


@pytest.fixture(scope="session")
def classifier() -> Classifier:
    """The default classifier with NER, warmed up once for the whole session."""
    instance = Classifier(ClassifierSettings())
    instance.warm_up()
    return instance


@pytest.fixture(scope="session")
def rules_classifier() -> Classifier:
    """A classifier without NER: rules only, no spaCy."""
    return Classifier(ClassifierSettings(ner_enabled=False))
