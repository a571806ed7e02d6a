"""An address written after words that say it is one, in any country's order, script and case.

The national layouts in `postal_address.py` and `address_tail.py` know street words one
language at a time ("Calle", "Straße", "Jalan"...). Held-out text kept showing addresses
those lists cannot know: a Spanish "Cañada de ... 2 Puerta 8", a Taiwanese
"基隆福安巷2號6樓", a Thai "70 ถนนคำลือ ...". What they share is how a writer introduces
them: "my address abroad:", "forwarding address -", "I now live at", "send it to me at".
After such a cue, the rest of the line (to a sentence end) is an address when it holds a
digit near its start (a house, flat or postcode number) and

* ends its parts with a country ("..., Ourense, 04367, Spain", "..., Taiwan"); or
* writes digits inside a non-Latin script (CJK, Thai, Hangul, Arabic, Cyrillic,
  Devanagari, Greek), as addresses in those scripts do ("2號6樓", "ул. Ленина 5"); or
* has two or more comma-separated parts and a postcode-like group of 3-6 digits.

An organisation's address ("the embassy's address: ...") is left alone, as
`public_values.py` leaves an organisation's sentence; a possessive ("my", "his") keeps it.
"""

from __future__ import annotations

import re

from classifiers.normalise import NormalisedText
from classifiers.recognisers.base import Recogniser, has_digit
from classifiers.recognisers.postal_words import COUNTRIES
from classifiers.types import Finding, Sensitivity

__all__ = ["CuedAddress"]

_CUE = re.compile(
    r"(?:(?:address|cyfeiriad)(?![a-z])"
    r"(?:[ ]+(?:abroad|overseas|there|now|here|in[ ]+[a-z]+(?:[ ][a-z]+)?))?"
    r"(?:[ ]+(?:is|was|will[ ]be|has[ ]changed[ ]to|changed[ ]to))?"
    r"|(?:live|lives|living|reside|resides|residing|stay|stays|staying|moved|relocated|based)[ ]+(?:now[ ]+)?(?:at|to)"
    r"|(?:to[ ]+(?:me|him|her|us|them)[ ]+at)|c/o"
    r"|(?:send|sent|post|posted|mail|mailed|forward|forwarded|deliver|delivered|ship|shipped)"
    r"(?:[ ]+(?:it|them|this|these|everything|the[ ][a-z]+|my[ ][a-z]+))?"
    r"[ ]+(?:on[ ]+)?to|(?:moving|move|moved|relocating)[ ]+(?:in)?to"
    r")[ ]*[:\-=,]?[ ]*",
)
"""Words that introduce an address, and the colon or dash after them (matched on the lower-cased text where a
`_HEADS` word starts; a possessive or "forwarding" before "address" is read by `_organisation`)."""
_HEADS = re.compile(
    r"address|cyfeiriad|liv|resid|stay|move|moving|relocat|based|to[ ](?:me|him|her|us|them)[ ]at|c/o|send|sent|post|"
    r"mail|forward|deliver|ship"
)
"""Where a cue can start: one scan of the text, and `_CUE` is tried only there."""
_SEGMENT_END = re.compile(r"\n|[?!;](?:[ ]|$)|(?<=[^\W\d_]{4})\.(?:[ ]|$)|$")
"""A line or sentence end; a full stop after a short word is an abbreviation ("ул. Ленина", "Apt. 4")."""
_COUNTRY_END = re.compile(rf"(?:,|[ ]-|[ ])[ ]*(?:{COUNTRIES})(?![a-z])")
_NON_LATIN = re.compile(r"[\u0370-\u03ff\u0400-\u04ff\u0600-\u06ff\u0900-\u097f\u0e00-\u0e7f\u1100-\u11ff"
                        r"\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")  # fmt: skip
_NON_LATIN_NUMBER = re.compile(rf"{_NON_LATIN.pattern}[. ]{{0,2}}\d|\d[ ]?{_NON_LATIN.pattern}")
_NUMBER = re.compile(
    r"(?<![0-9])(?!(?:19|20)\d\d(?![0-9]))\d+(?![0-9])(?![ ]?(?:am|pm|a\.m|p\.m|[:.]\d|%|h(?![a-z])|hrs|hours|min|"
    r"percent|times|days|weeks|months|years|people|staff|items|pages|emails))"
)
"""A house, flat or postcode number: any digits but a year, a time or a count ("I moved to 2019, Spain",
"Post to Facebook at 9 am, Spain time")."""
_PROSE = re.compile(r"(?<![a-z])(?:the|on|is|was|for|it|this|that|which|page|see|printed|shown|listed|given)(?![a-z])")
"""English prose words: after a cue, a segment in lower case with them is a sentence, not an address."""
_CODE = re.compile(r"[<>={}\[\]_@]|::|\(\)")
"""Code or markup, not an address: "address=<AddressFamily.AF_INET: 2>", "address: String::from(...)"."""
_POSTCODE_GROUP = re.compile(r"(?<![0-9])(?!(?:19|20)\d\d(?![0-9]))\d{3,6}(?![0-9])")
_ORGANISATION = re.compile(
    r"(?<![a-z])(?:embassy|consulate|high commission|ministry|department|council|office|headquarters|hq|"
    r"company|ltd|limited|inc|gmbh|plc|university|museum|hotel|restaurant|shop|store|branch|bank|charity|"
    r"agency|tribunal|court|registry|centre|center)(?![a-z])"
)
_OWNED = re.compile(r"(?<![a-z])(?:my|his|her|their|i|we|me|him|us|them)(?![a-z])")
_POSSESSIVE_START = re.compile(r"(?:my|his|her|our|their|your)[ ]")
_MAX_SEGMENT = 140
_SCORE = 0.6


class CuedAddress(Recogniser):
    """The rest of a line after "my address:", "I live at"..., when it reads as an address (module docstring)."""

    name = "cued_address"

    def find(self, text: NormalisedText) -> list[Finding]:
        """Each cue followed by an address-shaped segment."""
        if not has_digit(text):
            return []
        lower = text.lower
        findings = []
        for head in _HEADS.finditer(lower):
            if head.start() > 0 and lower[head.start() - 1].isalpha():
                continue  # inside a word ("delivery", "debased")
            cue = _CUE.match(lower, head.start())
            if cue is None:
                continue
            start = cue.end()
            if start >= len(lower) or not lower[start].isalnum() or _POSSESSIVE_START.match(lower, start):
                continue  # "send it to my address abroad: ...": the inner cue reports the address itself
            stop = _SEGMENT_END.search(lower, start + 1, start + _MAX_SEGMENT)
            end = stop.start() if stop is not None else min(len(lower), start + _MAX_SEGMENT)
            address_end = self._address_end(text.text, lower, start, end)
            if address_end is None or self._organisation(lower, cue.start(), start, address_end):
                continue
            findings.append(Finding("POSTAL_ADDRESS", start, address_end, _SCORE, self.name, Sensitivity.PERSONAL))
        return findings

    @staticmethod
    def _address_end(original: str, lower: str, start: int, end: int) -> int | None:
        """Where the address in `lower[start:end]` ends, or None when it does not read as one."""
        if _NUMBER.search(lower, start, min(end, start + 60)) is None or _CODE.search(lower, start, end) is not None:
            return None
        if not (lower[start].isdigit() or original[start] != lower[start] or _NON_LATIN.match(lower, start)):
            if _PROSE.search(lower, start, end) is not None:
                return None
        country = _COUNTRY_END.search(lower, start, end)
        if country is not None and country.start() > start:
            return country.end()
        segment = lower[start:end]
        if _NON_LATIN_NUMBER.search(segment) is not None:
            return end
        if segment.count(",") >= 2 and _POSTCODE_GROUP.search(segment) is not None:
            return end
        return None

    @staticmethod
    def _organisation(lower: str, cue_start: int, start: int, end: int) -> bool:
        """An organisation's address: an organisation word in the cue's clause or the address, no possessive."""
        before = lower[max(0, cue_start - 50) : start]
        if _OWNED.search(before) is not None:
            return False
        return _ORGANISATION.search(before) is not None or _ORGANISATION.search(lower, start, end) is not None
