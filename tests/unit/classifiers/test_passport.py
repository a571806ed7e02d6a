from __future__ import annotations

import pytest

from classifiers.recognisers.uk.passport import UkPassportNumber
from tests.unit.classifiers.helpers import found, letter_spaced


@pytest.fixture(scope="module")
def recogniser() -> UkPassportNumber:
    return UkPassportNumber()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("passport number 123456789", ["123456789"]),
        ("Passport no: AB1234567", ["AB1234567"]),
        ("123456789 (UK passport)", ["123456789"]),
        ("the figure was 123456789", []),  # no checksum exists, so context is required
        ("passport 12345678", []),
        ("passport 1234567890", []),
        ("passport 123 456 789 0", []),
        (f"passport {letter_spaced('123456789')}", [letter_spaced("123456789")]),
    ],
)
def test_passport_in_text(recogniser, text, expected):
    assert found(recogniser, text) == expected
