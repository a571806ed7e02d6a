"""Builders of synthetic identifiers (valid by construction) and finding helpers.

Every number in the classifier tests is generated here from the same published
check-digit rules the recognisers implement; none is real.
"""

from __future__ import annotations

import datetime as dt

from classifiers.aggregate import resolve_overlaps
from classifiers.normalise import normalise
from classifiers.recognisers.base import Recogniser
from classifiers.recognisers.payment_card import luhn_is_valid
from classifiers.recognisers.uk.nhs_number import mod11_check_digit
from classifiers.recognisers.uk.upn import upn_check_letter
from classifiers.recognisers.uk.utr import utr_check_digit
from classifiers.recognisers.uk.vat import vat_checksum
from classifiers.types import Classification

ZERO_WIDTH_SPACE = "\u200b"


def found(recogniser: Recogniser, text: str, min_score: float = 0.5) -> list[str]:
    """Original-text slices of what `recogniser` reports at or above `min_score`."""
    normalised = normalise(text)
    findings = resolve_overlaps(f for f in recogniser.find(normalised) if f.score >= min_score)
    spans = [normalised.to_original(f.start, f.end) for f in findings]
    return [text[start:end] for start, end in sorted(spans)]


def kinds(result: Classification) -> set[str]:
    """The kinds of a classification's findings."""
    return {f.kind for f in result.findings}


def slices(result: Classification, text: str) -> list[str]:
    """The original-text slices of a classification's findings."""
    return [text[f.start : f.end] for f in result.findings]


def nhs_number(nine: str) -> str:
    """A valid NHS number from nine digits (the first nine that give a check digit)."""
    value = int(nine)
    while True:
        candidate = f"{value:09d}"
        check = mod11_check_digit(candidate)
        if check is not None and candidate[0] != "0":
            return candidate + str(check)
        value += 1


def broken_check_digit(number: str) -> str:
    """The same digits with the last digit changed."""
    return number[:-1] + str((int(number[-1]) + 1) % 10)


def chi_number(born: dt.date, serial: int = 12) -> str:
    """A valid CHI number for a date of birth (serial chosen so a check digit exists)."""
    while True:
        nine = born.strftime("%d%m%y") + f"{serial:03d}"
        check = mod11_check_digit(nine)
        if check is not None:
            return nine + str(check)
        serial += 1


def utr(nine: str) -> str:
    """A valid UTR: its check digit first, then the nine digits."""
    return utr_check_digit(nine) + nine


def vat_number(seven: str, scheme: int = 0) -> str:
    """A nine-digit VAT number whose check pair makes the checksum `scheme` (0, 42 or 55)."""
    for pair in range(100):
        candidate = f"{seven}{pair:02d}"
        if vat_checksum(candidate) == scheme:
            return candidate
    raise ValueError(f"no check pair gives {scheme} for {seven}")


def upn(twelve: str) -> str:
    """A valid UPN: check letter then the twelve characters."""
    return upn_check_letter(twelve) + twelve


def card_number(prefix: str, length: int = 16) -> str:
    """A Luhn-valid card number starting with `prefix`."""
    body = prefix + "0" * (length - len(prefix) - 1)
    for last in "0123456789":
        if luhn_is_valid(body + last):
            return body + last
    raise AssertionError("unreachable: one check digit always works")


def iban(country: str, bban: str) -> str:
    """A valid compact IBAN for a country and BBAN (ISO 13616 check digits)."""
    numeric = "".join(str(int(c, 36)) for c in (bban + country + "00").upper())
    return f"{country}{98 - int(numeric) % 97:02d}{bban}"


def grouped(value: str, size: int = 4, sep: str = " ") -> str:
    """`value` in groups of `size` characters."""
    return sep.join(value[i : i + size] for i in range(0, len(value), size))


def zero_width(value: str) -> str:
    """Zero-width spaces between every character."""
    return ZERO_WIDTH_SPACE.join(value)


def full_width(value: str) -> str:
    """Full-width forms of ASCII digits and letters."""
    return "".join(chr(ord(c) + 0xFEE0) if c.isascii() and c.isalnum() else c for c in value)


def letter_spaced(value: str) -> str:
    """Every non-space character separated by one space."""
    return " ".join(c for c in value if not c.isspace())
