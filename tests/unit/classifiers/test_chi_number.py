from __future__ import annotations

import datetime as dt

import pytest

from classifiers.recognisers.uk.chi_number import ChiNumber, chi_number_is_valid
from classifiers.recognisers.uk.nhs_number import in_chi_range, nhs_number_is_valid
from tests.unit.classifiers.helpers import broken_check_digit, chi_number, found, nhs_number, zero_width

VALID = chi_number(dt.date(1985, 3, 14))
LEAP = chi_number(dt.date(1996, 2, 29))


@pytest.fixture(scope="module")
def recogniser() -> ChiNumber:
    return ChiNumber()


@pytest.mark.parametrize(
    ("digits", "valid"),
    [
        (VALID, True),
        (LEAP, True),
        (broken_check_digit(VALID), False),
        ("3213851234", False),  # 32/13/85 is not a date
        ("3002851230", False),  # 30 February
        (VALID[:9], False),
    ],
)
def test_chi_number_is_valid(digits, valid):
    assert chi_number_is_valid(digits) is valid


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"CHI number {VALID}", [VALID]),
        (f"Scottish patient, CHI {VALID[:6]} {VALID[6:]}", [f"{VALID[:6]} {VALID[6:]}"]),
        (f"{VALID}", [VALID]),  # valid without context
        (f"{VALID} is recorded as their Community Health Index number", [VALID]),  # label after the value
        # recall first: a failed check next to a CHI cue is still somebody's number
        (f"CHI {broken_check_digit(VALID)}", [broken_check_digit(VALID)]),
        (f"number {broken_check_digit(VALID)}", []),  # no cue: a failed check is dropped
        (f"CHI {VALID}9", []),
        (f"invoice {VALID}", []),
        (f"CHI {zero_width(VALID)}", [zero_width(VALID)]),
    ],
)
def test_chi_number_in_text(recogniser, text, expected):
    assert found(recogniser, text) == expected


def test_chi_context_outscores_nhs_reading(recogniser):
    from classifiers.normalise import normalise
    from classifiers.recognisers.uk.nhs_number import NhsNumber

    number = chi_number(dt.date(1972, 11, 5))
    with_context = normalise(f"CHI number {number}")
    without = normalise(f"number {number}")
    chi_score = max(f.score for f in recogniser.find(with_context))
    nhs_scores = [f.score for f in NhsNumber().find(with_context)]
    assert all(chi_score > s for s in nhs_scores)
    assert max(f.score for f in recogniser.find(without)) < 0.85


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("CHI number {n}", "UK_CHI_NUMBER"),
        ("{n} - is this their Community Health Index number?", "UK_CHI_NUMBER"),
        ("NHS Scotland number {n}", "UK_CHI_NUMBER"),  # Scottish context wins over "NHS"
        ("Patient {n}", "UK_NHS_NUMBER"),  # NHS context only
        ("NHS number {n}", "UK_NHS_NUMBER"),
        ("Jo gave {n} on the form.", "UK_CHI_NUMBER"),  # no context: the date prefix decides
        ("{n}", "UK_CHI_NUMBER"),
    ],
)
def test_number_valid_as_chi_and_nhs_is_reported_once_as_the_kind_context_supports(rules_classifier, text, kind):
    number = chi_number(dt.date(1982, 6, 13))
    assert nhs_number_is_valid(number)  # both readings are valid
    result = rules_classifier.classify(text.format(n=number))
    assert [f.kind for f in result.findings if f.kind in ("UK_CHI_NUMBER", "UK_NHS_NUMBER")] == [kind]


def test_number_outside_the_chi_block_stays_an_nhs_number(rules_classifier):
    number = nhs_number("943476591")  # starts with 9: not a DDMMYY date
    assert not in_chi_range(number)
    assert [f.kind for f in rules_classifier.classify(number).findings] == ["UK_NHS_NUMBER"]
