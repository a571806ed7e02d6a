from __future__ import annotations

import pytest

from classifiers.recognisers.uk.postcode import UkPostcode, postcode_is_valid
from tests.unit.classifiers.helpers import found, letter_spaced


@pytest.fixture(scope="module")
def recogniser() -> UkPostcode:
    return UkPostcode()


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        ("SW1A 1AA", True),  # AA9A
        ("M1 1AE", True),  # A9
        ("B33 8TH", True),  # A99
        ("W1A 0AX", True),  # A9A
        ("CR2 6XH", True),  # AA9
        ("DN55 1PT", True),  # AA99
        ("EC1A 1BB", True),
        ("GIR 0AA", True),
        ("sw1a1aa", True),
        ("QA1 1AA", False),  # Q never first
        ("AI1 1AA", False),  # I never second
        ("SW1A 1CA", False),  # C never in the inward code
        ("SW1A 1A", False),
        ("SW1AA 1AA", False),
    ],
)
def test_postcode_is_valid(value, valid):
    assert postcode_is_valid(value) is valid


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She lives at SW1A 1AA.", ["SW1A 1AA"]),
        ("Leeds LS6 2AB", ["LS6 2AB"]),
        ("GIR 0AA", ["GIR 0AA"]),
        ("postcode m1 1ae", ["m1 1ae"]),
        ("sent to ls62ab", []),  # lower case without a space needs address context
        ("my postcode is ls62ab", ["ls62ab"]),
        ("the PS5 5GB model", []),  # reads as a size
        ("X SW1A 1AAB", []),
        (f"address {letter_spaced('SW1A 1AA')}", [letter_spaced("SW1A 1AA")]),
    ],
)
def test_postcode_in_text(recogniser, text, expected):
    assert found(recogniser, text) == expected
