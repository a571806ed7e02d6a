"""Texts built to be slow stay linear, and the rewrites that made them so find exactly what they found before.

A QA pass sent one long run of lower-case letters (900,000 of them) and held the ingress
replica's event loop until Serve replaced it: several patterns and helpers were quadratic in
a run of one character class or in the number of cues or findings in one sentence. Speed is
not asserted here (shared machines are noisy); each rewrite is checked against the form it
replaced on random texts, and each per-sentence memo by how often it searches.
"""

from __future__ import annotations

import re
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from classifiers import cues, encoded
from classifiers.errors import ClassifierTimeout
from classifiers.name_pairs import _LOWER_PAIR
from classifiers.normalise import normalise
from classifiers.recognisers.id_phrase import _LONGEST_WORD, _windows
from classifiers.recognisers.regex_build import any_of, words_regex
from classifiers.span_index import SpanIndex

_TEXT = st.text(alphabet="ab -'%41=+\"x\n.", max_size=60)

_OLD_LOWER_PAIR = re.compile(r"([a-z][a-z]+(?:-[a-z]+)?)(?=[ ]+([a-z][a-z]+(?:-[a-z]+)?)(?![\w\-]))")
_OLD_URL = re.compile(r"[^\s\"'<>]*%[0-9A-Fa-f]{2}[^\s\"'<>]*")
_OLD_FORM = re.compile(r"[^\s\"'<>=]*=[^\s\"'<>]*\+[^\s\"'<>]*")


def _old_pairs(text: str) -> list[tuple[int, int, int]]:
    # the old pattern, less the matches `positioned_pairs` skipped as starting inside a word
    return [
        (m.start(1), m.end(1), m.end(2))
        for m in _OLD_LOWER_PAIR.finditer(text)
        if not (m.start(1) and (text[m.start(1) - 1].isalnum() or text[m.start(1) - 1] in "_'-"))
    ]


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_lower_case_pairs_start_where_they_did(text: str) -> None:
    assert [(m.start(1), m.end(1), m.end(2)) for m in _LOWER_PAIR.finditer(text)] == _old_pairs(text)


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_encoded_runs_are_found_where_they_were(text: str) -> None:
    for new, old in ((encoded._URL, _OLD_URL), (encoded._FORM, _OLD_FORM)):
        assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="a t\n", max_size=40))
def test_a_token_with_spaces_matches_as_substring_search_did(text: str) -> None:
    tokens = (" at ", "a t")
    flat = re.compile("|".join(re.escape(t).replace(r"\ ", r"\s+") for t in tokens))
    assert (any_of(tokens).search(text) is not None) == (flat.search(text) is not None)


_SPAN = st.tuples(st.integers(0, 30), st.integers(1, 10)).map(lambda p: (p[0], p[0] + p[1]))


@settings(max_examples=300, deadline=None)
@given(st.lists(_SPAN, max_size=12), _SPAN)
def test_the_span_index_answers_as_a_scan_of_every_span(spans: list[tuple[int, int]], query: tuple[int, int]) -> None:
    index = SpanIndex(spans)
    inside = any(s <= query[0] and query[1] <= e for s, e in spans)
    longer = any(s <= query[0] and query[1] <= e and e - s > query[1] - query[0] for s, e in spans)
    overlap = any(s < query[1] and query[0] < e for s, e in spans)
    holds = any(s <= query[0] < e for s, e in spans)
    assert (index.covers(*query), index.covers_longer(*query), index.overlaps(*query), index.holds(query[0])) == (
        inside, longer, overlap, holds)


def test_a_long_run_opens_its_windows_no_further_back_than_a_word() -> None:
    blob = "0123456789abcdef" * 400
    clusters = [(m.start(), m.end()) for m in re.finditer(r"\d+", blob)]
    windows = _windows(blob, clusters)
    assert windows[0][0] >= clusters[0][0] - 40 - _LONGEST_WORD


class _Counting:
    """A compiled pattern that counts its searches."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.searches = pattern, 0

    def search(self, *args: object) -> re.Match[str] | None:
        self.searches += 1
        return self.pattern.search(*args)  # type: ignore[arg-type]

    def __getattr__(self, name: str) -> object:
        return getattr(self.pattern, name)


def test_sentence_wording_is_read_once_per_sentence_not_per_cue(monkeypatch) -> None:
    quoted, defining = _Counting(cues._QUOTED), _Counting(cues.DEFINING)
    monkeypatch.setattr(cues, "_QUOTED", quoted)
    monkeypatch.setattr(cues, "DEFINING", defining)
    sentence = "'my name is Ann, " * 200 + "as the claimant said, the claimant " * 200 + "example."
    found = cues.find_cues(normalise(sentence))
    assert len(found.sentences) == 1 and len(found.strong) >= 400
    assert quoted.searches <= 1 and defining.searches <= 1


def test_context_words_with_a_space_at_either_end_are_refused() -> None:
    # their possessive runs of spaces could not give one back to the whole-word bounds
    with pytest.raises(ValueError, match="must not start or end with a space"):
        words_regex([" ab", "cd"])
    assert words_regex(["next of  kin"]).search("her next of\n kin") is not None  # inner runs still match


def test_a_scan_past_its_deadline_stops_and_fails_closed(rules_classifier) -> None:
    # the router fails such a request closed; the scan itself stops at its next stage, not at the text's end
    with pytest.raises(ClassifierTimeout):
        rules_classifier.scan("Her NHS number is 943 476 5919. " * 50, deadline=time.monotonic() - 1)
    assert rules_classifier.scan("Her NHS number is 943 476 5919.", deadline=time.monotonic() + 60).evidence.findings


def test_a_deadline_is_checked_between_recognisers(rules_classifier, monkeypatch) -> None:
    ticks = iter([0.0, 0.0, 100.0])  # on time for the first two checks, then past it
    monkeypatch.setattr("classifiers.classifier.time.monotonic", lambda: next(ticks, 100.0))
    with pytest.raises(ClassifierTimeout):
        rules_classifier.scan("Write to jane@example.org", deadline=50.0)
