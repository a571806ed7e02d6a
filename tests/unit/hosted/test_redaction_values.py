"""The safety check's helpers, restructured for speed: each still reads exactly what it read before."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hosted.redaction import redact
from hosted.redaction_values import (
    FOLD,
    View,
    _find,
    collect_values,
    normalised,
    present_kinds,
    serialised_kinds,
    spaced,
)
from tests.unit.hosted.redaction_cases import HYPOTHESIS, NAME, NHS, VALUES, chat, user

SPACES = [chr(code) for code in range(0x3000 + 1) if chr(code).isspace()]
LOOK_BEHIND_DIGIT_GAP = re.compile(r"(?<=\d)[\s\-./()+]+(?=\d)")
"""The digits view's definition as first written: separators between two digits, removed."""


def test_spaced_folds_every_whitespace_character_and_the_right_quote() -> None:
    for space in SPACES:
        assert spaced(f" Jane{space}{space}Doe{space}") == "Jane Doe", repr(space)
    assert spaced("Ciara O\u2019Neill") == "Ciara O'Neill"


@HYPOTHESIS
@given(st.text(alphabet=st.sampled_from(["a", "B", "\u2019", "'", "7", *SPACES[:12], "\u3000", "\u2028"])))
def test_spaced_is_the_fold_then_split(text: str) -> None:
    assert spaced(text) == " ".join(text.translate(FOLD).split())


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("943 476 5919", "9434765919"),
        ("ref 943+476+5919.", "ref 9434765919."),  # "+" between digits too
        ("1 - 2 (3) x 4", "123) x 4"),
        ("a 1 b", "a 1 b"),  # a separator beside one digit only stays
        ("", ""),
    ],
)
def test_the_digits_view_drops_separators_between_two_digits(text: str, digits: str) -> None:
    assert View([[text]]).digits == digits


@HYPOTHESIS
@given(st.text(alphabet=st.sampled_from(list("0123 -./()+a\n\t") + ["\u0661", "\u00a0"]), max_size=30))
def test_the_digits_view_matches_its_look_behind_definition(text: str) -> None:
    assert View([[text]]).digits == LOOK_BEHIND_DIGIT_GAP.sub("", normalised(text))  # the view reads NFKC


def test_the_views_made_on_demand_still_find_an_identifier_in_any_separator_form() -> None:
    nhs = list(collect_values([("UK_NHS_NUMBER", NHS)]).values())
    assert present_kinds(nhs, [["call 94-34-76-59-19 now"]]) == ("UK_NHS_NUMBER",)  # the compact view
    assert present_kinds(nhs, [["ref 943+476+5919"]]) == ("UK_NHS_NUMBER",)  # the digits view
    assert present_kinds(nhs, [["ref 943+476+5918"]]) == ()
    view = View([["ref 943+476+5919"]])
    assert view.compact == "ref943+476+5919" and view.digits == "ref 9434765919"


def test_find_keeps_whole_word_hits_only() -> None:
    assert _find("Jane Janet xJane Jane", "Jane") == [(0, 4), (17, 21)]
    assert _find("19434765919 9434765919", "9434765919") == [(12, 22)]
    assert _find("anything", "") == [] and _find("Jane", "Doe") == []


def test_leftover_kinds_without_values_looks_for_the_redactions_own() -> None:
    values = VALUES[:2]
    redaction = redact(chat(user(f"{NAME} has NHS number {NHS}.")), values)
    assert redaction.complete and redaction.leftover_kinds() == () == redaction.leftover_kinds(values)
    redaction.body["model"] = "JANE  doe"
    assert redaction.leftover_kinds() == ("PERSON",) == redaction.leftover_kinds(values)
    redaction.body["logit_bias"] = {"943.476.5919": 1}
    assert redaction.leftover_kinds() == ("PERSON", "UK_NHS_NUMBER") == redaction.leftover_kinds(values)


@pytest.mark.parametrize("written", ["Jane\nDoe", 'Jane "Doe"', "Jane\\Doe", "Jane\u0001Doe", "Jane\tDoe"])
def test_the_serialised_body_is_read_through_its_json_escapes(written: str) -> None:
    values = list(collect_values([("PERSON", "Jane Doe"), ("PERSON", 'Jane "Doe"'), ("PERSON", "Jane\\Doe")]).values())
    assert serialised_kinds({"model": written}, values, lambda text: text) == ("PERSON",)
    assert serialised_kinds({"model": "Jane-Doe"}, values, lambda text: text) == ()
