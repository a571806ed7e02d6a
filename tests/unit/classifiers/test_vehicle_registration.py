from __future__ import annotations

import datetime as dt

import pytest

from classifiers.recognisers.uk.vehicle_registration import VehicleRegistration, age_identifier_is_valid
from tests.unit.classifiers.helpers import found, letter_spaced


@pytest.fixture(scope="module")
def recogniser() -> VehicleRegistration:
    return VehicleRegistration()


@pytest.mark.parametrize(
    ("age", "valid"),
    [("02", True), ("24", True), ("25", True), ("51", True), ("74", True), ("01", False), ("50", False), ("99", False)],
)
def test_age_identifier(age, valid):
    assert age_identifier_is_valid(age, today=dt.date(2025, 6, 1)) is valid


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("his car, registration AB51 ABC, was parked", ["AB51 ABC"]),
        ("vehicle reg: LD12XYZ", ["LD12XYZ"]),
        ("number plate A123 BCD", ["A123 BCD"]),  # prefix format
        ("the van ABC 123D", ["ABC 123D"]),  # suffix format
        ("code AB51 ABC in the warehouse", []),  # no vehicle context
        # recall first: an unissued age identifier or letter next to vehicle wording is still a plate
        ("car AB01 ABC", ["AB01 ABC"]),  # age identifier 01 was never issued
        ("car AB51 ABQ", ["AB51 ABQ"]),  # Q is not a random letter
        ("code AB01 ABC", []),
        ("van AB51-ABC", ["AB51-ABC"]),  # hyphenated
        ("the car ab51 abc", ["ab51 abc"]),  # lower case with vehicle context
        (f"car reg {letter_spaced('AB51 ABC')}", [letter_spaced("AB51 ABC")]),
    ],
)
def test_registration_in_text(recogniser, text, expected):
    assert found(recogniser, text) == expected
