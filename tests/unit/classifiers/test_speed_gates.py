"""The classifier's speed-ups skip work only where it cannot find anything.

Each test gives a text that a gate or a per-text memo must still let through, next to
one it may skip, so that a gate that skips too much fails here (the byte-identity
check over the evaluation sets is run by hand: benchmarks/results/classify/speedup.md).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from classifiers import Classifier
from classifiers.normalise import normalise
from classifiers.recognisers.base import PatternRecogniser
from classifiers.recognisers.email import EmailAddress
from classifiers.recognisers.registry import BUILT_IN_RECOGNISERS
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


_DATA = Path(__file__).resolve().parents[3] / "benchmarks" / "data"
_SETS = ("classify_eval.jsonl", "classify_dev5.jsonl", "classify_dev5_names.jsonl")
_GATED = [
    (cls.__name__, pattern)
    for cls in BUILT_IN_RECOGNISERS
    if issubclass(cls, PatternRecogniser)
    for pattern in cls.patterns
    if pattern.gate is not None
]


def _texts() -> list[str]:
    texts = []
    for name in _SETS:
        with (_DATA / name).open(encoding="utf-8") as fh:
            texts += [normalise(json.loads(line)["text"]).text for line in fh]
    return texts + [t.upper() for t in texts] + [t.lower() for t in texts]


def test_the_gated_patterns_are_the_expected_ones() -> None:
    assert {f"{owner}.{p.name}" for owner, p in _GATED} >= {"EmailAddress.email_spelt_out"}


@pytest.mark.parametrize(("owner", "pattern"), _GATED, ids=[f"{o}.{p.name}" for o, p in _GATED])
def test_a_gate_passes_every_text_its_pattern_matches_in(owner: str, pattern) -> None:
    regex, gate = re.compile(pattern.regex, pattern.flags), re.compile(pattern.gate, pattern.flags)
    matched = [text for text in _texts() if regex.search(text)]
    assert matched, owner  # the sets exercise the pattern
    assert all(gate.search(text) for text in matched), owner


@pytest.mark.parametrize(
    "text",
    [
        "Write to jane.doe at example dot com today",
        "JANE.DOE AT EXAMPLE DOT CO DOT UK",
        "jane [at] example [dot] com",
        "jane ( at ) mail (dot) nhs (dot) uk",
        "jane<at>example<dot>org",
        "jane   at   example.org",
        "reach me on jane{at}example{dot}scot please",
    ],
)
def test_spelt_out_addresses_pass_the_gate(text: str) -> None:
    assert EmailAddress().find(normalise(text)), text


def test_prose_with_at_is_gated_out() -> None:
    """'at' without a domain after it: the spelt-out pattern is not run (and finds nothing)."""
    prose = "The library opens at nine on weekdays and at ten on Saturdays. Look at this. Come at once."
    gate = re.compile(next(p.gate for _, p in _GATED if p.name == "email_spelt_out"), re.IGNORECASE)
    assert gate.search(prose) is None
    assert EmailAddress().find(normalise(prose)) == []


def test_the_year_pattern_matches_what_its_written_form_matches() -> None:
    """`cues._YEAR` starts at its "1" so that `re` can skip; the lookbehinds moved with it."""
    from classifiers.cues import _YEAR

    written = re.compile(r"(?<![\d£$])(?<![\d][/.\-])1\d{3}(?!\d|[/.\-]\d)")
    boundaries = "in 1848, £1900 $1850 11848 12/1850 3.1850 1850s 1850-1 (1066) 1999/2 x1234 -1234 a1850"
    for text in [*_texts(), boundaries]:
        assert [m.span() for m in _YEAR.finditer(text.lower())] == [m.span() for m in written.finditer(text.lower())]


@pytest.mark.parametrize(
    "text",
    [
        "The patient presents with chest pain. What is the most likely diagnosis?",  # no digit: the question
        "A 45-year-old man presents with chest pain and his medication was changed.",  # no question: the age
    ],
)
def test_vignettes_pass_the_gate(text: str) -> None:
    from classifiers.cues import find_cues

    assert find_cues(normalise(text)).vignette


def test_prose_without_an_age_or_the_exam_question_is_no_vignette() -> None:
    from classifiers.cues import find_cues

    assert not find_cues(normalise("A man in his thirties asked what the likely outcome is.")).vignette


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Agent: Name on the account?\nCaller: Jane Roe", "Jane Roe"),
        ("AGENT: NAME ON THE ACCOUNT?\nCALLER: Jane Roe", "Jane Roe"),
        ("Who am I speaking to?\nIt's Oluwaseun Adeyemi", "Oluwaseun Adeyemi"),
        ("WHOSE ACCOUNT IS IT?\nMy mum, Grace Mensah.", "Grace Mensah"),
    ],
)
def test_dialogue_answers_pass_the_gate(text: str, name: str) -> None:
    from classifiers.name_dialogue import dialogue_answers

    assert name in [text[f.start : f.end] for f in dialogue_answers(text)]


def test_the_split_digit_pattern_matches_what_its_written_form_matches() -> None:
    """`normalise._SPLIT_DIGIT_RUN` starts at its first digit; the lookbehind moved with it."""
    from classifiers.normalise import _SPLIT_DIGIT_RUN
    from classifiers.recognisers.base import class_first

    written = r"(?<![\w.-])\d(?:[-.]\d){4,}(?![\w]|[-.]\d)"
    assert _SPLIT_DIGIT_RUN.pattern == class_first(written)
    boundaries = "0-7-7-0-0 a0-7-7-0-0 .0-7-7-0-0 -0-7-7-0-0 4.1.1.1.1.x 4.1.1.1.1 1-2-3-4 (1-2-3-4-5) x 9.9.9.9.9-"
    for text in [*_texts(), boundaries]:
        assert [m.span() for m in _SPLIT_DIGIT_RUN.finditer(text)] == [m.span() for m in re.finditer(written, text)]


def test_phone_numbers_are_still_found_after_the_digit_check(rules_classifier: Classifier) -> None:
    assert "PHONE_NUMBER" in kinds(rules_classifier.classify("Call her on +1 202 555 0143 after six."))
    assert rules_classifier.classify("Call her after six, phone or mobile.").findings == ()


def test_the_sentence_subject_gate_passes_every_text_the_pattern_matches_in() -> None:
    from classifiers.name_subjects import _SUBJECT, _SUBJECT_GATE

    matched = [text for text in _texts() if _SUBJECT.search(text)]
    assert matched
    assert all(_SUBJECT_GATE.search(text) for text in matched)


@pytest.mark.parametrize(
    "text",
    [
        "Aylin is struggling with her rent.",
        "Adwoa's husband has been unwell. Kwabena has diabetes.",
        "Notes.\n\tOyelaran was being assessed for the award.",
    ],
)
def test_sentence_subjects_pass_the_gate(text: str) -> None:
    from classifiers.name_subjects import sentence_subjects

    assert sentence_subjects(text), text


def test_has_digit_is_per_text() -> None:
    from classifiers.recognisers.base import has_digit

    plain, numbered, arabic = normalise("no digits"), normalise("room 12"), normalise("room \u0661\u0662")
    assert not has_digit(plain) and has_digit(numbered) and has_digit(arabic)
    assert not has_digit(plain)  # from the memo: the same answer


def test_a_words_union_holds_every_word_of_its_prefilters() -> None:
    """Where the union finds nothing, no word prefilter of the recogniser could have found anything."""
    from classifiers.recognisers.base import DIGITS
    from classifiers.recognisers.postal_address import PostalAddress

    union = PostalAddress._words_union
    assert union is not None
    for pattern in PostalAddress.patterns:
        if pattern.requires and pattern.requires != DIGITS:
            assert all(union.search(token) for token in pattern.requires), pattern.name


@pytest.mark.parametrize(
    "text",
    ["Send it to PO Box 4471, Leeds.", "Hauptstraße 12, 10115 Berlin", "Flat 3, 12 rue de la Paix, Paris", "BFPO 801"],
)
def test_postal_addresses_pass_the_words_union(text: str) -> None:
    from classifiers.recognisers.postal_address import PostalAddress

    assert PostalAddress().find(normalise(text)), text
