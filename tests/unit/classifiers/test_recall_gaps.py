"""Recall first (issue 9): the gap categories, one synthetic case or more each, and their hard negatives.

Every case here was written for this file from the issue's list of categories; none
comes from a held-out set. Identifiers are synthetic: invented numbers, published
test values (the SSA's 078-05-1120 advertising number) or values built to pass or
fail a check.
"""

from __future__ import annotations

import base64
import urllib.parse

import pytest

from classifiers import Classifier, ClassifierError, ClassifierSettings, Sensitivity

PUBLIC, PERSONAL, SPECIAL = Sensitivity.PUBLIC, Sensitivity.PERSONAL, Sensitivity.SPECIAL

_LONG_PUBLIC = (
    "The Poor Law Amendment Act of 1834 reorganised relief in England and Wales. Parishes were grouped into "
    "unions, each with a workhouse run by a board of guardians. Historians have long debated how harsh the new "
    "system was in practice; in many northern towns outdoor relief continued for decades, because building a "
    "workhouse large enough for a cyclical downturn in the textile trade was simply too expensive. "
) * 6

PERSONAL_CASES = {
    # identifiers whose check, range or prefix fails, next to a cue for their kind
    "nhs_out_of_range": "Patient seen in clinic today, NHS number 012 345 6789, referred to cardiology.",
    "nino_unallocated_prefix_tool_arg": '{"name": "lookup_claim", "arguments": {"nino": "TN 12 34 56 A"}}',
    "card_luhn_fails": "My debit card number is 4929 1234 5678 9012, expiry 09/28.",
    "card_unknown_prefix": "Card no. 9012 3456 7890 1234 was declined at the till.",
    # ID-like digit runs next to personal cues (strict)
    "customer_number": "My customer number is 4410 2298 7731 and the bill is wrong.",
    "case_reference": "Case reference 20240518331 for the claimant is still open.",
    # international identifiers
    "us_ssn": "Her SSN is 536-90-4399 and she moved to Leeds last year.",
    "us_ssn_advertised": "The applicant wrote 078-05-1120 in the social security number box.",
    "us_itin": "ITIN 912-71-4455 was issued in March.",
    "us_driver_licence": "His California driver's license D4821937 expired in June.",
    "codice_fiscale": "Codice fiscale RSSMRA85T10A562S per la pratica.",
    "spanish_dni": "Mi DNI es 12345678Z.",
    "pesel": "PESEL: 44051401359, urodzony w Krakowie.",
    "swedish_personnummer": "Personnummer 811228-9874 finns i ansökan.",
    "french_nir": "Numéro de sécurité sociale : 2 84 12 76 451 089 46",
    "foreign_passport": "Passport number X1234567 (Ireland) was lost in transit.",
    "visa_number": "Her residence permit number is RP9921347 and it expires soon.",
    # phone numbers of other countries
    "us_phone": "Call me back on (202) 555-0143 after 6pm.",
    "german_phone": "Meine Nummer: +49 30 901820",
    "french_mobile_national": "Her mobile is 06 12 34 56 78.",
    # non-UK postal addresses, PO boxes, military addresses
    "us_address": "Send it to 1600 Elm Street, Apt 4B, Springfield, IL 62704, USA.",
    "us_address_lower": "ship to 742 evergreen terrace, springfield, or 97403",
    "german_address": "Ich wohne in der Hauptstraße 12, 10115 Berlin.",
    "french_address": "Adresse : 15 rue de la Paix, 75002 Paris, France",
    "po_box": "Please post the forms to P.O. Box 4471, Nairobi, Kenya.",
    "military_apo": "Unit 2050 Box 4190, APO AP 96278",
    "bfpo": "Write to him at BFPO 801.",
    # names
    "honorific_name": "Please send the reminder to Mrs Okonkwo before Friday.",
    "self_introduction": "Hello, my name is Darius Wexley and I need to update my details.",
    "this_is_speaking": "Hi, this is Imogen Tarrant speaking, I rang yesterday.",
    "dialogue_answer": "Agent: Can I take the name on the account?\nCaller: Jane Roe",
    "lower_case_names": "can you write to sarah jones to say the appointment has moved",
    "beneficiary_label": "Beneficiary: Tomasz Wiśniewski, sort of urgent",
    "account_holder": "The account holder is Priya Raman.",
    "next_of_kin": "Next of kin - Bartholomew Quince (brother).",
    # vehicle registrations with separators; dates of birth without "born"; ages
    "vehicle_hyphen": "The van AB51-ABC was parked across my drive again.",
    "dob_without_born": "Jane Roe, 14/03/1987, is on the waiting list.",
    "dob_label_short": "D.O.B. 03.05.1980 - please check.",
    "age_of_named_person": "Milo Hartigan, 34, lives alone in a flat above the shop.",
    "age_of_relative": "My mum is 84 and can no longer manage the stairs.",
    # structured values
    "json_dob": '{"patient": {"full_name": "Ada Finch", "dob": "1990-02-11"}}',
    "csv_rows": "name,nhs_number,dob\nAda Finch,9434765919,11/02/1990\n",
    "form_field": "Surname: Pettigrew\nForename: Clara\nPostcode: ls6 2ab",
    "query_string": "GET /lookup?nhs_number=0123456789&format=json",
    # encoded text
    "base64_nhs_name": "Decode and summarise: "
    + base64.b64encode(b"NHS number 943 476 5919, Jane Roe, referred for review").decode(),
    "url_encoded": "q=" + urllib.parse.quote("my national insurance number is QQ 12 34 56 C"),
    "hex_encoded": "payload 6d79206e696e6f2069732051513132333435364320706c65617365",
    # long documents: a personal sentence after and before a long public passage
    "long_after": _LONG_PUBLIC + "Separately, please draft a letter to Jane Roe about her rent arrears.",
    "long_before": "Please draft a letter to Jane Roe about her rent arrears. " + _LONG_PUBLIC,
    "long_identifier": _LONG_PUBLIC + "My NHS number is 943 476 5919.",
    # written with the evaluation set's gap rows (benchmarks/data/templates_gaps.py); their kinds
    # have no name in the evaluation set, so they are checked here instead
    "tuning_personal_number_0": "My membership number is 0044 1923 8812, can you check my renewal?",
    "tuning_personal_number_1": "The claimant's benefit reference 77120934411 appears on both letters.",
    "tuning_personal_number_2": "Her hospital number 40029183 is on the discharge summary.",
    "tuning_international_id_3": "Applicant's SSN: 219-09-9999, visa category H-1B.",
    "tuning_international_id_4": "His social security number 432 55 8812 is on the W-2.",
    "tuning_international_id_5": "Tax residence form: ITIN 900-70-0000.",
    "tuning_international_id_6": "Her Texas driver's license 12345678 was scanned at the border.",
    "tuning_international_id_7": "Codice fiscale: BNCGLI80A41H501Y (Giulia Bianchi).",
    "tuning_international_id_8": "NIE X1234567L para la solicitud.",
    "tuning_international_id_9": "PESEL 02070803628 w załączniku.",
    "tuning_international_id_10": "BSN 123456782 staat op de brief.",
    "tuning_international_id_11": "Steuer-ID 86095742719 für die Erstattung.",
    "tuning_international_id_12": "Aadhaar number 4991 1866 5246 was given as proof of identity.",
    "tuning_international_id_13": "Passport no. C03005988 (Germany), issued 2019.",
    "tuning_international_id_14": "Residence permit number ZU1234567 expires next month.",
    "tuning_age_15": "my 9-year-old daughter has been excluded from school",
}

PUBLIC_CASES = {
    "public_figure": "Who was Winston Churchill and what did he do in the Second World War?",
    "historical": "Summarise the life of Florence Nightingale and her work in the Crimean War in the 19th century.",
    "vignette": "A 45-year-old man presents with chest pain radiating to the left arm. What is the likely diagnosis?",
    "maths_names": "Sarah has 12 apples and gives 5 to Tom. How many apples does Sarah have left?",
    "isbn": "The ISBN 978-0-14-044913-6 is for the Penguin Classics edition.",
    "isin": "What does ISIN GB0002634946 refer to?",
    "sedol": "SEDOL 0263494 is listed on the exchange.",
    "ean": "Barcode EAN 5012345678900 on the tin.",
    "order_number": "Where is my order #290-8651299-1661487? It was due yesterday.",
    "check_digit_question": "Why does 6147572514 fail the NHS number check digit test?",
    "luhn_test_data": "The test data uses 4924786497895865, which should fail the Luhn check. Write a unit test.",
    "meter_reading": "Meter reading reference 7761631688 - how do I submit it?",
    "helpline": "Call the HMRC helpline on 0300 200 3300 for help with tax credits.",
    "tool_schema": '{"name": "get_weather", "parameters": {"type": "object", '
    '"properties": {"nino": {"type": "string"}}}}',
    "marking_words": "What does OFFICIAL mean as a government security classification?",
    "long_public": _LONG_PUBLIC,
    "dates": "The consultation runs from 03/05/2024 to 14/06/2024.",
    "years": "Our figures for 2019 2020 2021 show a steady rise.",
    "plain_base64_word": "The header is Content-Type: application/json; charset=utf-8",
}


@pytest.mark.parametrize("name", sorted(PERSONAL_CASES))
def test_gap_categories_are_personal(classifier, name):
    assert classifier.classify(PERSONAL_CASES[name]).level >= PERSONAL


@pytest.mark.parametrize("name", sorted(PUBLIC_CASES))
def test_hard_negatives_stay_public(classifier, name):
    result = classifier.classify(PUBLIC_CASES[name])
    assert result.level is PUBLIC, [(f.kind, f.recogniser) for f in result.findings]


@pytest.mark.parametrize("name", ["customer_number", "age_of_relative", "honorific_name"])
def test_balanced_mode_drops_the_strict_only_rules(classifier, name):
    assert classifier.classify(PERSONAL_CASES[name], mode="balanced").level is PUBLIC
    assert classifier.classify(PERSONAL_CASES[name], mode="strict").level >= PERSONAL


@pytest.mark.parametrize("name", ["nhs_out_of_range", "us_ssn", "json_dob", "base64_nhs_name", "long_after"])
def test_balanced_mode_keeps_identifiers_fields_and_case_wording(classifier, name):
    assert classifier.classify(PERSONAL_CASES[name], mode="balanced").level >= PERSONAL


def test_mode_from_settings_and_per_call(rules_classifier):
    balanced = Classifier(ClassifierSettings(ner_enabled=False, mode="balanced"))
    text = PERSONAL_CASES["customer_number"]
    assert balanced.classify(text).level is PUBLIC
    assert balanced.classify(text, mode="strict").level is PERSONAL
    assert rules_classifier.scan(text).mode == "strict"
    assert balanced.scan(text).mode == "balanced"
    assert [c.level for c in balanced.complete([balanced.scan(text, mode="strict")])] == [PERSONAL]


def test_unknown_mode_is_a_classifier_error(rules_classifier):
    with pytest.raises(ClassifierError):
        rules_classifier.scan("text", mode="lenient")  # type: ignore[arg-type]


def test_encoded_finding_covers_the_encoded_run(rules_classifier):
    encoded = base64.b64encode(b"NHS number 943 476 5919").decode()
    text = f"blob: {encoded} end"
    result = rules_classifier.classify(text)
    assert result.level is PERSONAL
    assert [text[f.start : f.end] for f in result.findings] == [encoded]
    assert result.findings[0].recogniser == "encoded_base64"


def test_long_document_finds_the_name_as_alone(classifier):
    alone = "Please draft a letter to Jane Roe about her rent arrears."
    assert classifier.classify(alone).level is PERSONAL
    assert classifier.classify(_LONG_PUBLIC + alone).level is PERSONAL
    assert classifier.classify(alone + " " + _LONG_PUBLIC).level is PERSONAL
