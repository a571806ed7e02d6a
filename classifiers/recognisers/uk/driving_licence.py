"""UK (DVLA) driving licence number.

Format from the DVLA's description of the licence number ("What your driving
licence number means", GOV.UK, and DVLA leaflet INF254): sixteen characters.

* 1-5   the first five letters of the surname, padded with 9s;
* 6     the decade digit of the year of birth;
* 7-8   the month of birth, plus 50 for women (01-12 or 51-62);
* 9-10  the day of birth (01-31);
* 11    the last digit of the year of birth;
* 12-13 the first two initials, padded with 9;
* 14    an arbitrary digit (usually 9);
* 15-16 two computer check characters.

Two more digits (the licence issue number) are sometimes written after it.
Northern Ireland licences (eight digits) are not covered.
"""

from __future__ import annotations

import re

from classifiers.recognisers.base import DIGITS, Pattern, PatternRecogniser, only_alphanumerics

__all__ = ["UkDrivingLicence", "driving_licence_is_valid"]

_SHAPE = re.compile(r"[A-Z][A-Z]{0,4}9{0,4}\d[0156]\d[0-3]\d\d[A-Z][A-Z9]\d[A-Z0-9]{2}")


def driving_licence_is_valid(value: str) -> bool:
    """True for a compact 16-character licence number whose fields are well formed."""
    value = value.upper()
    if len(value) == 18 and value[16:].isdigit():
        value = value[:16]  # issue number appended
    if len(value) != 16 or _SHAPE.fullmatch(value) is None:
        return False
    month, day = int(value[6:8]), int(value[8:10])
    return (1 <= month <= 12 or 51 <= month <= 62) and 1 <= day <= 31


class UkDrivingLicence(PatternRecogniser):
    """`MORGA753116SM9IJ`, optionally spaced as `MORGA 753116 SM9IJ`, any case."""

    name = "uk_driving_licence"
    kind = "UK_DRIVING_LICENCE"
    patterns = (
        Pattern(
            "dvla_licence",
            r"(?<![A-Za-z0-9])[A-Za-z][A-Za-z9]{4}[ ]?\d{6}[ ]?[A-Za-z][A-Za-z9]\d[ ]?[A-Za-z0-9]{2}"
            r"(?:[ ]?\d{2})?(?![A-Za-z0-9])",
            score=0.0,
            requires=DIGITS,
        ),
    )
    context = ("driving licence", "driver's licence", "drivers licence", "licence number", "dvla", "licence")
    validated_score = 0.9
    keep_failed_with_context = True

    def validate(self, match: str) -> bool | None:
        return driving_licence_is_valid(only_alphanumerics(match))
