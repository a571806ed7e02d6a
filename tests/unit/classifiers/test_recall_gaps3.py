"""Recall (issue 9, third pass): names in frames, roles after a name, vignettes, clauses after a dash.

Written for this file from the categories of set 4's misses (by category only); no
held-out set was read. Each rule has public counterparts that must stay public.
"""

from __future__ import annotations

import pytest

from classifiers import Sensitivity

PUBLIC, PERSONAL, SPECIAL = Sensitivity.PUBLIC, Sensitivity.PERSONAL, Sensitivity.SPECIAL

NAMED_IN_A_FRAME = {
    "here_after_greeting": "Afternoon - Nkechi Eze here, I sent the form on Monday.",
    "here_turn_start": "Operator: council tax, how can I help?\nMarius Popescu here, I think I've been overcharged.",
    "name_label": "Name: Bronwen Hughes\nQuery: my bus pass has not arrived",
    "surname_label": "Surname: Oyelowo. Forename: Adebola. Needs a call back.",
    "bracketed_age": "Visited the family today; the youngest (Zuzanna, 4) was off nursery again.",
    "commas_age": "Ruairi Quinn, 16, has asked about a bursary for college.",
    "as_role": "Could you set up Leopold Amsel as the named driver on the lease?",
    "as_role_lower": "please record tadeusz mazur as next of kin",
    "role_is_lower": "the claimant is ayodele bankole and she has not been paid",
    "role_is": "The appellant is Stanislav Horak; the hearing is next week.",
    "introduction_after_label": "Caller: hiya, it's Greer Lachlan, ringing about my renewal",
    "executor_of": "Executor of the will is Ottilie Marchbank - please send the forms to her.",
}
NOT_NAMED = {
    "label_project": "Name: Project Phoenix\nStatus: amber",
    "label_form_field": "Name: Pending review\nOwner: Finance",
    "here_team": "Hello, Support here - how can we help today?",
    "age_maths": "Tom (12) and Sarah (10) share 44 sweets in the ratio of their ages. How many does each get?",
    "as_platform": "Use Microsoft Teams as the platform for the meeting.",
    "executor_question": "What is the role of an executor of the estate?",
    "yes_its_place": "Yes, it's Paris in the spring that I want to visit.",
}
VIGNETTES = {
    "in_her_40s": "A woman in her 40s with schizophrenia stops taking her medication. What are the risks?",
    "in_his_30s": "A man in his 30s with HIV on antiretrovirals wants to start a family. What are the options?",
    "aged": "A teenager aged 15 tells a teacher she is self-harming. What should the school do?",
}
PEOPLE_BESIDE_VIGNETTE_WORDING = {
    "named": "Mr Okafor, a man in his 50s, says he has HIV and wants to move flats.",
    "client": "My client, a 45-year-old man, has HIV and needs a letter for his employer.",
}


@pytest.mark.parametrize("name", sorted(NAMED_IN_A_FRAME))
def test_names_in_frames_are_personal(classifier, name):
    assert classifier.classify(NAMED_IN_A_FRAME[name]).level >= PERSONAL


@pytest.mark.parametrize("name", sorted(NOT_NAMED))
def test_frames_without_a_person_stay_public(classifier, name):
    assert classifier.classify(NOT_NAMED[name]).level == PUBLIC


@pytest.mark.parametrize("name", sorted(VIGNETTES))
def test_vignettes_about_unnamed_people_stay_public(classifier, name):
    assert classifier.classify(VIGNETTES[name]).level == PUBLIC


@pytest.mark.parametrize("name", sorted(PEOPLE_BESIDE_VIGNETTE_WORDING))
def test_real_people_described_like_a_vignette_stay_special(classifier, name):
    assert classifier.classify(PEOPLE_BESIDE_VIGNETTE_WORDING[name]).level == SPECIAL


def test_a_statement_before_a_dash_is_not_a_question(classifier):
    text = "She's a practising Muslim and needs a prayer room - can we arrange one?"
    assert classifier.classify(text).level == SPECIAL


def test_a_question_before_a_dash_stays_a_question(classifier):
    assert classifier.classify("Was Cat Stevens a Muslim convert - and when?").level == PUBLIC


SPECIAL_STATEMENTS = {
    "possessive_relative_has": "Wanjiru's daughter has sickle cell anaemia and misses school.",
    "subject_attends": "Oyelowo attends the mosque on Fridays and asks for a late start.",
    "age_beside_word_name": "Faith, 52, has asked for a carer who shares her Catholic faith.",
    "so_can_we": "Imran is fasting for Ramadan so can we move his assessment to the morning?",
}
NOT_SPECIAL_STATEMENTS = {
    "drug_has": "Adalimumab has side effects for people with Crohn's disease.",
    "condition_has": "Sarcoidosis has no cure, so can doctors only treat the symptoms?",
}


@pytest.mark.parametrize("name", sorted(SPECIAL_STATEMENTS))
def test_special_category_statements_about_a_named_person(classifier, name):
    assert classifier.classify(SPECIAL_STATEMENTS[name]).level == SPECIAL


@pytest.mark.parametrize("name", sorted(NOT_SPECIAL_STATEMENTS))
def test_statements_about_medicines_and_conditions_stay_public(classifier, name):
    assert classifier.classify(NOT_SPECIAL_STATEMENTS[name]).level == PUBLIC


MORE_RECALL = {
    "intro_no_apostrophe": "hiya im obinna, my housing benefit has stopped",
    "my_names_typo": "My names Tilda Sørensen and I moved to Leith in May.",
    "its_x_from": "It's Callum from number 12 again - the street light is still out.",
    "call_back_lower": "can someone ring back agnieszka wrobel about her bin collection",
    "us_licence_parenthesis": "Driver's license (US, Ohio): RS123456 for the visiting student.",
    "us_licence_letter_groups": "Her Michigan licence number is B 123 456 789 012.",
    "plate_then_prose": "Dutch plate 12-ABC-3 reported outside the school.",
    "plate_unseparated": "The licence plate 5KDE218 was on the stolen van.",
}


@pytest.mark.parametrize("name", sorted(MORE_RECALL))
def test_more_recall_cases(classifier, name):
    assert classifier.classify(MORE_RECALL[name]).level >= PERSONAL


def test_an_age_stated_after_a_name(classifier):
    assert "AGE" in {f.kind for f in classifier.classify("Ruaridh Kerr is 34 and lives with his parents.").findings}


@pytest.mark.parametrize(
    "text",
    ["Tom is 12 and his sister is twice his age. How old will she be in 5 years?", "Priya is 5 minutes late again."],
)
def test_numbers_after_names_that_are_not_ages(classifier, text):
    assert "AGE" not in {f.kind for f in classifier.classify(text).findings}


def test_branches_of_islam_are_religion(classifier):
    assert classifier.classify("Ghulam is Shia and has asked for the Ashura dates off.").level == SPECIAL


CASE_NOTES = {
    "cn_clmt": "CN 12/03: T/C from clmt, says UC payment short by £212, advised MR. Next action: earnings check.",
    "file_note_cust": "File note: cust called re PIP; refused to give NINO; asked for manager.",
    "title_initial": "Mr K. rang again re arrears; agreed £15/wk from 1 April; letter sent.",
    "title_initial_claim": "Spoke with Mrs O re her HB claim - she has moved in with her daughter.",
}
NOT_CASE_NOTES = {
    "template": "Write a template for recording a home visit, with headings only.",
    "headings": "Home visit: headings - date, attendees, observations, actions.",
    "guidance": "Case notes: how should staff write them? Give guidance on tone and content.",
    "exam_initial": "In this exam question, a patient called Mr A has schizophrenia. Discuss the legal issues.",
    "placeholder_initial": "Mr X, a 50-year-old builder, has back pain. What red flags should the GP ask about?",
}


@pytest.mark.parametrize("name", sorted(CASE_NOTES))
def test_case_note_traffic_is_personal(classifier, name):
    assert classifier.classify(CASE_NOTES[name]).level >= PERSONAL


def test_case_notes_without_names_are_a_strict_reading(classifier):
    assert classifier.classify(CASE_NOTES["cn_clmt"], mode="balanced").level == PUBLIC


@pytest.mark.parametrize("name", sorted(NOT_CASE_NOTES))
def test_note_words_without_a_note_stay_public(classifier, name):
    assert classifier.classify(NOT_CASE_NOTES[name]).level == PUBLIC
