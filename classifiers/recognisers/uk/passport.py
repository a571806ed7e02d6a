"""UK passport number.

ICAO Doc 9303 Part 3 fixes a nine-character document number field; HM Passport
Office fills it with nine digits. Two letters and seven digits is also accepted, as
Microsoft Presidio's `UkPassportRecognizer` does, for newer and non-standard books.
The document number's check digit (weights 7, 3, 1) is printed only in the
machine-readable zone, so free text carries no checksum: a passport number is
reported only with passport context near it.
"""

from __future__ import annotations

from classifiers.recognisers.base import DIGITS, NUMBER_NEGATIVE_CONTEXT, Pattern, PatternRecogniser

__all__ = ["UkPassportNumber"]


class UkPassportNumber(PatternRecogniser):
    """Nine digits, or two letters and seven digits, with "passport" context."""

    name = "uk_passport_number"
    kind = "UK_PASSPORT_NUMBER"
    patterns = (
        Pattern("passport_digits", r"(?<![A-Za-z0-9])\d{9}(?![A-Za-z0-9])", score=0.2, requires=DIGITS),
        Pattern("passport_letters", r"(?<![A-Za-z0-9])[A-Z]{2}\d{7}(?![A-Za-z0-9])", score=0.2, requires=DIGITS),
    )
    context = ("passport", "passport number", "passport no", "travel document", "hm passport office", "hmpo")
    negative_context = NUMBER_NEGATIVE_CONTEXT
    check_digit_run = True
