"""Frames that introduce a name: "Declan Furlong here", "Name: Rhiannon Pugh", "(Aaliyah, 6)".

`names.py` finds names by what they are (titles, known given names, surnames); this
module finds them by the frame people put around their own or someone's name in
calls, forms and case notes:

* a self-introduction by name and "here" or "speaking" at the start of a turn or after a
  greeting ("Good morning, Declan Furlong here", "Hi - Priya here", "Evening, Tobias Wren speaking");
* a name signing off at the end of a message ("Kind regards, Cordelia Finch", "Thanks,
  speak soon - Priyanka"), reported as `person_signoff`, which strict mode counts alone;
* a form label for a person's name at the start of a line or after a full stop
  ("Name: Rhiannon Pugh", "Full name - Tomasz Nowak", "Surname: Pryce");
* a name with an age in brackets or between commas ("child (Aaliyah, 6)",
  "Josiah, 17, has applied");
* a first name and the team, floor or ward a colleague is known by ("Tom from accounts",
  "jess from 3rd floor", "Priya in HR"), reported as `person_workplace`, which counts alone;
* two or three capitalised words put in a relational or financial role ("add
  Bartholomew Achebe as the beneficiary"; the role is a strong cue in `cues.py`), or
  followed by one in apposition ("Ifeoma Hesketh, the tenant of the flat").

Each frame yields raw spans; `names.find_name_candidates` drops ordinary and
organisation words, and `aggregate.py` decides with the context cues whether the
name is a private individual's, as for every other candidate. A name in a form
label is reported as `person_label`, which counts like a name given as an answer.
"""

from __future__ import annotations

import re

from classifiers.cue_terms import RELATIONS, ROLES
from classifiers.cues import AS_ROLE

__all__ = ["framed_names"]

_NAME = r"(?:Mc|Mac|O')?[A-Z][a-z]+(?:[\-'][A-Z][a-z]+)?"
_NAMES = rf"{_NAME}(?:[ ]+{_NAME}){{0,2}}"
_LOOK_BACK = 80
"""Characters before an anchor in which the name it frames is looked for."""

# Each frame is an anchor found in one pass (a regex that starts with a literal or a
# word list, so the engine skips most positions), and the name is then matched
# backwards from it or forwards after it, on a few dozen characters only.
_HERE = re.compile(r"[ ](?:here(?![A-Za-z])|speaking(?=[ ]*(?:[,.!;:\-–\n]|$)))")
"""'here', or 'speaking' that ends its clause ("Tobias Wren speaking, ..."; not "X speaking at the conference")."""
_NAME_BEFORE_HERE = re.compile(
    rf"(?:^|\n|[.!?][ ]+|(?i:hi|hello|hey|morning|afternoon|evening|good morning|good afternoon|good evening|"
    rf"yes|yeah|ok|okay)[ ]*[,!\-–]*[ ]+)(?P<name>{_NAMES})$"
)
_SIGN_OFF = re.compile(
    rf"(?:^|[\n.!?,][ \t]*)(?i:thanks|thank you|many thanks|regards|kind regards|best regards|best wishes|best|"
    rf"cheers|yours sincerely|yours faithfully|yours|speak soon|love|ta|all the best)[ \t]*[,!.\-–]*[ \t]*"
    rf"(?:\n[ \t]*|[\-–][ \t]*)?(?P<name>{_NAMES})[ \t.!]*$"
)
"""A name signing off at the end of a message ("Thanks, speak soon - Priyanka", "Regards,\nLeopold Achterberg")."""
_LABEL_SEPARATOR = re.compile(r"[:=\-–][ \t]*")
_LABEL_BEFORE = re.compile(
    r"(?:^|\n|[.;|][ ])[ \t]*(?:(?:full|first|last|given|family|maiden)[ ]+)?(?:name|surname|forenames?|client|"
    r"customer|claimant|applicant|patient|tenant|caller|pupil|resident|service[ ]+user|from|sender|signed)[ \t]*$"
)
_NAMES_AT = re.compile(rf"{_NAMES}(?![A-Za-z])")
_AGE = re.compile(r"[ ](?:aged[ ]+)?\d{1,3}[,)]")
_NAME_BEFORE_AGE = re.compile(rf"(?:(?P<open>\()|(?<![A-Za-z]))(?P<name>{_NAMES})(?P<comma>,)?[ ]$")
_AS_ROLE = re.compile(AS_ROLE)
_NAME_BEFORE_ROLE = re.compile(
    rf"(?<![A-Za-z])(?:(?P<name>{_NAME}(?:[ ]+{_NAME}){{1,2}})|(?P<lower>[a-z][a-z'\-]+[ ]+[a-z][a-z'\-]+))[ ]+$"
)


_WORKPLACE = re.compile(
    r"[ ](?:from|in|on|at)[ ]+(?:the[ ]+|our[ ]+|my[ ]+)?(?:accounts|finance|hr|human resources|payroll|it|"
    r"reception|marketing|sales|legal|admin|procurement|facilities|estates|security|ops|operations|comms|"
    r"customer services|the office|next door|upstairs|downstairs|ward[ ]+\d+|nursery|"
    r"(?:\d+(?:st|nd|rd|th)|ground|first|second|third|fourth|fifth|top)[ ]+floor|"
    # "Sandy from the Wrexham office"
    r"[a-z][a-z'\-]+[ ]+(?:office|depot|branch|site|team|ward|clinic|surgery|station))(?![a-z])"
)
"""The team, floor or ward a colleague is known by, after their first name ("Tom from accounts", "jess from 3rd
floor")."""
_NAME_BEFORE_WORKPLACE = re.compile(rf"(?<![A-Za-z'.])(?P<name>{_NAMES}|[a-z]+|[A-Z]\.(?:[ ]?[A-Z]\.)+)$")
"""A name, a lower-case word (read as a name only if it is one) or initials ("J.D. from accounts")."""
_SURNAME_IS = re.compile(
    rf"(?<![a-z])(?:surname|first name|last name|full name|maiden name|real name)(?:'s|[ ]+is|[ ]+was)[ ]+"
    rf"(?P<name>{_NAMES})"
)
"""A name given in a sentence ("his surname's Cartwright"), reported as `person_named`: the words say it is a name,
so it counts even when it is also an English word."""
_APPOSITION = re.compile(
    rf",[ ]+(?:the|my|our|your|his|her|their)[ ]+(?:[a-z\-]+[ ]+)?(?:{ROLES}|{RELATIONS})(?![a-z])"
)
"""A role or relation in apposition after a name ("Ifeoma Hesketh, the tenant of the flat", "Marek Zielinski, our
client,"): the role says who the name is."""
_NAME_BEFORE_APPOSITION = re.compile(rf"(?<![A-Za-z])(?P<name>{_NAME}(?:[ ]+{_NAME}){{1,2}})[ ]*$")


def framed_names(text: str, lower: str) -> list[tuple[str, int, int]]:
    """(recogniser name, start, end) of each name a frame introduces (not yet filtered for ordinary words).

    Args:
        text: The normalised text.
        lower: The same text lower-cased (the anchors are matched on it).
    """
    found = []
    for anchor in _HERE.finditer(text):
        name = _NAME_BEFORE_HERE.search(text, max(0, anchor.start() - _LOOK_BACK), anchor.start())
        if name is not None:
            found.append(("person_here", *name.span("name")))
    signoff = _SIGN_OFF.search(text, max(0, len(text) - 120))
    if signoff is not None:
        found.append(("person_signoff", *signoff.span("name")))
    for anchor in _LABEL_SEPARATOR.finditer(text):
        if _LABEL_BEFORE.search(lower, max(0, anchor.start() - 32), anchor.start()) is not None:
            name = _NAMES_AT.match(text, anchor.end())
            if name is not None:
                found.append(("person_label", *name.span()))
    for anchor in _AGE.finditer(text):
        before = anchor.start() - (text[anchor.start() - 1 : anchor.start()] == ",")
        if not text[before - 1 : before].isalpha():
            continue
        name = _NAME_BEFORE_AGE.search(text, max(0, anchor.start() - _LOOK_BACK), anchor.start() + 1)
        if name is None:
            continue
        closing = text[anchor.end() - 1]
        if (closing == ")" and name.group("open")) or (
            closing == "," and name.group("comma") and not name.group("open")
        ):
            found.append(("person_age", *name.span("name")))
    if "name" in lower:
        for anchor in _SURNAME_IS.finditer(text):
            found.append(("person_named", *anchor.span("name")))
    for anchor in _WORKPLACE.finditer(lower):
        name = _NAME_BEFORE_WORKPLACE.search(text, max(0, anchor.start() - _LOOK_BACK), anchor.start())
        if name is not None:
            found.append(("person_workplace", *name.span("name")))
    if ", " in lower:
        for anchor in _APPOSITION.finditer(lower):
            name = _NAME_BEFORE_APPOSITION.search(text, max(0, anchor.start() - _LOOK_BACK), anchor.start())
            if name is not None:
                found.append(("person_as_role", *name.span("name")))
    for anchor in _AS_ROLE.finditer(lower):
        if anchor.start() > 0 and lower[anchor.start() - 1].isalpha():
            continue
        name = _NAME_BEFORE_ROLE.search(text, max(0, anchor.start() - _LOOK_BACK), anchor.start())
        if name is not None:
            found.append(("person_as_role", *name.span("name" if name.group("name") else "lower")))
    return found
