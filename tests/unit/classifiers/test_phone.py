from __future__ import annotations

import pytest

from classifiers.recognisers.phone import InternationalPhoneNumber
from classifiers.recognisers.uk.phone import UkPhoneNumber, uk_national_number
from tests.unit.classifiers.helpers import found, full_width, zero_width


@pytest.fixture(scope="module")
def recogniser() -> UkPhoneNumber:
    return UkPhoneNumber()


@pytest.mark.parametrize(
    ("written", "national"),
    [
        ("07700 900123", "07700900123"),
        ("+44 7700 900123", "07700900123"),
        ("+44 (0)20 7946 0958", "02079460958"),
        ("0044 161 496 0000", "01614960000"),
        ("(0113) 496 0123", "01134960123"),
        ("0800 123 4567", "08001234567"),
        ("07700 90012", None),  # mobile needs eleven digits
        ("04700 900123", None),  # 04 is not used
        ("+1 202 555 0143", None),
    ],
)
def test_uk_national_number(written, national):
    assert uk_national_number(written) == national


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Call 07700 900123 today", ["07700 900123"]),
        ("mobile +447700900123", ["+447700900123"]),
        ("ring (0161) 496 0000.", ["(0161) 496 0000"]),
        ("tel: +44(0)113 496 0123", ["+44(0)113 496 0123"]),
        ("020-7946-0958", ["020-7946-0958"]),
        ("(07700)900123", ["(07700)900123"]),
        ("0808 157 0000", ["0808 157 0000"]),  # non-geographic, no helpline wording
        ("NHS helpline: 0800 123 4567", []),
        ("07700 9001234", []),  # too long for a mobile
        ("07700 900123 456", []),  # the run continues
        ("price 1234567890", []),
        (f"mob {zero_width('07700900123')}", [zero_width("07700900123")]),
        (f"mob {full_width('07700 900123')}", [full_width("07700 900123")]),
    ],
)
def test_uk_phone_in_text(recogniser, text, expected):
    assert found(recogniser, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("call +1 202 555 0143", ["+1 202 555 0143"]),
        ("WhatsApp +353 (1) 234 5678", ["+353 (1) 234 5678"]),
        ("+44 7700 900123", []),  # UK numbers belong to the UK recogniser
        ("+12 345", []),
    ],
)
def test_international_phone_in_text(text, expected):
    assert found(InternationalPhoneNumber(), text) == expected
