"""A name written with the public office its holder acts in: a public role, not a private individual.

Department traffic names office holders all day in their public capacity: "Jo Finch MP",
"Cllr Gareth Howells, Leader of Westbridge District Council", "the Police and Crime
Commissioner, Martin Doyle", "Mr Justice Harland held that...", a member speaking in a
Hansard extract "Mrs Carys Aled (Ceredigion Uplands): ...". Strict mode read each as a private
person's full name (stop 29's precision set, 13: 16 of its 60 false positives).

The office must be attached to the name itself (a title before it, a post-nominal after
it, an apposition with an office of an organisation, a governing body's or a school's post as
its label, "Chair: Mr D Okoye", or a practice named after it, "Dr R. Sandhu & Partners"),
and the name's sentence must hold no personal-details wording (`Cues.weak`: pay, absence, a
complaint, an address...): "our Chief Executive, John Smith, is off sick" stays a person's.
Identifiers are not touched, and in a text with any special-category term no name is read as
an office holder's (`not_persons.private_candidates`): "Cllr Hale, Leader of the Council, has
been diagnosed with MS" is his health.
"""

from __future__ import annotations

import re

from classifiers.cues import Cues

__all__ = ["in_public_office"]

_OFFICE_TITLE = (
    r"(?:Cllrs?\.?|Councillors?|(?:Mr|Mrs|Ms|Lord|Lady)\.?[ ]+Justice|(?:His|Her)[ ]+Honour[ ]+Judge|District[ ]+Judge|"
    r"Rt\.?[ ]+Hon\.?|Mayor|Baroness)"
)
"""An office written as a title: a councillor, a judge, a privy counsellor, a mayor, a peer."""
_TITLE_BEFORE = re.compile(rf"(?<![A-Za-z]){_OFFICE_TITLE}[ ]+$")
_JUSTICE_AFTER_TITLE = r"(?:(?<=Mr[ ])|(?<=Mrs[ ])|(?<=Ms[ ])|(?<=Lord[ ])|(?<=Lady[ ]))Justice"
_TITLE_IN = re.compile(rf"(?:{_OFFICE_TITLE}|{_JUSTICE_AFTER_TITLE})[ ]+")
"""The title as the candidate's own first words ("Cllr Gareth Howells"), or "Justice" after "Mrs" left outside it."""
_POST_NOMINAL = re.compile(r"[ ]+(?:MP|MSP|MS|MLA|MEP|AM)(?![A-Za-z])")
_PLACE_WORD = r"(?:[A-Z][a-z'\-]+(?:-[A-Za-z][a-z'\-]*)*|and|upon|on|of|the|with|&)"
_HANSARD_SPEAKER = re.compile(rf"[ ]*\([A-Z][a-z'\-]+(?:,?[ ]+{_PLACE_WORD}){{0,6}}\)[ ]*:")
"""A member named as Hansard names a speaker: the constituency in brackets (capitalised words and "and", "upon"...;
not a grade and a team, "(HEO, policy)"), then what they said."""

_OFFICES = (
    r"(?:deputy[ ]+)?leader|(?:lord[ ]+)?mayor|(?:deputy[ ]+)?chief[ ]+executive|chief[ ]+constable|"
    r"police[ ]+and[ ]+crime[ ]+commissioner|police,[ ]+fire[ ]+and[ ]+crime[ ]+commissioner|"
    r"(?:parliamentary[ ]+under-)?secretary[ ]+of[ ]+state|(?:minister|secretary)[ ]+(?:of|for)[ ]+[a-z ,&]{3,60}|"
    r"minister|chief[ ]+(?:scientific|medical|nursing|economic)[ ]+(?:adviser|advisor|officer)|"
    r"director[ ]+of[ ]+public[ ]+health|permanent[ ]+secretary|chancellor|cabinet[ ]+member[ ]+for[ ]+[a-z ,&]{3,60}|"
    r"chair(?:man|woman|person)?[ ]+of[ ]+the[ ]+[a-z ,&\-]{3,60}committee|commissioner|ombudsman|mp|msp|mla|"
    r"member[ ]+of[ ]+(?:parliament|the[ ]+senedd|the[ ]+scottish[ ]+parliament)"
)
_ORGANISATION = (
    r"(?:[ ]+(?:of|to|for|at)[ ]+(?:the[ ]+)?[A-Z][A-Za-z'&\-]*(?:[ ]+(?:[A-Z][A-Za-z'&\-]*|of|and|for|the))*)?"
)
_OFFICE_AFTER = re.compile(rf",[ ]+(?:the[ ]+)?(?i:{_OFFICES}){_ORGANISATION}(?![A-Za-z])")
"""`<name>, Leader of Westbridge District Council`, `<name>, Chief Scientific Adviser to the Welsh Government`."""
_OFFICE_BEFORE = re.compile(rf"(?<![A-Za-z])(?i:{_OFFICES}){_ORGANISATION},?[ ]+$")
"""`The Chief Executive of NHS Harrowgate ICB, <name>`, `the Police and Crime Commissioner, <name>`."""
_ROLE_LABEL_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:Chair|Vice[- ]Chair|Chairman|Chairperson|Treasurer|Trustees?|Patron|President|Headteacher|"
    r"Head[ ]Teacher|Principal|SENCo|SENCO|Clerk(?:[ ]to[ ]the[ ]Governors)?|Governors?)[ ]*:[ ]*"
    r"(?:(?:Revd|Rev|Canon|Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Cllr|Sir|Dame)\.?[ ]+)*$"
)
"""A governing body's or a school's published post as a label ("Chair: Mr D Okoye", "Headteacher: Mrs K. Lane")."""
_PRACTICE_AFTER = re.compile(r"[ ]*(?:&|and)[ ]+Partners(?![a-z])")
"""A GP practice or a firm named after its partners ("Dr R. Sandhu & Partners")."""
_LOOKBACK = 120


def in_public_office(source: str, cues: Cues, start: int, end: int) -> bool:
    """True when the name at `source[start:end]` is written with a public office and no personal details beside it."""
    if source.startswith(("'s", "’s"), end):  # something of theirs ("Cllr Oyelaran's casework"): the name rules decide
        return False
    if not (
        _TITLE_IN.match(source, start)
        or _TITLE_BEFORE.search(source, max(0, start - 40), start)
        or _POST_NOMINAL.match(source, end)
        or _HANSARD_SPEAKER.match(source, end)
        or _OFFICE_AFTER.match(source, end)
        or _OFFICE_BEFORE.search(source, max(0, start - _LOOKBACK), start)
        or _ROLE_LABEL_BEFORE.search(source, max(0, start - 40), start)
        or _PRACTICE_AFTER.match(source, end)
    ):
        return False
    if not cues.sentences:
        return True
    sentence = cues.sentence_at(start)
    return not any(sentence.start <= cue < sentence.end for cue, _ in cues.weak + cues.strong)
