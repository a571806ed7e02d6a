"""Rule-based person-name candidates: titles and common given names.

spaCy's small English model misses some names and labels others as ORG, so two
cheap rules run on every text that might need a name:

* a title ("Mr", "Mrs", "Ms", "Dr", "Cllr"...) followed by capitalised words:
  `Mrs J. Patel`, `Dr Sarah Jones`;
* a given name from `given_names.py` followed by a capitalised surname
  (`Sarah Jones`), or on its own when it is not also a common word (`Sarah`).

These are *candidates*: whether a name is a private individual's (personal) or a
public figure's in a general-knowledge question (public) is decided in
`aggregate.py` from the context cues, exactly as for names found by NER.
"""

from __future__ import annotations

import re

from classifiers.given_names import AMBIGUOUS_GIVEN_NAMES, GIVEN_NAMES
from classifiers.normalise import NormalisedText
from classifiers.types import Finding, Sensitivity

__all__ = ["PERSON", "find_name_candidates", "looks_like_person_name"]

PERSON = "PERSON"

_NAME_WORD = r"(?:Mc|Mac|O')?[A-Z][a-z]+(?:[\-'][A-Z][a-z]+)?"
_TITLE = re.compile(
    rf"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Lady|Lord|Rev|Revd|Cllr|Councillor)\.?"
    rf"[ ]+(?:[A-Z]\.?[ ]+){{0,2}}{_NAME_WORD}(?:[ ]+{_NAME_WORD})?"
)
_CAPITALISED = re.compile(rf"\b{_NAME_WORD}(?:[ ]+{_NAME_WORD})*")
_WORD = re.compile(r"\S+")
_NOT_SURNAMES = frozenset(
    """
    street road avenue close drive way court place hospital council school college university
    trust service services department ministry office centre center group limited ltd plc bank
    monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december the and or but of in on at for with to from
    i he she we they it you if is was are were has have had do does did can could will would should
    """.split()
)
_ORG_WORDS = frozenset(
    """
    ltd limited plc llp inc corp company council department ministry office service services agency
    authority trust nhs university college school academy bank group party union association society
    foundation institute centre center hospital committee board court police partners fund
    commission church mosque temple club
    """.split()
)


def looks_like_person_name(words: list[str]) -> bool:
    """True when capitalised words read as a person's name rather than an organisation's.

    Used for spaCy ORG entities (the small model labels some people as ORG): two or
    three capitalised words, none of them an organisation word, the first a known
    given name. An unknown first word stays an organisation: "Acme Widgets" beside
    "the application" must not become a private individual.
    """
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w[1:].islower() for w in words if w):
        return False
    lowered = [w.lower() for w in words]
    if any(w in _ORG_WORDS or w in _NOT_SURNAMES for w in lowered):
        return False
    return lowered[0] in GIVEN_NAMES or lowered[0] in AMBIGUOUS_GIVEN_NAMES


def find_name_candidates(text: NormalisedText) -> list[Finding]:
    """Title-and-name and given-name candidates, as PERSON findings (level decided later)."""
    findings = [
        Finding(PERSON, m.start(), m.end(), 0.7, "person_title", Sensitivity.PERSONAL)
        for m in _TITLE.finditer(text.text)
    ]
    for run in _CAPITALISED.finditer(text.text):
        words = [(w.start(), w.end(), w.group()) for w in _WORD.finditer(run.group())]
        index = 0
        while index < len(words):
            start, end, word = words[index]
            first = word.lower()
            if first not in GIVEN_NAMES and first not in AMBIGUOUS_GIVEN_NAMES:
                index += 1
                continue
            following = index + 1
            while (
                following < len(words) and following <= index + 2 and words[following][2].lower() not in _NOT_SURNAMES
            ):
                following += 1
            if following > index + 1:
                span_end = words[following - 1][1]
                findings.append(_given_name(run.start() + start, run.start() + span_end, 0.6))
            elif first in GIVEN_NAMES:
                findings.append(_given_name(run.start() + start, run.start() + end, 0.5))
            index = following
    return findings


def _given_name(start: int, end: int, score: float) -> Finding:
    return Finding(PERSON, start, end, score, "person_given_name", Sensitivity.PERSONAL)
