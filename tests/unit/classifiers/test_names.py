from __future__ import annotations

import pytest

from classifiers.names import find_name_candidates, looks_like_person_name
from classifiers.normalise import normalise


def names(text: str) -> list[str]:
    return [text[f.start : f.end] for f in find_name_candidates(normalise(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mrs J. Patel called.", ["Mrs J. Patel"]),
        ("Dr Sarah Jones and Cllr O'Brien", ["Dr Sarah Jones", "Cllr O'Brien", "Sarah Jones"]),
        ("Dear Sarah Jones, thanks", ["Sarah Jones"]),
        ("Sarah has asked again.", ["Sarah"]),
        ("Mohammed Hussain-Khan visited", ["Mohammed Hussain-Khan"]),
        ("Will you help?", []),  # ambiguous given names need a surname
        ("May Smith called", ["May Smith"]),
        ("In May we met", []),
        ("John Street is closed", ["John"]),  # street word is not a surname
        ("the report was fine", []),
    ],
)
def test_name_candidates(text, expected):
    assert sorted(names(text)) == sorted(expected)


@pytest.mark.parametrize(
    ("words", "person"),
    [
        (["Sarah", "Jones"], True),
        (["Grace", "Okafor"], True),
        (["Acme", "Ltd"], False),
        (["Leeds", "City", "Council"], False),
        (["Sarah"], False),
        (["Department", "Health"], False),
        (["NHS", "England"], False),
    ],
)
def test_looks_like_person_name(words, person):
    assert looks_like_person_name(words) is person
