"""National Insurance number (NINO).

Format from HMRC's National Insurance Manual, NIM39110: two prefix letters, six
digits and a suffix letter A, B, C or D (the suffix is sometimes omitted). The first
letter is never D, F, I, Q, U or V; the second is never D, F, I, O, Q, U or V; the
prefixes BG, GB, KN, NK, NT, TN and ZZ are not allocated. There is no check digit,
so these prefix rules are the validation. python-stdnum has no NINO module, so the
rules are ours. Recall first: with a NINO cue ("NI number", a field named `nino`) a
value of the same shape is reported even with a never-allocated prefix or another
suffix letter (`base.py`).
"""

from __future__ import annotations

import re

from classifiers.recognisers.base import DIGITS, FAILED_CHECK_SCORE, Pattern, PatternRecogniser, only_alphanumerics

__all__ = ["NationalInsuranceNumber", "nino_is_valid"]

_BAD_FIRST = frozenset("DFIQUV")
_BAD_SECOND = frozenset("DFIOQUV")
_BARRED_PREFIXES = frozenset({"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"})
_GAP = r"(?:[ \t]*[\n/_+][ \t]*|[ \t]{2,4}|[ \t]+[.\-][ \t]*|[.\-][ \t]+)"
_ANY = rf"(?:{_GAP}|[ .\-]?)"
_GROUPS = (
    rf"(?:{_GAP}\d{{2}}{_ANY}\d{{2}}{_ANY}\d{{2}}(?:{_ANY}[A-Da-d])?|"
    rf"{_ANY}\d{{2}}(?:{_GAP}\d{{2}}{_ANY}\d{{2}}|{_ANY}\d{{2}}{_GAP}\d{{2}})(?:{_ANY}[A-Da-d])?|"
    rf"{_ANY}\d{{2}}{_ANY}\d{{2}}{_ANY}\d{{2}}{_GAP}[A-Da-d])"
)
"""Prefix, three pairs of digits and suffix with at least one separator `nino_any_letters` does not cover."""
"""Between groups written by hand or in a form: runs of spaces, a line break, a slash, an underscore."""
_SHAPE = re.compile(r"[A-Z]{2}\d{6}[A-D]?")


def nino_is_valid(value: str) -> bool:
    """True for a compact NINO (8 or 9 characters) with an allocatable prefix and suffix."""
    value = value.upper()
    if _SHAPE.fullmatch(value) is None:
        return False
    prefix = value[:2]
    return prefix[0] not in _BAD_FIRST and prefix[1] not in _BAD_SECOND and prefix not in _BARRED_PREFIXES


_NEEDS_CUE = frozenset({"nino_any_letters", "nino_grouped"})
"""Patterns whose matches count only next to National Insurance wording (lower case, odd separators)."""


class NationalInsuranceNumber(PatternRecogniser):
    """`QQ 12 34 56 C` in capitals with any spacing, or compact in lower case.

    Lower-case letters are accepted only in the compact form with a suffix, so that
    prose such as "on 12.03.24" is not read as a prefix and six digits. Other letter
    cases and separators written by hand or in forms (runs of spaces, line breaks,
    slashes: `nino_grouped`) count only next to National Insurance wording.
    """

    name = "uk_national_insurance_number"
    kind = "UK_NATIONAL_INSURANCE_NUMBER"
    patterns = (
        Pattern(
            "nino_capitals",
            r"(?<![A-Za-z0-9])[A-Z]{2}[ .\-]?\d{2}[ .\-]?\d{2}[ .\-]?\d{2}(?:[ .\-]?[A-D])?(?![A-Za-z0-9])",
            score=0.0,
            requires=DIGITS,
        ),
        Pattern("nino_compact_lower", r"(?<![A-Za-z0-9])[a-z]{2}\d{6}[a-d](?![A-Za-z0-9])", score=0.0, requires=DIGITS),
        Pattern(
            "nino_grouped",
            rf"(?<![A-Za-z0-9])[A-Za-z]{{2}}{_GROUPS}(?![A-Za-z0-9])",
            score=0.0,
            requires=DIGITS,
        ),
        Pattern(
            "nino_any_letters",
            r"(?<![A-Za-z0-9])[A-Za-z]{2}[ .\-]?\d{2}[ .\-]?\d{2}[ .\-]?\d{2}[ .\-]?[A-Za-z]?(?![A-Za-z0-9])",
            score=0.0,
            requires=DIGITS,
        ),
    )
    context = ("national insurance", "ni number", "ni no", "ni num", "nino", "nin", "insurance number", "nat ins")
    negative_context = (
        "companies house", "company number", "company no", "company registration", "registered number",
        "registered in scotland", "registered in england", "crn", "charity number", "ltd", "limited", "plc", "llp",
    )  # fmt: skip
    """A company number has the same shape ("SC123456": Scottish companies); without a NINO cue it is a firm's."""
    keep_failed_with_context = True

    def validate(self, match: str) -> bool | None:
        return nino_is_valid(only_alphanumerics(match))

    def assess(self, value: str, pattern: Pattern) -> float | None:
        """With a suffix letter the shape is distinctive (0.9); without one, 0.6; invalid: cue needed."""
        compact = only_alphanumerics(value)
        if pattern.name in _NEEDS_CUE or not nino_is_valid(compact):
            return FAILED_CHECK_SCORE
        return 0.9 if len(compact) == 9 else 0.6
