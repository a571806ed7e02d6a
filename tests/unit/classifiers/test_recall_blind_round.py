"""Recall: leaks of the blind red-team round (held-out set 9, stop 27), fixed after it was scored.

Set 9 was scored once blind (recall 0.911); its misses and the helper's second-phase probes were
then read and the rules changed against them, so these cases guard the fixes and set 9's later
scores are on a seen set.
"""

from __future__ import annotations

import pytest

from classifiers import Classifier, Sensitivity

PERSONAL = Sensitivity.PERSONAL

LEAKS = {
    # references of prisons, police, probation, the Home Office and learners, with their wording
    "prison_number": "Please draft the adjudication charge for prisoner A7788BD found with a mobile phone on B wing.",
    "pnc_id": "Update record 2003/0012345Z: arrested 12/01 for assault, bailed to return.",
    "probation_crn": "CRN X123456 - PoP missed appointment, breach letter needed, last known at his mum's.",
    "home_office_ref": "Home Office ref F1122334",
    "uln": "ULN 1234567890 learner withdrew from the apprenticeship due to pregnancy.",
    # Welsh streets put their type first
    "welsh_street": "The tenant at 4 Heol y Bont has not paid rent.",
    "welsh_lane": "The tenant at 3 Lôn Las has not paid rent.",
    # a role only one person holds in a place
    "only_firefighter": "The only female firefighter at Hay-on-Wye station has raised a sexual harassment complaint.",
    "only_gp": "The only GP in Tobermory has been struck off for drug use.",
    "vicar_of": "The vicar of St Endellion church in Cornwall has been arrested on suspicion of fraud.",
    "head_of_only_school": "The head teacher of the only primary school in Foula has been accused of hitting a pupil.",
    # a question that asks the reader to respond does not make the paragraph general knowledge
    "thoughts": "Kevin Marsh from Flat 2 was seen shoplifting at the Co-op in Skegness last night. Thoughts?",
    "anything_to_add": "Ward round notes. Doris Whitfield in bed 4 is confused and pulling at her cannula. "
    "Anything else to add?",
    # questions about a colleague's or neighbour's life
    "promote": "Should we promote Hannah Lyle or Dev Ashworth to the SEO post?",
    "shifts": "Why is Darren Clough always late to his shifts at the Sheffield depot?",
    "operation": "What time is Brenda Holloway's operation on Tuesday?",
    "detention": "Is Jamal Okafor still in Yarl's Wood?",
    # a translation request is about its text
    "translate": "Translate to Welsh: Kevin Marsh from Flat 2 was seen shoplifting at the Co-op in Skegness.",
    # a date of birth without separators, a neighbour's name in chat with a typo
    "compact_dob": "dob 29021992 name jordan whitehouse",
    "neighbour_typo": "can u help me write to the council my nieghbour gary at no 14 keeps parkin across my drive",
}


@pytest.mark.parametrize("text", LEAKS.values(), ids=LEAKS)
def test_the_blind_rounds_leaks_are_sensitive(classifier: Classifier, text: str) -> None:
    assert classifier.classify(text).level >= PERSONAL


PUBLIC = {
    "public_question": "Martin Luther King Jr. was assassinated on 4 April 1968. What was the public reaction?",
    "course_question": "St John Ambulance runs first aid courses. What does the basic course cover?",
    "national_office": "The Chief Executive of NHS England gave evidence to the committee.",
    "code_without_wording": "Part A1234BC fits the 2019 model; order code X123456.",
    "only_way": "The only way to Tobermory is by ferry from Oban.",
}


@pytest.mark.parametrize("text", PUBLIC.values(), ids=PUBLIC)
def test_their_look_alikes_stay_public(classifier: Classifier, text: str) -> None:
    assert classifier.classify(text).level == Sensitivity.PUBLIC
