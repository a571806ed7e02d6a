"""Recall: red-team leaks left at the end of stop 27, fixed in stop 28.

The texts are the red-team's (rounds 1 and 2 of stop 27), read and tuned against: these cases
guard the fixes, they measure nothing held out. Each public case beside them is the nearest
text that must stay public.
"""

from __future__ import annotations

import pytest

from classifiers import Classifier, ClassifierSettings, Sensitivity

PERSONAL = Sensitivity.PERSONAL
SPECIAL = Sensitivity.SPECIAL

LEAKS = {
    # an address something is sent to, in a sentence naming an organisation
    "parcel_returned": "Ask the Post Office branch to return the parcel to 14 Elm Grove, Leeds LS6 2AB.",
    "p45_sent": "The company sent the P45 to 14 Elm Grove, Leeds LS6 2AB by mistake.",
    "card_for": "Station staff found a wallet with a card for 14 Elm Grove, Leeds LS6 2AB.",
    # casework in a "who was" / "what did" question
    "tribunal_decided": "What did the tribunal decide for Karen Wild?",
    "social_worker": "Who was Karen Wild's social worker last year?",
    # look-alike letters
    "nino_letter_o": "NI number JG 1O 37 92 A",
    "nino_cyrillic": "NI: \u0408G103792\u0410",
    "mobile_letter_l": "Her mobile is 07911 l23456",
    "mobile_slash": "Her mobile is 07911/123456",
    # bank details written in pairs
    "bank_pairs": "Bank: Barclays 20 45 77 41 23 45 67",
    # dates of birth
    "bday": "bday 12/4/87",
    "age_then_date": "Age 37 (12/04/87)",
    # a role opening a case note's sentence, a record keyed by its subject's role
    "client_is_age": "Client is 37 (born 1987), lives with partner.",
    # a format request about a value
    "convert_format": "Convert to the standard format: jg103792a",
    # a first name and a team or floor
    "jess_floor": "can you write an email to jess from 3rd floor about her sick leave",
}


@pytest.mark.parametrize("text", LEAKS.values(), ids=LEAKS)
def test_the_left_leaks_are_sensitive(classifier: Classifier, text: str) -> None:
    assert classifier.classify(text).level >= PERSONAL


SPECIAL_LEAKS = {
    "colleague_hiv": "Tom from accounts has HIV, should we tell the team?",
    "hr_told": "Is it OK that HR told everyone Tom in accounts has HIV?",
    "record_key": '{"patient": {"id": "P-0042", "dx": "HIV", "age": 34}}',
    "title_initial_bed": "Mrs W (bed 4) - chemo cycle 3, neutropenic",
}


@pytest.mark.parametrize("text", SPECIAL_LEAKS.values(), ids=SPECIAL_LEAKS)
def test_the_left_special_leaks_are_special(classifier: Classifier, text: str) -> None:
    assert classifier.classify(text).level >= SPECIAL


PUBLIC = {
    "history_case": "Who was Harold Shipman and how did the case change death certification?",
    "public_figure_question": "Who was Winston Churchill?",
    "office_at": "Send completed forms to the HMRC office at BX9 1AS.",
    "someone_from": "Someone from accounts will call you back.",
    "team_in": "Email the team in HR about the new policy.",
    "vignette": "The patient is a 32-year-old man with type 1 diabetes. What investigation comes first?",
    "template": "Patient name: [PATIENT NAME] DOB: [DOB] NHS No: [NHS NUMBER] Diagnosis: [DIAGNOSIS]",
    "dialogue_pupil": "Teacher: What's the name of the capital of Australia? Pupil: Canberra.",
    "date_and_time": "The meeting is on 01/11/2023 10:45 in room 4.",
    "subject_length": "Subject is 5 characters long, then the body.",
    "model_name": "Summarise this with gpt-4o and compare it with o1.",
    "plate_format": "Is AB12 CDE the format used for UK plates?",
}


@pytest.mark.parametrize("text", PUBLIC.values(), ids=PUBLIC)
def test_their_neighbours_stay_public(classifier: Classifier, text: str) -> None:
    assert classifier.classify(text).level == Sensitivity.PUBLIC


def test_a_title_and_initial_counts_in_strict_mode_only() -> None:
    text = "Mrs W in bed 4 is going home tomorrow."
    assert Classifier(ClassifierSettings(mode="strict")).classify(text).level >= PERSONAL
    assert Classifier(ClassifierSettings(mode="balanced")).classify(text).level == Sensitivity.PUBLIC
