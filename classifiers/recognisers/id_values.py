"""What a value after an identifier's cue must not be: a placeholder, a year or date, an amount, a count.

A cue with no value is not personal (a form field, a template, guidance that names the
number): "NI number: ____", "NHS No: [NHS NUMBER]", "XX 00 00 00 X", "+44 7XXX XXXXXX",
"{{nino}}". Recognisers whose patterns could take such a placeholder for a value ask
`is_placeholder_value` before reporting it, and ask `looks_like_count` whether the digits
after a cue are a quantity in a sentence about numbers ("the tax number of forms rose by
12345 applications").
"""

from __future__ import annotations

import re

__all__ = [
    "ORGANISATION_WORDS",
    "PLACEHOLDER",
    "followed_by_unit",
    "is_placeholder_value",
    "looks_like_count",
    "not_an_identifier",
]

PLACEHOLDER = re.compile(
    r"\[[^\[\]\n]{1,40}\]|\{\{?[^{}\n]{1,40}\}\}?|<<?[A-Za-z][^<>\n]{0,40}>>?|%[A-Z_]{2,30}%|\$[a-z_]{3,30}|"
    r"_{3,}|\.{6,}|(?:XX|xx|##|\*\*)[X#*x ]*",
)
"""A slot in a template: [Name], {{nino}}, <date of birth>, <<Surname>>, %NAME%, $first_name, ____, ......, XXXX."""

_MASK_CHARS = frozenset("Xx#*_0")
_MASK_RUN = re.compile(r"[Xx#*]{3,}")
_MASK_CHAR = re.compile(r"[Xx#*_]")
_NOT_ZERO = re.compile(r"[1-9A-WYZa-wyz]")


def is_placeholder_value(value: str) -> bool:
    """True for a masked or dummy value: mostly X/#/*, or only zeros and X ("XX 00 00 00 X", "7XXX XXXXXX")."""
    if _MASK_CHAR.search(value) is None:  # the common case, in C: a real value has a digit other than 0 or a letter
        return _NOT_ZERO.search(value) is None
    chars = [c for c in value if c.isalnum() or c in "#*_"]
    if not chars:
        return True
    if all(c in _MASK_CHARS for c in chars):
        return True
    return _MASK_RUN.search(value) is not None


_NOT_AN_ID = re.compile(
    r"(?:19|20)\d\d(?:[/\-](?:\d\d|(?:19|20)\d\d))?|\d{1,4}[/.\-]\d{1,2}[/.\-]\d{2,4}|\d{1,3}(?:,\d{3})+(?:\.\d+)?"
)
"""Years and tax years, dates, and numbers written with thousands separators."""


def not_an_identifier(value: str) -> bool:
    """A year, a tax year, a date or a number with thousands separators ("1,284,000")."""
    return _NOT_AN_ID.fullmatch(value.strip()) is not None


_CURRENCY_BEFORE = re.compile(r"(?:[£$€¥₹]|\b(?:gbp|usd|eur|rs\.?|inr))[ ]?$", re.IGNORECASE)
_QUANTITY_BEFORE = re.compile(
    r"(?<![a-z])(?:by|rose|fell|increased|decreased|grew|dropped|over|under|than|about|around|approximately|"
    r"nearly|almost|some|total(?:led|ing)?|of)[ ]+$",
    re.IGNORECASE,
)
_UNIT_AFTER = re.compile(
    r"[ ]?(?:%|per[ ]?cent|percent|k\b|m\b|bn\b|(?:[a-z]+s|people|children|men|women)\b)",
    re.IGNORECASE,
)


def looks_like_count(source: str, start: int, end: int) -> bool:
    """True when the number at `source[start:end]` reads as an amount or a count, not a reference."""
    if _CURRENCY_BEFORE.search(source, max(0, start - 6), start) is not None:
        return True
    quantity = _QUANTITY_BEFORE.search(source, max(0, start - 16), start) is not None
    unit = _UNIT_AFTER.match(source, end) is not None
    return quantity and unit or (unit and source[start:end].isdigit() and source[end : end + 1] in ("%",))


ORGANISATION_WORDS: tuple[str, ...] = (
    "company", "business", "firm", "charity", "organisation", "organization", "ltd", "limited", "plc", "inc",
    "llc", "gmbh", "corporation", "employer's", "our company", "the company",
)  # fmt: skip
"""Words before an identifier's cue that make the number a firm's ("our company tax ID number")."""


def followed_by_unit(source: str, end: int) -> bool:
    """True when a plural noun, a percent sign or a magnitude follows the number ending at `end` ("... passengers")."""
    return _UNIT_AFTER.match(source, end) is not None
