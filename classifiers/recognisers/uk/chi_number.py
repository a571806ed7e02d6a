"""Scottish Community Health Index (CHI) number.

Format from Public Health Scotland's data dictionary, "CHI Number": ten digits; the
first six are the date of birth as DDMMYY, the ninth is odd for males and even for
females, and the tenth is a modulus 11 check digit computed exactly as for the NHS
number (weights 10 down to 2 over the first nine digits; see `nhs_number.py`).
"""

from __future__ import annotations

import datetime as dt

from classifiers.recognisers.base import (
    DIGITS,
    NUMBER_NEGATIVE_CONTEXT,
    Pattern,
    PatternRecogniser,
    digit_run,
    only_alphanumerics,
)
from classifiers.recognisers.uk.nhs_number import mod11_check_digit

__all__ = ["ChiNumber", "chi_number_is_valid"]


def _is_ddmmyy(six: str) -> bool:
    """True when six digits are a real calendar date DDMMYY (a leap-year 29 Feb allowed)."""
    day, month, year = int(six[:2]), int(six[2:4]), int(six[4:6])
    try:
        dt.date(2000 + year, month, day)  # 2000 is a leap year, so 29/02/00 passes too
    except ValueError:
        return False
    return True


def chi_number_is_valid(digits: str) -> bool:
    """True for ten digits that start with a DDMMYY date and pass the modulus 11 check."""
    if len(digits) != 10 or not digits.isdigit() or not _is_ddmmyy(digits[:6]):
        return False
    return mod11_check_digit(digits[:9]) == int(digits[9])


class ChiNumber(PatternRecogniser):
    """Ten digits (any spacing) beginning with a date of birth and passing modulus 11.

    Scores below the NHS number unless CHI or Scottish context is near, so a number
    valid under both rules is reported as the kind its context names.
    """

    name = "uk_chi_number"
    kind = "UK_CHI_NUMBER"
    patterns = (Pattern("chi_number", rf"(?<![A-Za-z0-9]){digit_run(10)}(?![A-Za-z0-9])", score=0.2, requires=DIGITS),)
    context = ("chi", "chi no", "chi number", "community health index", "scotland", "scottish")
    negative_context = NUMBER_NEGATIVE_CONTEXT
    validated_score = 0.65
    check_digit_run = True

    def validate(self, match: str) -> bool | None:
        return chi_number_is_valid(only_alphanumerics(match))
