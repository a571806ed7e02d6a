"""Precision (issue 9, ninth pass): the public counterparts of this pass's rules, and long public documents.

Each new rule has look-alikes that must stay public: an address cue followed by prose or an
organisation's address, a plate-shaped code without vehicle words, a marking compared with another
in a question, a call note that says no personal details were taken, and special-category words in
guidance, statistics and headings of long public documents (where a generic "your child" is near).
Texts written for this file; a private counterpart beside each public one shows the rule still fires.
"""

from __future__ import annotations

import pytest

from classifiers import Sensitivity
from classifiers.normalise import normalise
from classifiers.recognisers.address_cued import CuedAddress
from classifiers.special_category import find_special_terms

PUBLIC = Sensitivity.PUBLIC

NOT_ADDRESSES = {
    "prose_after_cue": "The address is printed on page 2 of the leaflet, France",
    "year_only": "I moved to 2019, Spain",
    "embassy": "The embassy's address: 35 Rue du Faubourg Saint-Honoré, 75008 Paris, France",
    "consulate_label": "Consulate address - 12 Calle Serrano, 28001 Madrid, Spain",
    "no_digit": "my address abroad is in Ourense, Spain",
    "based_at_counts": "We are based at 3 business parks, 2 in Leeds, 1 in York",
}


@pytest.mark.parametrize("text", NOT_ADDRESSES.values(), ids=NOT_ADDRESSES.keys())
def test_address_cues_without_a_household_address_find_nothing(text):
    assert CuedAddress().find(normalise(text)) == []


PUBLIC_TEXTS = {
    "marking_compared": "Is TOP SECRET higher than SECRET in the UK scheme?",
    "marking_in_scheme": "Is SECRET the highest level in the scheme?",
    "secret_recipe": "Secret - the best sauce is in the fridge",
    "anonymous_call_note": "CALL NOTE: caller asked how to appeal a PIP decision. Advised mandatory reconsideration "
    "first. No personal details taken.",
    "anonymous_caller": "T/C 10:15 - anonymous caller asked about council tax bands, advised to check online.",
    "general_enquiry": "Call log: general enquiry re bin collections, caller advised of new schedule.",
    "mod_plate_code": "The make 12 men to ship is ok.",
    "place_pair": "New York has a large Jewish community.",
    "league_table": "Liverpool, Everton - 3",
    "class_age": "Reception Class - age 4",
    "size_code": "Use a 2GB card: PS5 5GB.",
}


@pytest.mark.parametrize("text", PUBLIC_TEXTS.values(), ids=PUBLIC_TEXTS.keys())
def test_look_alikes_stay_public(rules_classifier, text):
    assert rules_classifier.classify(text, mode="strict").level is PUBLIC


GUIDANCE_SENTENCES = {
    "if_you": "If you're pregnant you're entitled to paid time off for antenatal care.",
    "employers": "Employers cannot ask you about spent convictions unless the role is exempt.",
    "statistic": "Around 1 in 6 workers experience a common mental health problem such as anxiety.",
    "rate": "The reoffending rate for adults released from custody was 36.8%.",
    "plural_subject": "Blue Badge holders park free in residents' bays.",
    "group_before": "Forms were tested with users who have low literacy, dyslexia or a visual impairment.",
    "group_after": "The department should collect data on the ethnicity and religion of claimants.",
    "a_person_who": "A person who has a disability may ask for reasonable adjustments.",
}


@pytest.mark.parametrize("text", GUIDANCE_SENTENCES.values(), ids=GUIDANCE_SENTENCES.keys())
def test_special_terms_in_guidance_to_anyone_are_not_candidates(text):
    assert find_special_terms(normalise(text)) == []


OWN_STATEMENTS = {
    "own_if": "I am pregnant and my employer says I can't have time off.",
    "own_statistic": "Around 1 in 4 of my colleagues know I have depression.",
    "named_group": "My dad, like many people with dementia, gets confused at night.",
    "announced": "He announced to the ward staff that he is HIV positive.",
    "short_line": "Ama is pregnant with twins.",
}


@pytest.mark.parametrize("text", OWN_STATEMENTS.values(), ids=OWN_STATEMENTS.keys())
def test_the_guidance_filter_keeps_statements_about_someone(rules_classifier, text):
    assert rules_classifier.classify(text, mode="strict").level is Sensitivity.SPECIAL


_GUIDANCE = (
    "Pregnancy and maternity.\n"
    "If you're pregnant you're entitled to paid time off for antenatal care. You must tell your employer at least "
    "15 weeks before the baby is due. Your baby's due date is on your MATB1 form.\n\n"
    "Mental health at work.\n"
    "Around 1 in 6 workers experience a common mental health problem such as anxiety or depression in any given "
    "week. Managers should hold regular one-to-one meetings and make reasonable adjustments where needed.\n\n"
    "Criminal record checks.\n"
    "A basic DBS check shows unspent convictions and conditional cautions. Employers cannot ask you about spent "
    "convictions unless the role is exempt. If your child is applying for a job, they can apply for a basic "
    "check themselves.\n\n"
    "Blue Badges.\n"
    "Blue Badge holders park free in residents' bays. People with a disability can apply online.\n\n"
) * 5


def test_a_long_guidance_document_with_generic_you_is_public(rules_classifier):
    assert len(_GUIDANCE) > 4000
    assert rules_classifier.classify(_GUIDANCE, mode="strict").level is PUBLIC


def test_a_disclosure_after_long_guidance_is_still_found(rules_classifier):
    text = _GUIDANCE + "Sorry for pasting all that - my daughter has epilepsy and her school won't help."
    assert rules_classifier.classify(text, mode="strict").level is Sensitivity.SPECIAL


TECHNICAL_TEXTS = {
    "secret_env_var": "Set AWS_SECRET_ACCESS_KEY and CLIENT_SECRET in your environment before running the job.",
    "top_secret_flag": "export TOP_SECRET_MODE=1 to enable the test fixture.",
    "disabled_option": "The option is disabled by default; pass --verbose to see why.",
    "undocumented_api": "This relies on an undocumented API that may change in a minor release.",
    "stateless_service": "Each replica is stateless, so the load balancer may send any request to any of them.",
    "loopback": "Connect to 127.0.0.1 port 8080, or ::1 over IPv6.",
    "documentation_range": "In the example the server listens on 203.0.113.7.",
    "structured_ip_address": "addr(family=<AddressFamily.AF_INET: 2>, address='127.0.0.1', port=22)",
    "rust_address": 'let home = Addr { address: String::from("::1") };',
}


@pytest.mark.parametrize("text", TECHNICAL_TEXTS.values(), ids=TECHNICAL_TEXTS.keys())
def test_technical_documentation_words_stay_public(rules_classifier, text):
    assert rules_classifier.classify(text, mode="strict").level is PUBLIC


PERSONAL_COUNTERPARTS = {
    "marking_in_prose": ("This annex is SECRET", Sensitivity.SECRET),
    "disabled_son": ("My son is disabled and I need a parking space near the door.", Sensitivity.SPECIAL),
    "stateless_person": ("He is stateless and has no passport.", Sensitivity.SPECIAL),
    "undocumented_people": ("They are undocumented and afraid to see a GP.", Sensitivity.SPECIAL),
    "home_ip": ("My home IP is 86.12.44.201, can you unblock it?", Sensitivity.PERSONAL),
}


@pytest.mark.parametrize("pair", PERSONAL_COUNTERPARTS.values(), ids=PERSONAL_COUNTERPARTS.keys())
def test_the_same_words_about_a_person_still_count(rules_classifier, pair):
    text, level = pair
    assert rules_classifier.classify(text, mode="strict").level is level


def test_a_question_about_a_march_stays_public(rules_classifier):
    assert rules_classifier.classify("How many people attended the climate march in London?").level is PUBLIC


@pytest.mark.parametrize("text", ["Disneyland Paris, France - ages 3 and up", "London, England - age 18 only"])
def test_a_place_and_an_age_range_is_no_record(rules_classifier, text):
    assert rules_classifier.classify(text, mode="strict").level is PUBLIC


@pytest.mark.parametrize(
    "text",
    [
        "Post to Facebook at 9 am, Spain time",
        "Send the form to the office in Madrid, Spain",
        "Forward all emails to 2 people in the Spain team",
    ],
)
def test_sending_words_without_an_address_find_nothing(text):
    assert CuedAddress().find(normalise(text)) == []
