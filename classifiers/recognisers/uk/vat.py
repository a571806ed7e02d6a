"""UK VAT registration number.

Format from HMRC's VAT Registration Manual (VATREG: "VAT registration numbers") and
the check as implemented by python-stdnum (`stdnum.gb.vat`): nine digits (twelve for
a branch trader, whose last three are not checked), usually after `GB` (or `XI` in
Northern Ireland). Multiply the nine digits by weights 8, 7, 6, 5, 4, 3, 2, 10, 1 and
take the sum modulo 97: the original scheme needs 0; numbers issued from 100 000 00
onwards under the "9755" scheme give 42 or 55. Government departments (`GD` + 3
digits below 500) and health authorities (`HA` + 3 digits, 500 and above) have short
forms without a checksum.

A bare nine-digit number passes about one time in 33, so it needs VAT context.
The check is python-stdnum's `stdnum.gb.vat`; with VAT context a number failing it is
still reported (recall first: `base.py`).
"""

from __future__ import annotations

from stdnum.gb import vat as stdnum_vat

from classifiers.recognisers.base import (
    DIGITS,
    NUMBER_NEGATIVE_CONTEXT,
    Pattern,
    PatternRecogniser,
    digit_run,
    only_alphanumerics,
)

__all__ = ["VatNumber", "vat_checksum", "vat_number_is_valid"]


def vat_checksum(nine: str) -> int:
    """The weighted sum of nine digits modulo 97 (0, 42 or 55 when valid)."""
    return int(stdnum_vat.checksum(nine))


def vat_number_is_valid(value: str) -> bool:
    """True for a compact VAT number (country prefix optional) that passes its check."""
    return bool(value) and value.isalnum() and bool(stdnum_vat.is_valid(value.upper()))


class VatNumber(PatternRecogniser):
    """`GB 123 4567 89` (prefixed: distinctive) or nine bare digits next to VAT context."""

    name = "uk_vat_number"
    kind = "UK_VAT_NUMBER"
    patterns = (
        Pattern(
            "vat_prefixed",
            rf"(?<![A-Za-z0-9])(?:GB|XI)[ ]?(?:{digit_run(9)}(?:[ .\-]?\d{{3}})?|(?:GD|HA)\d{{3}})(?![A-Za-z0-9])",
            score=0.0,
            validated_score=0.9,
            requires=DIGITS,
        ),
        Pattern(
            "vat_bare",
            rf"(?<![A-Za-z0-9]){digit_run(9)}(?:[ .\-]?\d{{3}})?(?![A-Za-z0-9])",
            score=0.0,
            validated_score=0.3,
            requires=DIGITS,
        ),
    )
    context = ("vat", "vat no", "vat number", "vat registration", "vat reg")
    negative_context = NUMBER_NEGATIVE_CONTEXT
    context_boost = 0.4
    check_digit_run = True
    keep_failed_with_context = True

    def validate(self, match: str) -> bool | None:
        return vat_number_is_valid(only_alphanumerics(match))
