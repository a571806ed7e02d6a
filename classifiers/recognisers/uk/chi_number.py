"""Scottish Community Health Index (CHI) number.

Format from Public Health Scotland's data dictionary, "CHI Number": ten digits; the
first six are the date of birth as DDMMYY, the ninth is odd for males and even for
females, and the tenth is a modulus 11 check digit computed exactly as for the NHS
number (weights 10 down to 2 over the first nine digits; see `nhs_number.py`).
"""

from __future__ import annotations

from classifiers.recognisers.base import (
    DIGITS,
    NUMBER_NEGATIVE_CONTEXT,
    Pattern,
    PatternRecogniser,
    digit_run,
    only_alphanumerics,
)
from classifiers.recognisers.uk.nhs_number import in_chi_range, mod11_check_digit

__all__ = ["ChiNumber", "chi_number_is_valid"]


def chi_number_is_valid(digits: str) -> bool:
    """True for ten digits that start with a DDMMYY date and pass the modulus 11 check."""
    if not in_chi_range(digits):
        return False
    return mod11_check_digit(digits[:9]) == int(digits[9])


class ChiNumber(PatternRecogniser):
    """Ten digits (any spacing) beginning with a date of birth and passing modulus 11.

    Without context a CHI number scores above the NHS reading of the same digits
    (which `nhs_number.py` lowers for the CHI block) and below it when only NHS
    context is near, so a number valid under both rules is reported as the kind its
    context names, and as CHI when there is none.
    """

    name = "uk_chi_number"
    kind = "UK_CHI_NUMBER"
    patterns = (Pattern("chi_number", rf"(?<![A-Za-z0-9]){digit_run(10)}(?![A-Za-z0-9])", score=0.2, requires=DIGITS),)
    context = ("chi", "chi no", "chi number", "community health index", "scotland", "scottish", "health board")
    negative_context = NUMBER_NEGATIVE_CONTEXT
    validated_score = 0.65
    check_digit_run = True
    keep_failed_with_context = True

    def validate(self, match: str) -> bool | None:
        return chi_number_is_valid(only_alphanumerics(match))
