"""Compile long lists of words and phrases into one fast regular expression.

Python's `re` tries the branches of an alternation one after another, so a list of
hundreds of terms costs hundreds of attempts at every word start of every text. The
cue and special-category lists are long, and the classifier scans every request with
them, so they are compiled here with the terms grouped by first letter: a word start
then costs one test per letter plus the terms that share it.

To group a term it must start with a plain letter. `expand` rewrites the terms that
do not, exactly: a leading flat group is multiplied out (`(?:kidney|renal) failure`
becomes two terms) and a leading fixed-width lookbehind moves behind the first letter
(`(?<!gp )surgery` becomes `s(?<!gp s)urgery`). Anything else is kept in one
ungrouped bucket, which is correct, only slower.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping

__all__ = ["PROSE_END", "PROSE_START", "compile_terms", "expand", "prose_words", "split_alternatives"]

_QUANTIFIERS = frozenset("?*+{")
_LOOKBEHIND = re.compile(r"(\(\?<[=!])([^()]*)\)")
_LEADING_LOOKBEHINDS = re.compile(r"(?:\(\?<[=!][^()]*\))+")
# Literal characters and simple classes ("[- ]"): splitting such a body on "|" is exact.
_FLAT_GROUP_BODY = re.compile(r"(?:[^()\\\[\]]|\[[^\]|()\\]*\])*")


def split_alternatives(pattern: str) -> list[str]:
    """Split a pattern on its top-level `|` (not inside brackets or classes)."""
    parts: list[str] = []
    depth, start, in_class, index = 0, 0, False, 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:index])
            start = index + 1
        index += 1
    parts.append(pattern[start:])
    return parts


def _leading_group(term: str) -> tuple[list[str], str] | None:
    """Split `(?:a|b)rest` or `(?:a)?rest` into (["a", "b"], "rest"); None otherwise."""
    if not term.startswith("(?:"):
        return None
    close = term.find(")")
    if close < 0 or _FLAT_GROUP_BODY.fullmatch(term, 3, close) is None:
        return None
    alternatives, rest = term[3:close].split("|"), term[close + 1 :]
    if rest[:1] == "?":
        return [*alternatives, ""], rest[1:]
    if rest[:1] in _QUANTIFIERS:
        return None
    return alternatives, rest


def _starts_plain(term: str) -> bool:
    """True when a term begins with one literal ASCII letter that no quantifier follows."""
    return term[:1].isascii() and term[:1].isalpha() and term[1:2] not in _QUANTIFIERS


def expand(term: str) -> list[str]:
    """Rewrite one term into equivalent terms that start with a plain letter, where possible."""
    split = _leading_group(term)
    if split is not None:
        alternatives, rest = split
        return [expanded for alternative in alternatives for expanded in expand(alternative + rest)]
    lookbehinds = _LEADING_LOOKBEHINDS.match(term)
    if lookbehinds is not None and _starts_plain(term[lookbehinds.end() :]):
        letter = term[lookbehinds.end()]
        moved = _LOOKBEHIND.sub(
            lambda m: m.group(1) + "|".join(a + letter for a in m.group(2).split("|")) + ")",
            lookbehinds.group(),
        )
        return [letter + moved + term[lookbehinds.end() + 1 :]]
    return [term]


def compile_terms(
    groups: Mapping[str, Iterable[str]], *, before: str, after: str, suffix: str = "", flags: int = 0
) -> re.Pattern[str]:
    """One regex matching any term, in a named group per key and first letter.

    Args:
        groups: Terms per group name; a match's `lastgroup` is `<name>__<letter>`
            (`<name>__other` for terms that could not be grouped).
        before: Lookbehind placed once in front of everything (a word boundary).
        after: Assertion after each term (and its suffix), e.g. `(?![a-z])`.
        suffix: Pattern allowed after every term (plural endings).
        flags: `re` flags.
    """
    buckets: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for name, terms in groups.items():
        for term in (t for written in terms for t in expand(written)):
            if _starts_plain(term):
                buckets[term[0]].append((name, term[1:]))
            else:
                buckets[""].append((name, term))
    branches = []
    for letter in sorted(buckets):
        alternatives = []
        for name in groups:
            rests = [rest for owner, rest in buckets[letter] if owner == name]
            if rests:
                label = f"{name}__{letter or 'other'}"
                alternatives.append(rf"(?P<{label}>(?:{'|'.join(rests)}){suffix}{after})")
        branches.append(letter + "(?:" + "|".join(alternatives) + ")")
    return re.compile(before + "(?:" + "|".join(branches) + ")", flags)


def prose_words(alternation: str) -> re.Pattern[str]:
    """A regex for words of the text's own prose (lower case): never part of an e-mail address,
    domain, URL or identifier.

    Words such as "example" or "test" tell that a nearby value is an illustration and
    nobody's, but they are also the names of mail and web domains: in "Write to
    info@example.co.uk about NHS number 398 259 7919" "example" introduces nothing, and
    a rule that read it as prose would let the number go out as public.
    """
    return re.compile(rf"{PROSE_START}(?:{alternation}){PROSE_END}")


PROSE_START = r"(?<![a-z0-9@./])"
PROSE_END = r"(?![a-z0-9]|[.@][a-z0-9])"
"""The bounds of `prose_words`, for patterns built around other parts."""
