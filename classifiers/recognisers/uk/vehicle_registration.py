"""UK vehicle registration mark (number plate).

Formats from the DVLA's leaflet INF104, "Vehicle registration numbers and number
plates":

* current (from September 2001): two letters (area and DVLA office), a two-digit age
  identifier and three random letters, e.g. `AB51 ABC`. The age identifier is the
  year's last two digits for March plates (02, 03...) and that plus 50 for September
  plates (51, 52...); I, Q and Z are not used as area letters, I and Q not as
  random letters;
* prefix (1983-2001): an age letter, 1-3 digits, three letters (`A123 BCD`);
* suffix (1963-1983): three letters, 1-3 digits, an age letter (`ABC 123D`).

Plates are written with spaces, hyphens, dots, underscores or slashes ("AB51-ABC",
"AB-51-ABC", "AB.51.ABC", "AB51_ABC") and in
any case; every pattern accepts those separators, and lower-case plates need
vehicle context. A current-format plate whose age identifier has not been issued is
still reported next to vehicle context (recall first: a mistyped plate is still
somebody's car).

Plates are easily confused with other codes, so a registration is reported only
with vehicle context near it, with one exception: a current-format plate written the
way the DVLA displays it (capitals, a space after the age identifier, `AB51 ABC`)
whose age identifier has been issued. That shape is specific enough to stand alone,
unless words near it say it is some other code ("product code", "SKU", "warehouse");
the same characters run together (`AB51ABC`) still need vehicle context.
"""

from __future__ import annotations

import datetime as dt
import re

from classifiers.recognisers.base import (
    DIGITS,
    NUMBER_NEGATIVE_CONTEXT,
    Pattern,
    PatternRecogniser,
    only_alphanumerics,
    words_regex,
)

__all__ = ["VehicleRegistration", "age_identifier_is_valid"]

_DISPLAY_FORMAT_SCORE = 0.5
_LETTER_GROUPS = re.compile(r"[A-Za-z]+")
_VEHICLE_WORDS = words_regex(
    (
        "taxi",
        "minicab",
        "cab",
        "scooter",
        "moped",
        "motorhome",
        "campervan",
        "caravan",
        "pickup",
        "hatchback",
        "suv",
        "4x4",
        "ford",
        "vauxhall",
        "toyota",
        "nissan",
        "volkswagen",
        "vw",
        "golf",
        "polo",
        "fiesta",
        "focus",
        "corsa",
        "astra",
        "qashqai",
        "bmw",
        "audi",
        "mercedes",
        "kia",
        "hyundai",
        "peugeot",
        "renault",
        "honda",
        "skoda",
        "fiat",
        "tesla",
        "volvo",
        "land rover",
        "range rover",
        "citroen",
        "citroën",
        "mazda",
        "seat",
        "transit",
    )
)
"""Kinds and makes of vehicle people name theirs by ("my Golf (lk65.xjt)"): a weaker cue than the words in
`context`, so words that make the token some other code ("discount code", "part") win over them."""
_PROSE_WORDS = frozenset(
    "is it in if at on to by of or be we he me my us so do go no up an as am and the for but not too old you are was"
    " has had his her its may now yrs ago off per all any can set mph kmh min max pm am".split()
)
"""Words that, in lower or title case, make a plate-shaped run prose ("Is 17 too young?")."""
_SEP = r"(?:[ ]{0,2}[\-._/\\|·•∙:][ ]{0,2}|[ ]{1,3})?"
"""One optional separator between a plate's groups: one to three spaces, or one hyphen (any dash: normalised),
dot, underscore, slash, backslash, bar, middle dot or colon with up to two spaces either side ("YR23 - MRD",
"vb24·afx", "VN02  URH")."""


def age_identifier_is_valid(two_digits: str, today: dt.date | None = None) -> bool:
    """True for an issued (or next-due) current-format age identifier: 02-YY or 51-(YY+50)."""
    year = (today or dt.date.today()).year % 100
    value = int(two_digits)
    return 2 <= value <= year + 1 or 51 <= value <= year + 51


class VehicleRegistration(PatternRecogniser):
    """Current, prefix and suffix format plates in capitals, next to vehicle context."""

    name = "uk_vehicle_registration"
    kind = "UK_VEHICLE_REGISTRATION"
    patterns = (
        Pattern(
            "current",
            rf"(?<![A-Za-z0-9])[A-HJ-PR-Y][A-HJ-PR-Y]{_SEP}\d{{2}}{_SEP}[A-HJ-PR-Z]{{3}}(?![A-Za-z0-9])",
            score=0.0,
            validated_score=0.3,
            requires=DIGITS,
        ),
        Pattern(
            "prefix",
            rf"(?<![A-Za-z0-9])[A-HJ-NP-Y]{_SEP}\d{{1,3}}{_SEP}[A-HJ-PR-Y]{{3}}(?![A-Za-z0-9])",
            score=0.2,
            requires=DIGITS,
        ),
        Pattern(
            "current_any_case",
            rf"(?<![A-Za-z0-9])[A-Za-z]{{2}}{_SEP}\d{{2}}{_SEP}[A-Za-z]{{3}}(?![A-Za-z0-9])",
            score=0.0,
            validated_score=0.2,
            requires=DIGITS,
        ),
        Pattern(
            "suffix",
            rf"(?<![A-Za-z0-9])[A-HJ-PR-Y]{{3}}{_SEP}\d{{1,3}}{_SEP}[A-HJ-NP-Y](?![A-Za-z0-9])",
            score=0.2,
            requires=DIGITS,
        ),
    )
    context = (
        "registration",
        "reg",
        "reg no",
        "number plate",
        "numberplate",
        "plate",
        "vehicle",
        "car",
        "van",
        "lorry",
        "motorbike",
        "motorcycle",
        "vrm",
        "dvla",
        "parked",
        "mot",
        "driving",
        "drove",
        "driven",
        "driver",
        "speeding",
        "speed camera",
        "parking",
        "penalty charge",
        "pcn",
        "insured",
        # what happens to a car (its kind or make is a weaker cue: `_VEHICLE_WORDS`)
        "clamped",
        "clamp",
        "towed",
        "tow",
        "impounded",
        "ulez",
        "congestion charge",
        "registered keeper",
        "keeper",
        "car park",
        # a car's papers and what its keeper pays or applies for
        "log book",
        "logbook",
        "v5c",
        "v5",
        "taxed",
        "car tax",
        "vehicle tax",
        "sorn",
        "permit",
        "resident permit",
        "residents permit",
        "parking permit",
        "insurance",
    )
    context_boost = 0.35
    keep_failed_with_context = True
    negative_context = (
        *NUMBER_NEGATIVE_CONTEXT,
        "code",
        "product",
        "model",
        "batch",
        "lot",
        "stock",
        "warehouse",
        "part",
        "catalogue",
        "postcode",
        "password",
        "voucher",
        "promo",
    )

    def assess(self, value: str, pattern: Pattern) -> float | None:
        """A valid current plate in the display format (`AB51 ABC`) stands without context."""
        score = super().assess(value, pattern)
        if score is not None and pattern.name == "current" and value[4:5] == " " and self.validate(value):
            return max(score, _DISPLAY_FORMAT_SCORE)
        return score

    def contextual_score(self, lower: str, start: int, end: int, score: float) -> float | None:
        """Plate words first, then other-code words, then a vehicle's kind or make (`_VEHICLE_WORDS`)."""
        contextual = super().contextual_score(lower, start, end, score)
        if contextual is None or contextual > score or _VEHICLE_WORDS is None:
            return contextual
        if _VEHICLE_WORDS.search(lower, max(0, start - self.context_before), end + self.context_after) is not None:
            return min(1.0, score + self.context_boost)
        return contextual

    def span(self, match: re.Match[str], text: str) -> tuple[int, int] | None:
        """Drop prose that takes a plate's shape: "Is 17 too young?", "at 12 the", "on 45 and"."""
        groups = _LETTER_GROUPS.findall(match.group())
        if any(group.lower() in _PROSE_WORDS and not group.isupper() for group in groups):
            return None
        return match.span()

    def validate(self, match: str) -> bool | None:
        compact = only_alphanumerics(match)
        if len(compact) == 7 and compact[2:4].isdigit() and compact[:2].isalpha() and compact[4:].isalpha():
            return age_identifier_is_valid(compact[2:4])
        return None
