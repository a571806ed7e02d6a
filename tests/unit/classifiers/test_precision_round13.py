"""Stop 29's precision round (held-out set 13): its false positives and misses, fixed after it was scored once.

Set 13 was written blind with public hard negatives in the majority and scored once at
d03e65d (strict precision 0.670, recall 0.884); its rows were then read and the rules
changed against them, so later scores on it are on a seen set. The texts here are written
for the tests in the shape of the misses, not copied from the set. The public cases have
sensitive twins for the same rules, so that a rule that simply stopped finding cannot pass.
"""

from __future__ import annotations

import pytest

from classifiers import Classifier, Sensitivity

PERSONAL = Sensitivity.PERSONAL

PUBLIC = {
    "mp_post_nominal": "Briefing: Rt Hon Alison Gray MP told the Select Committee the rollout ends in March.",
    "office_before": "Quote from the Police and Crime Commissioner, Derek Lomas: 'Patrols will rise.' Tighten it.",
    "office_after": "Write a bio: Professor Anwen Price, Chief Medical Officer for Wales, leads the vaccine board.",
    "cllr_leader": "Thank Cllr Peter Hale, Leader of Marshfield Borough Council, for opening the new library.",
    "my_mp_in_apposition": "Draft a letter to my MP, Gemma Hartley, asking her to oppose the library closure.",
    "judge": "Summarise for policy: Mrs Justice Okafor held that the blanket policy was unlawful.",
    "hansard_speaker": 'Summarise: "Mr Owen Pryce (Brecon Hills): Will the Minister look at waiting times?"',
    "url_after_at": "Notes to editors: 40 venues are listed at marshfield.gov.uk/warmspaces from November.",
    "crimestoppers": "Police non-emergency is 101, crimestoppers 0800 555 111: one line for the parish newsletter.",
    "number_beside_web_page": "Missed bin? Report it at marshfield.gov.uk/bins or call 01632 960 300 option 2.",
    "number_beside_role_mailbox": "Urgent lettings queries: lettings@marshfield.gov.uk or 01632 960 410.",
    "team_initials_mailbox": "Add the IG team's contact (ig.team@marshfield-tr.nhs.uk) to the privacy notice.",
    "census_by_authority": "Census 2021 religion, Thornbury LA: Christian 42.1%, No religion 37.4%, Muslim 14.8%. "
    "Turn it into an accessible table.",
    "town_hall": "Correct version: Register Office, Thornbury Town Hall, Mill Street. Appointments online. "
    "Make it two sentences.",
    "titled_placeholder": "Template library: 'Dear Mr A N Other, your reference EXAMPLE/0000/00.' Make the name a "
    "merge field.",
    "placeholder_address": "Screenshots must use the dummy customer 'Mrs Sample User, 2 Test Lane, Testville TE5 7ST'.",
    "governors_chair": "Summarise the governors' decisions (public part): Chair: Mr F Adeyemi. Approved the budget.",
    "test_cards_with_notes": "Sandbox test card numbers: 4111111111111111 (Visa, approved), 4000000000000002 "
    "(declined). Write the QA steps.",
    "test_patient": "The sandbox docs list test patient 9000000009 as the default record. Write an FAQ line.",
    "sort_code_example": "Data dictionary: FIELD SORT_CODE CHAR(6), e.g. 309634 (no hyphens). Describe the rule.",
    "titled_road": "For the ward bulletin: resurfacing on Lady Somerset Road and Bishop Street starts Monday.",
    "module_number": "Trainer notes, Unit 4 'Recording calls': good example and bad example. Explain the difference.",
    "service_table": "| Service | Phone | Email |\n|---|---|---|\n| Adult Social Care front door | 0300 555 0100 | "
    "asc.frontdoor@marshfield.gov.uk |",
}
SENSITIVE_TWINS = {
    "mp_with_arrears": "Rt Hon Alison Gray MP owes £400 in council tax arrears at her Leeds flat.",
    "office_with_absence": "Our Chief Executive, Derek Lomas, is off work until March after his divorce.",
    "cllr_possessive_casework": "Cllr Peter Hale's casework: a resident says her neighbour's dog bit her son.",
    "cllr_with_address": "Cllr Peter Hale lives at 14 Mill Lane, Marshfield MF2 4QT.",
    "spelt_out_email": "Her email is anwen.price at marshfield dot gov dot uk, please reply today.",
    "number_beside_a_persons_mailbox": "Contact anwen.price@marshfield.gov.uk or 01632 960 410 about her claim.",
    "number_of_someone_beside_web_page": "Ring Mrs Patel on 01632 960 410; the form is at marshfield.gov.uk/x.",
    "initials_that_are_a_name": "Send it to jo.price@marshfield.gov.uk today.",
    "street_that_only_starts_like_a_placeholder": "She lives at 14 Testwood Road, Totton SO40 3AB.",
    "labelled_chair_off_sick": "Chair: Mr F Adeyemi has been off sick since March and his pay has stopped.",
    "cards_in_a_list_of_someones": "My card 4444333322221111 (Visa), and hers 4000000000000002.",
    "sort_code_of_someone": "Her sort code is 30-96-34 and the account is in her name.",
    "titled_person": "Lady Margaret Thompson called about her pension and her rent arrears.",
    "surname_that_ends_like_a_building": "Tell Jerry Hall that his appointment has moved to Friday.",
}

LEAKS = {
    "greeted_with_pay": 'Reword: "Hi Niamh, your request to work four days is approved and your salary will change '
    'to £24,310 from May."',
    "greeted_name_not_in_the_lists": "Make this kinder: 'Dear Phil, please do not come to your shifts until we "
    "have spoken about the complaints.'",
    "vocative_expenses": "Soften this Teams message: 'Ravi, your expenses claim for the Leeds trip included wine.'",
    "first_name_the_lists_lacked": "Write a reminder for Bogdan: his probation review is due on 15 December and his "
    "attendance will be discussed.",
    "welsh_first_name": "Exit interview notes: Bronwen, Senior Planner, leaving after nine years; she was passed "
    "over for promotion twice.",
    "relationship_and_leave": "Tell the team Bethan will be off for two weeks; she has moved back in with her parents "
    "after her relationship broke down.",
    "salary_in_passing": "Is £4,000 fair for Dylan Moss's exit? He has been with us eight years on £31k.",
    "full_name_with_overtime": "Liam Fairbrother has been overpaid for overtime since March and must repay £410.",
}
SPECIAL_ROWS = {
    "pregnancy_scan": 'Shorten: "Hi Dawn, I will be in late on Thursday as I have my 12 week scan. Thanks, Kerry"',
    "care_notes": "Visit notes: Mr Alan Pike, 88, lives alone. Pressure sore on his left heel; memory clinic referral.",
    "stop_search_log": "Search record: male, 17, Black, stopped on Dock Road at 22:05; nothing found. Name given: "
    "Tyrone Baptiste, DOB 03/02/2008.",
}
OFFICE_RULE_OFF = {
    "grade_and_team_in_brackets": "Write up the adjustments for my team member Asha Mistry (HEO, policy): "
    "multiple sclerosis diagnosed 2021, relapse last month.",
    "office_holder_diagnosed": "Cllr Peter Hale, Leader of Marshfield Council, has been diagnosed with multiple "
    "sclerosis.",
}
"""Set 14's one regression (read after its final scoring): "(HEO, policy):" read as a Hansard constituency made a
named colleague's health nobody's; the office rule now needs a constituency's words and stays off beside any
special-category term."""
GREETINGS_OF_NOBODY = {
    "role_greeting": "Template: 'Dear Applicant, your application for a parking permit has been refused.'",
    "team_greeting": "Hi Team, your timesheets for December are due on Friday.",
    "colleague_work": "Hi Sarah, can you review the draft policy on council tax discounts by Friday?",
}


@pytest.mark.parametrize("text", PUBLIC.values(), ids=PUBLIC)
def test_round13_false_positives_are_public(classifier: Classifier, text: str) -> None:
    assert classifier.classify(text).level == Sensitivity.PUBLIC


@pytest.mark.parametrize("text", SENSITIVE_TWINS.values(), ids=SENSITIVE_TWINS)
def test_round13_sensitive_twins_stay_sensitive(classifier: Classifier, text: str) -> None:
    assert classifier.classify(text).level >= PERSONAL


@pytest.mark.parametrize("text", LEAKS.values(), ids=LEAKS)
def test_round13_leaks_are_sensitive(classifier: Classifier, text: str) -> None:
    assert classifier.classify(text).level >= PERSONAL


@pytest.mark.parametrize("text", GREETINGS_OF_NOBODY.values(), ids=GREETINGS_OF_NOBODY)
def test_a_greeting_to_a_role_or_about_work_is_public(classifier: Classifier, text: str) -> None:
    assert classifier.classify(text).level == Sensitivity.PUBLIC


@pytest.mark.parametrize("text", SPECIAL_ROWS.values(), ids=SPECIAL_ROWS)
def test_round13_special_rows_are_special(classifier: Classifier, text: str) -> None:
    assert classifier.classify(text).level >= Sensitivity.SPECIAL


def test_stop_and_search_figures_name_nobody(classifier: Classifier) -> None:
    text = "Stop and search figures for 2023 by ethnicity: publish the table with a short commentary."
    assert classifier.classify(text).level == Sensitivity.PUBLIC


@pytest.mark.parametrize("text", OFFICE_RULE_OFF.values(), ids=OFFICE_RULE_OFF)
def test_the_office_rule_never_hides_a_special_category_subject(classifier: Classifier, text: str) -> None:
    assert classifier.classify(text).level >= Sensitivity.SPECIAL
