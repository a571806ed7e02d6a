"""UK telephone numbers: landlines, mobiles and non-geographic numbers.

Numbering from Ofcom's National Telephone Numbering Plan: after the trunk prefix 0
(or the country code +44 / 0044, sometimes written `+44 (0)`) a national number has
ten digits (nine for a few 01 area codes). 01 and 02 are geographic, 07 mobile and
personal numbers, 03 non-geographic, 05 corporate and VoIP, 08 freephone and
special services, 09 premium rate. 04 and 06 are not used.

Geographic and mobile numbers identify a household or person and score high;
03/05/08/09 numbers usually belong to organisations (helplines), so they score just
above the threshold and are dropped next to helpline wording.
"""

from __future__ import annotations

from classifiers.recognisers.base import DIGITS, Pattern, PatternRecogniser

__all__ = ["UkPhoneNumber", "is_mobile", "uk_national_number"]

_PERSONAL_PREFIXES = ("01", "02", "07")
_OTHER_PREFIXES = ("03", "05", "08", "09")


def uk_national_number(value: str) -> str | None:
    """The national form (leading 0) of a written UK number, or None if it cannot be one."""
    digits = "".join(c for c in value if c.isdigit())
    if value.lstrip().startswith("+") and digits.startswith("44"):
        digits = digits[2:]
    elif digits.startswith("0044"):
        digits = digits[4:]
    else:
        return digits if _valid_national(digits) else None
    if digits.startswith("0"):  # the "(0)" in "+44 (0)20 ..."
        digits = digits[1:]
    national = "0" + digits
    return national if _valid_national(national) else None


def is_mobile(value: str) -> bool:
    """A written UK mobile number, national or international ("07700 900123", "+44 7700 900123")."""
    national = uk_national_number(value)
    return national is not None and national.startswith("07")


def _valid_national(national: str) -> bool:
    if not national.startswith(_PERSONAL_PREFIXES + _OTHER_PREFIXES):
        return False
    if national.startswith("07"):
        return len(national) == 11
    if national.startswith(("01", "02")):
        return len(national) in (10, 11)  # ten for a few 01 areas; short 02 forms are common
    if national.startswith(("0800", "0500")):
        return len(national) in (10, 11)  # freephone keeps some ten-digit numbers (0800 123 456)
    return len(national) == 11


class UkPhoneNumber(PatternRecogniser):
    """`07700 900123`, `(0161) 496 0000`, `+44 (0)20 7946 0958`, `+447700900123`..."""

    name = "uk_phone_number"
    kind = "UK_PHONE_NUMBER"
    patterns = (
        Pattern(
            "uk_phone",
            r"(?<![A-Za-z0-9+])(?:(?:\+|00)[ ]?44[ ]?(?:\(0\)[ ]?)?|\(?0)\d(?:[ .\-)]{0,2}\d){7,10}(?![A-Za-z0-9])",
            score=0.0,
            requires=DIGITS,
        ),
        Pattern(
            # an area code or a mobile's first five digits set off by one slash ("07911/123456", "0161/496 0000");
            # only there, so that a date and a time ("01/11/2023 10:45") never read as a number
            "uk_phone_slash",
            r"(?<![A-Za-z0-9+/])0\d{3,4}/[ ]?\d{3}[ ]?\d{3,4}(?![A-Za-z0-9]|/\d)",
            score=0.0,
            requires=("/",),
        ),
    )
    context = ("phone", "telephone", "tel", "mobile", "mob", "call", "ring", "text", "contact", "number", "whatsapp")
    negative_context = (
        "helpline",
        "freephone",
        "customer service",
        "customer services",
        "call centre",
        "switchboard",
        "enquiries",
        "hotline",
        "advice line",
        # an organisation's contact block in guidance: "claim line", "(textphone ...)", "Monday to Friday"
        "claim line",
        "lines are open",
        "textphone",
        "text relay",
        "relay uk",
        "call charges",
        "opening hours",
        "monday to friday",
        "contact us",
        "call us",
        "free to call",
    )
    check_digit_run = True

    def assess(self, value: str, pattern: Pattern) -> float | None:
        national = uk_national_number(value)
        if national is None:
            return None
        return 0.8 if national.startswith(_PERSONAL_PREFIXES) else 0.55

    def contextual_score(self, lower: str, start: int, end: int, score: float) -> float | None:
        """Helpline wording drops an organisation's number even when "call" is near; a mobile's never
        ("She is available Monday to Friday on 07911 123456": people keep hours too)."""
        if score < 0.8 and self.has_negative_context(lower, start, end):
            return None
        if is_mobile(lower[start:end]):
            return min(1.0, score + self.context_boost) if self.has_context(lower, start, end) else score
        return super().contextual_score(lower, start, end, score)
