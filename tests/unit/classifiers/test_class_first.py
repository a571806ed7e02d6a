"""`class_first` (recognisers/base.py): the rewritten patterns match exactly what the written ones match."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from classifiers.normalise import normalise
from classifiers.recognisers.base import PatternRecogniser, class_first
from classifiers.recognisers.registry import BUILT_IN_RECOGNISERS

_DATA = Path(__file__).resolve().parents[3] / "benchmarks" / "data"
_SETS = ("classify_eval.jsonl", "classify_dev5.jsonl")


def _texts() -> list[str]:
    texts = []
    for name in _SETS:
        with (_DATA / name).open(encoding="utf-8") as fh:
            texts += [normalise(json.loads(line)["text"]).text for line in fh]
    # the boundaries themselves: a letter, a digit or a separator right before a value
    texts += ["x1234567890 A1234567890 .12/03/1990 £2024 AB12CDE ZZAB123456C 1-800-555-0100 a12 12 345 678"]
    return texts


_PATTERNS = [
    (cls.__name__, pattern)
    for cls in BUILT_IN_RECOGNISERS
    if issubclass(cls, PatternRecogniser)
    for pattern in cls.patterns
    if class_first(pattern.regex, pattern.flags) != pattern.regex
]


def test_the_hot_digit_patterns_are_rewritten():
    assert len(_PATTERNS) >= 10


@pytest.mark.parametrize(("owner", "pattern"), _PATTERNS, ids=[f"{o}.{p.name}" for o, p in _PATTERNS])
def test_rewritten_pattern_matches_the_same_spans(owner, pattern):
    written = re.compile(pattern.regex, pattern.flags)
    rewritten = re.compile(class_first(pattern.regex, pattern.flags), pattern.flags)
    for text in _texts():
        assert [m.span() for m in rewritten.finditer(text)] == [m.span() for m in written.finditer(text)], owner


@pytest.mark.parametrize(
    ("regex", "flags"),
    [
        (r"(?<![A-Za-z0-9])\d?x", 0),  # may start without a digit
        (r"(?<![A-Za-z0-9])\d{0,3}x", 0),
        (r"(?<![A-Za-z0-9])\d{1,2}?x", 0),  # lazy
        (r"(?<![A-Za-z0-9])[A-Z]{2}x", re.IGNORECASE),  # letters under IGNORECASE gain nothing
        (r"(?<![a-z])(?:my|our)", 0),
    ],
)
def test_patterns_that_cannot_move_their_boundary_are_kept(regex, flags):
    assert class_first(regex, flags) == regex
