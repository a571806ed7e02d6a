"""From spaCy entities to evidence: which entities are name, place and birth-date candidates.

Step 4 of the classifier (`classifier.py`) tags windows with NER; this module maps each
entity to a candidate finding (`entity_finding`) and adds what NER found to the rules'
evidence (`with_ner`), where `aggregate.py` decides what counts. Split out of
`classifier.py` so that the pipeline stays one screenful per step.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from classifiers.aggregate import Evidence
from classifiers.given_names import AMBIGUOUS_GIVEN_NAMES, GIVEN_NAMES
from classifiers.name_lower import welsh_near
from classifiers.name_narrative import narrative_names
from classifiers.name_words import NOT_NAME_ENDS, is_eponym, is_instruction_word, reads_as_thing
from classifiers.names import PERSON, is_ordinary_word, looks_like_person_name
from classifiers.ner import Entity
from classifiers.normalise import NormalisedText
from classifiers.not_persons import private_candidates
from classifiers.public_figures import is_placeholder_name, is_public_figure
from classifiers.recognisers.age import ages_after_names
from classifiers.recognisers.date_of_birth import DateOfBirth, dates_after_names, is_plausible_birth_date
from classifiers.types import Finding, Sensitivity

__all__ = ["LOCATION", "entity_finding", "with_ner"]

_REFERENCE = re.compile(
    r"(?i)(?:the[ ]+)?(?:schedules?|parts?|annex(?:e|es)?|sections?|s\.|articles?|art\.|appendix|appendices|"
    r"chapters?|clauses?|regulations?|reg\.|rules?|paragraphs?|para\.|tables?|figures?|fig\.|forms?|boxes?|pages?|"
    r"steps?|stages?|phases?|levels?|grades?|bands?|tiers?|class|categor(?:y|ies)|items?|notes?|volumes?|vol\.|"
    r"books?|titles?|orders?|acts?|lines?|questions?|options?|routes?|zones?|blocks?|units?|wards?|rooms?|floors?)"
    r"[ ]+(?-i:[0-9]+[A-Za-z]?|[IVXLC]+|[A-Z])(?:\([0-9a-z]+\))*"
    r"(?:[ ]*(?:,|and|to|-|–)[ ]*(?-i:[0-9]+[A-Za-z]?|[IVXLC]+|[A-Z]))*"
    r"(?:[ ]+(?:of|to)[ ]+the[ ]+[A-Za-z ]+)?"
)
"""A reference to part of a document ("Schedule 3", "Part 2", "Annex B", "Section 12(1)"): NER's small model
sometimes tags one as PERSON; it names nobody."""
_PLACE_END = re.compile(
    r"(?:'s|’s)[ ]+(?:Square|Street|Road|Lane|Avenue|Park|Hall|Bridge|Cathedral|Abbey|Church|Chapel|College|"
    r"Hospital|Station|Gardens|Place|Terrace|Crescent|Common|Green|Wharf|Quay|Market|Stadium|Arena|Theatre)$"
)
"""A PERSON entity ending in a possessive and a place word ("St Peter's Square"): a place named after someone (not
"Jerry Hall" or "Seo-yeon Park", whose last word is a surname)."""
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_NO_NAME_WORD = re.compile(r"(?!Mc|Mac|De|Di|Da|Du|La|Le|Lo|Van|Von)[A-Z][a-z]{1,3}[A-Z][A-Za-z0-9]*")
"""One word with a capital after a short lower-case run ("PrEP", "HbA1c", "CoV"): an abbreviation, not a name
(but "McDonald", "MacLeod", "DeShawn", "LaToya" are names)."""
_BIRTH_CONTEXT = DateOfBirth()
LOCATION = "LOCATION"


def with_ner(text: NormalisedText, evidence: Evidence, ner_findings: list[Finding]) -> Evidence:
    """The rules' evidence plus what NER found: names, places and dates of birth."""
    if not ner_findings:
        return evidence
    ner_names = private_candidates(
        text, evidence.cues, [f for f in ner_findings if f.kind == PERSON], evidence.special_terms
    )
    # a birth date NER read beside birth wording is a public figure's when public wording is near it
    # ("Barack Obama was born in Honolulu in 1961. Summarise his presidency.")
    dates = [f for f in ner_findings if f.kind == DateOfBirth.kind and not evidence.cues.public_near(f.start, f.end)]
    dates += dates_after_names(text, ner_names)
    dates += ages_after_names(text, ner_names, evidence.cues.public_near)
    narrative = narrative_names(text.text, text.lower, evidence.cues, ner_names) if evidence.strict else ()
    return replace(
        evidence,
        findings=evidence.findings + tuple(dates),
        names=evidence.names + tuple(ner_names),
        narrative=evidence.narrative + narrative,
        places=tuple(f for f in ner_findings if f.kind == LOCATION),
    )


_LETTERS_AND_DIGITS = re.compile(r"(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z\d]+")
"""One token of letters and digits ("Q2", "LE7"): a code, never part of a name. (Digits alone may be an address
NER took for a name, "Shinjuku 3-2-1": the entity still stands for a private place.)"""


def _not_a_name(written: str) -> bool:
    """A PERSON entity no person is called: one street, month or form word ("Way", "Postcode"), a code in it
    ("Q2 Interpreter", "Syston LE7"), or words that are all English words or acronyms with no known name among
    them ("MARAC attendance"). One English word alone stays a candidate: "Diana" and "Tea" are English words
    too."""
    words = written.split()
    if not words or any(_LETTERS_AND_DIGITS.fullmatch(w) for w in words) or not any(c.isalpha() for c in written):
        return True  # a code in it, or no letter at all ("3 '")
    if len(words) == 1:
        return words[0].lower() in NOT_NAME_ENDS or (words[0].isupper() and len(words[0]) >= 3)  # "JSON", "HMRC"
    if _names_a_body(words):
        return True  # "Kingsmere Jobcentre", "Calderfield Town Hall", "Calderfield LA"
    return all(is_ordinary_word(w) or (w.isupper() and len(w) >= 3) for w in words)


_BODY_ENDS = frozenset(
    "jobcentre library surgery la station borough council centre center hospital school college university academy "
    "trust department office police authority committee board".split()
)
"""Last words of a public body's or a public building's name (not surnames too, as Hall, Park or West are)."""
_BUILDING_HALLS = frozenset({"town", "city", "county", "village", "guild"})


def _names_a_body(words: list[str]) -> bool:
    """The entity ends like a body's or a building's name, and does not start with a given name."""
    last, first = words[-1].lower(), words[0].lower()
    if first in GIVEN_NAMES or first in AMBIGUOUS_GIVEN_NAMES:
        return False
    return last in _BODY_ENDS or (last == "hall" and words[-2].lower() in _BUILDING_HALLS)


def entity_finding(entity: Entity, offset: int, text: NormalisedText) -> Finding | None:
    """Map a spaCy entity to a candidate finding (see `aggregate.py` for how it counts).

    PERSON (not a lone instruction word such as "Summarise", nor a law, condition or
    medicine: "Martha's Rule", "Adalimumab has side effects"), and ORG entities that
    read as a person's name, are name candidates;
    GPE/LOC/FAC are places; a DATE counts only as a date of birth, next to birth
    wording and plausible for a living person. Other dates are not personal data.
    """
    start, end = entity.start + offset, entity.end + offset
    if entity.label == "PERSON" and (
        _REFERENCE.fullmatch(entity.text.strip(" .,;:")) is not None or _PLACE_END.search(entity.text) is not None
    ):
        return None  # "Schedule 3", "Annex C.": part of a document; "St Peter's Square": a place
    first, _, rest = entity.text.partition(" ")
    if rest and (is_instruction_word(first) or is_ordinary_word(first)):  # "Describe Guy Fawkes", "Yesterday Lorcan"
        start += len(first) + 1
        entity = Entity(entity.label, entity.start + len(first) + 1, entity.end, rest.lstrip())
    if (
        is_public_figure(entity.text)
        or is_placeholder_name(text.text, text.lower, start, end)
        or len(entity.text.strip(" .,;:")) < 2
    ):
        return None  # a well-known person or a fixture's "Jane Doe" (`public_figures.py`) is nobody's personal data
    if entity.label == "PERSON" and _NO_NAME_WORD.fullmatch(entity.text.strip(" .,;:")) is not None:
        return None  # "PrEP", "HbA1c": capitals inside a word; one street, month or form word ("Way", "Postcode")
    if entity.label == "PERSON" and (_not_a_name(entity.text.strip(" .,;:")) or welsh_near(text.lower, start)):
        return None
    if (
        entity.label == "PERSON"
        and not is_instruction_word(entity.text)
        and not is_eponym(text.lower, end)
        and not reads_as_thing(text.lower, end)
    ):
        return Finding(PERSON, start, end, 0.85, "spacy_ner", Sensitivity.PERSONAL)
    if entity.label == "ORG" and looks_like_person_name(entity.text.removesuffix("'s").removesuffix("’s").split()):
        return Finding(PERSON, start, end, 0.6, "spacy_ner", Sensitivity.PERSONAL)
    if entity.label in ("GPE", "LOC", "FAC"):
        return Finding(LOCATION, start, end, 0.7, "spacy_ner", Sensitivity.PERSONAL)
    if entity.label == "DATE" and _BIRTH_CONTEXT.has_context(text.lower, start, end):
        years = [int(y) for y in _YEAR.findall(entity.text)]
        if years and all(is_plausible_birth_date(dt.date(y, 1, 1)) for y in years):
            return Finding(DateOfBirth.kind, start, end, 0.7, "spacy_ner", Sensitivity.PERSONAL)
    return None
