"""A street line followed by its town, state, postcode or country: an address in any country and any case.

`postal_address.py` knows national layouts one by one (North American ZIP lines,
continental "Hauptstraße 12", PO boxes). What every layout shares, in the Universal
Postal Union's country sheets, is its order of parts: a house number (with a unit
before it, "Unit 7 / 45", "Flat 3,", "7/45"), a street named with a street word
("Street", "Road", "St", "Rue ...", "Via ..."), then, within a line, the locality and
a postcode or state, or the country. A street line alone is prose ("45 George Street
was rebuilt in 1890"); a street line with that tail is an address:

* a state or province code and its postcode ("SYDNEY NSW 2000", "Toronto ON M5H 2M9");
* a town and a postcode of four to six digits, either way round, that is not a year
  ("Bordeaux 33000", "20355 Hamburg", "Dhaka 1205");
* a country name ("..., AUSTRALIA", "..., Nigeria").

Any case ("UNIT 7 / 45 GEORGE STREET", "7/45 george st sydney nsw 2000"); an
organisation's address in an organisation's sentence is left to `public_values.py`.
"""

from __future__ import annotations

import re

from classifiers.normalise import NormalisedText
from classifiers.recognisers.base import Recogniser, has_digit
from classifiers.recognisers.digit_windows import DigitPattern
from classifiers.recognisers.postal_words import COUNTRIES
from classifiers.types import Finding, Sensitivity

__all__ = ["StreetLineWithTail"]

_TYPES = (
    r"street|st|road|rd|avenue|ave|av|lane|ln|drive|dr|close|crescent|cres|court|ct|place|pl|terrace|tce|way|"
    r"boulevard|blvd|highway|hwy|parade|pde|square|sq|grove|gardens|mews|walk|row|circuit|cct|esplanade|esp"
)
_PREFIX_TYPES = r"rue|via|calle|avenida|rua|ulica|ul\.|jalan|jln|strada|piazza|corso|boulevard|avenue|chemin|quai"
_UNIT = r"(?:(?:unit|flat|apt|apartment|suite|villa|house|block|level|lvl)\.?[ ]?[A-Za-z0-9]{1,5}[ ]?[,/]?[ ]*)?"
_NUMBER_REST = r"[A-Za-z]?(?:[ ]?/[ ]?\d{1,5}[A-Za-z]?)?"
"""A house number after its digits ("12b", "7/45"); `_LINE` starts with the first digit, so `re` skips to digits."""
_WORDS = r"(?:[A-Za-zÀ-ž'.\-]+[ ]+){0,3}?"
_LINE = DigitPattern.compile(
    rf"\d(?<![A-Za-z0-9/£$€.,]\d)\d{{0,4}}{_NUMBER_REST},?[ ]+(?:{_WORDS}(?:{_TYPES})\.?(?![A-Za-zÀ-ž])|"
    rf"(?:{_PREFIX_TYPES})[ ]+(?:[A-Za-zÀ-ž'\-]+[ ]?){{1,4}})",
    re.IGNORECASE,
)
"""A house number (a unit is looked for before it), then a street named by its word, either order."""
_UNIT_BEFORE = re.compile(rf"{_UNIT}$", re.IGNORECASE)
_STATES = (
    r"nsw|vic|qld|wa|sa|tas|nt|act|on|qc|bc|ab|mb|sk|ns|nb|nl|pe|"
    r"al|ak|az|ar|ca|co|ct|de|fl|ga|hi|id|il|in|ia|ks|ky|la|me|md|ma|mi|mn|ms|mo|mt|ne|nv|nh|nj|nm|ny|nc|nd|oh|ok|"
    r"or|pa|ri|sc|sd|tn|tx|ut|vt|va|wv|wi|wy"
)
_COUNTRIES = COUNTRIES
_TAIL = re.compile(
    r"[^\n]{0,45}?(?:"
    rf"(?<![A-Za-z])(?-i:{_STATES.upper()})[ ]+(?:\d{{4,5}}|[A-Z]\d[A-Z][ ]?\d[A-Z]\d)(?![A-Za-z0-9])|"
    r"(?<![A-Za-z])(?:nsw|vic|qld|tas)[ ]+\d{4}(?![A-Za-z0-9])|"
    r"(?<![A-Za-z0-9])(?!(?:since|from|until|before|after|circa|during|year)[ ])[A-Za-zÀ-ž]{3,}[ ]+"
    r"(?!(?:19|20)\d\d(?!\d))\d{4,6}(?![A-Za-z0-9])|"
    r"(?<![A-Za-z0-9])(?!1\d\d\d(?!\d)|20\d\d(?!\d))\d{4,6}[ ]+[A-Za-zÀ-ž]{3,}|"
    rf"(?:,|[ ]-)[ ]*(?:{_COUNTRIES})(?![A-Za-z])"
    r")",
    re.IGNORECASE,
)
"""Within the line after the street: a state and postcode (a two-letter state in capitals: "in 2019" is not
Indiana), a town and postcode (not a year: "rebuilt in 1890 after the fire"), or a country."""
_SCORE = 0.6


class StreetLineWithTail(Recogniser):
    """A street line with its locality, postcode or country after it (module docstring)."""

    name = "street_line_with_tail"

    def find(self, text: NormalisedText) -> list[Finding]:
        """Each street line whose line goes on to a postcode, a state or a country."""
        if not has_digit(text):
            return []
        source = text.text
        findings = []
        for line in _LINE.finditer(text):
            tail = _TAIL.match(source, line.end())
            if tail is None:
                continue
            start = line.start()
            unit = _UNIT_BEFORE.search(source, max(0, start - 16), start)
            if unit is not None and unit.group():
                start = unit.start()
            findings.append(Finding("POSTAL_ADDRESS", start, tail.end(), _SCORE, self.name, Sensitivity.PERSONAL))
        return findings
