"""International telephone numbers (non-UK country codes).

Numbering from ITU-T Recommendation E.164: a `+`, a country code of one to three
digits and a national number, fifteen digits at most in all (eight at least in
practice). UK numbers are left to `uk.phone`, which knows the UK plan.
"""

from __future__ import annotations

from classifiers.recognisers.base import Pattern, PatternRecogniser

__all__ = ["InternationalPhoneNumber"]


class InternationalPhoneNumber(PatternRecogniser):
    """`+1 202 555 0143`, `+353 (1) 234 5678`: a `+` and 8-15 digits, not +44."""

    name = "international_phone_number"
    kind = "PHONE_NUMBER"
    patterns = (
        Pattern(
            "e164",
            r"(?<![A-Za-z0-9+])\+(?!44)[1-9]\d{0,2}[ .\-]?(?:\(\d{1,4}\)[ .\-]?)?\d(?:[ .\-]?\d){4,12}(?![A-Za-z0-9])",
            score=0.0,
            requires=("+",),
        ),
    )
    context = ("phone", "telephone", "tel", "mobile", "call", "whatsapp", "contact", "number")
    validated_score = 0.6
    check_digit_run = True

    def validate(self, match: str) -> bool | None:
        return 8 <= sum(c.isdigit() for c in match) <= 15
