"""Recall (issue 9, fourth pass): person names by mechanism, with public counterparts.

Written for this file from the five name categories of held-out set 5's misses (by
category only); no held-out set was read, and the prompts are not those of
`benchmarks/data/dev5_names.py`. Each mechanism has public prompts that must stay public.
"""

from __future__ import annotations

import pytest

from classifiers import Sensitivity
from classifiers.cues import split_sentences

PUBLIC, PERSONAL = Sensitivity.PUBLIC, Sensitivity.PERSONAL

DIALOGUE_ANSWERS = {
    "request_without_question_mark": "Clerk: Please give your full name.\nApplicant: Idris Mahoney",
    "bracketed_speakers": "[operator] can i take the caller's name\n[caller] yusra haddad",
    "answer_after_dash": "Agent: Whose name is the policy under?\nCaller: Mine - Petra Lindgren.",
    "answer_after_hedge": "Officer: What was the name of the landlord?\nTenant: I think it was Colm Brennan.",
    "initial_and_surname": "Agent: And the name on the account?\nCustomer: T. Abernethy-Cole",
    "letter_labels": "Q. Surname of the deceased?\nA. Marchetti",
    "surname_request": "Registrar: Please spell the surname.\nInformant: Q-U-A-R-S-H-I-E, Quarshie",
    "title_case_words": "Receptionist: Who am I speaking to?\nCaller: Rose Hill, from the flats on Bank Street.",
}
DIALOGUE_NOT_NAMES = {
    "quiz_without_question_mark": "Host: Name the longest river in Africa.\nContestant: The Nile",
    "thing_named": "Q: What's the name of the form I need?\nA: Housing Benefit Review",
    "name_at_line_end": "The form asks for your name\nThen it asks for the reason for your visit.",
    "refusal": "Agent: Can I take your name?\nCaller: No thanks, it's a general question about recycling.",
    "contraction": "Agent: Could I get your surname?\nCaller: I'd prefer not to give it, sorry.",
}
INTRODUCTIONS = {
    "myself": "Myself Harjit Bains, my pension credit has stopped.",
    "the_names": "Morning, the name's Corrigan, Aidan Corrigan - I rang about the bins.",
    "legal_name": "My legal name is Tomasina Reyes but the letter says Tom Reyes.",
    "i_go_by": "Hi, I go by Kit Oduya and I need to update my address.",
    "through_to": "You're through to Aled Pryce, returning your call about the licence.",
    "it_is_writing": "It is Zofia Wrześniewska writing about my late husband's pension.",
}
ROLES = {
    "trustee_label": "Trustee: Ambrose Kettering. Please send the annual return to him.",
    "our_guarantor": "Our guarantor, Delphine Roux, has changed her address.",
    "authorised_signatory": "Please set up Ravinder Kalsi as an authorised signatory on the club account.",
    "in_the_name_of": "The booking is in the name of Farrukh Aliyev - please cancel it.",
    "lead_tenant_is": "The lead tenant is Oisin Kavanagh and the rent is late again.",
    "role_without_article": "damp in the back bedroom again, landlord is gareth pryce-jones",
    "third_person_relation": "The claimant says her late husband, Wojciech Brzezinski, held the tenancy.",
}
LOWER_CASE = {
    "unknown_pair_subject": "ruslan abdullaev missed his appointment at the jobcentre",
    "unknown_pair_with_affairs": "can someone check whether ikechukwu obi got his refund",
    "given_name_with_possessive": "ask maria tsiolkas to bring her payslips on friday",
    "unknown_pair_after_greeting": "morning all, svetlana morozova is off sick today",
    "interview": "dimitrios alexiou cannot attend the interview on thursday",
}
LOWER_CASE_PUBLIC = {
    "dish": "how long do i cook jollof rice for",
    "place": "what are the bin days in milton keynes",
    "public_question": "is a visa needed to visit the united arab emirates",
    "novelist": "recommend books by chinua achebe",
    "interview_tips": "tips for a job interview at a supermarket",
}
RELATIONS_OF_PUBLIC_FIGURES = {
    "royal_brother": "Prince William and his brother Harry opened the hospital wing. What did they say?",
    "author_wife": "Tolstoy and his wife Sophia had thirteen children. Summarise their marriage.",
}
PUBLIC_QUESTIONS = {
    "title_with_full_stop": "What did Rev. Martin Luther King say about nonviolence?",
    "who_played": "Who played Mrs Doubtfire?",
    "symbolise": "What does Mr Hyde symbolise in the novella?",
    "maths_pence_each": "mr jones buys 4 stamps at 85p each. how much change from £5?",
    "lower_case_question_without_mark": "what did mrs pankhurst do for the vote",
    "tv_character": "Mr Motivator was a TV character on breakfast television. Was he real?",
    "maths_how_much": "Mr Osei buys 6 pencils for the class. How much does he pay if each costs 40p?",
}


@pytest.mark.parametrize("name", sorted(DIALOGUE_ANSWERS))
def test_names_given_as_answers_are_personal(classifier, name):
    assert classifier.classify(DIALOGUE_ANSWERS[name]).level >= PERSONAL


@pytest.mark.parametrize("name", sorted(DIALOGUE_NOT_NAMES))
def test_answers_that_are_not_names_stay_public(classifier, name):
    assert classifier.classify(DIALOGUE_NOT_NAMES[name]).level == PUBLIC


@pytest.mark.parametrize("name", sorted(INTRODUCTIONS))
def test_self_introductions_are_personal(classifier, name):
    assert classifier.classify(INTRODUCTIONS[name]).level >= PERSONAL


@pytest.mark.parametrize("name", sorted(ROLES))
def test_names_in_roles_are_personal(classifier, name):
    assert classifier.classify(ROLES[name]).level >= PERSONAL


@pytest.mark.parametrize("name", sorted(LOWER_CASE))
def test_lower_case_names_with_case_wording_are_personal(classifier, name):
    assert classifier.classify(LOWER_CASE[name]).level >= PERSONAL


@pytest.mark.parametrize("name", sorted(LOWER_CASE_PUBLIC))
def test_lower_case_public_text_stays_public(classifier, name):
    assert classifier.classify(LOWER_CASE_PUBLIC[name]).level == PUBLIC


@pytest.mark.parametrize("name", sorted(PUBLIC_QUESTIONS))
def test_public_questions_with_titles_stay_public(classifier, name):
    assert classifier.classify(PUBLIC_QUESTIONS[name]).level == PUBLIC


def test_a_title_full_stop_does_not_end_a_sentence():
    text = "What did Dr. Barnardo do for orphans? He founded homes."
    sentences = split_sentences(text)
    assert [text[s.start : s.end].strip() for s in sentences] == [
        "What did Dr. Barnardo do for orphans?",
        "He founded homes.",
    ]
    assert [s.question for s in sentences] == [True, False]


def test_the_balanced_mode_keeps_dialogue_answers(classifier):
    text = DIALOGUE_ANSWERS["answer_after_dash"]
    assert classifier.classify(text, mode="balanced").level >= PERSONAL


@pytest.mark.parametrize("name", sorted(RELATIONS_OF_PUBLIC_FIGURES))
def test_relations_of_public_figures_stay_public(classifier, name):
    assert classifier.classify(RELATIONS_OF_PUBLIC_FIGURES[name]).level == PUBLIC


def test_a_third_person_relation_is_no_cue_by_itself():
    from classifiers.cues import find_cues
    from classifiers.normalise import normalise

    cues = find_cues(normalise("His brother Marek works nights."))
    assert cues.strong == () and len(cues.relations) == 1


def test_who_is_without_a_question_mark_stays_casework(classifier):
    assert classifier.classify("who is dealing with mrs okafor's housing claim").level >= PERSONAL
