"""The named person a message is written to, when it speaks to them of their own affairs.

Department staff ask for help with messages to colleagues and volunteers: "Hi Aoife, ... your
salary will change to £22,140", "Dear Phil, ... please don't attend your shifts", "Raj, your
expenses claim included £86 of alcohol". A first name alone decides nothing for the name rules
(most first names in work text are harmless: "Hi Sarah, can you review the draft?"), and the
personal details sit behind "your", which names nobody. Together they are that person's
HR matter: seven of the sixteen misses of stop 29's precision set (13) were such messages.

A finding is the name, when both hold:

* it reads as a name (capitalised, not a word a letter greets a group or a role by: "Dear Applicant",
  "Hi Team", "Dear Sir"; the project's given-name list lacks too many names, "Phil", "Aoife", "Raj")
  after a greeting ("Dear", "Hi", "Hello", "Hey"), or at the start of a message or quotation
  followed by a comma and the message ("Raj, your ..."); and
* within the next `_REACH` characters the message speaks of "your" personal matters: pay,
  contract, hours, absence, probation, conduct, a claim, a tenancy, a debt, a diagnosis...
"""

from __future__ import annotations

from classifiers.recognisers.base import Pattern, PatternRecogniser

__all__ = ["Addressee"]

_REACH = 600
_NOT_NAMES = frozenset(
    """
    all everyone everybody both folks guys team teams colleague colleagues sir sirs madam madame ladies gentlemen
    friend friends partner partners member members manager managers applicant applicants customer customers
    resident residents tenant tenants occupier householder homeowner landlord landlords claimant claimants
    patient patients student students pupil pupils parent parents carer carers candidate candidates
    supplier suppliers stakeholder stakeholders volunteer volunteers governor governors councillor councillors
    minister chair editor head neighbour neighbours employer employers taxpayer user users client clients
    there again thanks morning afternoon evening hello hi dear you
    """.split()
)
_AFFAIRS = (
    r"salary|pay|pay[ ]rise|wages?|contract|contracted[ ]hours|hours|working[ ]pattern|flexible[ ]working|"
    r"absences?|sickness|sick[ ]leave|sick[ ]note|fit[ ]note|return[ ]to[ ]work|probation(?:ary[ ]period)?|"
    r"probation[ ]review|performance|capability|appraisal|shifts?|overtime|annual[ ]leave|leave|expenses(?:[ ]claim)?|"
    r"mileage(?:[ ]claim)?|grievance|conduct|behaviour|attendance|warning|dismissal|redundancy|settlement|"
    r"resignation|notice[ ]period|pension|tax[ ]code|overpayment|underpayment|tenancy|rent|arrears|debt|loan|"
    r"benefits?|claim|case|complaint|diagnosis|condition|medication|treatment|appointment|dbs(?:[ ]check)?|"
    r"vetting|disciplinary|investigation|hearing|payslips?|bank[ ]details|home[ ]address|address|date[ ]of[ ]birth|"
    r"national[ ]insurance(?:[ ]number)?|mortgage|visa|immigration[ ]status|reference|request[ ]to[ ]reduce|"
    r"request[ ]for[ ]flexible[ ]working|application"
)
_NAME = r"[A-Z][a-z]{1,14}(?:-[A-Z][a-z]{1,14})?"
_GREETING = r"(?:(?<=Dear[ ])|(?<=Hi[ ])|(?<=Hello[ ])|(?<=Hey[ ])|(?<=Morning[ ]))"
_MESSAGE_START = r"(?:^|(?<=\n)|(?<=['\"‘“]))"
_THEIR_AFFAIRS = rf"(?=[\s\S]{{0,{_REACH}}}?(?<![A-Za-z])(?i:your)[ ]+(?:[a-z\-]+[ ]+)?(?i:{_AFFAIRS})(?![a-z]))"


class Addressee(PatternRecogniser):
    """ "Hi Aoife, ... your salary will change", "Raj, your expenses claim ..."."""

    name = "addressee"
    kind = "PERSON"
    patterns = (
        Pattern(
            "greeted",
            rf"{_GREETING}{_NAME}(?=[ ]*[,!\n]){_THEIR_AFFAIRS}",
            score=0.7,
            requires=("dear ", "hi ", "hello ", "hey ", "morning "),
        ),
        Pattern(
            "vocative",
            rf"{_MESSAGE_START}{_NAME}(?=,[ ]+(?:your|you|you're|you've|i|i'm|i've|we|as|just|thanks|thank)[ ,])"
            rf"{_THEIR_AFFAIRS}",
            score=0.7,
            requires=("your",),
        ),
    )

    def validate(self, match: str) -> bool | None:
        return match.lower() not in _NOT_NAMES
