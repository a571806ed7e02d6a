from __future__ import annotations

import pytest

from classifiers.recognisers.uk.upn import UniquePupilNumber, upn_check_letter, upn_is_valid
from tests.unit.classifiers.helpers import found, full_width, upn

VALID = upn("801200005001")
TEMPORARY = upn("20212345678A")


@pytest.fixture(scope="module")
def recogniser() -> UniquePupilNumber:
    return UniquePupilNumber()


def test_published_example():
    assert upn_check_letter("801200005001") == "B"  # python-stdnum's doctest B801200005001


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        (VALID, True),
        (TEMPORARY, True),
        (VALID.lower(), True),
        ("A" + VALID[1:] if VALID[0] != "A" else "C" + VALID[1:], False),
        ("I" + VALID[1:], False),  # I is never a check letter
        (VALID[:-1], False),
        (VALID[0] + "X" + VALID[2:], False),
    ],
)
def test_upn_is_valid(value, valid):
    assert upn_is_valid(value) is valid


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"UPN {VALID}", [VALID]),
        (
            f"pupil {VALID[0]} {VALID[1:4]} {VALID[4:8]} {VALID[8:10]} {VALID[10:]}",
            [f"{VALID[0]} {VALID[1:4]} {VALID[4:8]} {VALID[8:10]} {VALID[10:]}"],
        ),
        (f"temporary UPN {TEMPORARY}", [TEMPORARY]),
        (f"UPN {VALID}7", []),
        (f"UPN {full_width(VALID)}", [full_width(VALID)]),
    ],
)
def test_upn_in_text(recogniser, text, expected):
    assert found(recogniser, text) == expected
