from __future__ import annotations

import pytest

from classifiers.recognisers.uk.national_insurance import NationalInsuranceNumber, nino_is_valid
from tests.unit.classifiers.helpers import found, full_width, letter_spaced, zero_width


@pytest.fixture(scope="module")
def recogniser() -> NationalInsuranceNumber:
    return NationalInsuranceNumber()


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        ("AB123456C", True),
        ("JG103759A", True),
        ("AB123456", True),  # suffix omitted
        ("ab123456d", True),
        ("AB123456E", False),  # suffix beyond D
        ("QQ123456C", False),  # Q never first
        ("DA123456A", False),  # D never first
        ("AO123456A", False),  # O never second
        ("BG123456A", False),  # barred prefix
        ("GB123456A", False),
        ("NK123456A", False),
        ("TN123456A", False),
        ("ZZ123456A", False),
        ("AB12345C", False),
        ("A1123456C", False),
    ],
)
def test_nino_is_valid(value, valid):
    assert nino_is_valid(value) is valid


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NI number AB 12 34 56 C.", ["AB 12 34 56 C"]),
        ("NINO: JG103759A", ["JG103759A"]),
        ("her number is ab123456c", ["ab123456c"]),
        ("AB-12-34-56-C", ["AB-12-34-56-C"]),
        ("national insurance number AB123456", ["AB123456"]),
        # recall first: a never-issued prefix or suffix next to a NINO cue is still reported
        ("NI number QQ 12 34 56 C", ["QQ 12 34 56 C"]),
        ('{"nino": "TN123456E"}', ["TN123456E"]),
        ("code QQ123456C", []),  # the example prefix is never issued: no cue, no finding
        ("code GB123456A", []),
        ("we met on 12.03.24 at noon", []),  # lower-case letters before a date
        ("AB1234567C", []),
        ("XAB123456C", []),
    ],
)
def test_nino_in_text(recogniser, text, expected):
    assert found(recogniser, text) == expected


def test_nino_without_suffix_scores_lower(recogniser):
    from classifiers.normalise import normalise

    with_suffix = recogniser.find(normalise("AB123456C"))[0].score
    without = recogniser.find(normalise("AB123456"))[0].score
    assert without < with_suffix


@pytest.mark.parametrize("disguise", [zero_width, full_width, letter_spaced], ids=["zw", "fw", "spaced"])
def test_nino_evasions(recogniser, disguise):
    hidden = disguise("JG103759A")
    assert found(recogniser, f"NI: {hidden} ok") == [hidden]
