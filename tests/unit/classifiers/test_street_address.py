from __future__ import annotations

import pytest

from classifiers.recognisers.uk.street_address import UkStreetAddress
from tests.unit.classifiers.helpers import found


@pytest.fixture(scope="module")
def recogniser() -> UkStreetAddress:
    return UkStreetAddress()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She lives at 12 Acacia Avenue, Leeds.", ["12 Acacia Avenue"]),
        ("Flat 3, 14B Mill Lane", ["Flat 3, 14B Mill Lane"]),
        ("send it to 221 Old Kent Road", ["221 Old Kent Road"]),
        ("The PM lives at 10 Downing Street", []),  # a famous public address
        ("the museum at 4 High Street", []),
        ("costs £12 Main Street", []),
        ("12 apples on the road", []),
    ],
)
def test_street_address_in_text(recogniser, text, expected):
    assert found(recogniser, text) == expected
