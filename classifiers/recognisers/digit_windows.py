"""Search a digit-bearing pattern only around the text's digits, where that is provably the same.

Most recognisers look for identifiers, and a 1 KB request with one number in it used to
cost every such pattern a scan of the whole kilobyte: 28 scans, ~1.7 ms of the level
pass. A pattern can be searched in windows around the text's digit runs instead, with
the same matches, when its parsed form proves three things (`digit_reach`):

1. every match consumes at least one character that `\\d` matches (a required literal
   digit, a class of digits only, a repeat of one at least once, a group or every
   branch of an alternation that does); lookarounds do not count, since they consume
   nothing;
2. no path through the pattern consumes more than `width` characters. `width` is a
   `Bound`: a fixed part, plus one longest run of non-spaces for each unbounded repeat
   of a class of non-spaces (`[a-z]+`), plus one longest run of spaces for each
   unbounded repeat of a class of spaces (`[ \\t]*`), since such a repeat consumes one
   run at most. A repeat of anything else without an upper bound (`(?:[a-z]+ )*`,
   `.*`, `[^x]+`) gives no proof. In a text, the bound is a number: a match holding the
   digit at `d` lies inside `[d - width + 1, d + width)`;
3. every lookahead reads a bounded number of characters (`lookahead`, the same kind of
   bound), so an attempt reads no character further than `width + lookahead + 1` from
   its start (the `+ 1` for `\\b` and `$`, which look at the character after; `$`
   also asks whether the one after that ends the text, hence windows reach one further).

Then `finditer(text, start, end)` over each window finds exactly the matches the whole
text gives (`windows`): a window ends `width + lookahead + 2` characters past its last
digit, so no attempt that could succeed reads past its end, and an attempt that starts
past its last digit has no digit to consume and fails in both; `start` does not cut the
text (lookbehinds and `\\b` still see the characters before it), and windows closer
than that are merged, so no match crosses from one window into the next. A pattern that
proves none of this is searched over the whole text, as before.

tests/unit/classifiers/test_digit_windows.py holds every windowed pattern to the whole
text's matches on the tuned evaluation sets, on random texts and on made-up patterns whose
matches sit at the edges of their reach.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import import_module
from typing import Any, NamedTuple

from classifiers.normalise import NormalisedText

__all__ = ["Bound", "DigitPattern", "DigitReach", "digit_reach", "matches", "search_windows", "windows"]

_parser: Any = import_module("re._parser")  # `re`'s own parser and opcodes: private, and untyped
sre: Any = import_module("re._constants")
_DIGIT = re.compile(r"\d")
_DIGIT_RUNS = re.compile(r"\d+")
_SPACE_RUNS = re.compile(r"\s{2,}")
_LARGEST_RANGE = 4096
"""A class's range is read character by character (is any a space?) up to this size; a larger one gives no proof."""
_LOCAL_ASCII = re.compile(r"\(\?[aiLmsux]*a[aiLmsux\-]*[:)]")
"""An inline ASCII flag, `(?a)` or `(?a:...)`: searched in the pattern's text."""
_KEY = "digit_windows"
"""`NormalisedText.scans` key of a text's `_Digits`."""


class Bound(NamedTuple):
    """An upper bound on characters: `fixed + per_word * W + per_space * S` in a text whose longest run of
    non-space characters is W long and whose longest run of spaces is S long.

    `\\s+`, `[a-z]*`, `[ \\t]+` have no fixed bound, but each consumes one run of spaces or of
    non-spaces, never more: in a text they are bounded.
    """

    fixed: int
    per_word: int = 0
    per_space: int = 0

    def plus(self, other: Bound) -> Bound:
        """A bound on one followed by the other."""
        return Bound(*map(sum, zip(self, other, strict=True)))

    def times(self, count: int) -> Bound:
        """A bound on `count` in a row."""
        return Bound(*(term * count for term in self))

    def most(self, other: Bound) -> Bound:
        """A bound on either (each term's larger)."""
        return Bound(*map(max, self, other))

    def at(self, longest_word: int, longest_spaces: int) -> int:
        """The bound in a text with these longest runs."""
        return self.fixed + self.per_word * longest_word + self.per_space * longest_spaces


_NOTHING = Bound(0)
_ONE = Bound(1)
_A_WORD = Bound(0, per_word=1)
_SPACES = Bound(0, per_space=1)


class DigitReach(NamedTuple):
    """How far from a digit a pattern can match (`width`) and read past a match (`lookahead`)."""

    width: Bound
    lookahead: Bound


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
    # Under `re.ASCII`, `\S` and `[^\s]` also match the Unicode spaces `str.split` splits at (\x1c, \x85...),
    # so their runs are not the text's runs of non-spaces.
    ascii = bool(pattern.flags & re.ASCII) or _LOCAL_ASCII.search(pattern.pattern) is not None
    proof = _Proof(parsed.state, ascii)
    width, lookahead = _width(parsed.data, proof), _lookahead(parsed.data, proof)
    if width is None or lookahead is None:
        return None
    return DigitReach(width, lookahead)


def windows(runs: list[tuple[int, int]], width: int, margin: int, length: int) -> list[tuple[int, int]]:
    """The merged windows `[start, end)` to search a pattern in, for these digit runs.

    Args:
        runs: The text's digit runs, `(start, end)`.
        width: The longest match.
        margin: How far past a run's last digit its window must reach: `width + lookahead + 2`.
        length: The text's length.
    """
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

    The digit runs and the longest runs are found once per text, and the windows once per width
    and margin, for every pattern that asks (`NormalisedText.scans`).
    """
    if reach is None:
        return [(0, len(text.text))]
    digits = text.scans.get(_KEY)
    if not isinstance(digits, _Digits):
        digits = text.scans[_KEY] = _Digits(text.text)
    return digits.windows(reach)


class _Digits:
    """One text's digit runs, its longest runs of spaces and non-spaces, and the windows asked for."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._runs = [match.span() for match in _DIGIT_RUNS.finditer(text)]
        self._longest: tuple[int, int] | None = None
        self._windows: dict[tuple[int, int], list[tuple[int, int]]] = {}

    def windows(self, reach: DigitReach) -> list[tuple[int, int]]:
        if not self._runs:
            return []
        if self._longest is None:
            words = max(map(len, self._text.split()), default=0)
            spaces = max(map(len, _SPACE_RUNS.findall(self._text)), default=1)
            self._longest = (words, spaces)
        width = reach.width.at(*self._longest)
        margin = width + reach.lookahead.at(*self._longest) + 2
        found = self._windows.get((width, margin))
        if found is None:
            found = self._windows[(width, margin)] = windows(self._runs, width, margin, len(self._text))
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


@dataclass(frozen=True, slots=True)
class _Proof:
    """What the width proof needs besides the parsed items: the groups' widths, and whether ASCII matching is on."""

    parser_state: Any
    ascii: bool


def _width(items: Any, proof: _Proof) -> Bound | None:
    """The most characters any path through the sequence consumes; None when no bound is known."""
    total = _NOTHING
    for op, av in items:
        item = _item_width(op, av, proof)
        if item is None:
            return None
        total = total.plus(item)
    return total


def _item_width(op: Any, av: Any, proof: _Proof) -> Bound | None:
    if op in (sre.LITERAL, sre.NOT_LITERAL, sre.IN, sre.ANY, sre.CATEGORY):
        return _ONE
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return _NOTHING  # lookarounds consume nothing; what a lookahead reads is `_lookahead`'s
    if op is sre.SUBPATTERN:
        return _width(av[-1], proof)
    if op is sre.ATOMIC_GROUP:
        return _width(av, proof)
    if op is sre.BRANCH:
        most = _NOTHING
        for branch in av[1]:
            width = _width(branch, proof)
            if width is None:
                return None
            most = most.most(width)
        return most
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        _low, high, body = av
        if high != sre.MAXREPEAT:
            once = _width(body, proof)
            return None if once is None else once.times(high)
        return _run(body, proof.ascii)
    if op is sre.GROUPREF:
        high = proof.parser_state.groupwidths[av][1]
        return Bound(high) if high < sre.MAXREPEAT else None
    return None  # a conditional group, or anything this proof does not know


def _run(body: Any, ascii: bool) -> Bound | None:
    """The bound of an unbounded repeat of one character: a run of spaces or of non-spaces; None for a mix."""
    if len(body) != 1:
        return None
    op, av = body[0]
    if op is sre.SUBPATTERN:
        return _run(av[-1], ascii)
    if op is sre.LITERAL:
        return _SPACES if chr(av).isspace() else _A_WORD
    if op is sre.CATEGORY:
        return _category_run(av, ascii)
    if op is not sre.IN:
        return None
    if av and av[0][0] is sre.NEGATE:
        return _A_WORD if not ascii and (sre.CATEGORY, sre.CATEGORY_SPACE) in av[1:] else None  # `[^\s...]`
    kinds = set()
    for item, value in av:
        if item is sre.LITERAL:
            kinds.add(_SPACES if chr(value).isspace() else _A_WORD)
        elif item is sre.RANGE and value[1] - value[0] <= _LARGEST_RANGE:
            low, high = value
            kinds |= {_SPACES if chr(code).isspace() else _A_WORD for code in range(low, high + 1)}
        elif item is sre.CATEGORY and (run := _category_run(value, ascii)) is not None:
            kinds.add(run)
        else:
            return None
    return kinds.pop() if len(kinds) == 1 else None


def _category_run(category: Any, ascii: bool) -> Bound | None:
    if category in (sre.CATEGORY_DIGIT, sre.CATEGORY_WORD) or (category is sre.CATEGORY_NOT_SPACE and not ascii):
        return _A_WORD
    return _SPACES if category is sre.CATEGORY_SPACE else None


def _lookahead(items: Any, proof: _Proof) -> Bound | None:
    """The most characters any lookahead in the sequence reads past its position; None when unbounded."""
    furthest = _NOTHING
    for op, av in items:
        if op in (sre.ASSERT, sre.ASSERT_NOT):
            direction, body = av
            inner = _lookahead(body, proof)  # a lookahead inside a lookbehind still reads forward
            reads = _width(body, proof) if direction == 1 else _NOTHING
            if inner is None or reads is None:
                return None
            furthest = furthest.most(reads.plus(inner))
            continue
        for body in _bodies(op, av):
            inner = _lookahead(body, proof)
            if inner is None:
                return None
            furthest = furthest.most(inner)
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
