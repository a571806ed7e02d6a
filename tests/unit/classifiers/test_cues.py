from __future__ import annotations

import pytest

from classifiers.cues import find_cues, split_sentences
from classifiers.normalise import normalise


def test_split_sentences_marks_questions():
    sentences = split_sentences("Who was he? He was a king.\nNext line")
    assert [s.question for s in sentences] == [True, False, False]


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
    ],
)
def test_cues(text, strong, private, public):
    cues = find_cues(normalise(text))
    assert bool(cues.strong) is strong
    assert cues.private is private
    assert cues.public is public
