from __future__ import annotations

import pytest

from classifiers.recognisers.uk.vat import VatNumber, vat_checksum, vat_number_is_valid
from tests.unit.classifiers.helpers import found, vat_number

OLD = vat_number("9807806", 0)
NEW = vat_number("2345678", 42)
NEW55 = vat_number("3456789", 55)


@pytest.fixture(scope="module")
def recogniser() -> VatNumber:
    return VatNumber()


def test_published_example_checksum():
    assert vat_checksum("980780684") == 0  # python-stdnum's doctest GB 980 7806 84


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        (OLD, True),
        (NEW, True),
        (NEW55, True),
        ("GB" + OLD, True),
        (OLD + "001", True),  # branch trader
        ("GD123", True),
        ("HA512", True),
        ("GD612", False),
        ("HA123", False),
        (OLD[:7] + f"{(int(OLD[7:]) + 1) % 100:02d}", False),
        (OLD[:8], False),
        (vat_number("0012345", 42), False),  # 9755 scheme only from 100 0000 00
    ],
)
def test_vat_number_is_valid(value, valid):
    assert vat_number_is_valid(value) is valid


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"VAT reg GB {OLD[:3]} {OLD[3:7]} {OLD[7:]}", [f"GB {OLD[:3]} {OLD[3:7]} {OLD[7:]}"]),
        (f"supplier GB{NEW}", [f"GB{NEW}"]),  # the GB prefix is distinctive
        (f"VAT number: {NEW55}", [NEW55]),
        (f"ref {NEW}", []),  # bare digits need VAT context
        (f"VAT GB{OLD[:7]}{(int(OLD[7:]) + 1) % 100:02d}", [f"GB{OLD[:7]}{(int(OLD[7:]) + 1) % 100:02d}"]),
        (f"supplier GB{OLD[:7]}{(int(OLD[7:]) + 1) % 100:02d}", []),  # failed check, no VAT cue
        ("VAT GBGD123", ["GBGD123"]),
    ],
)
def test_vat_in_text(recogniser, text, expected):
    assert found(recogniser, text) == expected
