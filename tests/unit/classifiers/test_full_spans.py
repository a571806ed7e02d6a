"""Redaction's full-span pass: NER only where the level pass left a capital unexplained."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from classifiers import Classifier
from classifiers.errors import ClassifierError
from classifiers.full_spans import CALENDAR_WORDS, _masked, name_parts, unexplained_windows
from classifiers.ner import has_name_candidate, may_hold_name_candidate
from classifiers.normalise import normalise


def _windows(text: str, found: list[str]) -> list[str]:
    return [text[start:end].strip() for start, end in unexplained_windows(normalise(text), found)]


def test_a_sentence_whose_capitals_the_findings_explain_needs_no_ner() -> None:
    text = "Write to Jane Doe (NHS number 943 476 5919) about this notice. The cafe opens on Saturdays."
    assert _windows(text, ["Jane Doe", "943 476 5919"]) == []


def test_an_unexplained_capital_chooses_its_whole_sentence() -> None:
    text = "Write to Jane Doe about the notice. Her brother Kwame Mensah called on Monday."
    assert _windows(text, ["Jane Doe"]) == ["Her brother Kwame Mensah called on Monday."]
    # Without the finding, the first sentence needs NER too.
    assert len(_windows(text, [])) >= 1 and "Jane Doe" in " ".join(_windows(text, []))


def test_months_that_are_given_names_stay_candidates() -> None:
    assert _windows("We wrote to the tenant and to April in person.", []) != []
    assert _windows("We wrote to the tenant in September.", []) == []


@pytest.mark.parametrize(
    ("text", "found", "masked"),
    [
        ("Lee lives in Leeds.", ["Lee"], "    lives in Leeds."),  # whole words only
        ("Jane Doe Smith wrote", ["Jane Doe", "Doe Smith"], "         Smith wrote"),  # leftmost first
        ("Ann Annabel", ["Ann", "Ann Annabel"], "           "),  # the longest where two start together
        ("x_Jane Jane", ["Jane"], "x_Jane     "),  # "_" is a word character, as for `\\w`
        ("On Monday, Ada", ["Ada", " "], "On       ,    "),  # calendar words too; blank values ignored
    ],
)
def test_found_values_are_blanked_as_whole_words(text: str, found: list[str], masked: str) -> None:
    assert _masked(text, found) == masked


@pytest.mark.parametrize(
    "text",
    ["the tenant, Kwame called", "Dear Sir Kwame Mensah", "all lower case. And One", "no capitals here", "Hi. Yes."],
)
def test_no_candidate_in_the_whole_text_means_none_in_any_sentence(text: str) -> None:
    any_sentence = any(
        has_name_candidate(text, start, end) for start in range(len(text)) for end in range(start + 1, len(text) + 1)
    )
    assert may_hold_name_candidate(text) or not any_sentence
    assert may_hold_name_candidate(text) == (text not in ("no capitals here", "Hi. Yes."))


def test_names_beyond_finds_names_the_rules_left(classifier: Classifier) -> None:
    text = (
        "Please update NHS number 943 476 5919 for the patient. "
        "Yesterday Thandiwe Okonkwo phoned the ward in Bristol."
    )
    first = classifier.classify(text).findings
    assert "943 476 5919" in [text[f.start : f.end] for f in first]
    beyond = classifier.names_beyond(text, ["943 476 5919"])
    # spaCy calls this name an ORG in its sentence; here it is a person, and Bristol is beside them.
    found = {(f.kind, text[f.start : f.end]) for f in beyond}
    assert found == {("PERSON", "Thandiwe Okonkwo"), ("LOCATION", "Bristol")}


def test_offsets_refer_to_the_original_text(classifier: Classifier) -> None:
    text = "NHS\u200b number 943 476 5919. Her sister Thandiwe Okonkwo will bring the forms."
    beyond = classifier.names_beyond(text, ["943 476 5919"])
    assert [text[f.start : f.end] for f in beyond if f.kind == "PERSON"] == ["Thandiwe Okonkwo"]


def test_a_place_is_kept_only_beside_a_name(classifier: Classifier) -> None:
    text = "Kieran has moved to Belfast. The ferry to Belfast leaves daily."
    beyond = classifier.names_beyond(text, ["Kieran"])
    places = sorted(f.start for f in beyond if f.kind == "LOCATION")
    assert places == [text.index("Belfast")]


def test_names_beyond_fails_closed_without_ner(rules_classifier: Classifier) -> None:
    with pytest.raises(ClassifierError):
        rules_classifier.names_beyond("Jane Doe wrote.", [])


def test_name_parts_are_given_name_and_surname_not_titles_or_initials() -> None:
    parts = name_parts([("PERSON", "Mr J. O'Neill"), ("PERSON", "Maurice Smith-Jones"), ("UK_NHS_NUMBER", "943 476")])
    assert sorted(value for _, value in parts) == ["Maurice", "O'Neill", "Smith-Jones"]
    assert name_parts([("PERSON", "Maurice")]) == []  # a one-word name is its own value already


def test_name_parts_are_read_in_every_alphabet() -> None:
    # Found by QA: only ASCII letters made a part, so "Wójcik says..." left after "Łukasz Wójcik" was redacted
    names = ["Émile Dubois", "Łukasz Wójcik", "Siân Jones", "Zoë Ó Briain", "JANE DOE", "محمد أحمد"]
    parts = {value for _, value in name_parts([("PERSON", name) for name in names])}
    assert parts == {"Émile", "Dubois", "Łukasz", "Wójcik", "Siân", "Jones", "Zoë", "Briain", "JANE", "DOE",
                     "محمد", "أحمد"}


def test_a_found_value_is_blanked_as_whole_words_only() -> None:
    # "Lee" was found; "Leeds" in the next sentence is still an unexplained capital.
    text = "Write to Lee about the form. She moved to Leeds."
    assert _windows(text, ["Lee"]) == ["She moved to Leeds."]


_CALENDAR_ALTERNATION = re.compile(
    r"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?|January|February|September|October|November|December)\b"
)
"""The calendar words as first written, without the look-ahead that speeds the scan."""
_CALENDAR_PIECES = [
    "Monday", "Tuesdays", "Wednesday", "Thursday", "Friday", "Saturdays", "Sunday", "January", "February",
    "September", "October", "November", "December", "May", "monday", "Mon", "days", "x", "_", "1", " ", ".", "-",
]


@settings(max_examples=300, deadline=None, database=None, derandomize=True)
@given(st.lists(st.sampled_from(_CALENDAR_PIECES), max_size=12))
def test_calendar_words_match_what_the_plain_alternation_matches(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert [m.span() for m in CALENDAR_WORDS.finditer(text)] == [m.span() for m in _CALENDAR_ALTERNATION.finditer(text)]
    for word in _CALENDAR_PIECES[:13]:
        assert CALENDAR_WORDS.fullmatch(word) is not None, word


def test_a_part_is_a_whole_word_of_letters() -> None:
    # NER took a postcode for a name: "LS" and "AB" are no parts (placed nowhere, they kept the request local)
    names = [("PERSON", "LS1 4AB"), ("PERSON", "Farida's Flat"), ("PERSON", "Ann O'Neill")]
    parts = {value for _, value in name_parts(names)}
    assert parts == {"Farida", "Flat", "Ann", "O'Neill"}
