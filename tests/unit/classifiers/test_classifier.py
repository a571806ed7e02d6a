from __future__ import annotations

import pytest

from classifiers import (
    Classifier,
    ClassifierError,
    ClassifierSettings,
    RecogniserFailed,
    RecogniserLoadError,
    Sensitivity,
    request_text,
)
from tests.unit.classifiers.helpers import card_number, grouped, iban, kinds, nhs_number, slices, zero_width

PUBLIC, PERSONAL, SPECIAL, SECRET = (
    Sensitivity.PUBLIC,
    Sensitivity.PERSONAL,
    Sensitivity.SPECIAL,
    Sensitivity.SECRET,
)
NHS = nhs_number("943476591")
CARD = grouped(card_number("4539"))
IBAN = grouped(iban("GB", "WEST12345698765432"))


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # identifiers and contact details
        (f"Patient NHS number {NHS}.", PERSONAL),
        ("Her NI number is JG 10 37 59 A.", PERSONAL),
        ("Call me on 07700 900123.", PERSONAL),
        ("Email jane.doe at example dot com please.", PERSONAL),
        (f"Pay with {CARD}.", PERSONAL),
        (f"Refund to {IBAN}.", PERSONAL),
        ("Send it to 14 Elm Road, Leeds LS6 2AB.", PERSONAL),
        ("DOB: 03/05/1980", PERSONAL),
        # names with personal context
        ("My client Ngozi Okonkwo has asked about her housing benefit.", PERSONAL),
        ("The claimant, Mr Okafor, appealed the decision.", PERSONAL),
        ("Sarah Jones is in rent arrears of £1,200.", PERSONAL),
        ("Charles Sharp (15/07/1951) has been off work since January.", PERSONAL),
        ("Mr King is three months behind on his rent.", PERSONAL),
        ("Jane Smith wrote to us about her council tax arrears.", PERSONAL),
        ("Ngozi Okonkwo was born on 3 May 1994 and now lives in Belfast.", PERSONAL),
        # special category about a person
        (f"My client John Smith, NHS number {NHS}, has been diagnosed with type 2 diabetes.", SPECIAL),
        ("I was diagnosed with depression last year and need advice on sick pay.", SPECIAL),
        ("My son has autism and needs an EHCP.", SPECIAL),
        ("Sarah Jones has been diagnosed with bipolar disorder.", SPECIAL),
        ("He was convicted of theft in 2015 and is applying for a job.", SPECIAL),
        ("Our claimant is seeking asylum and has no recourse to public funds.", SPECIAL),
        ("Write a reasonable adjustments letter for Leon Holt, who is undergoing IVF treatment.", SPECIAL),
        ("Since my PTSD diagnosis I can't work full time. What benefits can I get?", SPECIAL),
        ("My husband was released from HMP Wandsworth after serving 18 months.", SPECIAL),
        # special-category statements about a person, as clauses and requests put them
        ("Can you help me word an email to HR about Jo Bloggs, who has been having radiotherapy?", SPECIAL),
        ("My brother is on the sex offenders register and wants to volunteer.", SPECIAL),
        ("Background: my colleague Ines is a Unison branch secretary.", SPECIAL),
        ("My sister is in a same-sex relationship and hasn't told our parents.", SPECIAL),
        ("Draft a note about Tobias Renner, who is a Plaid Cymru activist.", SPECIAL),
        ("My dad is a Jehovah's Witness and refuses a blood transfusion.", SPECIAL),
        ("Our tenant is out on licence after a prison sentence.", SPECIAL),
        # named private individuals without a title or a known given name
        ("Ottilie Marsh turned 91 last week and lives alone; can social services visit?", PERSONAL),
        ("Can you summarise the complaint from Rosalind Patel about her housing repairs?", PERSONAL),
        ("My neighbour Thaddeus keeps parking across my drive.", PERSONAL),
        ("Priyanka Desai told me she is about to be evicted.", PERSONAL),
        # markings
        ("OFFICIAL-SENSITIVE\nBudget options for next year.", SPECIAL),
        ("official sensitive: commercial", SPECIAL),
        ("TOP SECRET//STRAP1\nOperation details.", SECRET),
        ("Classification: SECRET\nMinutes of the meeting.", SECRET),
        # hard negatives
        ("Who was Winston Churchill?", PUBLIC),
        ("When was Margaret Thatcher born?", PUBLIC),
        ("Winston Churchill was born at Blenheim Palace on 30 November 1874. Summarise his early career.", PUBLIC),
        ("Alan Turing was born on 23 June 1912 in Maida Vale. Explain the Turing test.", PUBLIC),
        ("What is Stephen Hawking best known for?", PUBLIC),
        ("What are the symptoms of diabetes?", PUBLIC),
        ("Explain the protected characteristics, including religion and sexual orientation.", PUBLIC),
        ("How many asylum applications were made in 2023?", PUBLIC),
        ("The secret to good bread is time.", PUBLIC),
        ("It is a top secret recipe.", PUBLIC),
        ("The Battle of Hastings took place on 14 October 1066.", PUBLIC),
        ("The Great Fire of London began on 2 September 1666.", PUBLIC),
        ("This laptop costs £1,299.99 and the monitor £249.", PUBLIC),
        ("ISBN 978-0-14-044913-6 is the Penguin Classics edition.", PUBLIC),
        (f"Order number {NHS} has been dispatched.", PUBLIC),
        ("Your order 123456789 ships on 03/05/2025.", PUBLIC),
        ("How do I bind a server to 0.0.0.0 on port 8000?", PUBLIC),
        ("pip install requests==2.31.0", PUBLIC),
        ("Summarise the causes of the First World War.", PUBLIC),
        # general questions about special categories, and mentions of a marking
        ("What is chemotherapy?", PUBLIC),
        ("Who are Jehovah's Witnesses and what do they believe?", PUBLIC),
        ("What does a shop steward do?", PUBLIC),
        ("How many people are on the sex offenders register?", PUBLIC),
        ("My team processes asylum claims for the Home Office.", PUBLIC),
        ("I am a probation officer in Leeds.", PUBLIC),
        ("Christian Horner is the Red Bull team principal.", PUBLIC),
        ("What does the OFFICIAL-SENSITIVE marking mean?", PUBLIC),
        ("What is the difference between SECRET and TOP SECRET?", PUBLIC),
        ("Can you tell me where Keir Starmer was born?", PUBLIC),
        ("Can you find out when Paul McCartney was born?", PUBLIC),
        ("", PUBLIC),
    ],
)
def test_levels(classifier, text, level):
    assert classifier.classify(text).level is level


@pytest.mark.parametrize(
    "hidden",
    [
        zero_width(NHS),
        "".join(chr(ord(c) + 0xFEE0) for c in NHS),
        " ".join(NHS),
        f"{NHS[:3]}.{NHS[3:6]}.{NHS[6:]}",
    ],
    ids=["zero-width", "full-width", "letter-spaced", "dotted"],
)
def test_evasions_are_found_with_original_offsets(classifier, hidden):
    text = f"NHS number: {hidden} (urgent)"
    result = classifier.classify(text)
    assert result.level is PERSONAL
    assert slices(result, text) == [hidden]


def test_every_finding_carries_kind_span_score_and_recogniser(classifier):
    text = f"My client Jane Smith, NHS {NHS}, phone 07700 900123, has diabetes."
    result = classifier.classify(text)
    assert result.level is SPECIAL
    assert {"PERSON", "UK_NHS_NUMBER", "UK_PHONE_NUMBER", "SPECIAL_CATEGORY_HEALTH"} <= kinds(result)
    for finding in result.findings:
        assert 0 <= finding.start < finding.end <= len(text)
        assert 0.5 <= finding.score <= 1.0
        assert finding.recogniser
    assert [f.start for f in result.findings] == sorted(f.start for f in result.findings)


def test_classify_many_matches_classify(classifier):
    texts = [
        "Who was Winston Churchill?",
        "My client Ngozi Okonkwo has asked about her housing benefit.",
        f"NHS {NHS}",
        "I have type 2 diabetes.",
        "",
    ]
    assert classifier.classify_many(texts) == [classifier.classify(t) for t in texts]
    assert classifier.classify_many([]) == []


def test_classify_request_covers_every_message(classifier):
    body = {
        "model": "auto",
        "messages": [
            {"role": "system", "content": "You help caseworkers."},
            {"role": "user", "content": [{"type": "text", "text": "Summarise this."}]},
            {
                "role": "assistant",
                "tool_calls": [{"type": "function", "function": {"name": "f", "arguments": f'{{"nhs": "{NHS}"}}'}}],
            },
            {"role": "user", "content": "Thanks, that is all."},
        ],
    }
    result = classifier.classify_request(body)
    assert result.level is PERSONAL
    joined = request_text(body)
    assert [joined[f.start : f.end] for f in result.findings] == [NHS]


def test_classify_request_context_spans_messages(classifier):
    body = {
        "messages": [
            {"role": "system", "content": "The claimant is Ngozi Okonkwo."},
            {"role": "user", "content": "Has she been diagnosed with anything?"},
        ]
    }
    assert classifier.classify_request(body).level is SPECIAL


def test_general_question_after_a_casework_system_prompt_stays_public(classifier):
    body = {
        "messages": [
            {"role": "system", "content": "You help caseworkers with benefit claims and tribunal appeals."},
            {"role": "user", "content": "Summarise Florence Nightingale's contribution to nursing."},
        ]
    }
    assert classifier.classify_request(body).level is PUBLIC


def test_classify_request_completions_prompt(classifier):
    assert classifier.classify_request({"model": "m", "prompt": ["hello", "TOP SECRET//X"]}).level is SECRET
    assert classifier.classify_request({"model": "m", "prompt": [1, 2, 3]}).level is PUBLIC


def test_non_string_text_raises_classifier_error(rules_classifier):
    with pytest.raises(ClassifierError):
        rules_classifier.classify(None)  # type: ignore[arg-type]


def test_failing_recogniser_fails_closed():
    classifier = Classifier(
        ClassifierSettings(ner_enabled=False, extra_recognisers=("classifiers.testing:FailingRecogniser",))
    )
    with pytest.raises(RecogniserFailed, match="failing_recogniser") as raised:
        classifier.classify("anything at all")
    assert isinstance(raised.value, ClassifierError)
    assert isinstance(raised.value.__cause__, RuntimeError)


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("classifiers.testing.FailingRecogniser", "expected 'package.module:ClassName'"),
        ("no_such_module_xyz:Thing", "cannot import"),
        ("classifiers.testing:NoSuchClass", "not a Recogniser subclass"),
        ("classifiers.types:Finding", "not a Recogniser subclass"),
        ("classifiers.recognisers.base:Recogniser", "constructor failed"),  # abstract
    ],
)
def test_bad_extra_recogniser_path_fails_at_construction(path, message):
    with pytest.raises(RecogniserLoadError, match=message):
        Classifier(ClassifierSettings(ner_enabled=False, extra_recognisers=(path,)))


def test_extra_recogniser_is_registered_and_its_findings_count():
    classifier = Classifier(
        ClassifierSettings(ner_enabled=False, extra_recognisers=("tests.unit.classifiers.extra:CaseReference",))
    )
    assert classifier.recognisers[-1].name == "case_reference"
    result = classifier.classify("See case CR-2024-0042 for details.")
    assert result.level is PERSONAL
    assert [(f.kind, f.recogniser) for f in result.findings] == [("CASE_REFERENCE", "case_reference")]


def test_recogniser_returning_bad_offsets_fails_closed():
    classifier = Classifier(
        ClassifierSettings(ner_enabled=False, extra_recognisers=("tests.unit.classifiers.extra:OutOfRange",))
    )
    with pytest.raises(RecogniserFailed, match="out_of_range"):
        classifier.classify("short")


def test_min_score_is_configurable():
    strict = Classifier(ClassifierSettings(ner_enabled=False, min_score=0.95))
    assert strict.classify("Call me on 07700 900123.").level is PERSONAL  # context lifts it to 1.0
    assert strict.classify("07700 900123").level is PUBLIC


@pytest.mark.parametrize(
    "text",
    [
        "What is the capital of France?",
        "Patient NHS number 943 476 5919, seen on Monday.",
        "My client Aisha Bello has asked about her appeal.",
        "Our claimant told us about her chemotherapy last week.",
        "",
    ],
)
def test_scan_then_complete_equals_classify(classifier: Classifier, text: str) -> None:
    assert classifier.complete([classifier.scan(text)]) == [classifier.classify(text)]


def test_scan_says_when_ner_is_not_needed(classifier: Classifier) -> None:
    assert not classifier.scan("What is the capital of France?").needs_ner
    assert not classifier.scan("Patient NHS number 943 476 5919.").needs_ner  # rules already decided


def test_scan_and_complete_fail_closed(classifier: Classifier) -> None:
    with pytest.raises(ClassifierError):
        classifier.scan(b"not text")  # type: ignore[arg-type]
