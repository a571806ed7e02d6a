"""Frames that introduce a name: "Declan Furlong here", "Name: Rhiannon Pugh", "(Aaliyah, 6)".

`names.py` finds names by what they are (titles, known given names, surnames); this
module finds them by the frame people put around their own or someone's name in
calls, forms and case notes:

* a self-introduction by name and "here" at the start of a turn or after a greeting
  ("Good morning, Declan Furlong here", "Hi - Priya here");
* a form label for a person's name at the start of a line or after a full stop
  ("Name: Rhiannon Pugh", "Full name - Tomasz Nowak", "Surname: Pryce");
* a name with an age in brackets or between commas ("child (Aaliyah, 6)",
  "Josiah, 17, has applied");
* two or three capitalised words put in a relational or financial role ("add
  Bartholomew Achebe as the beneficiary"; the role is a strong cue in `cues.py`).

Each frame yields raw spans; `names.find_name_candidates` drops ordinary and
organisation words, and `aggregate.py` decides with the context cues whether the
name is a private individual's, as for every other candidate. A name in a form
label is reported as `person_label`, which counts like a name given as an answer.
"""

from __future__ import annotations

import re

from classifiers.cues import AS_ROLE

__all__ = ["FRAMES", "framed_names"]

_NAME = r"(?:Mc|Mac|O')?[A-Z][a-z]+(?:[\-'][A-Z][a-z]+)?"
_NAMES = rf"{_NAME}(?:[ ]+{_NAME}){{0,2}}"
_HERE = re.compile(
    rf"(?:^|(?<=\n)|(?<=[.!?])[ ]+|(?i:hi|hello|hey|morning|afternoon|evening|good morning|good afternoon|"
    rf"good evening|yes|yeah|ok|okay)[ ]*[,!\-–]*[ ]+)(?P<name>{_NAMES})[ ]+here(?![A-Za-z])"
)
_LABEL = re.compile(
    rf"(?:^|(?<=\n)|(?<=[.;|][ ]))[ \t]*(?i:(?:full[ ]+|first[ ]+|last[ ]+|given[ ]+|family[ ]+|maiden[ ]+)?name|"
    rf"surname|forename|forenames|client|customer|claimant|applicant|patient|tenant|caller|pupil|resident|"
    rf"service[ ]+user)[ \t]*[:\-–=][ \t]*(?P<name>{_NAMES})(?![A-Za-z])"
)
_WITH_AGE = re.compile(
    rf"(?:\((?P<bracketed>{_NAMES}),?[ ]+(?:aged[ ]+)?\d{{1,3}}\)|(?<![A-Za-z])(?P<commas>{_NAMES}),[ ]+"
    rf"(?:aged[ ]+)?\d{{1,3}},)"
)
_AS_ROLE = re.compile(rf"(?<![A-Za-z])(?P<name>{_NAME}(?:[ ]+{_NAME}){{1,2}})[ ]+(?i:{AS_ROLE})")
_AS_ROLE_LOWER = re.compile(rf"(?<![A-Za-z])(?P<name>[a-z][a-z'\-]+[ ]+[a-z][a-z'\-]+)[ ]+{AS_ROLE}")
FRAMES: tuple[tuple[str, re.Pattern[str], tuple[str, ...]], ...] = (
    ("person_here", _HERE, ("name",)),
    ("person_label", _LABEL, ("name",)),
    ("person_age", _WITH_AGE, ("bracketed", "commas")),
    ("person_as_role", _AS_ROLE, ("name",)),
    ("person_as_role", _AS_ROLE_LOWER, ("name",)),
)
"""(recogniser name, pattern, groups holding the name) for each frame."""


def framed_names(text: str) -> list[tuple[str, int, int]]:
    """(recogniser name, start, end) of each name a frame introduces (not yet filtered for ordinary words)."""
    found = []
    for recogniser, pattern, groups in FRAMES:
        if (recogniser == "person_here" and "here" not in text) or (
            recogniser == "person_as_role" and " as " not in text
        ):
            continue
        for match in pattern.finditer(text):
            for group in groups:
                if match.group(group) is not None:
                    found.append((recogniser, match.start(group), match.end(group)))
    return found
