"""International Bank Account Number (IBAN), any country.

Structure and check from ISO 13616-1 and the SWIFT IBAN Registry: a two-letter
country code, two check digits and a country-specific BBAN, 15 to 34 characters in
all, usually printed in groups of four. Move the first four characters to the end,
replace each letter with two digits (A=10 ... Z=35) and the number modulo 97 must be
1 (ISO 7064 MOD 97-10). The registry's length per country is used to find where an
IBAN printed in groups ends, so a following word is never swallowed; a country code
outside the registry is not an IBAN. The MOD 97-10 check is python-stdnum's
`stdnum.iso7064.mod_97_10`; an IBAN failing it is still reported next to banking
wording (recall first: `base.py`).
"""

from __future__ import annotations

import re

from stdnum.iso7064 import mod_97_10

from classifiers.recognisers.base import Pattern, PatternRecogniser

__all__ = ["IBAN_LENGTHS", "Iban", "iban_is_valid"]

# SWIFT IBAN Registry (release 101): total IBAN length per country.
IBAN_LENGTHS = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22,
    "BI": 27, "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DJ": 27,
    "DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FK": 18, "FO": 18, "FR": 27,
    "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28, "HN": 28, "HR": 21, "HU": 28,
    "IE": 22, "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28,
    "LC": 32, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "LY": 25, "MC": 27, "MD": 24, "ME": 22,
    "MK": 19, "MN": 20, "MR": 27, "MT": 31, "MU": 30, "NI": 28, "NL": 18, "NO": 15, "OM": 23,
    "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "RU": 33, "SA": 24,
    "SC": 31, "SD": 18, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "SO": 23, "ST": 25, "SV": 28,
    "TL": 23, "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20, "YE": 30,
}  # fmt: skip


def iban_is_valid(value: str) -> bool:
    """True for a compact IBAN (one case) of a registry country's length passing MOD 97-10."""
    if not (value.isupper() or value.islower()):  # mixed case is words, not an IBAN
        return False
    value = value.upper()
    if not (value[:2].isalpha() and value[2:4].isdigit() and value.isalnum() and value.isascii()):
        return False
    if IBAN_LENGTHS.get(value[:2]) != len(value):
        return False
    return bool(mod_97_10.is_valid(value[4:] + value[:4]))


class Iban(PatternRecogniser):
    """`GB82 WEST 1234 5698 7654 32` or compact, any case, trimmed to the country's length."""

    name = "iban"
    kind = "IBAN"
    patterns = (
        Pattern(
            "iban",
            r"(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?:[ ]?[A-Za-z0-9]){11,30}",
            score=0.0,
            requires=tuple("0123456789"),
        ),
    )
    context = ("iban", "bank", "account", "swift", "bic")
    validated_score = 0.95
    keep_failed_with_context = True

    def span(self, match: re.Match[str], text: str) -> tuple[int, int] | None:
        """Cut the greedy match at the country's IBAN length; it must end at a token boundary."""
        expected = IBAN_LENGTHS.get(match.group()[:2].upper())
        ends = _character_ends(match.group())
        if expected is None or expected > len(ends):
            return None
        end = match.start() + ends[expected - 1]
        if end < len(text) and text[end].isalnum():
            return None
        return match.start(), end

    def validate(self, match: str) -> bool | None:
        return iban_is_valid("".join(c for c in match if c.isalnum()))


def _character_ends(value: str) -> list[int]:
    """For each alphanumeric character of `value`, the offset just after it."""
    return [index + 1 for index, char in enumerate(value) if char.isalnum()]
