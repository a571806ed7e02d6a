"""NHS number (England, Wales and the Isle of Man).

Format and check digit from the NHS Data Dictionary, "NHS NUMBER": ten digits,
usually written 3-3-4; the tenth is a modulus 11 check digit. Multiply the first
nine digits by weights 10 down to 2, sum, take the remainder on division by 11 and
subtract it from 11; a result of 11 gives check digit 0 and a result of 10 means the
number is never issued. Issued numbers do not start with 0 (the 010-319 block that
looks like a date of birth is Scotland's CHI number, see `chi_number.py`).
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

__all__ = ["NhsNumber", "mod11_check_digit", "nhs_number_is_valid"]

_WEIGHTS = (10, 9, 8, 7, 6, 5, 4, 3, 2)


def mod11_check_digit(nine: str) -> int | None:
    """The NHS/CHI modulus 11 check digit of nine digits; None when no number is issued."""
    total = sum(int(digit) * weight for digit, weight in zip(nine, _WEIGHTS, strict=True))
    check = 11 - total % 11
    if check == 11:
        return 0
    return None if check == 10 else check


def nhs_number_is_valid(digits: str) -> bool:
    """True for ten digits, not starting with 0 or all alike, whose check digit is right."""
    if len(digits) != 10 or not digits.isdigit() or digits[0] == "0" or len(set(digits)) == 1:
        return False
    return mod11_check_digit(digits[:9]) == int(digits[9])


class NhsNumber(PatternRecogniser):
    """Ten digits (any spacing) that pass the NHS modulus 11 check."""

    name = "uk_nhs_number"
    kind = "UK_NHS_NUMBER"
    patterns = (Pattern("nhs_number", rf"(?<![A-Za-z0-9]){digit_run(10)}(?![A-Za-z0-9])", score=0.3, requires=DIGITS),)
    context = ("nhs", "nhs no", "nhs number", "national health service", "health and care number", "patient")
    negative_context = (
        *NUMBER_NEGATIVE_CONTEXT,
        "utr",
        "taxpayer",
        "tax reference",
        "vat",
        "passport",
        "account",
        "card",
        "phone",
        "tel",
        "mobile",
        "chi",
    )
    validated_score = 0.85
    check_digit_run = True

    def validate(self, match: str) -> bool | None:
        return nhs_number_is_valid(only_alphanumerics(match))
