from __future__ import annotations

import pytest

from classifiers.cues import find_cues
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
        # given names across generations and communities (given_names.py)
        ("Leslie Smith phoned", ["Leslie Smith"]),
        ("Zofia called; Piotr Nowak too", ["Zofia", "Piotr Nowak"]),  # Zofia: a known given name since stop 29
        ("Christian Horner", ["Christian Horner"]),  # also a word: needs a surname
        ("a practising Christian", []),
        # an unknown given name before a common surname (surnames.py)
        ("Ottilie Jones turned 80", ["Ottilie Jones"]),
        ("Perpetua Shaw was diagnosed", ["Perpetua Shaw"]),
        ("Please Jones call back", []),  # an instruction word, not a name
        ("North Wales Police", []),
        ("Tunbridge Wells", []),  # a place word left out of the surnames
        ("Harris Academy", []),
    ],
)
def test_name_candidates(text, expected):
    assert sorted(names(text)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("My neighbour Thaddeus keeps parking here.", ["Thaddeus"]),
        ("The claimant Ines Varga appealed.", ["Ines Varga"]),
        ("Your colleague, Wren, wrote.", ["Wren"]),
        ("My manager On Monday said no.", []),  # not a name after the cue
        ("My son The school called.", []),
    ],
)
def test_names_right_after_a_strong_cue(text, expected):
    normalised = normalise(text)
    cue_ends = [end for _, end in find_cues(normalised).strong]
    found = [f for f in find_name_candidates(normalised, cue_ends) if f.recogniser == "person_after_cue"]
    assert [text[f.start : f.end] for f in found] == expected


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


def test_a_given_name_is_either_unambiguous_or_ambiguous_never_both() -> None:
    from classifiers.given_names import AMBIGUOUS_GIVEN_NAMES, GIVEN_NAMES

    assert not GIVEN_NAMES & AMBIGUOUS_GIVEN_NAMES
