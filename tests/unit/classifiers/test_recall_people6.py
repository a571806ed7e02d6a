"""Recall (issue 9, sixth pass): ages, dates of birth, mistyped identifiers, encoded text, special categories.

Written for this file from the categories of set 5's misses (by category only); no held-out
set was read. Each rule is a mechanism tested on several phrasings, with public counterparts.
"""

from __future__ import annotations

import base64

import pytest

from classifiers import Sensitivity

PUBLIC, PERSONAL, SPECIAL = Sensitivity.PUBLIC, Sensitivity.PERSONAL, Sensitivity.SPECIAL

AGES = {
    "pronoun_is": "She is 84 and lives on her own in a flat above the shop.",
    "pronoun_contracted": "he's 14 and being bullied at school, what can I do",
    "pronoun_turned": "She turned 90 in May, so can she get help with her heating?",
    "relation_bracket": "Our grandson (aged 3) needs a nursery place from January.",
    "relation_who_is": "my husband who is 58 has just lost his job",
    "role_who_is": "The tenant, who is 72, has been threatened with eviction.",
    "stepdad": "my stepdad, 67, has been refused pension credit",
    "eldest": "our eldest, aged 16, wants to leave school",
    "twins_are": "our twins are 3 and the nursery has no places",
    "own_age_noun": "I'm a 52 year old man looking for work",
    "as_a_writer": "as a 70-year-old woman I find the app confusing",
    "profile_line": "Me: 34, F, looking for housing advice",
    "family_subject": "Grandad is 95 next week and wants a care assessment.",
}
PUBLIC_AGES = {
    "maths_pronoun": "She is 12 and her brother is 3 years older. How old is he?",
    "maths_twice": "He is 8 and his sister is twice as old. What is the sum of their ages?",
    "history": "He was 19 when the war started in 1939.",
    "vignette": "A 45-year-old man presents with chest pain. What is the next step?",
    "minutes_away": "I'm 5 minutes away, start without me",
    "height": "She is 5 foot 4 and he is 6 foot.",
    "golf_score": "He was 3 under par after 12 holes.",
    "sitcom": "Dad's Army is 55 years old this year; who was in the original cast?",
    "as_a_vignette": "As a 70-year-old woman presents with confusion, what are the differentials?",
}
DATES_OF_BIRTH = {
    "sex_after": "Patient details: 03/11/1948, male, lives alone, no allergies",
    "sex_before": "Client: F, 12/03/1987, referred by her GP",
    "details_label": "Personal details - 1979-08-12 - Leeds - unemployed",
    "sex_slash": "Resident 14.02.1956 / female, room 12",
    "born_in_a_letter": "My client was born on 5 May 1988 and wants to know when her pension starts.",
    "dob_label_near_office": "Write to the Prime Minister about my case. DOB: 12/03/1987",
    "spaced_digits": "DOB 03 04 1976, please update the record",
}
PUBLIC_DATES = {
    "appointment": "Your appointment is on 03/11/2025 at the male clinic entrance? Which door is that?",
    "study": "In 2019 the study enrolled 400 patients between 01/01/2015 and 31/12/2018.",
    "spaced_phone_like": "Call 01 23 1987 to book a meeting room for the pension team.",
}
MISTYPED = {
    "nino_short": "my national insurance no is QQ12345C",
    "nino_no_suffix": "my NI number is QQ123456",
    "nhs_nine_digits": "NHS no: 485 777 345 for my dad",
    "nhs_eleven_digits": "Patient NHS Number 94347659190",
    "utr_nine": "UTR: 123456789 (self assessment)",
    "upn_long": "UPN A12345678901 for the pupil moving schools",
    "iban_short": "IBAN GB29 NWBK 6016 1331 9268 1",
    "value_before_cue": "QQ12345C - that's his national insurance number",
    "ni_colon_spaced": "NI: QQ 12 34 56",
    "ni_dotted": "N.I. number QQ123456 C",
    "licence_spaced": "my driving licence no is MORGA 753116 SM9",
}
ENCODED = {
    "form_plus": "q=my+nhs+number+is+943+476+5919",
    "form_plus_email": "search?who=jane.roe+at+home&email=jane.roe%40gmail.com&x=1",
    # one escape is enough (QA pass: these were public and would have gone to the hosted API)
    "one_escape_email": "Email jane.doe%40example.co.uk",
    "mailto_one_escape": "mailto:jane.doe%40example.co.uk",
    # QA round 2: HTML character references, base64 of nine bytes, + as a group separator
    "html_decimal_at": "Email jane.doe&#64;example.co.uk",
    "html_hex_at": "Email jane.doe&#x40;example.co.uk",
    "html_named_at": "Email jane.doe&commat;example.co.uk",
    "short_base64_email": "value amFuZUB4LmNvbQ==",
    "short_base64_nino": "value QUIxMjM0NTZD",
    "plus_separated_nhs": "NHS number 398+259+7919",
    "plus_separated_nino": "NI number AB+12+34+56+C",
}
SPECIAL_STATEMENTS = {
    "dad_subject": "Dad's got cancer and is having chemo",
    "mum_subject": "mum has dementia and keeps wandering off at night",
    "typo_depression": "i suffer from depresion and anxity",
    "typo_schizo": "my brother has skitzophrenia",
    "typo_diagnosed": "my son was diagnoised with autisim last year",
    "typo_pregnant": "im pregnent and my boss wants me to do night shifts",
    "as_a_writer": "as a gay man I'm worried about my new neighbours",
    "we_are": "we are Jewish and the school keeps scheduling exams on Saturdays",
    "given_name_possessive": "Priya's chemo starts next week so she needs time off",
    "title_possessive": "Mr Evans's dementia is getting worse and he missed his review",
    "my_noun_phrase_verb": "my 7 year old has type 1 diabetes",
    "expecting": "my wife is expecting twins in june",
    "bi": "I'm bi and my parents don't know",
    "trans": "my son is trans and wants to change his name at school",
    "described_person": "the lad next door is on probation for burglary",
    "statement_then_question": "he's got dementia, can he still manage his own money?",
    "given_name_subject": "Jason is a recovering alcoholic, is that a disability?",
    "raped": "Ms Byrne disclosed she was raped in 2019",
}
CASE_NOTES = {
    "update_for_team": "Update for the team: client KD/4471 attended today, next review in 6 weeks.",
    "health_visitor": "HV 12/3: mum low mood, baby feeding well, next visit 2 wks",
    "call_log_time": "CALL LOG 09:14 - caller (claimant) disputes sanction, escalated to DM",
    "handover": "Handover: pt in bay 4 refused meds overnight, daughter called twice",
}
NOT_CASE_NOTES = {
    "template": "Update: write a template for a home visit note with headings for who attended and what was agreed.",
    "release_note": "Update: the new portal launched today and the old login page is gone.",
}
PUBLIC_SPECIAL = {
    "typo_question": "what are the symptoms of depresion?",
    "dad_general": "How do dads cope when a child is diagnosed with cancer?",
    "country_possessive": "Britain's cancer survival rates are poor compared with Europe's.",
    "eponym": "Parkinson's disease affects movement; what are the first signs?",
    "as_a_question": "As a charity, how do we support staff with cancer?",
    "maternity_question": "How long is statutory maternity leave in the UK?",
    "if_question": "If he has dementia, can he still manage his own money?",
    "trans_policy": "What does the trans rights debate say about toilets?",
}


@pytest.mark.parametrize("name", sorted(AGES))
def test_ages_of_identifiable_people_are_personal(classifier, name):
    assert classifier.classify(AGES[name]).level >= PERSONAL


@pytest.mark.parametrize("name", sorted(PUBLIC_AGES))
def test_ages_in_maths_history_and_vignettes_stay_public(classifier, name):
    assert classifier.classify(PUBLIC_AGES[name]).level == PUBLIC


@pytest.mark.parametrize("name", sorted(DATES_OF_BIRTH))
def test_record_dates_beside_a_sex_are_dates_of_birth(classifier, name):
    assert "DATE_OF_BIRTH" in {f.kind for f in classifier.classify(DATES_OF_BIRTH[name]).findings}


@pytest.mark.parametrize("name", sorted(PUBLIC_DATES))
def test_other_dates_are_not_dates_of_birth(classifier, name):
    assert "DATE_OF_BIRTH" not in {f.kind for f in classifier.classify(PUBLIC_DATES[name]).findings}


@pytest.mark.parametrize("name", sorted(MISTYPED))
def test_mistyped_identifiers_after_their_cue_are_personal(classifier, name):
    assert classifier.classify(MISTYPED[name]).level >= PERSONAL


@pytest.mark.parametrize("name", sorted(ENCODED))
def test_form_encoded_text_is_decoded(classifier, name):
    assert classifier.classify(ENCODED[name]).level >= PERSONAL


@pytest.mark.parametrize("name", sorted(SPECIAL_STATEMENTS))
def test_special_category_statements_with_relatives_and_typos_are_special(classifier, name):
    assert classifier.classify(SPECIAL_STATEMENTS[name]).level == SPECIAL


@pytest.mark.parametrize("name", sorted(PUBLIC_SPECIAL))
def test_general_questions_with_typos_stay_public(classifier, name):
    assert classifier.classify(PUBLIC_SPECIAL[name]).level == PUBLIC


@pytest.mark.parametrize("name", sorted(CASE_NOTES))
def test_case_note_traffic_is_personal(classifier, name):
    assert classifier.classify(CASE_NOTES[name]).level >= PERSONAL


@pytest.mark.parametrize("name", sorted(NOT_CASE_NOTES))
def test_headers_without_a_record_of_contact_stay_public(classifier, name):
    assert classifier.classify(NOT_CASE_NOTES[name]).level == PUBLIC


def test_links_with_one_escape_never_use_up_the_decoding_budget(classifier) -> None:
    # a review of the one-escape change: 32 SharePoint links (each a URL run by its %20) used the shared
    # budget before the base64 payload after them, and the NHS number went out as public
    payload = base64.b64encode(b"Patient Jane Doe, NHS number 943 476 5919").decode()
    links = " ".join(f"https://contoso.sharepoint.com/Shared%20Documents/report{i}.docx" for i in range(40))
    assert classifier.classify(f"Files: {links}\nPayload: {payload}").level >= PERSONAL
