"""Vehicle registration plates of any country, written after a word that names them.

`uk/vehicle_registration.py` knows the DVLA's three formats. Plates of other
countries (`B-MW 1234`, `7-ABC-123`, `AB-123-CD`) and plates written with unusual
separators (`LK65_XJT`, `MA_59/OGH`) have no one shape, but people name them: a plate
word ("number plate", "registration", "reg", "licence plate", "Kennzeichen",
"immatriculation", "matrícula", "targa") followed within a few characters by a token
of 4-10 letters and digits, with at least one of each and any of space, hyphen, dot,
underscore or slash between groups, is reported as `VEHICLE_REGISTRATION`. A car is
somebody's: recall first, as for a UK plate with a failed age identifier.

A plate also follows somebody's vehicle without a plate word ("my Polish car WX 12345",
"the van (KR-1234A)"): a token in capitals with two or more digits straight after "car",
"van", "motorbike"... that a possessive or determiner introduces, unless it holds a year
or a road number ("BMW X5 2021", "M25 J10").

Words that make "registration" a company's or a product's ("company registration",
"charity", "model", "serial") drop the token.
"""

from __future__ import annotations

import re

from classifiers.normalise import NormalisedText
from classifiers.recognisers.base import Recogniser, has_digit, words_regex
from classifiers.types import Finding, Sensitivity

__all__ = ["PLATE_CUES", "VehiclePlate"]

PLATE_CUES = (
    "number plate",
    "numberplate",
    "licence plate",
    "license plate",
    "plate number",
    "plate no",
    "plate",
    "plates",
    "registration",
    "registration number",
    "registration mark",
    "reg",
    "reg no",
    "reg number",
    "vehicle reg",
    "vrm",
    "tag number",
    "kennzeichen",
    "nummernschild",
    "immatriculation",
    "plaque",
    "matrícula",
    "matricula",
    "placa",
    "targa",
    "kenteken",
    "rekisterinumero",
    "registreringsnummer",
)
_NOT_A_CAR = words_regex(
    (
        "company",
        "companies house",
        "charity",
        "business",
        "vat",
        "domain",
        "trademark",
        "trade mark",
        "model",
        "serial",
        "product",
        "course",
        "student",
        "exam",
        "event",
        "land registry",
        "title number",
    )
)
_CUES = words_regex(PLATE_CUES)
_SEP = r"[ \-._/·•|\\]"
_TOKEN = re.compile(
    rf"[ .:#=\-]{{0,3}}(?:(?:is|was|no\.?|number|of|reads|shows)[ ]?){{0,2}}[:#]?[ ]?"
    rf"(?P<plate>[A-Za-z0-9]{{1,8}}(?:{_SEP}{{1,3}}[A-Za-z0-9]{{1,5}}){{0,3}})(?![A-Za-z0-9]|[\-._/·•|\\][A-Za-z0-9])"
)
_SCORE = 0.6
_TRAILING_WORD = re.compile(r"[ ][a-z]+$")


_MONTHS = frozenset(
    "jan feb mar apr may jun jul aug sep sept oct nov dec june july mon tue wed thu fri sat sun am pm".split()
)
_GROUPS = re.compile(r"[A-Za-z]+|\d+")
_TITLE_WORD = re.compile(r"(?<![A-Za-z])[A-Z][a-z]{2,}(?![A-Za-z])")


def _plate_like(value: str) -> bool:
    """4-10 letters and digits, at least one of each, a capital, and no month, weekday or am/pm (a date, a time)."""
    compact = re.sub(_SEP, "", value)
    if any(group.lower() in _MONTHS for group in _GROUPS.findall(value)):
        return False
    if _TITLE_WORD.search(value) is not None:
        return False  # a capitalised word is prose: "the Registration Act 1953", "Registration Order 2001"
    return (
        4 <= len(compact) <= 10
        and any(c.isdigit() for c in compact)
        and sum(c.isalpha() for c in compact) >= 1
        and any(c.isupper() for c in compact)
    )


_VEHICLES = words_regex(
    ("car", "van", "vehicle", "lorry", "truck", "motorbike", "motorcycle", "scooter", "moped", "camper", "campervan",
     "motorhome", "taxi", "pickup", "suv", "trailer", "caravan")
)  # fmt: skip
_AFTER_VEHICLE = re.compile(
    r"(?:[ ]+\(?|[ ]*,[ ]*)(?:(?:is|was|with|plate|reg\.?|registered|as)[ ]+){0,2}\(?"
    r"(?P<plate>[A-Z0-9]{1,4}(?:[ \-.·][A-Z0-9]{1,5}){1,2})(?![A-Za-z0-9]|[\-.·][A-Za-z0-9])"
)
"""A token in capitals straight after a vehicle noun ("my Polish car WX 12345", "the van (KR-1234A)"):
plates of countries whose shapes no UK rule knows."""
_YEAR_GROUP = re.compile(r"(?<![0-9])(?:19|20)\d\d(?![0-9])")
_ROAD_GROUP = re.compile(r"(?<![A-Za-z0-9])(?:[MAB]\d{1,4}|J\d{1,2})(?![A-Za-z0-9])")
_OWNED_BEFORE = re.compile(r"(?<![a-z])(?:my|his|her|our|their|your|the|this|that)[ ]+(?:[a-z\-]+[ ]+){0,2}$")
"""Somebody's vehicle ("my Polish car", "the van"), not a model in a review ("Toyota car GR 86")."""


class VehiclePlate(Recogniser):
    """A plate of any country, right after a word naming it."""

    name = "vehicle_plate"

    def find(self, text: NormalisedText) -> list[Finding]:
        """Tokens shaped like a plate straight after a plate word, unless the words say it is not a car's."""
        if _CUES is None or not has_digit(text):
            return []
        findings = []
        for cue in _CUES.finditer(text.lower):
            token = _TOKEN.match(text.text, cue.end())
            if token is None:
                continue
            start, end = token.span("plate")
            # a lower-case word after a plate written in capitals is prose, not a group of it
            # ("AB-123-CD seen at the scene"); a plate with lower-case letters is taken as matched
            full_end = end
            while (trailing := _TRAILING_WORD.search(text.text, start, end)) is not None and trailing.start() > start:
                end = trailing.start()
            plate = text.text[start:end]
            if (end != full_end and plate != plate.upper()) or not _plate_like(plate):
                continue
            if _NOT_A_CAR is not None and _NOT_A_CAR.search(text.lower, max(0, cue.start() - 40), end + 20):
                continue
            findings.append(Finding("VEHICLE_REGISTRATION", start, end, _SCORE, self.name, Sensitivity.PERSONAL))
        findings += self._after_vehicle_nouns(text)
        return findings

    def _after_vehicle_nouns(self, text: NormalisedText) -> list[Finding]:
        """Capitalised plate-shaped tokens right after "car", "van"...; a model and year ("ID4 2023") is not one."""
        findings: list[Finding] = []
        if _VEHICLES is None:
            return findings
        for noun in _VEHICLES.finditer(text.lower):
            token = _AFTER_VEHICLE.match(text.text, noun.end())
            if token is None:
                continue
            plate = token.group("plate")
            digits = sum(c.isdigit() for c in plate)
            if digits < 2 or len(re.sub(_SEP, "", plate)) < 5 or _YEAR_GROUP.search(plate) or _ROAD_GROUP.search(plate):
                continue
            if (
                not _plate_like(plate)
                or _OWNED_BEFORE.search(text.lower, max(0, noun.start() - 40), noun.start()) is None
            ):
                continue
            if _NOT_A_CAR is not None and _NOT_A_CAR.search(text.lower, max(0, noun.start() - 40), token.end() + 20):
                continue
            start, end = token.span("plate")
            findings.append(Finding("VEHICLE_REGISTRATION", start, end, _SCORE, self.name, Sensitivity.PERSONAL))
        return findings
