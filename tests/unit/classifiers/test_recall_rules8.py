"""Recall (issue 9, seventh pass): mechanisms for set 6's missed categories, each on several shapes.

Written for this file from the categories of set 6's misses only (national identity numbers
named by a phrase, special-category statements about a person, case traffic, plates with
separators); no held-out set was read. Every mechanism is tested on inputs that no single
rule written for one of them would catch, with public counterparts that stay public.
"""

from __future__ import annotations

import pytest

from classifiers import Sensitivity
from classifiers.normalise import normalise
from classifiers.recognisers.id_phrase import IdentityNumberPhrase

PUBLIC = Sensitivity.PUBLIC

ID_PHRASES = {
    # qualifier(s) + head + value, in any combination the grammar allows
    "id_document_no": "ID document no. 4471 2290 18",
    "national_identity_card_serial": "national identity card of Kenya, serial 34567812",
    "identity_document_colon": "identity document: X4471229",
    "personal_id_code": "Personal ID code 38504122719 (Estonia)",
    "bare_id_colon": "ID: 850412-5800-08-3",
    "dotted_id": "i.d. number 23456789",
    "register_number": "National register number 85.04.12-123.45",
    "numeric_code": "personal numeric code 1850412400017",
    "tax_no": "Tax No. 1234567890",
    "health_insurance": "health insurance number A123456789 (Germany)",
    "carte_vitale": "carte vitale 1 85 04 12 345 678 90",
    "citizen_id": "Citizen ID 001085012345 (Vietnam)",
    "voter_id_before": "GMJRAN85041209H100 is her voter ID number",
    "filler_words": "Her passport, which she renewed, number 123456789.",
}


@pytest.mark.parametrize("text", ID_PHRASES.values(), ids=ID_PHRASES.keys())
def test_identity_number_phrases_are_personal_in_strict_mode(rules_classifier, text):
    assert rules_classifier.classify(text, mode="strict").level >= Sensitivity.PERSONAL


ID_PHRASE_PUBLIC = {
    "product_id": "Product ID 88421 is out of stock.",
    "form_id": "Form ID: 2024-03 version 4",
    "count": "Tax year 2023-24: the tax number of forms rose by 12345 applications.",
    "company": "Our company tax ID number is on the invoice: GB123456789.",
    "question": "How many digits does a South African ID number have?",
    "year": "The national identity card scheme was scrapped in 2010.",
    "amount": "The identity card fee is £1,250 for a family.",
    "check_talk": "Why does ID number 8504125800085 fail the check digit test?",
}


@pytest.mark.parametrize("text", ID_PHRASE_PUBLIC.values(), ids=ID_PHRASE_PUBLIC.keys())
def test_identity_phrase_lookalikes_find_nothing(text):
    assert IdentityNumberPhrase().find(normalise(text)) == []


def test_identity_phrase_is_a_strict_mode_fallback(rules_classifier):
    assert IdentityNumberPhrase.strict_only and IdentityNumberPhrase.fallback
    text = "Personal ID code 38504122719 (Estonia)"
    balanced = rules_classifier.classify(text, mode="balanced")
    assert all(f.recogniser != IdentityNumberPhrase.name for f in balanced.findings)


SPECIAL_STATEMENTS = {
    "our_lad": "our lad's been self harming, school rang today",
    "our_daughter_condition": "Our daughter has Down syndrome.",
    "ms_abbreviation": "my wife has MS and is finding the stairs hard",
    "body_part_operation": "I had a hip replacement in March and can't drive.",
    "broke": "i broke my leg and cant work",
    "knee_operation": "My wife is having a knee operation next week.",
    "sciatica": "I've got sciatica and can't sit for long.",
    "eczema": "my child has severe eczema",
    "kidney_stones": "I have kidney stones",
    "blood_pressure": "My GP says I have high blood pressure.",
    "sober": "I've been sober for 2 years",
    "gave_birth": "my wife gave birth last week and we need a birth certificate",
    "counsellor": "I'm seeing a counsellor for my anger issues.",
    "as_someone_with": "As someone with MS, can I still drive?",
    "his_drinking": "Where can my husband get support for his drinking?",
}


@pytest.mark.parametrize("text", SPECIAL_STATEMENTS.values(), ids=SPECIAL_STATEMENTS.keys())
def test_special_category_statements_about_a_person(rules_classifier, text):
    assert rules_classifier.classify(text).level is Sensitivity.SPECIAL


SPECIAL_GENERAL = {
    "hip": "What is a hip replacement?",
    "leg": "How long does it take to recover from a broken leg?",
    "covid": "What are the symptoms of long covid?",
    "he_or_she": "A person is entitled if he or she has limited capability for work.",
    "blood_pressure": "How is high blood pressure treated?",
    "template": "Template: 'I, [full name], declare that I have been diagnosed with [condition].'",
    "counsellor_job": "How do I become a counsellor?",
    "people_with": "Can people with MS drive?",
    "drinking_water": "Is her drinking water safe after the flood?",
}


@pytest.mark.parametrize("text", SPECIAL_GENERAL.values(), ids=SPECIAL_GENERAL.keys())
def test_special_category_topics_in_general_stay_public(rules_classifier, text):
    assert rules_classifier.classify(text).level is PUBLIC


CASE_TRAFFIC = {
    "opener": "Spoke with claimant today. She confirmed her partner moved out in May.",
    "rang_tenant": "Rang the tenant again this morning, no change, will chase the landlord.",
    "caseworker_update": "Caseworker update: the applicant has provided her tenancy agreement.",
    "summary_of_call": "Summary of call: caller is a single mother of two, in rent arrears.",
    "visit_notes": "Visit notes 14/02: tenant not at home, neighbour says she's in hospital.",
    "email_re": "Re: claimant ref DWP/UC/2291 — further to our call, the claimant says her payment was stopped.",
    "follow_up": "Following up on the claimant's reconsideration — she says she never received the letter.",
    "further_to": "Further to the tenant's complaint, he rang again on Monday about the damp.",
}


@pytest.mark.parametrize("text", CASE_TRAFFIC.values(), ids=CASE_TRAFFIC.keys())
def test_case_traffic_is_personal_in_strict_mode(rules_classifier, text):
    assert rules_classifier.classify(text, mode="strict").level >= Sensitivity.PERSONAL


@pytest.mark.parametrize(
    "text",
    [
        "Following up on the claimant's journey through Universal Credit, what does the research say?",
        "Re: consultation on the new parking zones — the deadline is 5 May.",
        "A case note should record the date, the action taken and the next step.",
    ],
)
def test_case_wording_without_a_record_of_contact_stays_public(rules_classifier, text):
    assert rules_classifier.classify(text, mode="strict").level is PUBLIC


PLATES = {
    "indian_four_groups": "Plate no. KA-01-AB-1234 (Bengaluru)",
    "dots": "Registration mark: AB12.CDE",
    "slash": "my motorbike, reg WR 15/XKT, was stolen last night",
}


@pytest.mark.parametrize("text", PLATES.values(), ids=PLATES.keys())
def test_plates_with_separators(rules_classifier, text):
    assert rules_classifier.classify(text).level >= Sensitivity.PERSONAL


def test_an_act_and_its_year_is_not_a_plate(rules_classifier):
    text = "The Births and Deaths Registration Act 1953 requires registration within 42 days."
    assert rules_classifier.classify(text).level is PUBLIC


AGES_AND_DATES = {
    "possessive_age_noun": "my 2-year-old has had a temperature for three days",
    "our_toddler": "our 18 month old won't stop coughing",
    "role_years_of_age": "Client is 29 years of age and lives alone.",
    "registered_disabled": "i am registered disabled and need a blue badge",
    "record_role_date": "patient, 03-04-1957, admitted with chest pain",
    "tenant_bracket_date": "the tenant (12/05/1960) has not paid since May",
    "hyphen_label": "dob-12/03/87",
    "hyphen_label_words": "Birthdate-3.7.92, male",
}


@pytest.mark.parametrize("text", AGES_AND_DATES.values(), ids=AGES_AND_DATES.keys())
def test_ages_and_record_dates_of_people(rules_classifier, text):
    assert rules_classifier.classify(text, mode="strict").level >= Sensitivity.PERSONAL


@pytest.mark.parametrize(
    "text",
    [
        "A 2-year-old child needs about 12 hours of sleep.",
        "The patient in this case study is 45.",
        "Clinic opening, 03-04-2025, 9am.",
        "Vignette: age 45, male, smoker, presents with chest pain. What is the most likely diagnosis?",
        "The patient is 45 years of age and presents with chest pain.",
    ],
)
def test_ages_and_dates_of_nobody_stay_public(rules_classifier, text):
    assert rules_classifier.classify(text, mode="strict").level is PUBLIC


ADDRESSES_AND_PHONES = {
    "au_caps_unit": "UNIT 7 / 45 GEORGE STREET, SYDNEY NSW 2000, AUSTRALIA",
    "au_lower_slash": "7/45 george st sydney nsw 2000",
    "fr_country_tail": "12 Rue Sainte-Catherine, Bordeaux 33000, FRANCE",
    "ng_country_tail": "my address in Lagos is 14 Adeola Odeku Street, Victoria Island, Lagos, Nigeria",
    "ca_province": "55 Queen St W, Toronto ON M5H 2M9",
    "idd_00_germany": "reach him on 0049 171 2345678",
    "idd_00_ireland": "ring 00 353 87 123 4567",
    "pan_four_digits": "my pan is ABCPK1234F, how do I declare it on the UK form",
}


@pytest.mark.parametrize("text", ADDRESSES_AND_PHONES.values(), ids=ADDRESSES_AND_PHONES.keys())
def test_addresses_phones_and_short_ids_abroad(rules_classifier, text):
    assert rules_classifier.classify(text).level >= Sensitivity.PERSONAL


@pytest.mark.parametrize(
    "text",
    [
        "The Eiffel Tower is at Champ de Mars, 5 Av. Anatole France, 75007 Paris.",
        "the parade on 5 high road, 2000 people came along in 2019.",
        "The Companies House number is SC123456.",
        "Vehicles registered before 1 March 2001 pay road tax based on engine size.",
        "the hall on 45 george street was rebuilt in 1890 after the fire.",
    ],
)
def test_landmarks_counts_and_company_numbers_stay_public(rules_classifier, text):
    assert rules_classifier.classify(text).level is PUBLIC


NATIONALITY_DOCUMENTS = {
    "brazil_rg": "Brazilian RG 12.345.678-9",
    "kazakh_iin": "Kazakh IIN 850412300123",
    "afghan_tazkira": "Afghan tazkira number 1400-0101-12345",
    "nepali_certificate": "Nepali citizenship certificate no. 27-01-71-12345",
    "moldovan_idnp": "Moldovan IDNP 2001012345678",
    "vietnamese_cccd": "Vietnamese CCCD 001085012345",
}


@pytest.mark.parametrize("text", NATIONALITY_DOCUMENTS.values(), ids=NATIONALITY_DOCUMENTS.keys())
def test_a_nationality_and_a_document_name_before_a_number(rules_classifier, text):
    assert rules_classifier.classify(text, mode="strict").level >= Sensitivity.PERSONAL


@pytest.mark.parametrize(
    "text",
    [
        "Nigerian population 213401323 in 2021.",
        "Indian Railways carried 23000000 passengers a day.",
        "Korean War veterans numbered 1789000.",
        "German car maker BMW sold 2553181 vehicles.",
        "Japanese yen 150000 buys a good bicycle.",
    ],
)
def test_a_nationality_before_a_quantity_is_no_document(text):
    assert IdentityNumberPhrase().find(normalise(text)) == []
