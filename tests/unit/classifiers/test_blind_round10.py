"""The blind round of stop 28 (held-out set 10): its misses, fixed after it was scored once.

Set 10 was scored blind at 3ee72c9 (strict recall 0.919, precision 0.911); its leaks, false
positives and special rows levelled personal were then read and the rules changed against
them, so these cases guard the fixes and set 10's later scores are on a seen set. The texts
here are written for the tests in the shape of the misses, not copied from the set.
"""

from __future__ import annotations

import pytest

from classifiers import Classifier, Sensitivity
from classifiers.public_mailboxes import compound_of_words
from classifiers.recognisers.mrz import mrz_check_digit

PERSONAL = Sensitivity.PERSONAL
SPECIAL = Sensitivity.SPECIAL

LEAKS = {
    "word_name_in_team": "Please remind Hope in payroll that the overtime claim is still unpaid.",
    "initials_in_team": "K.M. from finance keeps leaving early; draft a note for the file.",
    "nickname_after_cue": "Our neighbour 'Gazza' at number 12 keeps blocking the drive.",
    "household_employee": "Our nanny Blessing wants to be paid cash in hand, is that allowed?",
    "surname_given": "He goes by Big Steve but his surname's Gardener.",
    "age_and_home": "Write a statement: the 101-year-old man who lives alone on the Isle of Eigg won the raffle.",
    "child_by_parent": "Do not identify the Year 9 boy at Ridgeway School whose dad is the caretaker there.",
    "staff_who_handled": "The housing officer who handled the Elm Court transfer lives in Elm Court herself.",
    "mrz": "Read this for me:\nP<GBRNWANKWO<<CHIDI<<<<<<<<<<<<<<<<<<<<<<<<<<\n"
    "1277345904GBR8810034M3205079<<<<<<<<<<<<<<06",
    "tsv_export": "Total these:\n00112233\tNwosu\tAdaeze\tBand 4\t2100.00\n00112234\tOkoro\tEmeka\tBand 5\t2450.00",
    "csv_known_name": "Sort by surname:\nA123456789012,Jenkins,Ffion,2013-09-04,6,Y",
}


@pytest.mark.parametrize("text", LEAKS.values(), ids=LEAKS)
def test_round10_leaks_are_sensitive(classifier: Classifier, text: str) -> None:
    assert classifier.classify(text).level >= PERSONAL


SPECIAL_ROWS = {
    "biometric_fields": 'Why does this row fail?\n00112233,"Nwosu, Adaeze",fp_template=0x3FA2C91B,site=LDS-01',
    "record_key": '{"patient": {"id": "P-0042", "dx": "HIV", "age": 34}}',
    "dementia_medicine": "My mum Glenys Pryce (81) has just been started on donepezil. What should we expect?",
    "hiv_markers": "For the MDT: Mr Kwame Asante, CD4 210 -> 380 since switching to Biktarvy, viral load <50.",
    "diagnosis_code": "Why is this flagged? patient_id=7268015690 surname=HADDAD dx_code=F20.0 clinic=EIP",
    "drug_test": "Dean Cartwright failed his random drug test for cocaine on Tuesday. Draft the letter.",
    "prayer": "Mohammed Iqbal in the Leeds warehouse has asked for somewhere to pray before Jummah.",
    "union_deductions": "Add up the union deductions:\n00458821,Hussain,Ayesha,PCS,14.25",
    "apostasy": "My client Mr Reza Hosseini converted from Islam to Christianity and fears apostasy charges.",
    "s136": "s.136 detention: Ms Rachel Okoye, DOB 14/10/1993, taken to the place of safety.",
    "transitioning": "Sam Okafor in Revenues has told us she's transitioning from 1 May.",
    "opposition_party": "Client Mr Ahmad Zahir says he was a member of an opposition party in Afghanistan.",
    "stress": "The only employee at our Wick branch has been off sick with stress since February.",
    "disqualified_driver": "Keeper MR JOHN FARRELL, 12 Ashdown Road - PNC marker: DISQUALIFIED DRIVER until 2026.",
    "detained_under_the_act": "Brigitte Girschner was detained under section 2 of the Mental Health Act on Saturday.",
}


@pytest.mark.parametrize("text", SPECIAL_ROWS.values(), ids=SPECIAL_ROWS)
def test_round10_special_rows_are_special(classifier: Classifier, text: str) -> None:
    assert classifier.classify(text).level >= SPECIAL


PUBLIC = {
    "policy_topic": "We're updating our menopause at work policy. Suggest five reasonable adjustments.",
    "law": "Explain section 2 of the Mental Health Act 1983: what rights the patient has to appeal.",
    "leave_policy": "Draft a fertility treatment leave policy for a council, with paid time off for IVF appointments "
    "and what happens if the employee is unwell after treatment.",
    "generic_role": "The employee may be accompanied by a trade union representative at the meeting.",
    "public_figure_health": "Winston Churchill called his depression his 'black dog'. Write about it.",
    "abbreviation": "Write a leaflet for a sexual health clinic explaining what PrEP is.",
    "sort_code_alone": "Which bank and branch does sort code 20-00-00 belong to?",
    "drama_numbers": "Use only Ofcom's drama numbers (07700 900000 to 07700 900999) in the test rows.",
    "org_mailboxes": "For council tax call our contact centre on 01522 881188 or email counciltax@example.gov.uk.",
    "statistics_mailbox": "Questions to homelessnessstatistics@communities.gov.uk about domestic abuse figures.",
    "organisation_address": "Draft a covering letter to Companies House, Crown Way, Cardiff CF14 3UZ.",
    "mp": "Draft a letter to my MP, Jess Phillips, about the library closure.",
    "placeholder_name": "Our fixture uses 'Jane Doe, 1 Example Road, Anytown' as the dummy address.",
    "example_list": "Write a regex accepting formats like 'SW1A 1AA', 'M1 1AE' and 'B33 8TH'.",
    "budget": "Compare how Keir Starmer and Kemi Badenoch responded to the Autumn Budget.",
    "scheme_name": "The Employee Assistance Programme is available 24 hours a day on 0800 030 5182.",
    "specimen_mrz": "Explain this specimen:\nP<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
    "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
    "place_names_in_csv": "id,Region,North,South,East\n10001,London,Paris,Berlin,Rome",
}


@pytest.mark.parametrize("text", PUBLIC.values(), ids=PUBLIC)
def test_round10_false_positives_are_public(classifier: Classifier, text: str) -> None:
    assert classifier.classify(text).level == Sensitivity.PUBLIC


def test_mrz_check_digits_by_hand() -> None:
    # ICAO 9303 Part 3's worked example: document number L898902C3 has check digit 6
    # (L=21*7 + 8*3 + 9*1 + 8*7 + 9*3 + 0*1 + 2*7 + C=12*3 + 3*1 = 336, 336 % 10 = 6)
    assert mrz_check_digit("L898902C3") == 6
    assert mrz_check_digit("740812") == 2  # 7*7 + 4*3 + 0 + 8*7 + 1*3 + 2*1 = 122
    assert mrz_check_digit("<<<") == 0


@pytest.mark.parametrize(
    ("local", "organisation"),
    [("homelessnessstatistics", True), ("counciltax", True), ("hradvisory", True), ("karenwild", False),
     ("janesmith", False)],
)
def test_run_together_mailboxes(local: str, organisation: bool) -> None:
    assert compound_of_words(local) is organisation
