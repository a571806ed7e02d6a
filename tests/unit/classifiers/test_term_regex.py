from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from classifiers.special_lexicon import CATEGORIES
from classifiers.term_regex import compile_terms, expand, prose_words, split_alternatives


@pytest.mark.parametrize(
    ("pattern", "parts"),
    [
        ("a|b|c", ["a", "b", "c"]),
        ("a(?:b|c)|d", ["a(?:b|c)", "d"]),
        ("[|]x|y", ["[|]x", "y"]),
        (r"a\|b|c", [r"a\|b", "c"]),
        ("single", ["single"]),
    ],
)
def test_split_alternatives_only_at_top_level(pattern, parts):
    assert split_alternatives(pattern) == parts


@pytest.mark.parametrize(
    ("term", "expanded"),
    [
        ("(?:kidney|renal) failure", ["kidney failure", "renal failure"]),
        ("(?:acquired )?brain injury", ["acquired brain injury", "brain injury"]),
        ("(?:drink[- ]driving|motoring) conviction", ["drink[- ]driving conviction", "motoring conviction"]),
        ("(?<!gp )surgery", ["s(?<!gp s)urgery"]),
        ("(?<=is |am )disabled", ["d(?<=is d|am d)isabled"]),
        ("(?:a(?:b)|c)d", ["(?:a(?:b)|c)d"]),  # nested: left alone
        ("(?:ab)+c", ["(?:ab)+c"]),  # quantified: left alone
        ("plain", ["plain"]),
    ],
)
def test_expand(term, expanded):
    assert expand(term) == expanded


_TERMS = [t for terms in CATEGORIES.values() for t in terms]
_NAIVE = re.compile(r"(?<![a-z0-9])(?:" + "|".join(rf"(?:{t})(?:'s|s'?|es)?(?![a-z0-9])" for t in _TERMS) + ")")
_BUCKETED = compile_terms({"t": _TERMS}, before=r"(?<![a-z0-9])", after=r"(?![a-z0-9])", suffix=r"(?:'s|s'?|es)?")
_WORDS = st.sampled_from(
    ["i", "have", "my", "gp", "surgery", "is", "disabled", "kidney", "renal", "failure", "on", "a", "curfew",
     "police", "bail", "the", "labour", "party", "member", "prison", "officer", "sex", "offenders", "register",
     "hiv", "positive", "of", "nigerian", "descent", "drink-driving", "conviction", "pre-settled", "status", "x"]
)


@settings(max_examples=300, deadline=None, database=None, derandomize=True)
@given(words=st.lists(_WORDS, max_size=12))
def test_bucketed_regex_finds_the_same_spans_as_the_plain_alternation(words):
    text = " ".join(words)
    assert [m.span() for m in _BUCKETED.finditer(text)] == [m.span() for m in _NAIVE.finditer(text)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("for example, 943 476 5919", True),
        ("example: name", True),
        ("(e.g. 0161 496 0000)", True),
        ("info@example.co.uk", False),
        ("example.com/help", False),
        ("https://forms.example/submit", False),
        ("sub.example.org", False),
        ("example1 and examples", False),
    ],
)
def test_prose_words_are_not_part_of_an_address(text, found):
    assert (prose_words(r"example|e\.g\.").search(text) is not None) is found
