"""Searching around digits finds exactly what searching the whole text finds.

`digit_reach` proves, from a pattern's parsed form, that it can be searched in windows
around the text's digits; these tests hold it to that: on every text of the tuned
evaluation sets, on texts built to sit on a window's edges, and on random texts, each
windowed pattern's matches are the whole-text matches, span for span.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from classifiers.normalise import normalise
from classifiers.recognisers import address_tail, age, phone
from classifiers.recognisers.base import PatternRecogniser
from classifiers.recognisers.digit_windows import (
    Bound,
    DigitPattern,
    DigitReach,
    digit_reach,
    matches,
    search_windows,
    windows,
)
from classifiers.recognisers.registry import BUILT_IN_RECOGNISERS
from tests.unit.classifiers.test_speed_gates import _texts

_NORMALISED = [normalise(text) for text in _texts()]

_CUSTOM = {
    "phone._INTERNATIONAL": phone._INTERNATIONAL,
    "phone._LAYOUT": phone._LAYOUT,
    "age._AGE_PART": age._AGE_PART,
    "address_tail._LINE": address_tail._LINE,
}
"""The windowed patterns of recognisers with a `find` of their own."""
_WINDOWED = [
    (name, compiled.regex, compiled.reach)
    for name, compiled in [
        *(
            (f"{cls.__name__}.{pattern.name}", compiled)
            for cls in BUILT_IN_RECOGNISERS
            if issubclass(cls, PatternRecogniser)
            for pattern, compiled, _prefilter, _gate in cls._compiled
        ),
        *_CUSTOM.items(),
    ]
    if compiled.reach is not None
]
_IDS = [name for name, _, _ in _WINDOWED]


def _same_everywhere(regex: re.Pattern[str], reach: tuple[int, int], text: str) -> None:
    normalised = normalise(text)
    whole = [m.span() for m in regex.finditer(normalised.text)]
    assert [m.span() for m in matches(regex, normalised, reach)] == whole, normalised.text


def test_most_identifier_patterns_are_windowed() -> None:
    """The proof holds for the patterns it was built for; a change that loses them shows here."""
    assert len(_WINDOWED) >= 40
    assert {"NhsNumber.nhs_number", "UkPostcode.postcode", "PaymentCard.card", *_CUSTOM} <= set(_IDS)


@pytest.mark.parametrize(
    ("regex", "windowed"),
    [
        (r"\d{3}[ -]?\d{4}", True),
        (r"[0-9]{2}(?=\s)", True),
        (r"(?:[A-Z]{2}\d|\d{3})", True),  # every branch consumes a digit
        (r"(?=\d)[a-z0-9]{4}", False),  # the digit is only looked at, not consumed
        (r"[A-Z]{2}\d?", False),  # the digit is optional
        (r"(?:[A-Z]{3}|\d{3})", False),  # one branch has none
        (r"[0-9a-f]{6}", False),  # a class with letters
        (r"[^a-z]{4}", False),  # a negated class
        (r"\d+", True),  # one run of non-spaces at most
        (r"\d{2}[ \t]+[A-Z][a-z]+", True),  # a run of spaces, a run of letters
        (r"[^\s]+\d", True),
        (r"\d{3}(?=.*x)", False),  # a lookahead that reads to the end
        (r"[^ ]+\d", False),  # a run of anything but a space: newlines too
        (r"\d{2}(?:[a-z]+[ ]+)*x", False),  # any number of words
        (r"\d{2}[\w ]+", False),  # a run of words and spaces together
        (r"(?a)\S+?\d", False),  # under ASCII, `\S` matches \x1c and \x85, where `str.split` splits
        (r"(?a:[^\s]+)\d", False),
    ],
)
def test_the_proof_accepts_only_what_it_can_show(regex: str, windowed: bool) -> None:
    assert (digit_reach(re.compile(regex)) is not None) is windowed


def test_ascii_matching_gives_no_run_bound_to_non_spaces() -> None:
    """Found by an adversarial fuzz: `\\S` under `re.ASCII` runs over Unicode spaces, so a window was short."""
    text = "\x1c\x1cx\x85xxb3\x857 \n \n"
    for flags in (0, re.ASCII):
        pattern = re.compile(r"\S+?\d", flags)
        if digit_reach(pattern) is not None:
            _same_everywhere(pattern, digit_reach(pattern), text)  # type: ignore[arg-type]
    assert digit_reach(re.compile(r"\S+?\d", re.ASCII)) is None
    assert digit_reach(re.compile(r"\S+?\d")) is not None


def test_the_reach_counts_runs_of_words_and_spaces() -> None:
    assert digit_reach(re.compile(r"\d{3}(?=ab)")) == DigitReach(Bound(3), Bound(2))
    assert digit_reach(re.compile(r"\d{3}\b")) == DigitReach(Bound(3), Bound(0))
    reach = digit_reach(re.compile(r"\d{2}[ \t]+(?:[a-z]+|[A-Z]{3})(?![ ]*pm)"))
    # 2 digits, spaces, then a word or 3 letters: the bound takes each term's larger (3 and a word)
    assert reach == DigitReach(Bound(2 + 3, per_word=1, per_space=1), Bound(2, per_space=1))
    assert reach.width.at(12, 2) == 5 + 12 + 2  # type: ignore[union-attr]


def test_a_text_s_longest_runs_set_its_windows() -> None:
    """The longest word 40 letters, the longest gap 9 spaces: `\\d[ ]+[a-z]+` is at most 1 + 9 + 40 long."""
    pattern = DigitPattern.compile(r"\d[ ]+[a-z]+")
    text = normalise("x" * 40 + " 7" + " " * 9 + "a" * 30 + " " + "tail " * 40)
    ((start, end),) = search_windows(text, pattern.reach)
    width = 1 + 9 + 40
    assert (start, end) == (max(0, 41 - width + 1), 41 + width + 0 + 2)
    assert [m.span() for m in pattern.finditer(text)] == [(41, 81)]


def test_windows_merge_when_they_touch_and_stay_inside_the_text() -> None:
    """A match 5 long holding the digit at 10 starts at 6 at the earliest; the last digit 11, plus 8."""
    assert windows([(10, 12), (40, 41)], 5, 8, 100) == [(6, 19), (36, 48)]
    assert windows([(10, 12), (20, 21)], 5, 8, 100) == [(6, 28)]
    assert windows([(1, 2), (95, 99)], 5, 8, 100) == [(0, 9), (91, 100)]


def test_a_text_without_digits_is_not_searched_and_none_means_everywhere() -> None:
    text = normalise("no numbers in this sentence")
    assert search_windows(text, DigitReach(Bound(10), Bound(2))) == []
    assert search_windows(text, None) == [(0, len(text.text))]


def test_a_digit_pattern_answers_like_its_regex() -> None:
    text = normalise("call +44 20 7946 0000 or 0049 171 1234567 today")
    for compiled in (DigitPattern.compile(r"\+\d{2}"), DigitPattern.compile(r"\d+")):  # windowed, and not
        assert [m.span() for m in compiled.finditer(text)] == [m.span() for m in compiled.regex.finditer(text.text)]
        assert compiled.search(text).span() == compiled.regex.search(text.text).span()  # type: ignore[union-attr]
    assert DigitPattern.compile(r"\+\d{2}").search(normalise("no number")) is None


@pytest.mark.parametrize(("regex", "text"), [(r"\d[a-z]{2}$", "1ab\nz"), (r"\d[a-z]{2}\b", "1abc")])
def test_a_window_one_shorter_would_find_what_the_whole_text_does_not(regex: str, text: str) -> None:
    """Why windows reach `width + lookahead + 2` past the last digit: `$` reads two characters on."""
    pattern = re.compile(regex)
    reach = digit_reach(pattern)
    assert reach == DigitReach(Bound(3), Bound(0))
    width, margin = 3, 3 + 0 + 2
    assert pattern.search(text) is None
    assert [pattern.search(text, start, end) for start, end in windows([(0, 1)], width, margin, len(text))] == [None]
    cut = {"$": 1, "b": 2}[regex[-1]]  # `$` is fooled one short of the margin, `\b` two short
    ((start, end),) = windows([(0, 1)], width, margin - cut, len(text))
    assert pattern.search(text, start, end) is not None


@pytest.mark.parametrize(("name", "regex", "reach"), _WINDOWED, ids=_IDS)
def test_the_evaluation_sets_give_the_same_matches(name: str, regex: re.Pattern[str], reach) -> None:
    for text in _NORMALISED:
        whole = [m.span() for m in regex.finditer(text.text)]
        assert [m.span() for m in matches(regex, text, reach)] == whole, (name, text.text)
    assert len(_NORMALISED) > 1000


_EDGES = [
    "943 476 5919",
    "943 476 5919\n",
    "NHS 943 476 5919\nnext line 12",
    "x" * 50 + "1" + "y" * 50 + "22 33 44 55 66 77 88 99 00 11 22 33",
    "AB 12 34 56 C and CD 98 76 54 D",
    "12\n34\n56\n78\n90\n12",
    "sort code 12-34-56 account 12345678, card 4111 1111 1111 1111.",
    "born 01/02/1990, postcode SW1A 1AA, LS1 4AB, phone +44 7700 900123 or 07700900123",
    "٣٤٥ ٦٧٨ ٩٠١٢ and 943٤765919",
    "1" * 300 + " tail",
    "a 1 b 2 c 3 d 4 e 5 f 6 g 7 h 8 i 9 j 0 " * 8,
]


@pytest.mark.parametrize(("name", "regex", "reach"), _WINDOWED, ids=_IDS)
def test_texts_on_the_windows_edges_give_the_same_matches(name: str, regex: re.Pattern[str], reach) -> None:
    for text in _EDGES:
        for variant in (text, text.upper(), text.lower(), " " * 7 + text + " " * 7):
            _same_everywhere(regex, reach, variant)


_ALPHABET = "0123456789 \t\n-/.,:()+AaBbCcKkLlSsWwXx@#£<"


_TIGHT = [
    re.compile(regex, flags)
    for regex, flags in [
        (r"[A-Z]{3}\d", 0),  # starts as far before its digit as its width allows
        (r"\d[a-z]{2}$", 0),  # ends as far after it, then `$`
        (r"\d[a-z]{2}\b", re.IGNORECASE),
        (r"(?<=x)\d{2}(?=a[bc])", 0),
        (r"[a-z]{2}\d{1,3}(?![0-9])", 0),
        (r"(?:\d[ -]?){3}(?=\n)", re.MULTILINE),
        (r"[A-Za-z]+[ ]*\d", 0),  # a run of letters and one of spaces before its digit
        (r"\d[ \t]+[a-z]+$", re.MULTILINE),  # and after it
        (r"\d(?=[ ]*[a-z]+!)", 0),  # a lookahead over runs
    ]
]
"""Made-up patterns whose matches sit at the edges of their reach, where the real ones leave slack."""


@settings(max_examples=150, deadline=None)
@given(st.lists(st.text(_ALPHABET, min_size=0, max_size=60), min_size=1, max_size=6))
def test_random_texts_give_the_same_matches(parts: list[str]) -> None:
    text = " ".join(parts)
    for regex, reach in [*((r, w) for _, r, w in _WINDOWED), *((r, digit_reach(r)) for r in _TIGHT)]:
        assert reach is not None
        _same_everywhere(regex, reach, text)


@pytest.mark.parametrize("regex", _TIGHT, ids=[r.pattern for r in _TIGHT])
def test_patterns_at_the_edges_of_their_reach_give_the_same_matches(regex: re.Pattern[str]) -> None:
    texts = [
        "xx ABC1 ABC12",
        "zz 1ab\n",
        "1abc 2ab",
        "x12ab x34ac 56ab",
        "ab123 cd1234 ef9",
        "1 2-3\n4 5 6\n",
        "Supercalifragilistic      7 and 8 \t\t  wordsandwords\nx",
        "9     abcdefghijklmnop! 8 qrstuvwxyzabcdefgh!",
    ]
    found = 0
    for text in texts:
        found += len(regex.findall(text))
        _same_everywhere(regex, digit_reach(regex), text)  # type: ignore[arg-type]
    assert found  # each pattern matches somewhere here
