"""Precision (issue 9, fifth name pass): what keeps a name public when strict mode reads plain narrative.

Strict mode counts a full name in a statement without a cue (`name_narrative.py`); these are
the exceptions that make a name public, each on shapes written for this file (not the rows of
`benchmarks/data/dev6_names.py`): questions, a knowledge question in the paragraph, public
wording, public life and public positions, well-known people, examples and templates, creative
works' authors, single first names of maths problems, clinical vignettes, organisations,
places and products.
"""

from __future__ import annotations

import pytest

from classifiers import Sensitivity
from classifiers.public_figures import is_public_figure

PUBLIC = Sensitivity.PUBLIC

PUBLIC_TEXTS = {
    "question_unlisted_figure": "Why did Anneliese Dodds resign from the cabinet?",
    "knowledge_question_after": "Anneliese Dodds visited Kyiv last week. What was discussed?",
    "listed_figure_statement": "Emmeline Pankhurst was arrested many times.",
    "listed_with_title": "Sir Isaac Newton was born at Woolsthorpe.",
    "public_life": "Tanni Grey-Thompson won eleven Paralympic gold medals.",
    "public_position": "Susanna Reid is the presenter of Good Morning Britain.",
    "historical_year": "Thomas Clarkson campaigned against slavery in 1787.",
    "fictional": "In the novel, Dorothea Brooke marries Casaubon.",
    "example_template": "Example: 'Dear Tomasz Nowicki, thank you for your letter.' Translate it into Polish.",
    "creative_work_author": "recommend some books by ngugi wa thiongo",
    "maths_first_names": "Ravi has 14 marbles and gives 6 to Ella. How many has he left?",
    "vignette": "A 54-year-old man presents with jaundice and weight loss. What is the next investigation?",
    "brand_named_after_people": "Compare Marks and Spencer with John Lewis for school uniforms.",
    "place": "How do I get from Kings Cross to Canary Wharf?",
    "lower_public": "whats the best way to cook jollof rice",
    "dialogue_public_answer": "Teacher: Who is the author of Matilda?\nPupil: Roald Dahl",
    "role_question": "Who can be an appointee for someone's benefits?",
    "signoff_organisation": "Your order has shipped. Thanks,\nCustomer Services Team",
}


@pytest.mark.parametrize("text", PUBLIC_TEXTS.values(), ids=PUBLIC_TEXTS.keys())
def test_public_names_stay_public_in_strict_mode(classifier, text):
    assert classifier.classify(text).level is PUBLIC


@pytest.mark.parametrize(
    ("name", "public"),
    [
        ("Angela Merkel's", True),
        ("Mr. Gandhi", True),
        ("Dr Pepper", True),  # a brand keeps its "Dr"
        ("ngozi adichie", True),  # part of a listed full name
        ("John Smith", False),
        ("Jane Roe", False),
        ("Kingdom", False),
    ],
)
def test_well_known_people(name, public):
    assert is_public_figure(name) is public


def test_case_wording_still_makes_a_public_looking_statement_personal(classifier):
    """Public life does not hide a private individual with case wording in the same sentence."""
    text = "Odalys Brennagh won her appeal at the tribunal and wants her arrears refunded."
    assert classifier.classify(text).level >= Sensitivity.PERSONAL
