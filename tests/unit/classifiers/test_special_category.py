from __future__ import annotations

import pytest

from classifiers.cues import find_cues
from classifiers.normalise import normalise
from classifiers.special_category import CATEGORIES, SPECIAL_KIND_PREFIX, find_special_terms, is_disclosure
from classifiers.types import Sensitivity


def terms(text: str) -> list[tuple[str, str]]:
    return [
        (f.kind.removeprefix(SPECIAL_KIND_PREFIX), text[f.start : f.end]) for f in find_special_terms(normalise(text))
    ]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("diagnosed with type 2 diabetes", "HEALTH"),
        ("registered blind", "DISABILITY"),
        ("receives PIP", "DISABILITY"),
        ("of Black Caribbean heritage", "ETHNICITY"),
        ("a practising Muslim", "RELIGION"),
        ("attends the local mosque", "RELIGION"),
        ("is bisexual", "SEXUALITY"),
        ("a union rep", "TRADE_UNION"),
        ("member of Unite", "TRADE_UNION"),
        ("has a criminal record", "CRIMINAL_RECORD"),
        ("claimed asylum in 2019", "IMMIGRATION"),
        ("took fingerprints", "BIOMETRIC"),
        ("member of the Labour Party", "POLITICAL"),
    ],
)
def test_each_category_is_found(text, category):
    assert category in {c for c, _ in terms(text)}
    assert category in CATEGORIES


@pytest.mark.parametrize(
    "text",
    [
        "the church on the hill",  # ambiguous words need a phrase
        "proceed with caution",
        "pip install requests",
        "I've disabled the cache",
        "a stroke of luck",
        "they sang in unison",
        "the blind spot",
        "undiagnosed",  # inside a word
    ],
)
def test_ambiguous_words_alone_are_not_terms(text):
    assert terms(text) == []


def test_terms_are_special_level_candidates():
    (finding,) = find_special_terms(normalise("HIV"))
    assert finding.level is Sensitivity.SPECIAL
    assert finding.recogniser == "special_category"


@pytest.mark.parametrize(
    ("text", "disclosed"),
    [
        ("I have type 2 diabetes.", True),
        ("I was diagnosed last year.", True),
        ("I'm gay.", True),
        ("I've been suffering from depression.", True),
        ("She is a practising Muslim.", True),
        ("He was convicted in 2010.", True),
        ("Did he have HIV?", False),  # third person in a question
        ("I have a question about cancer.", False),
        ("I am writing an essay on depression.", False),
        ("What are the symptoms of diabetes?", False),
        ("How do I support someone with depression?", False),
    ],
)
def test_disclosure(text, disclosed):
    normalised = normalise(text)
    cues = find_cues(normalised)
    found = find_special_terms(normalised)
    assert found
    assert any(is_disclosure(normalised, cues, t) for t in found) is disclosed
