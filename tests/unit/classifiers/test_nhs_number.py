from __future__ import annotations

import pytest

from classifiers.recognisers.uk.nhs_number import NhsNumber, mod11_check_digit, nhs_number_is_valid
from tests.unit.classifiers.helpers import broken_check_digit, found, full_width, letter_spaced, nhs_number, zero_width

VALID = nhs_number("943476591")
OTHER = nhs_number("401023213")
SPACED = f"{VALID[:3]} {VALID[3:6]} {VALID[6:]}"


@pytest.fixture(scope="module")
def recogniser() -> NhsNumber:
    return NhsNumber()


@pytest.mark.parametrize(
    ("nine", "expected"),
    [("943476591", 9), ("401023213", 7), ("000000001", 9), ("123456789", None)],
)
def test_mod11_check_digit(nine, expected):
    assert mod11_check_digit(nine) == expected


@pytest.mark.parametrize(
    ("digits", "valid"),
    [
        (VALID, True),
        (OTHER, True),
        (broken_check_digit(VALID), False),
        ("1234567890", False),  # check digit would be 10: never issued
        ("0123456789", False),  # leading 0 is the CHI range
        ("4444444444", False),  # all alike
        (VALID[:9], False),
        (VALID + "1", False),
        ("94347659a9", False),
    ],
)
def test_nhs_number_is_valid(digits, valid):
    assert nhs_number_is_valid(digits) is valid


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"NHS number {VALID}", [VALID]),
        (f"NHS: {SPACED}.", [SPACED]),
        (f"patient {VALID[:3]}-{VALID[3:6]}-{VALID[6:]}", [f"{VALID[:3]}-{VALID[3:6]}-{VALID[6:]}"]),
        (f"ref {VALID[:3]}.{VALID[3:6]}.{VALID[6:]} for the patient", [f"{VALID[:3]}.{VALID[3:6]}.{VALID[6:]}"]),
        (f"{OTHER} was quoted", [OTHER]),  # validated numbers need no context
        (f"NHS number {broken_check_digit(VALID)}", [broken_check_digit(VALID)]),  # recall first
        (f"Why does {broken_check_digit(VALID)} fail the NHS number check digit test?", []),
        (f"The code {broken_check_digit(VALID)} was printed", []),  # failed check, no cue
        (f"NHS {VALID}1", []),  # eleven digits
        (f"card 4{VALID}12345", []),  # inside a longer number
        (f"NHS {VALID} 5", []),  # the run continues after a space
        (f"NHSX{VALID}Y", []),  # glued to letters
        (f"Order number {VALID} has shipped", []),  # negative context, no NHS context
        (f"ISBN {VALID}", []),
        (f"UTR {VALID}", []),
    ],
)
def test_nhs_number_in_text(recogniser, text, expected):
    assert found(recogniser, text) == expected


@pytest.mark.parametrize(
    "disguise",
    [zero_width, full_width, letter_spaced],
    ids=["zero-width", "full-width", "letter-spaced"],
)
def test_nhs_number_evasions_map_back_to_original(recogniser, disguise):
    hidden = disguise(VALID)
    assert found(recogniser, f"NHS number: {hidden} thanks") == [hidden]
