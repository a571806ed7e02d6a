"""Recall: leaks a red-team pass found in stop 27 (each was public; the rules were changed against them).

These texts were written by a red-team helper against the classifier and the rules were then
tuned on them, so they measure nothing held out: they guard the fixes. Each public case beside
them is a hard negative that the old rule existed for.
"""

from __future__ import annotations

import pytest

from classifiers import Classifier, Sensitivity

PERSONAL, SPECIAL = Sensitivity.PERSONAL, Sensitivity.SPECIAL

# Casework words that were public-knowledge cues: "history of", "speech", "legacy", "chapter", "plot",
# "characters", "scenario", "secretary of state"; any one near a name hid the name and the disclosure.
CASEWORK_WORDING = {
    "history_of": "Karen Wild has a history of self-harm and was discharged yesterday.",
    "medical_history": "Karen Wild, medical history of epilepsy and depression, requests a home visit.",
    "history_in_system_prompt": "You are a helpful assistant for DWP caseworkers.\n\nSummarise: Karen Wild, "
    "history of self-harm, discharged yesterday.",
    "speech_therapy": "Karen Wild needs speech and language therapy after her stroke.",
    "characters_limit": "Write the summary in under 500 characters: Gary Hollins was convicted of GBH and is on "
    "licence.",
    "chapter_of_guidance": "Under Chapter 7 of the guidance, can Karen Wild get a discretionary housing payment? "
    "She is disabled.",
    "plot_of_land": "Gary Hollins wants to build on the plot behind his house; he is on probation.",
    "secretary_of_state": "Karen Wild asked the Secretary of State to reconsider her PIP decision; she has MS.",
    "legacy_system": "Write a professional legacy-system migration note for claimant record Karen Wild "
    "(PIP, enhanced mobility).",
}

# "format", "such as", "looks like", "placeholder": requests about real values
FORMAT_REQUESTS = {
    "format_this": "Please format this NHS number properly: 4721362544",
    "reformat_the_following": "Reformat the following NHS numbers in 3-3-4 format: 4721362544 7055890012",
    "format_table": "Format the following as a table: 07911 123456, 07700 900456, 01132 496032",
    "dob_format": "Convert this DOB to the format the system wants: 12/04/1987",
    "such_as": "The form has details such as 07911 123456 and g.hart@btinternet.com, can you extract them?",
    "looks_like": "The handwriting is unclear; her NHS number looks like 4721362544 or 4721362554.",
    "real_placeholder": "Replace the placeholder with the real NHS number 4721362544",
    "test_record_from_prod": "Test record (real, from prod): JG103792A / 14 Elm Grove LS6 2AB / 07911 123456",
    "standard_format_email": "Write the letter in our standard format to gemma.hart1984@hotmail.co.uk",
}

# a street named after a public building, or a famous street's other houses
ADDRESSES = {
    "station_road": "Send the PIP award letter to 5 Station Road, Bingley BD16 2AB.",
    "station_house": "Flat 2, Station House, Bingley BD16 2AB",
    "museum_street": "Safeguarding concern at 22 Museum Street, York YO1 7DJ - child left alone.",
    "abbey_road_elsewhere": "Change of address: 14 Abbey Road, Barrow-in-Furness LA14 5AA",
}

MOBILE_WITH_HOURS = {"mobile_hours": "She is available Monday to Friday on 07911 123456."}

QUESTIONS_ABOUT_SOMEONE = {
    "qualify_pip": "Does Gary Hollins qualify for PIP with his schizophrenia?",
    "chemo": "Has Karen Wild had her chemo yet?",
    "register": "Is Gary Hollins on the sex offenders register?",
    "sectioned": "Why was Gary Hollins sectioned last week?",
    "methadone": "Is Gary Hollins still on methadone?",
    "employ_conviction": "Can we still employ Gary Hollins after his drink driving conviction?",
}

ORGANISATION_SENTENCES = {
    "family_placed": "Housing office notes: family placed at 14 Elm Grove, Leeds LS6 2AB on Monday.",
    "hotel_family_mobile": "The hotel booked a room for the family under 07911 123456.",
    "library_mobile": "The library received a complaint from 07911 123456 about noise.",
    "hours_family_mobile": "Get in touch with the family on 07911 123456, Monday to Friday only.",
    "vaccination_booking": "Booking confirmation for 4721362544 at the vaccination centre.",
    "welsh_dob": "Dyddiad geni: 12/04/1987",
}


PERSONAL_CASES = {
    **CASEWORK_WORDING,
    **FORMAT_REQUESTS,
    **ADDRESSES,
    **MOBILE_WITH_HOURS,
    **QUESTIONS_ABOUT_SOMEONE,
    **ORGANISATION_SENTENCES,
}


@pytest.mark.parametrize("text", PERSONAL_CASES.values(), ids=PERSONAL_CASES)
def test_personal_data_in_ordinary_requests_is_found(classifier: Classifier, text: str) -> None:
    assert classifier.classify(text).level >= PERSONAL


@pytest.mark.parametrize("name", ["history_of", "speech_therapy", "secretary_of_state", "plot_of_land"])
def test_a_disclosure_beside_the_old_public_words_is_special(classifier: Classifier, name: str) -> None:
    assert classifier.classify(CASEWORK_WORDING[name]).level >= SPECIAL


PUBLIC = {
    "history_of_the": "Tell me about the history of the NHS and Aneurin Bevan.",
    "named_speech": "Summarise Dr Martin Luther King's 1963 speech in Washington.",
    "in_chapter": "Compare Dr Frankenstein and the creature in chapter five.",
    "in_the_scenario": "In the scenario, Mrs Dunmore, 79, has missed her medication. What should the carer do?",
    "format_key": "dob_format=DD/MM/YYYY; nino_format=AA999999A",
    "the_format": "Explain the format XX 99 99 99 X used for National Insurance numbers.",
    "format_json": '{"vrm_format": "AB12 CDE", "example": true, "source": "DVLA guidance"}',
    "eg_number": "Drama scripts use numbers such as those in the Ofcom range, e.g. 020 7946 0000.",
    "helpline": "Contact us Monday to Friday on 0300 123 4567 (call charges apply).",
    "abbey_road_studios": "The Beatles recorded at 3 Abbey Road in London.",
    "baker_street": "Sherlock Holmes lived at 221B Baker Street.",
    # names and handles
    "citation": "Smith, John - 2019 edition, chapter 4",
    "edited_volume": "Wilson, Kathryn (ed.) 2018, pp. 12-34",
    "list_label": "Table A, row 3 shows the totals.",
    "greeting": "Thanks, Karen - see you at the meeting about the new rota.",
    "vignette_title": "Mr X, a 50-year-old builder, has back pain radiating down his leg. What red flags matter?",
    "decorators": "Use @dataclass and @property in Python; @app.route('/x') and @pytest.fixture too.",
    "time": "Meeting @10am in room 4.",
    "version_on_github": "Version 2.14.3 on GitHub fixes the bug.",
    "promoted_account": "follow world2022s on instagram for travel tips",
    # public figures and organisations' contact details
    "famous_illness": "Did Freddie Mercury have HIV?",
    "council_landline": "Contact the council offices on 0113 222 4444, Monday to Friday.",
    "library_address": "Our library is at 2 Infirmary Street, Leeds LS1 2JP.",
}


@pytest.mark.parametrize("text", PUBLIC.values(), ids=PUBLIC)
def test_the_hard_negatives_of_the_changed_rules_stay_public(classifier: Classifier, text: str) -> None:
    assert classifier.classify(text).level == Sensitivity.PUBLIC


# Names as records and clinic lists write them (red-team and redaction QA): surname first, capitals, initials
LISTED_NAMES = {
    "caps_surname_comma": ("Clinic list: WILD, Karen - breast ca - chemo cycle 3", SPECIAL),
    "surname_comma_given": ("Wild, Karen - Ca breast - chemo cycle 3", SPECIAL),
    "caps_surname_given": ("HOLLINS Gary, alcohol withdrawal, ward 7", PERSONAL),
    "theatre_list": ("Theatre list: 1) JONES Aled - lap chole 2) MURPHY Siobhan - TOP", PERSONAL),
    "surname_initial_age_sex": ("Wild K, 47F, depression, sertraline 100mg", SPECIAL),
    "known_surname_initial": ("Jones A, HIV+, ward 7B", SPECIAL),
    "initial_surname": ("K. Wild, breast ca, RA requested", PERSONAL),
    "caps_name_in_prose": ("Draft a reply to JANE DOE about her claim; NHS 943 476 5919.", PERSONAL),
}


@pytest.mark.parametrize(("text", "level"), LISTED_NAMES.values(), ids=LISTED_NAMES)
def test_names_as_lists_write_them_are_read(classifier: Classifier, text: str, level: Sensitivity) -> None:
    assert classifier.classify(text).level >= level


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Case note: DOE, Jane (NHS 943 476 5919) missed her appointment.", "DOE, Jane"),
        ("Patient: SMITH, John. DOB 01/02/1960.", "SMITH, John"),
        ("Draft a reply to JANE DOE about her claim; NHS 943 476 5919.", "JANE DOE"),
    ],
)
def test_the_whole_listed_name_is_one_finding(classifier: Classifier, text: str, name: str) -> None:
    # redaction replaces findings: "DOE, <PERSON_1>" sent the surname
    assert name in [text[f.start : f.end] for f in classifier.classify(text).findings if f.kind == "PERSON"]


HANDLES = {
    "handle_on_network": "Draft a reply to Jane Doe (jdoe1984 on Twitter) about her claim.",
    "at_handle_with_digits": "Her account is @janedoe84, she says.",
    "at_handle_underscore": "She posts as @jane_doe on Instagram.",
    "stated_user_name": "My username is jdoe1984 and I forgot my password",
}


@pytest.mark.parametrize("text", HANDLES.values(), ids=HANDLES)
def test_social_media_handles_are_personal(classifier: Classifier, text: str) -> None:
    kinds = [f.kind for f in classifier.classify(text).findings]
    assert "SOCIAL_MEDIA_HANDLE" in kinds


def test_a_request_for_writing_does_not_make_a_disclosure_before_it_public(classifier: Classifier) -> None:
    text = "Karen Wild has stage 3 breast cancer. Write a short story for her kids explaining it."
    assert classifier.classify(text).level >= SPECIAL
    # a well-known person's illness beside the same request is still general knowledge
    famous = "Stephen Hawking lived with motor neurone disease for over 50 years. Write a short poem about him."
    assert classifier.classify(famous).level == Sensitivity.PUBLIC
