"""A one-word name opening a statement: "Aylin is...", "Efua's husband has...".

The way a statement about a person starts, when the word is not English nor a known
non-name; a candidate (`person_subject`) that counts in strict mode only and, like any
name, only with a special-category term or a cue (`aggregate.py`). Known given names are
found by the other rules of `names.py`, which calls this one.
"""

from __future__ import annotations

import re

from classifiers.given_names import GIVEN_NAMES
from classifiers.name_words import NOT_NAME_STARTS as _NOT_NAME_STARTS
from classifiers.name_words import THING_HAS as _THING_HAS
from classifiers.types import Finding, Sensitivity
from classifiers.vocabulary import is_english_word

__all__ = ["sentence_subjects"]

PERSON = "PERSON"

_SUBJECT_VERBS = (
    r"is|was|came|has been|was being|is being|has|had|suffers|lives with|attends|uses|takes|needs|identifies|"
    # case traffic: what a caller or client does ("Dmitri left another voicemail", "Priyanka rang again")
    r"rang|phoned|called|emailed|texted|messaged|left|dropped|complained|turned|asked|wants|missed|brought|"
    r"collected|signed|paid|owes|refused|cried|queued|waited|arrived"
)
_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?\n])[ \t]*|(?<=[.!?][ ]))(?P<name>[A-Z][a-z]{2,})(?:'s[ ]+(?:husband|wife|partner|son|daughter|"
    rf"mother|father|mum|dad|brother|sister|child|baby))?[ ]+(?:{_SUBJECT_VERBS})[ ]+"
    r"(?!(?:a|an|the)[ ]+(?:[a-z\-]+[ ]+){0,2}(?:drug|medicine|medication|vaccine|virus|disease|"
    r"condition|treatment|brand|company|app|charity|religion|faith|festival|holiday|term|word|type|form|common|"
    r"rare|chronic|serious|leading|major|protein|gene|hormone|bacterium|infection|disorder)(?![a-z]))"
    r"(?!(?:used|prescribed|caused|given|available|licensed|approved|known|defined|diagnosed by|characterised|"
    r"characterized|celebrated|observed|practised|practiced|found|made|produced|marketed|sold)(?![a-z]))"
    rf"(?!{_THING_HAS})"
)
"""A sentence opening with one capitalised word that is not English and a verb of state ("Aylin is...",
"Efua's husband has..."): the way a statement about a person starts."""
_SUBJECT_GATE = re.compile(rf"[A-Z][a-z]{{2,}}(?:'s[ ]+[a-z]+)?[ ]+(?:{_SUBJECT_VERBS})[ ]")
"""The middle of every `_SUBJECT` match (a capitalised word and a verb of state), found from its capital, which
`re` skips to: ~7 µs per KB instead of ~40, and ~94 % of texts have none, so `_SUBJECT` does not run on them."""


def sentence_subjects(text: str) -> list[Finding]:
    """A one-word name opening a statement (`_SUBJECT`), when the word is not English nor a known non-name.

    Reported as `person_subject`, a candidate that counts in strict mode only and, like any
    name, only with a special-category term or a cue (`aggregate.py`).
    """
    if _SUBJECT_GATE.search(text) is None:
        return []
    findings = []
    for match in _SUBJECT.finditer(text):
        word = match.group("name").lower()
        if word in _NOT_NAME_STARTS or word in GIVEN_NAMES or is_english_word(word):
            continue  # known given names are found by the other rules
        start, end = match.span("name")
        findings.append(Finding(PERSON, start, end, 0.5, "person_subject", Sensitivity.PERSONAL))
    return findings
