from __future__ import annotations

import pytest

from classifiers.recognisers.uk.driving_licence import UkDrivingLicence, driving_licence_is_valid
from tests.unit.classifiers.helpers import found, zero_width


@pytest.fixture(scope="module")
def recogniser() -> UkDrivingLicence:
    return UkDrivingLicence()


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        ("MORGA753116SM9IJ", True),  # DVLA's published example layout
        ("LI999802245JA9AB", True),  # short surname padded with 9s, female month 52
        ("SMITH712229J99XY", True),  # one initial padded with 9
        ("MORGA753116SM9IJ35", True),  # issue number appended
        ("MORGA713116SM9IJ", False),  # month 13
        ("MORGA773116SM9IJ", False),  # month 73
        ("MORGA753006SM9IJ", False),  # day 00
        ("MORGA753406SM9IJ", False),  # day 40
        ("M9RGA753116SM9IJ", False),  # letter after a 9 in the surname
        ("MORGA753116SM9I", False),
    ],
)
def test_driving_licence_is_valid(value, valid):
    assert driving_licence_is_valid(value) is valid


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("licence MORGA753116SM9IJ", ["MORGA753116SM9IJ"]),
        ("DVLA: MORGA 753116 SM9IJ.", ["MORGA 753116 SM9IJ"]),
        ("morga753116sm9ij", ["morga753116sm9ij"]),  # no context needed: the layout is distinctive
        ("licence MORGA713116SM9IJ", ["MORGA713116SM9IJ"]),  # month 13, but a licence cue: recall first
        ("code MORGA713116SM9IJ", []),
        ("XMORGA753116SM9IJ", []),
        (f"licence {zero_width('MORGA753116SM9IJ')}", [zero_width("MORGA753116SM9IJ")]),
    ],
)
def test_driving_licence_in_text(recogniser, text, expected):
    assert found(recogniser, text) == expected
