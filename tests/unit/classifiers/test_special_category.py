from __future__ import annotations

import pytest

from classifiers.cues import find_cues
from classifiers.normalise import normalise
from classifiers.special_category import CATEGORIES, SPECIAL_KIND_PREFIX, find_special_terms, is_disclosure
from classifiers.types import Sensitivity


def terms(text: str) -> list[tuple[str, str]]:
    return [
        (f.kind.removeprefix(SPECIAL_KIND_PREFIX), text[f.start : f.end]) for f in find_special_terms(normalise(text))
    ]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("diagnosed with type 2 diabetes", "HEALTH"),
        ("registered blind", "DISABILITY"),
        ("receives PIP", "DISABILITY"),
        ("of Black Caribbean heritage", "ETHNICITY"),
        ("a practising Muslim", "RELIGION"),
        ("attends the local mosque", "RELIGION"),
        ("is bisexual", "SEXUALITY"),
        ("a union rep", "TRADE_UNION"),
        ("member of Unite", "TRADE_UNION"),
        ("has a criminal record", "CRIMINAL_RECORD"),
        ("claimed asylum in 2019", "IMMIGRATION"),
        ("took fingerprints", "BIOMETRIC"),
        ("member of the Labour Party", "POLITICAL"),
    ],
)
def test_each_category_is_found(text, category):
    assert category in {c for c, _ in terms(text)}
    assert category in CATEGORIES


@pytest.mark.parametrize(
    "text",
    [
        "the church on the hill",  # ambiguous words need a phrase
        "proceed with caution",
        "pip install requests",
        "I've disabled the cache",
        "a stroke of luck",
        "they sang in unison",
        "the blind spot",
        "undiagnosed",  # inside a word
    ],
)
def test_ambiguous_words_alone_are_not_terms(text):
    assert terms(text) == []


def test_terms_are_special_level_candidates():
    (finding,) = find_special_terms(normalise("HIV"))
    assert finding.level is Sensitivity.SPECIAL
    assert finding.recogniser == "special_category"


@pytest.mark.parametrize(
    ("text", "disclosed"),
    [
        ("I have type 2 diabetes.", True),
        ("I was diagnosed last year.", True),
        ("I'm gay.", True),
        ("I've been suffering from depression.", True),
        ("She is a practising Muslim.", True),
        ("He was convicted in 2010.", True),
        ("Did he have HIV?", False),  # third person in a question
        ("I have a question about cancer.", False),
        ("I am writing an essay on depression.", False),
        ("What are the symptoms of diabetes?", False),
        ("How do I support someone with depression?", False),
    ],
)
def test_disclosure(text, disclosed):
    normalised = normalise(text)
    cues = find_cues(normalised)
    found = find_special_terms(normalised)
    assert found
    assert any(is_disclosure(normalised, cues, t) for t in found) is disclosed


# Each row is a kind of statement from one UK GDPR Art. 9 / Art. 10 category (see
# special_lexicon.py for the taxonomies), written as a person would write it.
@pytest.mark.parametrize(
    ("text", "category", "term"),
    [
        ("has been having chemotherapy since May", "HEALTH", "chemotherapy"),
        ("is HIV positive", "HEALTH", "HIV positive"),
        ("was treated for lymphoma", "HEALTH", "lymphoma"),
        ("needs dialysis twice a week", "HEALTH", "dialysis"),
        ("has endometriosis", "HEALTH", "endometriosis"),
        ("was prescribed sertraline", "HEALTH", "prescribed"),
        ("uses a hearing aid", "DISABILITY", "hearing aid"),
        ("gets Employment and Support Allowance", "DISABILITY", "Employment and Support Allowance"),
        ("is of Nigerian descent", "ETHNICITY", "of Nigerian descent"),
        ("is a Jehovah's Witness", "RELIGION", "Jehovah's Witness"),
        ("they are Jehovah's Witnesses", "RELIGION", "Jehovah's Witnesses"),
        ("converted to Islam last year", "RELIGION", "converted to Islam"),
        ("is in a same-sex relationship", "SEXUALITY", "same-sex relationship"),
        ("is a trans woman", "SEXUALITY", "trans woman"),
        ("is a shop steward for Unite", "TRADE_UNION", "shop steward"),
        ("is a GMB rep", "TRADE_UNION", "GMB rep"),
        ("is on the sex offenders register", "CRIMINAL_RECORD", "sex offenders register"),
        ("has two previous convictions", "CRIMINAL_RECORD", "previous convictions"),
        ("is out on licence", "CRIMINAL_RECORD", "out on licence"),
        ("was given a police caution", "CRIMINAL_RECORD", "police caution"),
        ("is on police bail", "CRIMINAL_RECORD", "police bail"),
        ("is a Labour Party activist", "POLITICAL", "Labour Party activist"),
        ("voted for the SNP", "POLITICAL", "voted for the SNP"),
        ("is on a spouse visa", "IMMIGRATION", "spouse visa"),
        ("has pre-settled status", "IMMIGRATION", "pre-settled status"),
        ("gave a DNA sample", "BIOMETRIC", "DNA sample"),
    ],
)
def test_broadened_lexicon_finds_each_kind_of_statement(text, category, term):
    assert (category, term) in terms(text)


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("two criminal convictions", "criminal convictions"),
        ("the asylum seekers' hostel", "asylum seekers'"),
        ("his asylum claim's outcome", "asylum claim's"),
        ("several illnesses", "illnesses"),
    ],
)
def test_plurals_and_possessives_match(text, term):
    assert term in [t for _, t in terms(text)]


@pytest.mark.parametrize(
    "text",
    [
        "I need to book my GP surgery",  # the building, not an operation
        "at my MP's surgery",
        "a drugs seizure at the port",
        "the European Union member states",
        "I am a probation officer",  # a line of work, not a circumstance
        "a job advert for prison officers",
        "mental health nurses are in short supply",
        "I am a therapist",
        "she spoke with conviction",
        "transitioned to Universal Credit",
        "my results came out as expected",
    ],
)
def test_words_of_a_job_or_another_sense_are_not_terms(text):
    assert terms(text) == []


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("I see my probation officer weekly", "probation officer"),  # someone's own
        ("her therapist called", "therapist"),
    ],
)
def test_a_possessive_keeps_a_job_word_term(text, term):
    assert term in [t for _, t in terms(text)]


@pytest.mark.parametrize(
    ("text", "disclosed"),
    [
        # relative clauses about a named or described person, in statements and requests
        ("Write to HR about Jo Bloggs, who has been having chemotherapy.", True),
        ("Can you help me word an email about Jo Bloggs, who is HIV positive?", True),
        ("Draft a note for Sam, who recently came out as bisexual.", True),
        ("a letter for our tenant, who is on the sex offenders register", True),
        # possessive third person, in a statement
        ("Her diabetes is getting worse.", True),
        ("They are Jehovah's Witnesses.", True),
        # general questions and public figures stay undisclosed
        ("Who is on the sex offenders register?", False),
        ("Tell me about Tom Hanks, who has type 2 diabetes.", False),  # general-knowledge wording
        ("Which famous people have had chemotherapy?", False),
        ("His Majesty's Prison Service employs 30,000 staff.", False),
    ],
)
def test_relative_and_possessive_disclosures(text, disclosed):
    normalised = normalise(text)
    cues = find_cues(normalised)
    found = find_special_terms(normalised)
    assert found
    assert any(is_disclosure(normalised, cues, t) for t in found) is disclosed
