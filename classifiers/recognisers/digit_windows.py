"""Search a digit-bearing pattern only around the text's digits, where that is provably the same.

Most recognisers look for identifiers, and a 1 KB request with one number in it used to
cost every such pattern a scan of the whole kilobyte: 28 scans, ~1.7 ms of the level
pass. A pattern can be searched in windows around the text's digit runs instead, with
the same matches, when its parsed form proves three things (`digit_reach`):

1. every match consumes at least one character that `\\d` matches (a required literal
   digit, a class of digits only, a repeat of one at least once, a group or every
   branch of an alternation that does); lookarounds do not count, since they consume
   nothing;
2. a match is at most `width` characters long (`getwidth`), so a match holding the
   digit at `d` lies inside `[d - width + 1, d + width)`, and no attempt of the engine
   consumes more than `width` characters from where it starts;
3. every lookahead reads a bounded number of characters (`lookahead`), so an attempt
   reads no character further than `width + lookahead + 1` from its start (the `+ 1`
   for `\\b` and `$`, which look at the character after; `$` also asks whether the
   one after that ends the text, hence windows reach one further).

Then `finditer(text, start, end)` over each window finds exactly the matches the whole
text gives (`windows`): a window ends `width + lookahead + 2` characters past its last
digit, so no attempt that could succeed reads past its end, and an attempt that starts
past its last digit has no digit to consume and fails in both; `start` does not cut the
text (lookbehinds and `\\b` still see the characters before it), and windows closer
than that are merged, so no match crosses from one window into the next. A pattern that
proves none of this is searched over the whole text, as before.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import import_module
from typing import Any

from classifiers.normalise import NormalisedText

__all__ = ["DigitPattern", "DigitReach", "digit_reach", "matches", "search_windows", "windows"]

_parser: Any = import_module("re._parser")  # `re`'s own parser and opcodes: private, and untyped
sre: Any = import_module("re._constants")
_MAX_WIDTH = 256
"""Longer possible matches are searched whole: windows that wide save little."""
_DIGIT = re.compile(r"\d")
_DIGIT_RUNS = re.compile(r"\d+")

DigitReach = tuple[int, int]
"""(width, margin): the longest match, and how far past a window's last digit it must reach."""


@dataclass(frozen=True, slots=True)
class DigitPattern:
    """A compiled pattern and its reach: searched around the digits where that is proven the same.

    Attributes:
        regex: The compiled pattern; `finditer` and `search` return its matches over the whole text.
        reach: `digit_reach(regex)`, None when it is searched over the whole text.
    """

    regex: re.Pattern[str]
    reach: DigitReach | None

    @classmethod
    def compile(cls, regex: str, flags: int = 0) -> DigitPattern:
        compiled = re.compile(regex, flags)
        return cls(compiled, digit_reach(compiled))

    def finditer(self, text: NormalisedText) -> Iterator[re.Match[str]]:
        """`regex.finditer(text.text)`."""
        return matches(self.regex, text, self.reach)

    def search(self, text: NormalisedText) -> re.Match[str] | None:
        """`regex.search(text.text)`."""
        return next(self.finditer(text), None)


def digit_reach(pattern: re.Pattern[str]) -> DigitReach | None:
    """How far from a digit the pattern can match and read, or None when it cannot be windowed.

    `re._parser` is `re`'s own parser (private); a pattern it cannot read here is searched whole.
    """
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # noqa: BLE001 - no proof, no windows
        return None
    if not _consumes_digit(parsed.data):
        return None
    width = parsed.getwidth()[1]
    lookahead = _lookahead(parsed.data)
    if width > _MAX_WIDTH or lookahead is None or lookahead > _MAX_WIDTH:
        return None
    return width, width + lookahead + 2


def windows(runs: list[tuple[int, int]], reach: DigitReach, length: int) -> list[tuple[int, int]]:
    """The merged windows `[start, end)` to search a pattern of this reach in, for these digit runs."""
    width, margin = reach
    merged: list[tuple[int, int]] = []
    for run_start, run_end in runs:
        start, end = max(0, run_start - width + 1), min(length, run_end - 1 + margin)
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def matches(pattern: re.Pattern[str], text: NormalisedText, reach: DigitReach | None) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text.text)`, searched only where a match can be."""
    for start, end in search_windows(text, reach):
        yield from pattern.finditer(text.text, start, end)


def search_windows(text: NormalisedText, reach: DigitReach | None) -> list[tuple[int, int]]:
    """Where to search a pattern of this reach in the text: its digits' windows, or all of it (None).

    The digit runs are found once per text, and the windows once per reach, for every pattern
    that asks (`NormalisedText.windows`).
    """
    if reach is None:
        return [(0, len(text.text))]
    found = text.windows.get(reach)
    if found is None:
        runs = text.windows.get(None)
        if runs is None:
            runs = text.windows[None] = [match.span() for match in _DIGIT_RUNS.finditer(text.text)]
        found = text.windows[reach] = windows(runs, reach, len(text.text))
    return found


def _consumes_digit(items: Any) -> bool:
    """True when every path through this sequence consumes a character `\\d` matches."""
    return any(_item_consumes_digit(op, av) for op, av in items)


def _item_consumes_digit(op: Any, av: Any) -> bool:
    if op is sre.LITERAL:
        return _is_digit(chr(av))
    if op is sre.IN:
        return _class_of_digits(av)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, _high, body = av
        return low >= 1 and _consumes_digit(body)
    if op is sre.SUBPATTERN:
        return _consumes_digit(av[-1])
    if op is sre.ATOMIC_GROUP:
        return _consumes_digit(av)
    if op is sre.BRANCH:
        return all(_consumes_digit(branch) for branch in av[1])
    return False  # lookarounds, anchors, back-references, any character: no digit proven


def _class_of_digits(items: Any) -> bool:
    """True when a character class can match nothing but digits."""
    for op, av in items:
        if op is sre.LITERAL:
            if not _is_digit(chr(av)):
                return False
        elif op is sre.RANGE:
            low, high = av
            if high - low > 64 or not all(_is_digit(chr(code)) for code in range(low, high + 1)):
                return False
        elif not (op is sre.CATEGORY and av is sre.CATEGORY_DIGIT):
            return False  # a negation, another category, a case-folded range: not proven
    return bool(items)


def _is_digit(char: str) -> bool:
    return _DIGIT.fullmatch(char) is not None


def _lookahead(items: Any) -> int | None:
    """The most characters any lookahead in the sequence reads past its position; None when unbounded."""
    furthest = 0
    for op, av in items:
        if op in (sre.ASSERT, sre.ASSERT_NOT):
            direction, body = av
            inner = _lookahead(body)  # a lookahead inside a lookbehind still reads forward
            reads = body.getwidth()[1] if direction == 1 else 0
            if inner is None or reads > _MAX_WIDTH:
                return None
            furthest = max(furthest, reads + inner)
            continue
        for body in _bodies(op, av):
            inner = _lookahead(body)
            if inner is None:
                return None
            furthest = max(furthest, inner)
    return furthest


def _bodies(op: Any, av: Any) -> list[Any]:
    """The sub-sequences of a compound item, where lookaheads may hide."""
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        return [av[2]]
    if op is sre.SUBPATTERN:
        return [av[-1]]
    if op is sre.ATOMIC_GROUP:
        return [av]
    if op is sre.BRANCH:
        return list(av[1])
    if op is sre.GROUPREF_EXISTS:
        return [body for body in av[1:] if body is not None]
    return []
