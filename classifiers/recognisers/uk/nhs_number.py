"""NHS number (England, Wales and the Isle of Man).

Format and check digit from the NHS Data Dictionary, "NHS NUMBER": ten digits,
usually written 3-3-4; the tenth is a modulus 11 check digit. Multiply the first
nine digits by weights 10 down to 2, sum, take the remainder on division by 11 and
subtract it from 11; a result of 11 gives check digit 0 and a result of 10 means the
number is never issued. Issued numbers do not start with 0.

The same ten-digit space holds Scotland's CHI numbers (`chi_number.py`): the NHS
Data Dictionary's allocation puts England, Wales and the Isle of Man at 400 000 000
and above (Northern Ireland's Health and Care numbers at 320-399), leaving the block
that begins with a DDMMYY date of birth (010 101 - 311 299) to Scotland. A number
valid under both rules is therefore reported as an NHS number only with NHS context
and no Scottish context; otherwise its date prefix makes it a CHI number. It is
never dropped: one of the two readings always scores above the threshold.

The check itself is python-stdnum's `stdnum.gb.nhs`; the rules it leaves out (no
number starting 0, none of ten identical digits) are added here. A number failing
the check is still reported next to NHS wording (recall first: `base.py`).

Written by hand, the 3-3-4 groups are also split by runs of spaces, slashes, line
breaks or underscores ("798  286  1474", "442/899/7183", one group per line in a
form). Those forms (`nhs_grouped`) count only next to NHS wording, valid or not:
without a cue, wide gaps could join unrelated numbers in a table.
"""

from __future__ import annotations

import datetime as dt

from stdnum.gb import nhs as stdnum_nhs

from classifiers.recognisers.base import (
    DIGITS,
    NUMBER_NEGATIVE_CONTEXT,
    Pattern,
    PatternRecogniser,
    digit_run,
    only_alphanumerics,
)

__all__ = ["NhsNumber", "in_chi_range", "is_ddmmyy", "mod11_check_digit", "nhs_number_is_valid"]

_WEIGHTS = (10, 9, 8, 7, 6, 5, 4, 3, 2)
_GAP = r"(?:[ \t]*[\n/_+][ \t]*|[ \t]{2,4}|[ \t]+[.\-][ \t]*|[.\-][ \t]+)"
"""A separator `digit_run` does not cover (one space, dot or hyphen is `nhs_number`'s)."""
_ANY_GAP = rf"(?:{_GAP}|[ .\-]?)"
_GROUPED = rf"\d(?<![A-Za-z0-9/]\d)\d{{2}}(?:{_GAP}\d{{3}}{_ANY_GAP}|[ .\-]?\d{{3}}{_GAP})\d{{4}}"
"""3-3-4 groups split by something `digit_run`'s single separator does not cover."""
_CHI_RANGE_SCORE = 0.6
"""Score of a valid number in the CHI block: below a CHI number's, above the threshold."""


def is_ddmmyy(six: str) -> bool:
    """True when six digits are a real calendar date DDMMYY (a leap-year 29 Feb allowed)."""
    day, month, year = int(six[:2]), int(six[2:4]), int(six[4:6])
    try:
        dt.date(2000 + year, month, day)  # 2000 is a leap year, so 29/02/00 passes too
    except ValueError:
        return False
    return True


def in_chi_range(digits: str) -> bool:
    """True for ten digits in Scotland's block: they begin with a DDMMYY date of birth."""
    return len(digits) == 10 and digits.isdigit() and is_ddmmyy(digits[:6])


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
    return bool(stdnum_nhs.is_valid(digits))


class NhsNumber(PatternRecogniser):
    """Ten digits (any spacing) that pass the NHS modulus 11 check."""

    name = "uk_nhs_number"
    kind = "UK_NHS_NUMBER"
    patterns = (
        Pattern("nhs_number", rf"(?<![A-Za-z0-9]){digit_run(10)}(?![A-Za-z0-9])", score=0.3, requires=DIGITS),
        Pattern(
            "nhs_grouped",
            rf"{_GROUPED}(?![A-Za-z0-9]|/\d)",
            score=0.3,
            validated_score=0.45,
            requires=DIGITS,
        ),
    )
    context = (
        "nhs",
        "nhs no",
        "nhs number",
        "national health service",
        "health and care number",
        "patient",
        # the services that ask for one: a booking or confirmation there is a patient's ("Booking
        # confirmation for 4721362544 at the vaccination centre")
        "vaccination",
        "vaccine",
        "clinic",
        "hospital",
        "gp",
        "surgery",
        "pharmacy",
    )
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
        "community health index",
        "scotland",
        "scottish",
    )
    validated_score = 0.85
    check_digit_run = True
    keep_failed_with_context = True

    def validate(self, match: str) -> bool | None:
        return nhs_number_is_valid(only_alphanumerics(match))

    def assess(self, value: str, pattern: Pattern) -> float | None:
        """A valid number in the CHI block scores below a CHI reading (module docstring)."""
        score = super().assess(value, pattern)
        if score is not None and in_chi_range(only_alphanumerics(value)):
            return min(score, _CHI_RANGE_SCORE)
        return score
