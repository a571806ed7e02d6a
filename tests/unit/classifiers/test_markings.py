from __future__ import annotations

import pytest

from classifiers.aggregate import resolve_overlaps
from classifiers.markings import OFFICIAL_SENSITIVE, SECRET, TOP_SECRET, ProtectiveMarking
from classifiers.normalise import normalise
from classifiers.types import Sensitivity

SPECIAL = Sensitivity.SPECIAL


@pytest.fixture(scope="module")
def recogniser() -> ProtectiveMarking:
    return ProtectiveMarking()


def markings(recogniser, text):
    return sorted({(f.kind, f.level) for f in resolve_overlaps(recogniser.find(normalise(text)))})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("OFFICIAL-SENSITIVE\nBudget lines", [(OFFICIAL_SENSITIVE, Sensitivity.SPECIAL)]),
        ("official sensitive: personal", [(OFFICIAL_SENSITIVE, Sensitivity.SPECIAL)]),
        ("OFFICIAL – SENSITIVE", [(OFFICIAL_SENSITIVE, Sensitivity.SPECIAL)]),  # en dash
        ("SECRET\nThe plan follows.", [(SECRET, Sensitivity.SECRET)]),
        ("*** SECRET - UK EYES ONLY ***", [(SECRET, Sensitivity.SECRET)]),
        ("TOP SECRET//STRAP1", [(TOP_SECRET, Sensitivity.SECRET)]),
        ("top secret//noforn", [(TOP_SECRET, Sensitivity.SECRET)]),
        ("Classification: SECRET", [(SECRET, Sensitivity.SECRET)]),
        ("protective marking = top secret", [(TOP_SECRET, Sensitivity.SECRET)]),
        ("see the [SECRET] annex", [(SECRET, Sensitivity.SECRET)]),
        ("Secret\nminutes of the meeting", [(SECRET, Sensitivity.SECRET)]),
        ("The report is marked TOP SECRET.", [(TOP_SECRET, Sensitivity.SECRET)]),
        ("The secret to good bread is time.", []),
        ("It is a top secret recipe.", []),
        ("The files were classified as top secret in 1945.", []),
        ("KEEP IT SECRET", []),
        ("SECRET SANTA LIST", []),
        ("SECRET santa rules", []),
        ("OFFICIAL", []),
        ("unofficial sensitivity", []),
        # mentioned, not applied: questions about the markings themselves
        ("What does the OFFICIAL-SENSITIVE marking mean?", []),
        ("Explain when to use 'OFFICIAL-SENSITIVE'.", []),
        ("What is the difference between OFFICIAL-SENSITIVE and TOP SECRET?", []),
        ("Which documents should be marked TOP SECRET?", []),
        # applied: a header, a label, or a question about this document
        ("OFFICIAL-SENSITIVE: what does this marking mean for the minutes below?", [(OFFICIAL_SENSITIVE, SPECIAL)]),
        ("Can you summarise this OFFICIAL-SENSITIVE briefing?", [(OFFICIAL_SENSITIVE, SPECIAL)]),
        ("Is the attached OFFICIAL-SENSITIVE marking right?", [(OFFICIAL_SENSITIVE, SPECIAL)]),
        ("Classification: TOP SECRET. What does it mean?", [(TOP_SECRET, Sensitivity.SECRET)]),
    ],
)
def test_markings(recogniser, text, expected):
    assert markings(recogniser, text) == expected


def test_letter_spaced_marking(recogniser):
    assert markings(recogniser, "S E C R E T\nbody") == [(SECRET, Sensitivity.SECRET)]
