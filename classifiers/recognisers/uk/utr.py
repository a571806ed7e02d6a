"""HMRC Unique Taxpayer Reference (UTR).

Format from HMRC's Self Assessment Manual (SAM100040, "the UTR") and the check
digit as implemented by python-stdnum (`stdnum.gb.utr`): ten digits, sometimes shown
with a trailing K; the *first* digit is a check digit over the other nine. Multiply
those nine by weights 6, 7, 8, 9, 10, 5, 4, 3, 2, take the sum modulo 11 and look the
remainder up in "21987654321".

Any nine digits have a check digit, so one ten-digit number in ten passes: a UTR
is only reported with tax context near it ("UTR", "taxpayer", "self assessment"...).
The check is python-stdnum's `stdnum.gb.utr`; with that context a number failing it
is still reported (recall first: `base.py`).
"""

from __future__ import annotations

from stdnum.gb import utr as stdnum_utr

from classifiers.recognisers.base import (
    DIGITS,
    NUMBER_NEGATIVE_CONTEXT,
    Pattern,
    PatternRecogniser,
    digit_run,
    only_alphanumerics,
)

__all__ = ["UniqueTaxpayerReference", "utr_check_digit", "utr_is_valid"]


def utr_check_digit(nine: str) -> str:
    """The check digit (the UTR's first digit) for the other nine digits."""
    return str(stdnum_utr.calc_check_digit(nine))


def utr_is_valid(value: str) -> bool:
    """True for ten digits (an optional trailing K removed) whose first digit checks."""
    digits = value.upper().removesuffix("K")
    if len(digits) != 10 or not digits.isdigit():
        return False
    return bool(stdnum_utr.is_valid(digits))


class UniqueTaxpayerReference(PatternRecogniser):
    """Ten digits (any spacing, optional K) with a valid UTR check digit and tax context."""

    name = "uk_unique_taxpayer_reference"
    kind = "UK_UTR"
    patterns = (
        Pattern(
            "utr",
            rf"(?<![A-Za-z0-9]){digit_run(10)}(?:[ ]?[Kk])?(?![A-Za-z0-9])",
            score=0.0,
            requires=DIGITS,
        ),
    )
    context = (
        "utr",
        "unique taxpayer",
        "taxpayer reference",
        "tax reference",
        "self assessment",
        "self-assessment",
        "tax return",
        "hmrc",
        "corporation tax",
    )
    negative_context = NUMBER_NEGATIVE_CONTEXT
    validated_score = 0.3
    context_boost = 0.4
    check_digit_run = True
    keep_failed_with_context = True

    def validate(self, match: str) -> bool | None:
        return utr_is_valid(only_alphanumerics(match))
