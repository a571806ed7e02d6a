"""Contact details that belong to an organisation: an address or number its sentence, line or block gives a body.

Split out of `public_values.py` (which decides, per finding, whether a value is nobody's); this module answers
one of its questions for a postcode, street or postal address or landline: does the text give it to an
organisation, with nothing in the same place speaking of a private individual?

* an organisation or public building named in the value's sentence before it ("Write to HMRC at BX9 1AS", "Our
  office is at 10 Victoria Street"; a council's, a team's or a service's; not hospitals, schools or surgeries,
  where casework gives people's addresses too), unless something is sent to the address or the sentence
  speaks of a private individual or names one;
* a firm's name running straight into it ("Free Software Foundation, Inc., 51 Franklin Street");
* an organisation's contact block around it ("Contact us ... Telephone: 0300 ...");
* for a landline, a public body's web address or role mailbox on its line ("... at westbridge.gov.uk/missedbin or
  call 01632 960 100"), with no person named or spoken of there (stop 29's precision set);
* the next detail of a block whose previous one was the organisation's (`same_owner`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from classifiers.public_mailboxes import organisation_mailbox
from classifiers.types import Finding

__all__ = ["ORGANISATION_LIKE_NAMES", "PERSON_MARKER", "organisation_contact", "same_owner"]

_ORGANISATION = re.compile(
    r"(?<![a-z])(?:office|offices|headquarters|hq|council offices|civic centre|department|ministry|agency|"
    r"hmrc|dvla|dwp|hmcts|hmpo|ukvi|home office|ico|ofsted|ofcom|companies house|jobcentre|job centre|"
    r"post office|town hall|city hall|tribunal centre|court building|embassy|consulate|high commission|"
    r"library|museum|gallery|theatre|stadium|arena|station|airport|palace|parliament|cathedral|white house|"
    r"castle|branch|store|shop|restaurant|hotel|company|firm|ltd|limited|plc|llp|inc|charity|supplier|helpline|"
    r"switchboard|reception|press office|premises|depot|warehouse|factory|venue|tower|monument|memorial|abbey|"
    r"basilica|landmark|attraction|zoo|university|college|campus|foundation|association|society|institute|"
    r"federation|contact centre|call centre|programme|scheme|council(?![ ]+tax)|centre|team|services?|"
    r"service desk|desk|police|crimestoppers|register office|enquiries|appointments|authority|board|trust|"
    r"ombudsman|partnership|network)(?![a-z])"
)
"""Words naming an organisation or a public building: the owner of the address in that sentence."""
_IN_PLACE_NAME = re.compile(
    r"[ ]+(?:road|rd|street|st|avenue|ave|lane|close|drive|crescent|way|gardens|court|place|terrace|grove|square|"
    r"hill|park|mews|row|walk|view|rise|green|parade|yard|approach|house|cottages?|buildings|flats)(?![a-z])"
)
"""After an organisation word, a street or building type: the word names a place ("5 Station Road", "Flat 2,
Station House"), not the address's owner."""
_SENT_TO = re.compile(
    r"(?<![a-z])(?:sen[dt]|sending|post(?:ed|ing)?|return(?:ed|ing)?|deliver(?:ed|ing|y)?|forward(?:ed|ing)?|"
    r"redirect(?:ed|ing)?|addressed|mail(?:ed|ing)?|card|letter|parcel|package|wallet|p45|p60)(?![a-z])"
    r"[^.\n]{0,40}?(?<![a-z])(?:to|for)[ ]+(?:flat[ ]+[0-9a-z]+,?[ ]+)?\d"
)
"""Something sent or belonging to the address after the organisation word ("Ask the Post Office branch to return
the parcel to 14 Elm Grove", "The company sent the P45 to ..."): the address is its recipient's, not the
organisation's."""
_PRIVATE_MARKER = re.compile(
    r"(?<![a-z'])(?:i|i'm|i've|i'd|me|my|mine|myself|your|yours|he|she|his|her|hers|him|their|they|them|"
    r"who|whose|whom|dear|reply|"
    r"lives?|living|lived|resides?|residing|home|moved|tenant|landlord|neighbour|neighbor|client|claimant|"
    r"customer|patient|applicant|resident|caller|family|families)(?![a-z'])"
)
"""Wording that speaks of a private individual: it keeps an address or number that an organisation sentence has."""
_OWNER_BEFORE = 80
"""Characters before a contact detail in which the organisation that owns it is named."""


def organisation_contact(
    lower: str, finding: Finding, sentence_start: int, sentence_end: int, names: Sequence[Finding], landline: bool
) -> bool:
    """The text gives this contact detail to an organisation (module docstring).

    Args:
        lower: The normalised text, lower case.
        finding: A postcode, street or postal address or phone number (a mobile is never an organisation's).
        sentence_start, sentence_end: The finding's sentence.
        names: Name candidates of the text (one in the sentence makes the detail a person's).
        landline: The finding is a UK landline (a public body's web address on its line may own it).
    """
    if _ORG_SUFFIX_BEFORE.search(lower, max(0, finding.start - 24), finding.start):
        return True  # "Free Software Foundation, Inc., 51 Franklin Street, ...": the firm's name runs into it
    if landline and _beside_organisation_address(lower, finding, names):
        return True
    return _organisation_sentence(lower, finding, sentence_start, sentence_end, names) or _contact_block(
        lower, finding, sentence_start, sentence_end
    )


_PUBLIC_SECTOR_ADDRESS = re.compile(
    r"(?<![a-z0-9.\-@])([a-z0-9._%+\-]+@)?(?:[a-z0-9\-]+\.)+(?:gov\.uk|nhs\.uk|nhs\.net|sch\.uk|police\.uk|"
    r"parliament\.uk|mod\.uk|gov\.wales|llyw\.cymru|gov\.scot)(?![a-z0-9\-])"
)
_BESIDE = 150


def _beside_organisation_address(lower: str, finding: Finding, names: Sequence[Finding]) -> bool:
    """A landline on the line of a public body's web address or role mailbox ("... at westbridge.gov.uk/missedbin or
    call 01632 960 100", "allocations@westbridge.gov.uk or 01632 960 140"), where no person is named or spoken of."""
    line_start = max(lower.rfind("\n", 0, finding.start) + 1, finding.start - _BESIDE)
    line_end = lower.find("\n", finding.end)
    line_end = min(finding.end + _BESIDE, len(lower) if line_end < 0 else line_end)
    addresses = list(_PUBLIC_SECTOR_ADDRESS.finditer(lower, line_start, line_end))
    if not addresses or any(
        mailbox.group(1) and not organisation_mailbox(mailbox.group(0)) for mailbox in addresses
    ):
        return False  # a person's mailbox on the line makes the number as likely theirs
    return _nobody_in(lower, line_start, line_end, finding, names)


_SAME_BLOCK = 60
"""Characters between two contact details of one organisation's block ("SW1A 2DY. Tel: 020 7215 5000")."""


def same_owner(lower: str, owned_until: int, start: int) -> bool:
    """A contact detail just after an organisation's one, in the same paragraph, with no person named between."""
    if owned_until < 0 or not 0 <= start - owned_until <= _SAME_BLOCK:
        return False
    between = lower[owned_until:start]
    return "\n\n" not in between and PERSON_MARKER.search(between) is None


_ORG_SUFFIX_BEFORE = re.compile(
    r"(?<![a-z])(?:inc|ltd|llc|llp|plc|gmbh|limited|corp|foundation|trust|society|association|council)\.?,?\s*$"
)
"""An organisation's name straight before an address (sentence splitting stops at "Inc.", so look back raw)."""
_CONTACT_BLOCK = re.compile(
    r"(?<![a-z])(?:contact us|call us|write to us|email us|get in touch|textphone|text relay|relay uk|call charges|"
    r"lines are open|opening hours|monday to friday|mon-fri|helpline|freephone|switchboard|claim line|advice line|"
    r"contact centre|call centre)"
    r"(?![a-z])"
)
"""An organisation's contact block in guidance ("Contact us ... Telephone: 0300 ... Outside the UK: +44 ...")."""
PERSON_MARKER = re.compile(
    r"(?<![a-z'])(?:i|i'm|i've|me|my|mine|he|she|his|her|hers|him|their|them|who|whose|client|claimant|tenant|"
    r"patient|applicant|caller|customer|family|families)(?![a-z'])"
)
"""A private individual in the value's sentence ("your" is guidance's generic reader, so it is not one; "the
family" is a household)."""
_BLOCK_BEFORE, _BLOCK_AFTER = 240, 80


def _contact_block(lower: str, finding: Finding, start: int, end: int) -> bool:
    """The value sits in an organisation's contact block of its paragraph, and its sentence names no person."""
    paragraph_start = lower.rfind("\n\n", 0, finding.start) + 1
    paragraph_end = lower.find("\n\n", finding.end)
    paragraph_end = len(lower) if paragraph_end < 0 else paragraph_end
    window = (max(paragraph_start, finding.start - _BLOCK_BEFORE), min(paragraph_end, finding.end + _BLOCK_AFTER))
    if _CONTACT_BLOCK.search(lower, *window) is None:
        return False
    return PERSON_MARKER.search(lower, start, end) is None


def _organisation_sentence(lower: str, finding: Finding, start: int, end: int, names: Sequence[Finding]) -> bool:
    """The value's sentence names an organisation and nothing in it speaks of a private individual."""
    owners = [
        owner
        for owner in _ORGANISATION.finditer(lower, max(start, finding.start - _OWNER_BEFORE), finding.start)
        if _IN_PLACE_NAME.match(lower, owner.end()) is None
    ]
    if not owners or _SENT_TO.search(lower, owners[-1].end(), finding.start + 1) is not None:
        return False
    return _nobody_in(lower, start, end, finding, names)


def _nobody_in(lower: str, start: int, end: int, finding: Finding, names: Sequence[Finding]) -> bool:
    """Nothing in `lower[start:end]` speaks of a private individual or names one (beside the finding itself)."""
    if _PRIVATE_MARKER.search(lower, start, end) is not None:
        return False
    return not any(
        start <= n.start < end
        and n.recogniser not in ORGANISATION_LIKE_NAMES
        and not (n.start >= finding.start and n.end <= finding.end)
        for n in names
    )


ORGANISATION_LIKE_NAMES = frozenset({"person_verb"})
"""Two capitalised English words after "write to" ("Companies House", "Information Governance"): as likely the
organisation the sentence names as a person, so they do not make its address someone's."""
