"""Recall first (issue 9), second round: new development cases per gap category, and hard negatives.

Written for this file from the categories of issue 9 and of the held-out-3 note (misses
by category only); no held-out set was read. Names and identifiers are invented or
are published example values.
"""

from __future__ import annotations

import pytest

from classifiers import Sensitivity

PUBLIC, PERSONAL = Sensitivity.PUBLIC, Sensitivity.PERSONAL

LOWER_CASE_AND_ADDRESSED_NAMES = {
    "send_to": "pls send the invoice copy to maria gonzalez, she handles our account",
    "forward_to": "forward this to david o'connor in payroll, his sick pay is wrong",
    "remind": "remind john smith that his tenancy ends in june",
    "spoke_to": "i spoke to kwame asante yesterday and he said his claim was rejected",
    "update_record": "update the record for emma thompson, she moved last week",
    "capitalised_remind": "Remind John Smith that his tenancy ends in June.",
    "unknown_given_name": "forward the letter to Ngozi Adeyemi-Clarke before Friday",
}
DIALOGUE_ANSWERS = {
    "yes_its": "Operator: Who am I speaking to, please?\nCustomer: Yes, it's Hannah Okoro.",
    "sure_comma": "Advisor: Can I get your name for the file?\nCaller: sure, Benedikt Kraus",
    "whose_account": "Assistant: Whose account is this regarding?\nUser: Lucia Moreno",
    "spelled_out": "Agent: Could you confirm your surname?\nCaller: Wójcik. W-O-J-C-I-K.",
    "name_of_role": "Q: What is the full name of the policyholder?\nA: Gregor Lindqvist",
    "relative": "Agent: And the name of the person you're calling about?\nCaller: My dad, Frank Doyle.",
}
NOT_PERSONAL_NAMES = {
    "trivia_name_of_thing": "Q: What is the name of the capital of France?\nA: Paris",
    "trivia_animal": "Q: What's the name of the largest mammal?\nA: Blue whale.",
    "who_wrote": "Q: Who wrote Hamlet?\nA: William Shakespeare",
    "name_a": "Q: Name a noble gas?\nA: Argon",
    "no_answer": "Agent: Name on the account?\nCaller: Not sure, sorry.",
    "quiz": "Quiz: what is the name of Sherlock Holmes' brother?\nAnswer: Mycroft Holmes",
    "product_addressee": "Send it to Microsoft Teams when you are done.",
    "lower_product": "send it to google drive pls",
    "lower_team": "forward this to the team asap",
    "lower_public_figure": "tell me about julius caesar",
    "tell_alexa": "Can you tell Alexa to play music?",
}


@pytest.mark.parametrize("name", sorted(LOWER_CASE_AND_ADDRESSED_NAMES))
def test_lower_case_and_addressed_names(classifier, name):
    assert classifier.classify(LOWER_CASE_AND_ADDRESSED_NAMES[name]).level >= PERSONAL


@pytest.mark.parametrize("name", sorted(DIALOGUE_ANSWERS))
def test_dialogue_answers(classifier, name):
    result = classifier.classify(DIALOGUE_ANSWERS[name])
    assert result.level >= PERSONAL


@pytest.mark.parametrize("name", sorted(NOT_PERSONAL_NAMES))
def test_not_names_of_private_individuals(classifier, name):
    result = classifier.classify(NOT_PERSONAL_NAMES[name])
    assert result.level is PUBLIC, [(f.kind, f.recogniser) for f in result.findings]


def test_addressed_name_alone_is_strict_only(classifier):
    text = LOWER_CASE_AND_ADDRESSED_NAMES["capitalised_remind"].replace("his tenancy ends", "the meeting moves")
    assert classifier.classify(text, mode="strict").level is PERSONAL
    assert classifier.classify(text, mode="balanced").level is PUBLIC


SECRET_MARKINGS = {
    "labelled_uk_secret": "Header: UK SECRET\nBody: revised threat assessment below.",
    "capitals_then_colon": "SECRET: please summarise the attached report.",
    "capitals_then_dash": "SECRET - draft a reply to the minister's office.",
    "classified_in_prose": "This document is classified SECRET. Summarise it.",
    "label_with_dash": "Security classification - SECRET",
    "capitals_mid_sentence": "Summarise the SECRET annex attached below.",
    "lower_case_caveat": "secret - uk eyes only",
    "title_case_label": "Top Secret: operation plan attached",
    "capitals_with_strap": "TOP SECRET STRAP2 — do not copy",
}
NOT_MARKINGS = {
    "comparison": "What is the difference between SECRET and TOP SECRET?",
    "keep_secret": "Keep this secret: the surprise party is on Friday.",
    "listicle": "Top 10 secret beaches in Cornwall",
    "novel": "The Secret Garden is a novel by Frances Hodgson Burnett.",
    "brand": "Victoria's Secret opened a new store.",
    "secret_santa": "SECRET SANTA rules for the office party",
    "explain_marked": "Explain when a document should be marked SECRET.",
    "act": "Is Official Secrets Act 1989 still in force?",
    "service": "the secret service protects the president",
}


@pytest.mark.parametrize("name", sorted(SECRET_MARKINGS))
def test_secret_markings(rules_classifier, name):
    assert rules_classifier.classify(SECRET_MARKINGS[name]).level is Sensitivity.SECRET


@pytest.mark.parametrize("name", sorted(NOT_MARKINGS))
def test_not_markings(rules_classifier, name):
    assert rules_classifier.classify(NOT_MARKINGS[name]).level is PUBLIC


AGES_DATES_LICENCES_FIELDS = {
    "role_aged": "The applicant, aged 19, has no fixed address.",
    "child_age": "the child, age 7, was seen by the school nurse",
    "client_bracket": "Our client (aged 61) was evicted in May.",
    "tenant_is_age": "The tenant is a 45-year-old man who lost his job.",
    "own_age": "I am 27 and have been refused a mortgage.",
    "geburtsdatum": "Geburtsdatum: 14.02.1979",
    "date_de_naissance": "date de naissance 03/04/1975",
    "year_first_slashes": "birth date 1972/04/22",
    "florida_dl": "Florida DL: S530-460-75-123-0",
    "illinois_licence": "Illinois driver's licence A123-4567-8901 was suspended.",
    "lic_no": "driver lic. no. D1234567 CA",
    "taxpayer_id_field": '{"taxpayer_id": "987-65-4321"}',
    "stdnum_named_field": '{"kennitala": "120174-3399"}',
    "name_field_unknown_words": "Age: 42\nName: Dmitri Volkov",
}
NOT_AGES_DATES_FIELDS = {
    "vignette": "A 45-year-old man presents with chest pain.",
    "vignette_the_patient": "The patient is a 45-year-old man with chest pain. What is the diagnosis?",
    "age_band": "Children aged 5 to 11 need booster seats.",
    "old_building": "The museum is 120 years old.",
    "late": "I'm 5 minutes late for the meeting, sorry.",
    "sure": "I am 100% sure the form is right.",
    "treaty_date": "The treaty was signed on 14.02.1979.",
    "name_field_project": "Name: Project Phoenix\nStatus: green",
}


@pytest.mark.parametrize("name", sorted(AGES_DATES_LICENCES_FIELDS))
def test_ages_dates_licences_fields(classifier, name):
    assert classifier.classify(AGES_DATES_LICENCES_FIELDS[name]).level >= PERSONAL


@pytest.mark.parametrize("name", sorted(NOT_AGES_DATES_FIELDS))
def test_not_ages_dates_fields(classifier, name):
    result = classifier.classify(NOT_AGES_DATES_FIELDS[name])
    assert result.level is PUBLIC, [(f.kind, f.recogniser) for f in result.findings]


_HISTORY = (
    "The Industrial Revolution transformed manufacturing in Britain between 1760 and 1840. "
    "Steam power, the factory system and new iron-making techniques raised output, while canals and later railways "
    "cut the cost of moving coal and goods. Economic historians still argue about living standards in the period; "
    "real wages rose slowly until the 1820s and urban mortality remained high. "
) * 30  # ~11 KB
_BIOLOGY = (
    "Photosynthesis converts light energy into chemical energy in plants. Chlorophyll absorbs mostly blue and red "
    "light. The Calvin cycle fixes carbon dioxide into sugars, and the light reactions split water, releasing oxygen. "
) * 50  # ~11 KB
LONG_DOCUMENT_SENTENCES = {
    "lower_case_name": "pls send the invoice copy to maria gonzalez, she handles our account.",
    "lower_case_remind": "remind john smith that his tenancy ends in june.",
    "honorific_special": "Mr Adeyemi attends the mosque on Fridays and needs the time off.",
    "name_special": "Jonas Berg came out as gay to his colleagues last month.",
    "note_health": "Write a note: Grace Mwangi is undergoing chemotherapy and will be off until March.",
    "age_after_name": "Tom Baxter, 52, was made redundant last week.",
}


@pytest.mark.parametrize("padding", ["history", "biology"])
@pytest.mark.parametrize("name", sorted(LONG_DOCUMENT_SENTENCES))
def test_long_document_finds_the_sentence_as_alone(classifier, name, padding):
    sentence = LONG_DOCUMENT_SENTENCES[name]
    pad = _HISTORY if padding == "history" else _BIOLOGY
    alone = classifier.classify(sentence).level
    assert alone >= PERSONAL
    assert classifier.classify(pad + sentence).level == alone
    assert classifier.classify(sentence + " " + pad).level == alone
    assert classifier.classify(pad + "\n\n" + sentence).level == alone


def test_public_wording_in_a_sentence_about_the_person_still_counts(classifier):
    text = "Florence Nightingale was ill with brucellosis. Summarise her life in the 19th century."
    assert classifier.classify(text).level is PUBLIC


LABELLED_REFERENCES = {
    "client_id_7_digits": "Client ID 5521983 asked to be removed from the mailing list.",
    "hospital_number_prefix": "Our patient's hospital number RX0044812 must be on the referral.",
    "policy_6_digits": "policy number 882214 for my car",
    "po_box_not_a_year": "Send it c/o Mrs Amadi, PMB 1023, Ikeja, Lagos, Nigeria.",
}
NOT_LABELLED_REFERENCES = {
    "order": "Order number 1234567 has not shipped.",
    "format": "The case number format is 6 digits, e.g. 123456.",
    "example": "A client ID such as 5521983 is printed on each letter.",
    "invoice": "Invoice ref 2024-001234",
    "date": "claim reference 2023/11/05",
}


@pytest.mark.parametrize("name", sorted(LABELLED_REFERENCES))
def test_labelled_references(classifier, name):
    assert classifier.classify(LABELLED_REFERENCES[name]).level >= PERSONAL


@pytest.mark.parametrize("name", sorted(NOT_LABELLED_REFERENCES))
def test_not_labelled_references(classifier, name):
    assert classifier.classify(NOT_LABELLED_REFERENCES[name]).level is PUBLIC


ADDRESSES = {
    "japanese_lower": "send mail to 3-5-1 marunouchi, chiyoda-ku, tokyo 100-0005",
    "direction_then_suite": "canada - toronto - 55 bloor st west suite 1200",
    "via_lower_with_postcode": "via garibaldi 22, 10122 torino",
    "rue_lower_with_postcode": "1 rue de rivoli 75001 paris france",
}
NOT_ADDRESSES = {
    "via_appia": "The Via Appia ran 350 miles from Rome to Brindisi.",
    "monopoly": "Rue de la Paix is the most expensive square on French Monopoly.",
    "museum": "The Louvre museum is at Rue de Rivoli, 75001 Paris.",
    "formation": "Take the 3-5-1 formation against Tokyo-based clubs",
    "ward": "Japan has 47 prefectures; Chiyoda-ku is in Tokyo.",
}


@pytest.mark.parametrize("name", sorted(ADDRESSES))
def test_addresses(rules_classifier, name):
    assert rules_classifier.classify(ADDRESSES[name]).level >= PERSONAL


@pytest.mark.parametrize("name", sorted(NOT_ADDRESSES))
def test_not_addresses(rules_classifier, name):
    assert rules_classifier.classify(NOT_ADDRESSES[name]).level is PUBLIC


SUBJECT_STATEMENTS = {
    "trans": "Aylin is a trans woman and is being harassed at work.",
    "relative_of_named": "Adwoa's husband is HIV positive.",  # a given name the lists do not know
    "pregnant": "Ama is pregnant with twins.",
}
NOT_SUBJECT_STATEMENTS = {
    "drug": "Ozempic is a diabetes drug. How does it work?",
    "prescribed": "Ozempic is prescribed for type 2 diabetes.",
    "side_effects": "Humira has side effects for Crohn's patients.",
    "treatment": "Metformin is the first-line treatment for type 2 diabetes.",
    "disease": "Lupus is an autoimmune disease.",
    "religion": "Islam is the second largest religion.",
}


@pytest.mark.parametrize("name", sorted(SUBJECT_STATEMENTS))
def test_one_word_name_opening_a_special_statement_is_strict_only(classifier, name):
    assert classifier.classify(SUBJECT_STATEMENTS[name]).level is Sensitivity.SPECIAL
    assert classifier.classify(SUBJECT_STATEMENTS[name], mode="balanced").level is PUBLIC


@pytest.mark.parametrize("name", sorted(NOT_SUBJECT_STATEMENTS))
def test_drugs_conditions_and_faiths_opening_a_sentence_are_not_people(classifier, name):
    assert classifier.classify(NOT_SUBJECT_STATEMENTS[name]).level is PUBLIC
