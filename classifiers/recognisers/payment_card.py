"""Payment card number (PAN).

Structure from ISO/IEC 7812-1: an issuer identification number, an account number
and a final Luhn (mod 10) check digit, 13 to 19 digits in all. Double every second
digit from the right, subtract 9 from results over 9, and the total must be a
multiple of 10. Only the major-industry identifiers 2-6 (Mastercard 2-series,
Amex/Diners/JCB 3, Visa 4, Mastercard/Maestro 5, Discover/UnionPay/Maestro 6) are
accepted, so ISBN-13s (978...) and other long numbers starting 0, 1, 7, 8 or 9 are
never read as cards.
"""

from __future__ import annotations

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
    if not digits.isdigit():
        return False
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char)
        if position % 2 == 1:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0


class PaymentCard(PatternRecogniser):
    """13-19 digits starting 2-6, in any grouping, that pass the Luhn check."""

    name = "payment_card"
    kind = "PAYMENT_CARD"
    patterns = (
        Pattern(
            "card",
            r"(?<![A-Za-z0-9])[2-6]\d(?:[ .\-]?\d){11,17}(?![A-Za-z0-9])",
            score=0.0,
            requires=DIGITS,
        ),
    )
    context = ("card", "credit card", "debit card", "visa", "mastercard", "amex", "card number", "pan", "cvv")
    negative_context = NUMBER_NEGATIVE_CONTEXT
    validated_score = 0.9
    check_digit_run = True

    def validate(self, match: str) -> bool | None:
        digits = only_alphanumerics(match)
        return 13 <= len(digits) <= 19 and len(set(digits)) > 1 and luhn_is_valid(digits)
