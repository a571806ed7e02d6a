"""UK street address (house number and street).

Shape from BS 7666-2 (the national standard for land and property addresses, used
by the National Address Gazetteer): an optional sub-building ("Flat 3"), a building
number with an optional suffix letter, and a street name ending in a street type
("Road", "Street", "Avenue"...). The building number alone cannot identify a
person, but a house number and street usually identify a household.

Famous public addresses (10 Downing Street, 221B Baker Street) are negative context.
"""

from __future__ import annotations

import re

from classifiers.recognisers.base import DIGITS, Pattern, PatternRecogniser

__all__ = ["UkStreetAddress"]

_STREET_TYPES = (
    "Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Close|Drive|Dr|Crescent|Cres|Way|Gardens|Gdns|Court|Ct|"
    "Place|Pl|Terrace|Tce|Grove|Square|Sq|Hill|Park|Mews|Row|Walk|View|Rise|Green|Parade|Wharf|Vale|"
    "Fields|Meadow|Meadows|Boulevard|Approach|Gate|Wynd|Brae|Loan|Villas|Cottages|Chase|Croft"
)
_PUBLIC_ADDRESSES = re.compile(r"downing street|221b baker street|(?<!\d)3 abbey road|whitehall|buckingham palace")
"""Famous addresses: the street itself is public (Downing Street, Whitehall), or one number on it is (Sherlock
Holmes's 221B, the studios at 3 Abbey Road; people live at the others)."""
_NAME_WORD = r"[A-Z][a-z]+(?:['\-][A-Za-z]+)?"
_WELSH_TYPES = "Heol|Ffordd|Stryd|Lôn|Lon|Maes|Rhodfa|Teras|Clos|Ystad|Cilgant|Llwybr|Pant|Cae"
"""Welsh street types, which come first ("4 Heol y Bont", "12 Stryd y Castell", "3 Lôn Las", "9 Maes y Dref")."""
_WELSH_WORD = r"[A-Z][a-zâêîôûŵŷ]+(?:['\-][A-Za-zâêîôûŵŷ]+)?"


class UkStreetAddress(PatternRecogniser):
    """`12 Acacia Avenue`, `Flat 3, 14B Mill Lane`: a number, capitalised words, a street type."""

    name = "uk_street_address"
    kind = "UK_STREET_ADDRESS"
    patterns = (
        Pattern(
            "street_address",
            rf"(?<![A-Za-z0-9£$€.,])(?:(?:Flat|Apartment|Apt|Unit)[ ]\d{{1,4}}[A-Za-z]?,?[ ])?"
            rf"\d{{1,4}}[A-Za-z]?,?[ ](?:{_NAME_WORD}[ ]){{1,3}}(?:{_STREET_TYPES})\b",
            score=0.5,
            requires=DIGITS,
        ),
        Pattern(
            "welsh_street_address",
            rf"(?<![A-Za-z0-9£$€.,])(?:(?:Fflat|Flat)[ ]\d{{1,4}}[A-Za-z]?,?[ ])?"
            rf"\d{{1,4}}[A-Za-z]?,?[ ](?:{_WELSH_TYPES})[ ](?:(?:y|yr|'r)[ ])?{_WELSH_WORD}(?:[ ]{_WELSH_WORD})?\b",
            score=0.5,
            requires=DIGITS,
        ),
    )
    context = ("lives at", "living at", "resides at", "address", "home", "moved to", "house", "flat", "tenant")
    negative_context = ("museum", "gallery", "stadium", "station", "theatre", "cathedral")

    def contextual_score(self, lower: str, start: int, end: int, score: float) -> float | None:
        """A famous public address is never a household, whatever the context; a negative word counts only
        outside the address ("5 Station Road" is a street, not a station)."""
        if _PUBLIC_ADDRESSES.search(lower, start, end):
            return None
        if self.has_context(lower, start, end):
            return min(1.0, score + self.context_boost)
        negative = self._negative_re
        before, after = max(0, start - self.context_before), end + self.context_after
        if negative is not None and (negative.search(lower, before, start) or negative.search(lower, end, after)):
            return None
        return score
