from __future__ import annotations

import pytest

from classifiers.normalise import normalise
from classifiers.recognisers.uk.bank_account import ACCOUNT, SORT_CODE, UkBankAccount, sort_code_is_well_formed
from tests.unit.classifiers.helpers import found


@pytest.fixture(scope="module")
def recogniser() -> UkBankAccount:
    return UkBankAccount()


@pytest.mark.parametrize(
    ("value", "ok"),
    [("12-34-56", True), ("12 34 56", True), ("123456", True), ("12-34 56", False), ("12-345-6", False)],
)
def test_sort_code_is_well_formed(value, ok):
    assert sort_code_is_well_formed(value) is ok


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sort code 20-00-00, account number 55779911", ["20-00-00", "55779911"]),
        ("Bank details: 40 47 84 / 7012 3456", ["40 47 84", "7012 3456"]),
        ("sort code 200000", []),  # a sort code alone names a branch, not a person
        ("sort code 200000 for the account", ["200000"]),
        ("her bank sort code 20-00-00", ["20-00-00"]),
        ("account no 55779911", ["55779911"]),
        ("20-00-00 55779911", ["20-00-00", "55779911"]),  # written together: no words needed
        ("the meeting is on 12-03-24", []),  # a date without banking context
        ("we sold 55779911 units", []),
        ("order ref 20-00-00 55779911", []),  # negative context and no banking words
        ("account 5577991", []),  # seven digits
        ("account 557799112", []),  # nine digits
    ],
)
def test_bank_details_in_text(recogniser, text, expected):
    assert found(recogniser, text) == expected


def test_pair_lifts_both_kinds(recogniser):
    findings = recogniser.find(normalise("20-00-00 55779911"))
    assert {f.kind for f in findings if f.score >= 0.85} == {SORT_CODE, ACCOUNT}
