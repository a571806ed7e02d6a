from __future__ import annotations

import pytest

from classifiers.cues import find_cues, split_sentences
from classifiers.normalise import normalise


def test_split_sentences_marks_questions():
    sentences = split_sentences("Who was he? He was a king.\nNext line")
    assert [s.question for s in sentences] == [True, False, False]


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        # a clause before a semicolon is a question only if it opens like one
        ("Jo Bloggs turned 86 and lives alone; can social services visit?",
         [("Jo Bloggs turned 86 and lives alone; ", False), ("can social services visit?", True)]),
        ("Did he have HIV; how was it treated?", [("Did he have HIV; ", True), ("how was it treated?", True)]),
        ("a; b", [("a; ", False), ("b", False)]),
        ("x;y", [("x;y", False)]),  # no space: not a clause break
        ("end; ", [("end; ", False)]),  # nothing after it
        # a request for a task is read as a statement; a polite question about facts is not
        ("Can you summarise the complaint from Jo?", [("Can you summarise the complaint from Jo?", False)]),
        ("Could you please draft a reply?", [("Could you please draft a reply?", False)]),
        ("Can you tell me who won?", [("Can you tell me who won?", True)]),
        ("Can you find out when he was born?", [("Can you find out when he was born?", True)]),
    ],
)
def test_split_sentences_clauses_and_requests(text, pieces):
    assert [(text[s.start : s.end], s.question) for s in split_sentences(text)] == pieces


@pytest.mark.parametrize(
    ("text", "strong", "private", "public"),
    [
        ("My client has asked for advice.", True, True, False),
        ("Our elderly mother's care plan.", True, True, False),
        ("The claimant, Mr Jones, appealed.", True, True, False),
        ("What rights does the tenant have?", False, False, False),  # a role in a question
        ("How should we store our employees' data?", False, False, False),  # plural: a group
        ("She lives at the old mill.", False, True, False),  # weak cue in a statement
        ("When was Churchill born?", False, False, True),  # weak cue in a question
        ("Write a biography of Churchill, where he was born and lived.", False, False, True),
        ("Who was Winston Churchill?", False, False, True),
        ("Write a letter for Leon Holt, who has moved house.", False, True, False),  # relative clause
        ("Ada Lovelace (born 10 December 1815) lived in London.", False, False, True),  # a historic year
        ("She moved in 2019 and lives at the old mill.", False, True, False),  # a recent year is not history
        ("Jo turned 86 last week; can social services visit?", False, True, False),  # clause before ";"
        ("Can you summarise the complaint from Jo Bloggs?", False, True, False),  # a request
        ("Could you write to the tenant about the overpayment?", True, True, False),  # a role in a request
        ("Jo told me she was evicted.", False, True, False),
        ("Write a reference for Jo, who has worked in our Leeds office since 2019.", False, True, False),
    ],
)
def test_cues(text, strong, private, public):
    cues = find_cues(normalise(text))
    assert bool(cues.strong) is strong
    assert cues.private is private
    assert cues.public is public
