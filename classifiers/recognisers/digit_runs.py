"""Digit runs: the regex for a fixed number of separated digits, and whether a match is part of a longer one.

Identifiers of a fixed length (an NHS number's ten digits, a card's sixteen) are written with
spaces, dots or hyphens anywhere; `digit_run` matches them, and `extends_digit_run` tells a whole
identifier from the first digits of a longer number, or one item of a list of them.
"""

from __future__ import annotations

__all__ = ["digit_run", "extends_digit_run"]

# One optional separator between digits: a space, a dot or a hyphen.
_SEP = r"[ .\-]?"


def digit_run(count: int) -> str:
    """Regex for `count` digits, each optionally separated by one space, dot or hyphen."""
    return rf"\d(?:{_SEP}\d){{{count - 1}}}"


def extends_digit_run(text: str, start: int, end: int) -> bool:
    """True when `text[start:end]` is part of a longer run of (separated) digits.

    `digit_run` patterns match a fixed number of digits; without this check the
    first ten digits of a sixteen-digit card would pass as an NHS number.
    """
    before, after = start - 1, end
    if (before >= 0 and text[before].isdigit()) or (after < len(text) and text[after].isdigit()):
        return True
    separated = (before >= 1 and text[before] in " .-" and text[before - 1].isdigit()) or (
        after + 1 < len(text) and text[after] in " .-" and text[after + 1].isdigit()
    )
    return separated and not _listed(text, start, end)


_LIST_ITEM = 10
"""Unbroken digits on each side of a space that make two items of a list, not one spaced number."""


def _listed(text: str, start: int, end: int) -> bool:
    """An unbroken number beside another across one space: "NHS numbers 4721362544 7055890012" lists two."""
    if end - start < _LIST_ITEM or not text[start:end].isdigit():
        return False
    for step, edge in ((-1, start - 2), (1, end + 1)):
        if not (0 <= edge < len(text) and text[edge - step] == " " and text[edge].isdigit()):
            continue  # nothing listed on this side
        neighbour = text[edge - _LIST_ITEM + 1 : edge + 1] if step < 0 else text[edge : edge + _LIST_ITEM]
        if len(neighbour) < _LIST_ITEM or not neighbour.isdigit():
            return False
    return True
