"""Telephone numbers of every country, with Google's libphonenumber (`phonenumbers`).

UK numbers are left to `uk.phone`, which knows Ofcom's plan and the helpline ranges.
Everything else goes through `phonenumbers.PhoneNumberMatcher`, which carries every
region's numbering plan:

* a number written in international form (`+1 202 555 0143`, `+353 (1) 234 5678`,
  `0049 30 901820`) is found in any text; a number the plan says is valid scores
  0.7, one that is only possible (right length) 0.6;
* with phone wording near ("phone", "mobile", "tel", "WhatsApp", "call"...) the
  matcher also reads national formats as North American (`(202) 555-0143`), and,
  recall first, any run of 7 to 15 digits in phone layout next to that wording is a
  phone number of somewhere (`06 12 34 56 78`, `030 901820`).

Country calling code 44 is skipped here (the UK recogniser reports it).
"""

from __future__ import annotations

import re

import phonenumbers
from phonenumbers import Leniency, PhoneNumberMatcher

from classifiers.normalise import NormalisedText
from classifiers.recognisers.base import Recogniser, has_digit, words_regex
from classifiers.recognisers.digit_windows import DigitPattern
from classifiers.recognisers.uk.phone import uk_national_number
from classifiers.types import Finding, Sensitivity

__all__ = ["InternationalPhoneNumber"]

_CUE = words_regex(
    (
        "phone",
        "telephone",
        "tel",
        "mobile",
        "mob",
        "cell",
        "cellphone",
        "call",
        "sms",
        "whatsapp",
        "viber",
        "contact number",
        "phone number",
        "landline",
        "fax",
    )
)
_DEVICE = words_regex(("imei", "meid", "iccid", "serial", "serial number", "s/n", "device id"))
"""Words that make the digits after them a handset's or a SIM's number, not a line's: "IMEI 35-209900-176148-1"."""
_DEVICE_WINDOW = 20
_INTERNATIONAL = DigitPattern.compile(r"(?<![A-Za-z0-9])(?:\+|00)[ ]?[1-9]")
_LAYOUT = DigitPattern.compile(r"(?<![A-Za-z0-9+£$€])(?:\+|00)?\(?\d[\d ().\-]{5,20}\d(?![A-Za-z0-9]|[.\-]\d)")
_CUE_WINDOW = 40
_NUMBER_WINDOW = 32
_VALID, _POSSIBLE, _CUED = 0.7, 0.6, 0.55


def _merged(windows: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Overlapping windows joined; a window holding a cue reads national formats ("US" wins over "ZZ")."""
    merged: list[tuple[int, int, str]] = []
    for start, end, region in sorted(windows):
        if merged and start <= merged[-1][1]:
            last = merged[-1]
            merged[-1] = (last[0], max(last[1], end), "US" if "US" in (last[2], region) else "ZZ")
        else:
            merged.append((start, end, region))
    return merged


_IDD = re.compile(r"(?<![A-Za-z0-9+])00[ ]?(?=[1-9])")
"""The international prefix written as 00 (most of Europe, Africa and Asia): the matcher knows it only as "+"."""


def _as_plus(match: re.Match[str]) -> str:
    return " " * (len(match.group()) - 1) + "+"


_YEAR_GROUPS = re.compile(r"(?:(?:19|20)\d\d[ \-.]?)+")


def _not_a_phone(value: str) -> bool:
    """UK national numbers (left to `uk.phone`, with its helpline rule) and runs of years."""
    if _YEAR_GROUPS.fullmatch(value.strip()):
        return True
    return uk_national_number(value) is not None


class InternationalPhoneNumber(Recogniser):
    """Non-UK telephone numbers: international form anywhere, national layouts next to phone wording."""

    name = "international_phone_number"
    kind = "PHONE_NUMBER"

    def find(self, text: NormalisedText) -> list[Finding]:
        """Matcher results first, then cued digit runs the matcher did not cover."""
        source, lower = text.text, text.lower
        if not has_digit(text):  # first: most prose has no digit, and the test is one C-speed search
            return []
        international = _INTERNATIONAL.search(text) is not None
        cued = _CUE is not None and _CUE.search(lower) is not None
        if not (international or cued):
            return []
        found: dict[tuple[int, int], float] = {}
        windows = [(m.start(), m.start() + _NUMBER_WINDOW, "ZZ") for m in _INTERNATIONAL.finditer(text)]
        if cued and _CUE is not None:
            windows += [(max(0, m.start() - _CUE_WINDOW), m.end() + _CUE_WINDOW, "US") for m in _CUE.finditer(lower)]
        for start, end, region in _merged(windows):
            piece = _IDD.sub(_as_plus, source[start:end])  # "0049 171..." read as "+49 171...", same offsets
            if sum(map(str.isdigit, piece)) < 7:
                continue
            for match in PhoneNumberMatcher(piece, region, leniency=Leniency.POSSIBLE, max_tries=50):
                number = match.number
                if number.country_code == 44:
                    continue
                span = (start + match.start, start + match.end)
                score = _VALID if phonenumbers.is_valid_number(number) else _POSSIBLE
                found[span] = max(score, found.get(span, 0.0))
        if cued:
            for layout in _LAYOUT.finditer(text):
                digits = sum(c.isdigit() for c in layout.group())
                if not 7 <= digits <= 15 or not self._near_cue(lower, *layout.span()):
                    continue
                if any(start <= layout.start() < end or layout.start() <= start < layout.end() for start, end in found):
                    continue
                if _not_a_phone(layout.group()):
                    continue
                found[layout.span()] = _CUED
        return [
            Finding(self.kind, start, end, score, self.name, Sensitivity.PERSONAL)
            for (start, end), score in found.items()
            if _DEVICE is None or _DEVICE.search(lower, max(0, start - _DEVICE_WINDOW), start) is None
        ]

    @staticmethod
    def _near_cue(lower: str, start: int, end: int) -> bool:
        return _CUE is not None and _CUE.search(lower, max(0, start - _CUE_WINDOW), end + _CUE_WINDOW) is not None
