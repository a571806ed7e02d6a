"""Payment card number (PAN).

Structure from ISO/IEC 7812-1: an issuer identification number, an account number
and a final Luhn (mod 10) check digit, 13 to 19 digits in all. Double every second
digit from the right, subtract 9 from results over 9, and the total must be a
multiple of 10. Only the major-industry identifiers 2-6 (Mastercard 2-series,
Amex/Diners/JCB 3, Visa 4, Mastercard/Maestro 5, Discover/UnionPay/Maestro 6) are
accepted on their own, so ISBN-13s (978...) and other long numbers starting 0, 1, 7,
8 or 9 are not read as cards without a card cue. With one ("card number", "Visa",
"debit card"...) any run of 12 to 19 digits is reported whatever Luhn or the prefix
say (recall first: a mistyped card number is still somebody's; `base.py`). The Luhn
check is python-stdnum's `stdnum.luhn`.
"""

from __future__ import annotations

from stdnum import luhn

from classifiers.recognisers.base import (
    DIGITS,
    NUMBER_NEGATIVE_CONTEXT,
    Pattern,
    PatternRecogniser,
    only_alphanumerics,
)

__all__ = ["PaymentCard", "luhn_is_valid"]


def luhn_is_valid(digits: str) -> bool:
    """True when a digit string passes the Luhn (mod 10) check."""
    return digits.isdigit() and bool(luhn.is_valid(digits))


class PaymentCard(PatternRecogniser):
    """13-19 digits starting 2-6 that pass Luhn; with a card cue, any 12-19 digits."""

    name = "payment_card"
    kind = "PAYMENT_CARD"
    patterns = (
        Pattern(
            "card",
            r"(?<![A-Za-z0-9])\d(?:[ .\-]?\d){11,18}(?![A-Za-z0-9])",
            score=0.0,
            requires=DIGITS,
        ),
    )
    context = (
        "card",
        "credit card",
        "debit card",
        "visa",
        "mastercard",
        "maestro",
        "amex",
        "american express",
        "card number",
        "card no",
        "cardholder",
        "card holder",
        "pan",
        "cvv",
        "cvc",
        "expiry",
        "long number",
    )
    # a handset's IMEI (15 digits, Luhn check digit) and a SIM's ICCID are device numbers, not cards
    negative_context = (*NUMBER_NEGATIVE_CONTEXT, "imei", "meid", "iccid", "sim number", "handset", "device id")
    validated_score = 0.9
    check_digit_run = True
    keep_failed_with_context = True

    def validate(self, match: str) -> bool | None:
        digits = only_alphanumerics(match)
        return 13 <= len(digits) <= 19 and digits[0] in "23456" and len(set(digits)) > 1 and luhn_is_valid(digits)
