"""Precision (issue 9, sixth name pass): the look-alikes the new name mechanisms must leave public.

Written for this file, not taken from any held-out set nor from `benchmarks/data/dev7_names.py`:
public figures not on `public_figures.py` in bare statements, characters of fiction with titles
in questions about the work, invented first names in word problems that use case words,
glossary definitions of case roles, references to parts of documents next to case roles, words
of other scripts discussed as language, and words that are not names in lower-case clauses.
"""

from __future__ import annotations

import pytest

from classifiers import Sensitivity
from classifiers.cues import find_cues
from classifiers.ner import Entity
from classifiers.ner_evidence import entity_finding
from classifiers.normalise import normalise

PUBLIC = Sensitivity.PUBLIC

PUBLIC_FIGURES = {
    # not on the list: a title of office, an office in apposition or after "as", public debate
    "office_title": "Prime Minister Mette Frederiksen met the NATO secretary general.",
    "senator_title": "Senator Amy Klobuchar introduced the bill.",
    "apposition_office": "Kristalina Georgieva, the managing director of the IMF, warned about the global economy.",
    "as_office": "Andy Jassy took over as chief executive of Amazon.",
    "argues": "Shoshana Zuboff argues that data is extracted from users for profit.",
    "led_government": "Mark Rutte led the Dutch government for fourteen years.",
}
FICTION = {
    "title_beside_listed_character": "Why does Dr Watson narrate the Sherlock Holmes stories?",
    "hyde_and_jekyll": "Explain how Mr Hyde differs from Dr Jekyll.",
    "literature_word": "In chapter three, why does Mrs Bennet want her daughters married?",
}
WORD_PROBLEMS = {
    "earns": "Tobiah earns £9.50 an hour and works 20 hours. What is his weekly pay?",
    "rent": "Ines pays £720 rent a month. How much is that over a year?",
    "arrears": "Kofi owes £120 and pays £15 a week. How many weeks until it is cleared?",
}
GLOSSARY = {
    "label_definition": "Respondent: a person or organisation against whom a claim is made.",
    "means": "In these rules the applicant means the person who applies for the grant.",
    "someone_who": "Guarantor - someone who agrees to pay if the tenant cannot.",
}
LANGUAGE = {
    "word_meaning": "What does the Japanese word ありがとう mean?",
    "quoted": "The banner read 'Добро пожаловать' in big letters.",
    "translate": "Translate 'नमस्ते' into English please.",
}
ORDINARY_WORDS = {
    "vignette_hyphen": "a 70-year-old cannot weight-bear after a fall; what is the likely injury?",
    "closed_class": "if something else fails, try the other settings instead",
    "sister_act": "We watched Sister Act at the theatre.",
    "tell_device": "Can you tell Siri to set an alarm?",
}


@pytest.mark.parametrize(
    "text",
    [
        *PUBLIC_FIGURES.values(),
        *FICTION.values(),
        *WORD_PROBLEMS.values(),
        *GLOSSARY.values(),
        *LANGUAGE.values(),
        *ORDINARY_WORDS.values(),
    ],
    ids=[*PUBLIC_FIGURES, *FICTION, *WORD_PROBLEMS, *GLOSSARY, *LANGUAGE, *ORDINARY_WORDS],
)
def test_look_alikes_stay_public_in_strict_mode(classifier, text):
    assert classifier.classify(text).level is PUBLIC


@pytest.mark.parametrize(
    "text",
    [
        "Claimant: a person who makes a claim.",
        "The data subject means the individual whose data is held.",
        "Definitions\nTenant - someone who rents a home.",
    ],
)
def test_a_defined_role_is_no_cue(text):
    assert find_cues(normalise(text)).strong == ()


@pytest.mark.parametrize("text", ["Claimant: Jane Roe", "The claimant Jane Roe says", "the tenant is Jo Bloggs"])
def test_a_role_naming_someone_is_still_a_cue(text):
    assert find_cues(normalise(text)).strong != ()


def test_a_word_problem_needs_no_asker():
    assert find_cues(normalise("Siobhan earns £11 an hour. What is her weekly pay?")).word_problems == {0}
    assert find_cues(normalise("Siobhan earns £11 an hour. What is my weekly pay?")).word_problems == frozenset()
    assert find_cues(normalise("Siobhan rang about her pay. What is the next step?")).word_problems == frozenset()


def test_case_traffic_with_a_real_claim_beside_a_word_problem_stays_personal(classifier):
    # a two-word name is never read as an invented one
    text = "Kofi Boateng owes £120 in rent arrears. How many weeks will it take at £15?"
    assert classifier.classify(text).level >= Sensitivity.PERSONAL


@pytest.mark.parametrize("written", ["Schedule 3", "Part 2", "Annex C.", "Section 12(1)", "Parts 2 and 3", "C."])
def test_document_references_from_ner_are_no_person(written):
    text = normalise(f"The claimant relies on {written} here.")
    start = text.text.index(written)
    entity = Entity("PERSON", start, start + len(written), written)
    assert entity_finding(entity, 0, text) is None


def test_a_person_ner_finds_beside_a_reference_is_still_a_person():
    text = normalise("The claimant Odhran Breslin relies on Schedule 3.")
    start = text.text.index("Odhran")
    entity = Entity("PERSON", start, start + len("Odhran Breslin"), "Odhran Breslin")
    finding = entity_finding(entity, 0, text)
    assert finding is not None and finding.kind == "PERSON"


def test_a_place_named_after_someone_is_no_person():
    text = normalise("They met in St Peter's Square.")
    start = text.text.index("Peter's")
    entity = Entity("PERSON", start, start + len("Peter's Square"), "Peter's Square")
    assert entity_finding(entity, 0, text) is None
