"""UK postcode.

Format from the UK Government Data Standards Catalogue ("Postcode", based on Royal
Mail's Postcode Address File and BS 7666): an outward code of A9, A99, A9A, AA9,
AA99 or AA9A, an optional space, and an inward code of a digit and two letters.
The first letter is never Q, V or X; the second never I, J or Z; the third position
of A9A is one of ABCDEFGHJKPSTUW and the fourth of AA9A one of ABEHMNPRVWXY; the
inward letters never include C, I, K, M, O or V. `GIR 0AA` (Girobank) is the one
exception to the pattern.

Written in capitals a postcode is distinctive; in lower case, or without its space,
it needs address context. An inward code that reads as a size ("PS5 5GB") is
dropped unless address context is near. A postcode-shaped token in capitals that
breaks a letter rule ("HR9 8II": I is never an inward letter) is a mistyped
postcode, kept when address context is near (recall first, as for a failed checksum).
"""

from __future__ import annotations

import re

from classifiers.recognisers.base import DIGITS, FAILED_CHECK_SCORE, Pattern, PatternRecogniser

__all__ = ["UkPostcode", "postcode_is_valid"]

_POSTCODE = r"(?:GIR[ ]?0AA|[A-PR-UWYZ](?:\d[A-HJKPSTUW\d]?|[A-HK-Y]\d[ABEHMNPRVWXY\d]?)[ ]?\d[ABD-HJLNP-UW-Z]{2})"
_FULL = re.compile(_POSTCODE)
_SHAPE = r"(?:GIR[ ]?0AA|[A-Z]{1,2}\d[A-Z\d]?[ ]?\d[A-Z]{2})"
"""Any outward and inward code's shape, letter rules aside: a mistyped postcode still has it."""
_SIZE_UNITS = ("GB", "MB", "KB", "TB")


def postcode_is_valid(value: str) -> bool:
    """True when `value` (any case, optional single space) is a well-formed UK postcode."""
    return _FULL.fullmatch(value.upper()) is not None


class UkPostcode(PatternRecogniser):
    """`SW1A 1AA`, `M1 1AE`, `GIR 0AA`; lower case and unspaced forms need context."""

    name = "uk_postcode"
    kind = "UK_POSTCODE"
    patterns = (
        Pattern(
            "postcode",
            rf"(?<![A-Za-z0-9]){_SHAPE}(?![A-Za-z0-9])",
            score=0.0,
            requires=DIGITS,
            flags=re.IGNORECASE,
        ),
    )
    context = (
        "postcode",
        "post code",
        "address",
        "lives",
        "living",
        "resides",
        "moved to",
        "road",
        "street",
        "avenue",
        "lane",
        "flat",
        "house",
        "live at",
        "live in",
        "send it to",
        "send the form",
    )
    keep_failed_with_context = True

    def assess(self, value: str, pattern: Pattern) -> float | None:
        """Capitals with a space 0.65, capitals unspaced 0.55, lower case 0.5 / 0.3."""
        if not postcode_is_valid(value):
            return FAILED_CHECK_SCORE if value.isupper() and " " in value else None
        spaced = " " in value
        if value.isupper():
            return 0.65 if spaced else 0.55
        return 0.5 if spaced else 0.3

    def contextual_score(self, lower: str, start: int, end: int, score: float) -> float | None:
        """Drop "5GB"-style inward codes unless address context says otherwise."""
        if self.has_context(lower, start, end):
            return min(1.0, score + self.context_boost)
        if lower[end - 2 : end].upper() in _SIZE_UNITS:
            return None
        return score
