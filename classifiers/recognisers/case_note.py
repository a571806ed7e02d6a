"""Case-note traffic: a department's record of contact with one person, even with no name in it (strict mode).

Case notes are written to minimise: "CN 12/03: T/C from clmt, says UC payment short
by £212", "File note: cust called re PIP; refused to give NINO", "SW visit: mum and 2
kids at property". No name, no identifier, yet each is a record about one person whom
the department can identify from the case it is filed on. Such a text is found by
three things together, within one note:

* a note header at the start of a line: "CN", "case note(s)", "file note", "note to
  file", "contact log", "action log", "visit note", "home visit", "SW visit", "HV",
  "T/C", "telephone call", "call log", "update (for the team/file)", "handover",
  "visit notes", "caseworker update", "call summary", "summary of call", an e-mail's "Re:", "Fw:" or
  "Subject:", followed by a date
  and a time, a colon or a dash;
* a person referred to the way notes do: "clmt", "cust", "client", "tenant",
  "applicant", "caller", "mum", "dad", "she", "he", a title and an initial ("Mr K.");
* a record of contact in the past tense or reported speech: "called", "rang",
  "spoke", "attended", "visited", "advised", "agreed", "refused", "says", "reports",
  "disclosed", "confirmed", "seen".

A note may also open with the record of contact itself, which needs no header: "Spoke with
claimant today", "Rang the tenant again" at the start of a line; or with a follow-up of a person's case that
a record of contact completes ("Following up on the claimant's reconsideration - she says...").

A request for a template ("Write a template for recording a home visit, with
headings only") has the header words but no note: no header at a line start with a
date, colon or dash, and no record of contact. The finding covers the header and is
`personal`; this rule runs in `strict` mode only.

A note that says it is about nobody on file ("No personal details taken", "anonymous caller", "general
enquiry", "caller did not give a name") records a public question, not a person's case; what else it holds
(an identifier, a name) is still found by the other recognisers.
"""

from __future__ import annotations

import re

from classifiers.normalise import NormalisedText
from classifiers.recognisers.base import Recogniser
from classifiers.recognisers.regex_build import any_of
from classifiers.types import Finding, Sensitivity

__all__ = ["CaseNote"]

_HEADER = re.compile(
    r"(?:^|\n)[ \t]*(?P<header>(?:cn|case[ ]notes?|file[ ]note|note[ ]to[ ]file|contact[ ]log|action[ ]log|"
    r"visit[ ]note|home[ ]visit|sw[ ]visit|hv(?:[ ]visit)?|visit|t/c|telephone[ ]call|phone[ ]call|call[ ]log|"
    r"case[ ]update|attendance[ ]note|progress[ ]note|interview[ ]note|contact[ ]note|handover|visit[ ]notes?|"
    r"(?:caseworker|adviser|advisor|officer|agent|work[ ]coach)[ ]update|"
    r"(?:call|visit|contact|interview|meeting)[ ](?:summary|notes?|record)|"
    r"summary[ ]of[ ](?:the[ ])?(?:call|visit|contact|interview|meeting)|re|fw|fwd|subject|"
    r"update(?:[ ]for[ ](?:the[ ])?(?:file|team|record|case))?)"
    r"(?:[ ]+\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?)?(?:[ ,]+\d{1,2}[:.]\d{2})?[ \t]*[:\-–])"
)
_NOTE_END = re.compile(r"\n[ \t]*\n")
_PERSON = re.compile(
    r"(?<![a-z])(?:clmt|cust|client|tenant|applicant|caller|customer|claimant|service[ ]user|resident|pupil|"
    r"mum|dad|mother|father|she|he|her|his|(?:mr|mrs|ms|miss|mx)\.?[ ]+[a-z]\.?|pt|patient|yp|su|cyp|parent|carer|"
    r"child|baby|son|daughter|family|occupant|student|learner|victim|complainant|young[ ]person)(?![a-z])"
)
_CONTACT = re.compile(
    r"(?<![a-z])(?:called|rang|phoned|spoke|spoken|attended|visited|seen|saw|advised|agreed|refused|says|said|"
    r"reports|reported|disclosed|confirmed|explained|stated|declined|requested|asked|informed|left[ ]message|"
    r"no[ ]answer|did[ ]not[ ]attend|dna|disputes|disputed|escalated|discussed|presented|accepted|complained|"
    r"contacted|emailed|texted|arrived|left|signposted|referred|reviewed|feeding|sleeping|appeared|provided|"
    r"submitted|sent|threatened|moved|lives|living|is[ ]a|is[ ]in|has[ ]been)(?![a-z])"
)
_SCORE = 0.6
_NOBODY = re.compile(
    r"(?<![a-z])(?:no[ ](?:personal[ ]|identifying[ ]|customer[ ]|caller[ ])?(?:details|data|information|info|pii)"
    r"[ ](?:were[ ]|was[ ])?(?:taken|recorded|given|held|requested|collected|needed|required|asked[ ]for)|"
    r"anonymous(?:ly)?|anon[ ](?:caller|call|enquiry)|general[ ](?:enquiry|query|question|information)|"
    r"(?:caller|customer|they)[ ](?:did[ ]not|didn't|would[ ]not|wouldn't)[ ](?:give|leave|provide)[ ]"
    r"(?:a[ ]|their[ ])?(?:name|details)|not[ ]identified|no[ ]name[ ](?:given|taken|left)|"
    r"no[ ]case[ ](?:opened|created|reference))"
    r"(?![a-z])"
)
"""A note about nobody on file: "No personal details taken", "anonymous caller", "general enquiry"."""
_OPENER = re.compile(
    r"\n?[ \t]*(?P<header>(?:spoke|spoken|rang|called|phoned|visited|met|saw|emailed|texted)[ ]+(?:with[ ]|to[ ])?"
    r"(?:the[ ])?(?:clmt|cust|client|tenant|applicant|caller|customer|claimant|service[ ]user|resident|patient|"
    r"parent|carer|mum|dad|complainant)[ ]+(?:today|yesterday|this[ ](?:morning|afternoon)|on[ ]\d|at[ ]\d|again|"
    r"by[ ]phone|in[ ]person))"
)
"""A note that opens with the record of contact itself: "Spoke with claimant today. She confirmed..."."""
_OPENER_WORDS = any_of(
    ("spoke", "rang", "called", "phoned", "visited", "met ", "saw ", "emailed", "texted", "following up",
     "further to", "regarding", "update on", "chasing")
)  # fmt: skip
"""Every opener's first word, as one search: most texts have none, and then no line is tried."""
_FOLLOW_UP = re.compile(
    r"\n?[ \t]*(?P<header>(?:following[ ]up[ ](?:on|with)|further[ ]to|regarding|update[ ]on|chasing)[ ]+"
    r"(?:the|my|your|our)[ ]+(?:clmt|cust|client|tenant|applicant|caller|customer|claimant|service[ ]user|"
    r"resident|patient|complainant)(?:'s)?)(?![a-z])"
)
"""A message that opens by following up a person's case: "Following up on the claimant's reconsideration — she
says...": with a record of contact after it, like a header."""


class CaseNote(Recogniser):
    """A note header, a person referred to as notes do, and a record of contact (module docstring)."""

    name = "case_note"
    strict_only = True

    @staticmethod
    def _note_end(lower: str, start: re.Match[str]) -> int:
        stop = _NOTE_END.search(lower, start.end())
        return stop.start() if stop is not None else len(lower)

    def find(self, text: NormalisedText) -> list[Finding]:
        """The header of each case note that records contact with a person."""
        lower = text.lower
        findings = []
        for header in _HEADER.finditer(lower):
            start, end = header.span("header")
            stop = _NOTE_END.search(lower, end)
            note_end = stop.start() if stop is not None else len(lower)
            if _PERSON.search(lower, end, note_end) is None or _CONTACT.search(lower, end, note_end) is None:
                continue
            if _NOBODY.search(lower, end, note_end) is not None:
                continue
            findings.append(Finding("CASE_NOTE", start, end, _SCORE, self.name, Sensitivity.PERSONAL))
        line_start = 0 if _OPENER_WORDS is not None and _OPENER_WORDS.search(lower) is not None else -1
        while line_start >= 0:  # one anchored try per line: a note opens a line
            opener = _OPENER.match(lower, line_start)
            if opener is None:
                follow_up = _FOLLOW_UP.match(lower, line_start)
                if follow_up is not None and _CONTACT.search(lower, follow_up.end(), self._note_end(lower, follow_up)):
                    opener = follow_up
            if opener is not None:
                start, end = opener.span("header")
                findings.append(Finding("CASE_NOTE", start, end, _SCORE, self.name, Sensitivity.PERSONAL))
            line_start = lower.find("\n", line_start + 1)
        return findings
