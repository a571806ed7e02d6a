"""Regular expressions built from word lists and patterns rewritten so that `re` can skip ahead.

Python's `re` tries an expression at every position of a text unless the expression
starts with a literal or a character class, in which case it skips to the positions
where that first character occurs. Recognisers scan every request, so their word lists
are compiled as prefix trees (`words_regex`, `any_of`) and their leading lookbehinds
are moved behind the first character where that is exact (`class_first`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

__all__ = ["any_of", "class_first", "flat_words_regex", "words_regex"]


@cache
def any_of(tokens: tuple[str, ...]) -> re.Pattern[str] | None:
    """`any(token in text for token in tokens)` as one regex search, at C speed.

    The tokens form a prefix tree (`_trie_pattern`), so a long list costs about one branch per
    position; a space in a token matches any whitespace, which can only let more texts through.
    """
    return re.compile(_trie_pattern({_units(t) for t in tokens})) if tokens else None


_SPACES = r"\s++"
"""A run of spaces inside a word, possessive: what follows is never a space, so giving back is futile."""
_LEADING_SPACES = r"\s(?<!\s\s)\s*+"
"""A run of spaces that starts a word (" at "), entered only at the run's first space: `re` tries every
position, and inside a long run of spaces each try would scan the rest of it (quadratic)."""


def _units(word: str) -> tuple[str, ...]:
    """A lower-cased word as regex units: one escaped character each, one unit for a run of spaces."""
    units: list[str] = []
    for char in word.lower():
        if char == " ":
            if not units:
                units.append(_LEADING_SPACES)
            elif units[-1] not in (_SPACES, _LEADING_SPACES):
                units.append(_SPACES)
        else:
            units.append(re.escape(char))
    return tuple(units)


_Trie = dict[str, "_Trie"]
"""A prefix tree of regex units; the key "" marks the end of a word."""


def _trie_pattern(words: Iterable[tuple[str, ...]]) -> str:
    """The words as a prefix tree: `(?:a(?:ge|ddress)|...)` instead of a flat alternation.

    A flat alternation of a few hundred words makes `re` try every word at every position
    of the text; a tree tries one branch per first character. Longer words are preferred
    where one word is a prefix of another (each optional tail is greedy), as in a flat
    alternation sorted longest first.
    """
    tree: _Trie = {}
    for word in words:
        node = tree
        for unit in word:
            node = node.setdefault(unit, {})
        node[""] = {}

    def emit(node: _Trie) -> str:
        branches = [unit + emit(child) for unit, child in sorted(node.items()) if unit]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(tree)


def words_regex(words: Iterable[str]) -> re.Pattern[str] | None:
    """Compile lower-case context words into one whole-word regex (None if no words), as a prefix tree.

    A word starts and ends with a letter or digit: its runs of spaces are possessive (`_units`),
    so a space at either end could not be given back to the whole-word bounds.
    """
    words = [w for w in words if w.strip()]
    if any(w != w.strip() for w in words):
        raise ValueError(f"context words must not start or end with a space: {[w for w in words if w != w.strip()]}")
    units = {_units(w) for w in words}
    if not units:
        return None
    return re.compile(r"(?<![a-z0-9])(?:" + _trie_pattern(units) + r")(?![a-z0-9])")


def flat_words_regex(words: Iterable[str]) -> re.Pattern[str] | None:
    """The same language as `words_regex` as a flat alternation, longest first (tests compare the two)."""
    alternatives = sorted({re.escape(w.lower()).replace(r"\ ", r"\s+") for w in words}, key=len, reverse=True)
    if not alternatives:
        return None
    return re.compile(r"(?<![a-z0-9])(?:" + "|".join(alternatives) + r")(?![a-z0-9])")


_LEADING_BOUNDARY = re.compile(
    r"\(\?<!(?P<before>\[[^\]]+\])\)(?P<first>\\d|\[[A-Z0-9\-]+\])(?:\{(?P<low>\d+)(?:,(?P<high>\d*))?\})?"
    r"(?![?*+{])"
)


def class_first(regex: str, flags: int = 0) -> str:
    """The same expression with a leading one-character lookbehind moved behind the first character class.

    `re` can skip ahead to the next position where an expression's first character
    class matches, but only when the expression starts with that class; a leading
    lookbehind such as `(?<![A-Za-z0-9])` makes it try every position of the text.
    `(?<![A-Za-z0-9])\\d{2,4}` becomes `\\d(?<![A-Za-z0-9]\\d)\\d{1,3}`, which matches
    exactly the same strings (a unit test checks every built-in pattern on the
    evaluation set). Only digits and upper-case classes are rewritten, and not under
    IGNORECASE: for letters that occur everywhere the skip gains nothing.
    """
    match = _LEADING_BOUNDARY.match(regex)
    if match is None or (flags & re.IGNORECASE and match.group("first") != r"\d"):
        return regex
    first, before = match.group("first"), match.group("before")
    low, high = match.group("low"), match.group("high")
    if low is None:
        rest = ""
    elif high is None:
        rest = f"{{{int(low) - 1}}}" if int(low) > 1 else ""
    elif int(low) < 1:
        return regex
    else:
        rest = f"{{{int(low) - 1},{int(high) - 1 if high else ''}}}"
    repeated = first + rest if rest else ""
    return f"{first}(?<!{before}{first}){repeated}{regex[match.end() :]}"
