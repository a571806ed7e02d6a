from __future__ import annotations

import pytest

from classifiers.recognisers.iban import IBAN_LENGTHS, Iban, iban_is_valid
from tests.unit.classifiers.helpers import found, grouped, iban, zero_width

GB = iban("GB", "WEST12345698765432")
DE = iban("DE", "370400440532013000")
FR = iban("FR", "20041010050500013M02606")


@pytest.fixture(scope="module")
def recogniser() -> Iban:
    return Iban()


def test_builder_reproduces_registry_example():
    assert GB == "GB82WEST12345698765432"  # SWIFT IBAN Registry example for the UK


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        (GB, True),
        (DE, True),
        (FR, True),
        (GB.lower(), True),
        ("GB83WEST12345698765432", False),  # check digits off by one
        (GB[:-1], False),  # wrong length for GB
        ("XX" + GB[2:], False),  # not a registry country
        ("Gb82West12345698765432", False),  # mixed case is words, not an IBAN
        ("GB82 WEST", False),
    ],
)
def test_iban_is_valid(value, valid):
    assert iban_is_valid(value) is valid


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"IBAN {grouped(GB)} please", [grouped(GB)]),
        (f"pay {GB} today", [GB]),
        (f"{grouped(DE)} AND MORE WORDS", [grouped(DE)]),  # greedy match trimmed to DE's length
        (f"FR: {grouped(FR)}.", [grouped(FR)]),
        ("IBAN GB83 WEST 1234 5698 7654 32", ["GB83 WEST 1234 5698 7654 32"]),  # failed check, IBAN cue
        ("GB83 WEST 1234 5698 7654 32 was printed", []),  # failed check, no cue
        (f"IBAN {GB}X", []),  # glued to a letter
        (f"iban {zero_width(GB)}", [zero_width(GB)]),
        ("The caller gave WA21SJT as their registration number", []),  # words after a plate
    ],
)
def test_iban_in_text(recogniser, text, expected):
    assert found(recogniser, text) == expected


def test_every_registry_length_in_range():
    assert all(15 <= length <= 34 for length in IBAN_LENGTHS.values())
