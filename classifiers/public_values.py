"""Values that are nobody's personal data: organisations' contact details and illustrations.

Issue 9's precision pass: on ordinary public prompts, most false positives were contact
details and identifiers that belong to no private individual. This module drops a
recogniser finding when the text shows whose it is not:

* an organisation's mailbox: an e-mail address whose local part is a role
  ("enquiries@", "press@", "foi@", "noreply@"), a placeholder ("user@", "test@",
  "firstname.lastname@"), or ordinary words none of which is a known given name or
  surname ("consultations@", "parking-services@"; "rose@" and "j.baker@" stay);
* an organisation's address or number: a postcode, street or postal address or
  landline its sentence, line or contact block gives an organisation, with nothing there
  speaking of a private individual (`organisation_contacts.py`; a mobile is a person's). A
  non-geographic number (0300, 0808) is not enough on its own: generated test data gives
  them to people; a street or town named by a placeholder word ("1 Test Lane",
  "Anytown") is nobody's;
* an address on a private network (10/8, 172.16/12, 192.168/16), loopback (127/8, ::1),
  link-local or an RFC 5737 documentation range: it identifies a device behind a router
  or this machine, never a person, from outside;
* an illustration: an identifier introduced as an example, a test or sample value
  ("test card", not a blood test or sample), a dummy value or a format ("the test
  card number 4111 1111 1111 1111", "e.g. 020 7946 0000", "QQ123456C is the example
  number HMRC uses"), with no possessive, person or "real"/"live" between the word and
  the value ("for example my NHS number..." stays personal). A format word ("format",
  "looks like", "placeholder") counts only straight before the value, in a line that
  names no person and points at no data ("the format XX 99 99 99 X"; not "Please format
  this NHS number: ...");

* a stated age of nobody in particular: "he was 21, and in 1940 he joined the RAF" in a
  history text, "she is 12 and her brother..." in a maths problem, a textbook vignette
  (`Cues.public_near`, `Cues.vignette`; the rule in `recognisers/age.py` is strict-only).

* a birth told as general knowledge: "Taylor Swift was born on 13 December 1989. How many
  albums..." (a date after "was born on", public wording near it; a "DOB:" label never).

* a template's slot: a value that is only a mask or a dummy ("XX 00 00 00 X", "+44 7XXX XXXXXX",
  "XX/XX/XXXX"; `recognisers/id_values.is_placeholder_value`): a cue with no value is not personal.

Recall first still holds: a strong cue (a possessive with a relation, a role) in the
same sentence keeps every finding, and only kinds listed here are ever dropped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from classifiers.cues import Cues
from classifiers.normalise import NormalisedText
from classifiers.organisation_contacts import ORGANISATION_LIKE_NAMES, PERSON_MARKER, organisation_contact, same_owner
from classifiers.public_mailboxes import organisation_mailbox, private_network
from classifiers.recognisers.id_values import is_placeholder_value
from classifiers.recognisers.uk.phone import is_mobile
from classifiers.term_regex import PROSE_END, prose_words
from classifiers.types import Finding

__all__ = ["without_public_values"]

_EMAIL = "EMAIL_ADDRESS"
_MARKING = "PROTECTIVE_MARKING_"
_UK_PHONE = "UK_PHONE_NUMBER"
_CONTACT_KINDS = frozenset({"UK_POSTCODE", "UK_STREET_ADDRESS", "POSTAL_ADDRESS", _UK_PHONE, "PHONE_NUMBER"})
"""Contact details an organisation also has: dropped in a sentence that is about one."""
_ILLUSTRATED_KINDS = frozenset(
    {
        _EMAIL,
        _UK_PHONE,
        "PHONE_NUMBER",
        "IP_ADDRESS",
        "SOCIAL_MEDIA_HANDLE",
        "PAYMENT_CARD",
        "IBAN",
        "UK_NHS_NUMBER",
        "UK_CHI_NUMBER",
        "UK_NATIONAL_INSURANCE_NUMBER",
        "UK_UTR",
        "UK_VAT_NUMBER",
        "UK_PASSPORT_NUMBER",
        "UK_DRIVING_LICENCE",
        "UK_UNIQUE_PUPIL_NUMBER",
        "UK_BANK_ACCOUNT",
        "UK_SORT_CODE",
        "UK_POSTCODE",
        "UK_STREET_ADDRESS",
        "POSTAL_ADDRESS",
        "UK_VEHICLE_REGISTRATION",
        "PERSONAL_REFERENCE_NUMBER",
        "DATE_OF_BIRTH",
        "NATIONAL_ID",
        "TAX_ID",
        "PASSPORT_NUMBER",
        "DRIVING_LICENCE",
        "VEHICLE_REGISTRATION",
        "US_SSN",
    }
)
"""Kinds whose values are written as examples in documentation, tests and format questions."""

_ILLUSTRATION = prose_words(
    r"examples?|dummy|fake|fictitious|fictional|made-up|specimen|drama numbers?|fixtures?|"
    r"(?:test|testing|sample)[ ]+(?:card|number|data|value|account|record|iban|email|address|phone|nino|nhs)|"
    r"(?:test|sandbox|synthetic)[ ]+(?:patient|user|customer|claimant)|"
    r"e\.g\.?|eg|for instance"
)
"""Words that introduce an illustration anywhere before the value on its line ("e.g. call 020 7946 0000")."""
_FORMAT_WORDS = prose_words(
    r"formats?(?:ted)?(?: like)?|looks like|something like|like this|placeholder|"
    r"(?:text|values?|data|strings?|dates|numbers|inputs?|entries)[ ]+like"
)
"""Words that introduce an illustration only straight before the value ("the format XX 99 99 99 X",
"nino_format=AA999999A"): requests to format, check or fill in real values use them too ("Please format this NHS
number properly: ...", "her NHS number looks like ...")."""
_REFORMAT = re.compile(
    r"(?<![a-z])(?:convert|reformat|re-format|standardi[sz]e|normali[sz]e|tidy|clean up|fix)(?![a-z])"
)
"""A request to put a value into a format ("Convert to the standard format: jg103792a"): the value is data."""
_STRAIGHT_BEFORE = re.compile(r"[\s\"'`:=(\[]*(?:(?:is|are|as|like)[\s\"'`:=(\[]+)?")
_THESE = re.compile(r"(?<![a-z])(?:this|these|the following|below|attached|list)(?![a-z])")
"""Wording that points at the very values a request is about ("Reformat the following NHS numbers in 3-3-4
format: ...")."""
_ILLUSTRATION_AFTER = re.compile(
    r"[ ,)]*(?:is|are|was|as)[ ]+(?:an?|the|only)?[ ]*(?:[a-z\-]+[ ]+)?(?:example|sample|test|dummy|fake|fictitious|"
    r"specimen|placeholder|made-up)" + PROSE_END + "|"
    r"(?:[ ][a-z0-9]{1,2})?[ ]*[(\[][ ]*(?:e\.g\.?|eg|an? |for )?"
    r"(?:example|sample|specimen|format|dummy|fictitious|not real|illustration)" + PROSE_END + "|"
    r"[ ]+(?:format|style|layout|pattern)" + PROSE_END + "|"
    r"[ ]+(?:is[ ]+)?(?:the|a|an)[ ]+(?:[a-z]+[ ]+)?(?:format|style|layout|pattern|shape)[ ]+"
    r"(?:used|for|of|that)(?![a-z])"
)
"""After the value: "... is the example HMRC uses", "QQ 12 34 56 C (example)", "AB12 CDE [sample]", "the AB12 CDE
format", "Is AB12 CDE the format used for UK plates?"."""
_TEST_RESULT = re.compile(r"(?<![a-z])test[ ]+(?:results?|positive|negative|came back|showed)(?![a-z])")
_POSSESSIVE = re.compile(r"(?<![a-z])(?:my|his|her|their|your|our|its|[a-z]+'s)(?![a-z])")
_REAL = re.compile(r"(?<![a-z])(?:real|actual|genuine|live|prod|production|received|today)(?![a-z])")
"""Wording that says the value after an illustration word is a real one: "Test record (real, from prod): ..."."""
_ILLUSTRATION_BEFORE = 60
"""Characters before a value in which an illustration word introduces it."""


def without_public_values(
    text: NormalisedText, findings: Sequence[Finding], cues: Cues, names: Sequence[Finding]
) -> list[Finding]:
    """The findings less those that belong to no private individual (module docstring).

    Args:
        text: The normalised text the findings' offsets refer to.
        findings: Recogniser findings.
        cues: The text's cues (sentences and strong cues).
        names: Name candidates (a name in an organisation's sentence keeps its contact details).
    """
    kept = []
    owned_until = -1  # end of the last contact detail found to be an organisation's
    illustrated: Finding | None = None  # the last value found to be an illustration
    for finding in sorted(findings, key=lambda f: f.start):
        if illustrated is not None and _next_in_list(text.lower, illustrated, finding):
            illustrated = finding
            continue  # "formats like 'SW1A 1AA', 'M1 1AE' and 'B33 8TH'": the list goes on illustrating
        if (
            finding.kind in _CONTACT_KINDS
            and same_owner(text.lower, owned_until, finding.start)
            and not (finding.kind == _UK_PHONE and is_mobile(text.text[finding.start : finding.end]))
        ):
            owned_until = finding.end
            continue  # "... London SW1A 2DY. Tel: 020 7215 5000": the next line of the same contact block
        if not finding.kind.startswith(_MARKING) and is_placeholder_value(text.text[finding.start : finding.end]):
            continue  # a template's slot ("XX 00 00 00 X", "+44 7XXX XXXXXX", "XX/XX/XXXX") is no value
        if finding.kind in _ADDRESS_KINDS and _PLACEHOLDER_PLACE.search(text.text, finding.start, finding.end):
            owned_until = finding.end  # the postcode after it is the same made-up address's
            continue  # "1 Test Lane", "10 Example Street, Anytown": a form's or a guide's address, nobody's
        if finding.recogniser == _PRONOUN_AGE and _public_age(finding, cues):
            continue
        if finding.kind == _DATE_OF_BIRTH and _public_birth(text, finding, cues):
            continue
        if (finding.kind in _ILLUSTRATED_KINDS or finding.kind in _CONTACT_KINDS) and _is_public_value(
            text, finding, cues, names
        ):
            if finding.kind in _CONTACT_KINDS:
                owned_until = finding.end
            if finding.kind in _ILLUSTRATED_KINDS and _illustrated(text.lower, finding):
                illustrated = finding
            continue
        kept.append(finding)
    return kept


_ADDRESS_KINDS = frozenset({"UK_STREET_ADDRESS", "POSTAL_ADDRESS"})
_PLACEHOLDER_PLACE = re.compile(
    r"(?<![A-Za-z])(?:Test|Example|Sample|Dummy|Fake|Placeholder|Anytown|Anyville|Nowhere|Somewhere)(?![a-z])"
)
"""A street or town named by a placeholder word: documentation's and test data's address, nobody's."""

_LIST_GAP = re.compile(r"[\"'`]?(?:[ ]*\([^()\n]{0,40}\))?[ ]*(?:,|;|/|,?[ ]+(?:and|or))[ ]*[\"'`]?")
"""Between two values of one list: "'SW1A 1AA', 'M1 1AE' and 'B33 8TH'", "4444333322221111 (Visa, success),
4000000000000002"."""


def _next_in_list(lower: str, before: Finding, finding: Finding) -> bool:
    """`finding` is the next value of the list `before` illustrates: the same kind, a list's punctuation between."""
    return finding.kind == before.kind and _LIST_GAP.fullmatch(lower, before.end, finding.start) is not None


_PRONOUN_AGE = "pronoun_age"


def _public_age(finding: Finding, cues: Cues) -> bool:
    """A stated age ("he was 21, and...") in a history, news or maths text, or a textbook vignette, with no
    strong personal cue (a possessive and a relation, a case role) in its sentence."""
    sentence = cues.sentence_at(finding.start)
    if any(sentence.start <= start < sentence.end for start, _ in cues.strong):
        return False
    return cues.vignette or cues.public_near(finding.start, finding.end)


_DATE_OF_BIRTH = "DATE_OF_BIRTH"
_BORN_BEFORE = re.compile(r"(?<![a-z])(?:was|were)[ ]+born(?:[ ]+on|[ ]+in)?[ ,]*$")


def _public_birth(text: NormalisedText, finding: Finding, cues: Cues) -> bool:
    """ "Taylor Swift was born on 13 December 1989. How many albums..." is general knowledge: a date told as
    a birth in a narrative ("was born on", not a "DOB:" label) near public wording, with no strong cue."""
    if _BORN_BEFORE.search(text.lower, max(0, finding.start - 20), finding.start) is None:
        return False
    return _public_age(finding, cues)


def _is_public_value(text: NormalisedText, finding: Finding, cues: Cues, names: Sequence[Finding]) -> bool:
    value = text.text[finding.start : finding.end]
    if finding.kind == "IP_ADDRESS" and private_network(value):
        return True  # whoever's it is, a private, loopback or documentation address identifies nobody from outside
    sentence = cues.sentence_at(finding.start)
    if any(sentence.start <= start < sentence.end for start, _ in cues.strong):
        return False
    if finding.kind == _EMAIL and organisation_mailbox(value):
        return True
    if finding.kind == "UK_POSTCODE" and _ORGANISATION_POSTCODE.match(value.upper()):
        return True
    if finding.kind in _ILLUSTRATED_KINDS and _illustrated(text.lower, finding) and not _named_holder(
        text.text, finding, names
    ):
        return True
    if finding.kind == _UK_PHONE and is_mobile(value):
        return False  # organisations publish landlines: a mobile in their sentence is a person's
    if finding.kind in _CONTACT_KINDS:
        return organisation_contact(
            text.lower, finding, sentence.start, sentence.end, names, landline=finding.kind == _UK_PHONE
        )
    return False


def _named_holder(text: str, finding: Finding, names: Sequence[Finding]) -> bool:
    """A full name just before the value ("For example, Jason Briggs (EO, Leeds, staff no. 5503127) has..."): the
    example is a named person's record, not an illustration of a format."""
    return any(
        0 <= finding.start - n.end <= _ILLUSTRATION_BEFORE
        and n.recogniser not in ORGANISATION_LIKE_NAMES
        and len(text[n.start : n.end].split()) >= 2
        for n in names
    )


_ORGANISATION_POSTCODE = re.compile(r"GIR[ ]?0AA|BX\d")
"""Postcodes no household has: Girobank's GIR 0AA and the non-geographic BX range (HMRC's BX9 1AS, DWP's...)."""
def _illustrated(lower: str, finding: Finding) -> bool:
    """An illustration word just before the value with no possessive between, or "is an example" after it."""
    # not bounded by the sentence: "e.g." and "eg." end one in `cues.split_sentences`
    window_start = max(0, finding.start - _ILLUSTRATION_BEFORE, lower.rfind("\n", 0, finding.start) + 1)
    words = list(_ILLUSTRATION.finditer(lower, window_start, finding.start))
    before = words[-1] if words else None
    if before is not None and not _TEST_RESULT.match(lower, before.start()):
        between = lower[before.end() : finding.start]
        if not _real_value_wording(between):
            return True
    if _formatted(lower, window_start, finding.start):
        return True
    return _ILLUSTRATION_AFTER.match(lower, finding.end) is not None


def _formatted(lower: str, window_start: int, start: int) -> bool:
    """A format word straight before the value, in a line that speaks of no person and points at no data."""
    words = list(_FORMAT_WORDS.finditer(lower, window_start, start))
    if not words or _STRAIGHT_BEFORE.fullmatch(lower, words[-1].end(), start) is None:
        return False
    before = lower[window_start : words[-1].start()]
    return not _real_value_wording(before) and _THESE.search(before) is None and _REFORMAT.search(before) is None


def _real_value_wording(text: str) -> bool:
    """A possessive, a person or "real"/"live" wording: the value after an illustration word is someone's."""
    return any(wording.search(text) is not None for wording in (_POSSESSIVE, PERSON_MARKER, _REAL))


