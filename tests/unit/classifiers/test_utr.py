from __future__ import annotations

import pytest

from classifiers.recognisers.uk.utr import UniqueTaxpayerReference, utr_check_digit, utr_is_valid
from tests.unit.classifiers.helpers import found, utr

VALID = utr("955839661")
SECOND = utr("123456789")


@pytest.fixture(scope="module")
def recogniser() -> UniqueTaxpayerReference:
    return UniqueTaxpayerReference()


def test_check_digit_matches_published_example():
    # python-stdnum's doctest example 1955839661: check digit 1 for 955839661.
    assert utr_check_digit("955839661") == "1"


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        (VALID, True),
        (SECOND, True),
        (VALID + "K", True),
        (str((int(VALID[0]) + 1) % 10) + VALID[1:], False),
        (VALID[:9], False),
        ("19558396611", False),
    ],
)
def test_utr_is_valid(value, valid):
    assert utr_is_valid(value) is valid


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"My UTR is {VALID}", [VALID]),
        (f"Unique Taxpayer Reference: {VALID[:5]} {VALID[5:]}", [f"{VALID[:5]} {VALID[5:]}"]),
        (f"self assessment ref {VALID}K", [f"{VALID}K"]),
        (f"The number {VALID} appears", []),  # a UTR needs tax context
        (f"UTR {str((int(VALID[0]) + 1) % 10) + VALID[1:]}", [str((int(VALID[0]) + 1) % 10) + VALID[1:]]),
        (f"UTR {VALID}0", []),
        # the label may follow the value, further than a few words away
        (f"{VALID[:5]} {VALID[5:]} - is this Ms Doe's Unique Taxpayer Reference?", [f"{VALID[:5]} {VALID[5:]}"]),
        (f"We hold {VALID} on file as the client's UTR.", [VALID]),
    ],
)
def test_utr_in_text(recogniser, text, expected):
    assert found(recogniser, text) == expected
