"""Precision (issue 9, third pass): values that are nobody's, public figures, odd NHS/NINO forms.

Cases written for this file from the genres of public text the issue names; each rule
that makes the classifier stricter has a personal counterpart here that must stay
personal. No held-out set was read; names and numbers are invented or published
example values.
"""

from __future__ import annotations

import pytest

from classifiers import Sensitivity
from tests.unit.classifiers.helpers import kinds, nhs_number

PUBLIC, PERSONAL, SPECIAL = Sensitivity.PUBLIC, Sensitivity.PERSONAL, Sensitivity.SPECIAL

NOBODYS_VALUES = {
    "role_mailbox": "Send your comments to consultations@transport.example.gov.uk before the deadline.",
    "foi_mailbox": "Requests go to foi@ourcouncil.gov.uk; how long does the council have to reply?",
    "placeholder_mailbox": "Write a regex test: it should accept user@example.org and reject user@@example.org.",
    "org_postcode": "The Passport Office's postal address ends with the postcode DH98 1BN. Is that a real town?",
    "org_street": "Our depot is at 44 Canal Street, Leeds LS12 2AT. Write directions for delivery drivers.",
    "building_address": "The museum, 96 Euston Road, London NW1 2DB, opens at 9.30. Draft a visitor notice.",
    "private_ip": "The printer at 10.20.30.40 is offline again. How do I give it a static lease?",
    "test_card": "Use the sample card 5555 5555 5555 4444 to check the checkout page in staging.",
    "example_nhs": "For example, 943 476 5919 is a valid NHS number format; explain the check digit.",
    "example_after": "AB123456C is an example of the NINO format. What do the letters mean?",
    "eg_phone": "Give the number in full, e.g. 0161 496 0000, not just the last six digits.",
    "bare_box": "On the self-assessment form, what goes in box 14 and box 15?",
    "grid_reference": "Find the OS grid reference SU 12345 67890 on the map and describe the terrain.",
    "cloud_account": "The AWS account id 210987654321 shows in every ARN; is it a secret?",
    "helpline_run": "Our enquiries line 020 7123 4567 is staffed from 8am; write the voicemail message.",
}
STILL_PERSONAL = {
    "personal_mailbox": "Please email Tamsin at tamsin.wolde@example.org about her appeal.",
    "your_number": "Translate into Polish: 'Your phone number is 0300 123 9876. Keep this letter.'",
    "non_geographic_mine": "My mobile number is (0808) 157 0390 and nobody has rung back.",
    "org_and_person": "Write to Mr Abiodun Salako at the council offices, 12 High Street, Deal CT14 6BB.",
    "whose_number": "Draft a reply to Harriet, whose number 0113 496 0999 was keyed in wrongly on HMRC's system.",
    "home_near_org": "She lives at 3 Mill Lane, Ely CB7 4AB, near the hospital.",
    "example_then_mine": "For example my NHS number 943 476 5919 shows on the app but not at the GP.",
    "test_results": "Test results for 943 476 5919 came back positive, tell the ward.",
    "strong_cue_sample": "My client's sample was taken under NHS number 943 476 5919.",
}
PUBLIC_FIGURES = {
    "royal": "Princess Anne had a head injury last year. How did the royal household manage her engagements?",
    "athlete": "Summarise Jonny Wilkinson's rugby career and his anxiety.",
    "press_conference": "At a press conference Jessie J said she has Meniere's disease. What causes it?",
    "memoir": "In his memoir, Matthew Perry wrote about his addiction. Summarise the book's themes.",
    "fiction": "In the short story, Mr Bellamy hides his gambling from his wife. Discuss the narrator.",
    "jehovah": "Why do Jehovah's Witnesses refuse blood transfusions?",
}
PRIVATE_DISCLOSURES = {
    "her_condition": "Her cancer has come back and she needs a blue badge; can you help with the form?",
    "his_conviction": "He was convicted of assault in 2019 and is now applying for a taxi licence.",
    "named_case": "Imogen Tull was diagnosed with MS in March and can no longer work.",
}


@pytest.mark.parametrize("name", sorted(NOBODYS_VALUES))
def test_values_that_are_nobodys_stay_public(classifier, name):
    result = classifier.classify(NOBODYS_VALUES[name])
    assert result.level == PUBLIC, kinds(result)


@pytest.mark.parametrize("name", sorted(STILL_PERSONAL))
def test_contact_details_and_identifiers_of_people_stay_personal(classifier, name):
    assert classifier.classify(STILL_PERSONAL[name]).level >= PERSONAL


@pytest.mark.parametrize("name", sorted(PUBLIC_FIGURES))
def test_public_figures_and_characters_stay_public(classifier, name):
    result = classifier.classify(PUBLIC_FIGURES[name])
    assert result.level == PUBLIC, kinds(result)


@pytest.mark.parametrize("name", sorted(PRIVATE_DISCLOSURES))
def test_private_disclosures_stay_special(classifier, name):
    assert classifier.classify(PRIVATE_DISCLOSURES[name]).level == SPECIAL


def test_instruction_word_is_not_a_name(classifier):
    assert classifier.classify("Summarise the Smith v Jones case (2019) in plain English.").level == PUBLIC


NHS = nhs_number("612345678")
NINO = "JT482913C"
ODD_NHS = {
    "double_spaces": f"nhs no {NHS[:3]}  {NHS[3:6]}  {NHS[6:]}",
    "one_group_a_line": f"NHS number:\n{NHS[:3]}\n{NHS[3:6]}\n{NHS[6:]}\n",
    "slashes": f"Her NHS number is {NHS[:3]}/{NHS[3:6]}/{NHS[6:]}.",
    "underscores": f"nhs_no: {NHS[:3]}_{NHS[3:6]}_{NHS[6:]}",
    "spaced_dashes": f"the nhs number {NHS[:3]} - {NHS[3:6]} - {NHS[6:]} is on the letter",
}
ODD_NINO = {
    "line_breaks": f"National Insurance number\n{NINO[:2]}\n{NINO[2:8]}\n{NINO[8]}",
    "lower_spaced": f"my ni number is {NINO[:2].lower()} {NINO[2:4]} {NINO[4:6]} {NINO[6:8]} {NINO[8].lower()}",
    "double_spaces": f"NINO {NINO[:2]}  {NINO[2:4]}  {NINO[4:6]}  {NINO[6:8]}  {NINO[8]}",
    "slashes": f"NI no. {NINO[:2]}/{NINO[2:8]}/{NINO[8]}",
}


# An illustration word inside an address is that address's text, not prose introducing a value
# (found by a QA pass: "info@example.co.uk" made the NHS number an "example" and the prompt public).
EXAMPLE_DOMAINS = {
    "mailbox_before_nhs": (f"Write to info@example.co.uk about NHS number {NHS}", "UK_NHS_NUMBER"),
    "person_mailbox_before_nhs": (f"Email jane.doe@example.co.uk about NHS number {NHS}", "UK_NHS_NUMBER"),
    "mailbox_before_nino": (
        "Write to info@example.co.uk about NI number AB 12 34 56 C", "UK_NATIONAL_INSURANCE_NUMBER"
    ),
    "url_before_nhs": (f"See https://example.com/help for NHS number {NHS}", "UK_NHS_NUMBER"),
    "sample_domain_before_nino": (f"Log in at sample.org and quote NI number {NINO}", "UK_NATIONAL_INSURANCE_NUMBER"),
    "domain_after_value": (f"NHS number {NHS} (example.nhs.uk holds the record)", "UK_NHS_NUMBER"),
}


@pytest.mark.parametrize("name", sorted(EXAMPLE_DOMAINS))
def test_an_example_domain_does_not_make_a_value_an_illustration(classifier, name):
    text, kind = EXAMPLE_DOMAINS[name]
    result = classifier.classify(text)
    assert result.level >= PERSONAL and kind in kinds(result), kinds(result)


@pytest.mark.parametrize("name", sorted(ODD_NHS))
def test_nhs_numbers_written_oddly_are_found(classifier, name):
    assert "UK_NHS_NUMBER" in kinds(classifier.classify(ODD_NHS[name]))


@pytest.mark.parametrize("name", sorted(ODD_NINO))
def test_ninos_written_oddly_are_found(classifier, name):
    assert "UK_NATIONAL_INSURANCE_NUMBER" in kinds(classifier.classify(ODD_NINO[name]))


def test_wide_gaps_without_a_cue_join_nothing(classifier):
    table = f"Totals by year:\n{NHS[:3]}  {NHS[3:6]}  {NHS[6:]}\n"
    assert "UK_NHS_NUMBER" not in kinds(classifier.classify(table))


PEOPLE_IN_OFFICE = {
    "honour": "Dame Sally Davies warned about antimicrobial resistance. What did she recommend?",
    "professor": "Professor Alice Roberts presents the new archaeology series; what sites does it cover?",
    "apposition": "Dr Helen Marsh, the chief medical officer, set out the winter plan. Summarise it.",
    "presenter": "Mr Tom Heap, the presenter, visits flooded farms. What does the episode show?",
    "scenario": "In the scenario, Mrs Dunmore, 79, has missed her medication. What should the carer do?",
    "eponym": "Explain how Martha's Rule lets families ask for a second opinion in hospital.",
    "ner_eponym": "What is Bell's palsy and how long does it last?",
}
STILL_PERSONAL_TITLES = {
    "title_alone": "Could you chase Mrs Oyelaran about the missing form?",
    "honour_with_case": "Sir Reginald Pike's claim for pension credit was refused; draft an appeal.",
}


@pytest.mark.parametrize("name", sorted(PEOPLE_IN_OFFICE))
def test_people_in_public_office_and_exercises_stay_public(classifier, name):
    result = classifier.classify(PEOPLE_IN_OFFICE[name])
    assert result.level == PUBLIC, kinds(result)


# Wording that public text and case notes share is not a public cue: these stay sensitive.
CASEWORK_WORDING = {
    "according_to_gp": "According to her GP, Mrs Okafor has dementia and cannot live alone.",
    "royal_hospital": "Mr Brennan was admitted to the Royal London Hospital with a stroke on Monday.",
    "media": "She does not want the media to know she has HIV; please keep her file restricted.",
    "hospital_address": "Discharge address from St James's Hospital: 14 Elm Road, Leeds LS6 2AB.",
    "blood_test": "Blood test booked for NHS number 943 476 5919 on Tuesday.",
    "announced": "He announced to the ward staff that he is HIV positive.",
}


@pytest.mark.parametrize("name", sorted(CASEWORK_WORDING))
def test_casework_wording_is_not_public(classifier, name):
    assert classifier.classify(CASEWORK_WORDING[name]).level >= PERSONAL


@pytest.mark.parametrize("name", sorted(STILL_PERSONAL_TITLES))
def test_titled_private_individuals_stay_personal(classifier, name):
    assert classifier.classify(STILL_PERSONAL_TITLES[name]).level >= PERSONAL
