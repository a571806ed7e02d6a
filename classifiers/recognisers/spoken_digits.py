"""Numbers read aloud: call transcripts and voicemails spell identifiers out in words.

Speech-to-text writes what the caller said: "national insurance is Y H five nine oh four three
seven A", "ring me on oh one six one four two eight double seven three four", "NHS number four
seven two one three six two five four four". No digit is written, so every number recogniser
misses them (stop 27's red-team and stop 28's second blind round). A run of number words (with
"oh" and "nought" for zero, "double" and "triple" for repeats) and single letters counts when it
reads at least `_MIN_DIGITS` digits and an identifier's or a phone's wording is near it: a run of
number words alone is a count or a lottery draw ("one two three four five six" in a song).
"""

from __future__ import annotations

import re

from classifiers.normalise import NormalisedText
from classifiers.recognisers.base import Pattern, PatternRecogniser
from classifiers.types import Finding

__all__ = ["SpokenDigits", "spoken_digits"]

_DIGITS = {
    "zero": "0", "oh": "0", "nought": "0", "one": "1", "two": "2", "three": "3", "four": "4",
    "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
}  # fmt: skip
_REPEATS = {"double": 2, "triple": 3, "treble": 3}
_WORD = r"(?:zero|oh|nought|one|two|three|four|five|six|seven|eight|nine|double|triple|treble)"
_TOKEN = rf"(?:{_WORD}|[a-z])"
_TWO_NUMBER_WORDS = re.compile(rf"{_WORD}[ ,\-]+{_WORD}(?![a-z])")
_MIN_DIGITS = 6
"""Digits a run must read: fewer is a short count, a time or a house number."""


def spoken_digits(run: str) -> str:
    """The digits a run of number words reads ("oh one six double seven" -> "01677"); letters are skipped."""
    digits: list[str] = []
    repeat = 1
    for token in re.split(r"[ ,\-]+", run.lower()):
        if token in _REPEATS:
            repeat = _REPEATS[token]
        elif token in _DIGITS:
            digits.append(_DIGITS[token] * repeat)
            repeat = 1
    return "".join(digits)


class SpokenDigits(PatternRecogniser):
    """A phone number or an identifier read aloud, beside the wording that asks for one."""

    name = "spoken_digits"
    kind = "SPOKEN_NUMBER"
    patterns = (
        Pattern(
            "number_words",
            rf"(?i)(?<![a-z]){_TOKEN}(?:[ ,\-]+{_TOKEN}){{5,}}(?![a-z])",
            score=0.3,
        ),
    )
    context = (
        "national insurance",
        "ni number",
        "nino",
        "nhs number",
        "nhs no",
        "phone",
        "mobile",
        "number",
        "ring me",
        "call me",
        "ring",
        "call",
        "text me",
        "reference",
        "ref",
        "account",
        "sort code",
        "postcode",
        "date of birth",
        "customer number",
        "claim number",
    )
    context_before = 60
    context_after = 20

    def find(self, text: NormalisedText) -> list[Finding]:
        """Only where two number words stand in a row: prose has few, a number read aloud has them throughout
        (one search of the lower-cased text, ~15 µs per KB, before the pattern's ~45)."""
        if _TWO_NUMBER_WORDS.search(text.lower) is None:
            return []
        return super().find(text)

    def assess(self, value: str, pattern: Pattern) -> float | None:
        """Only a run that reads enough digits; words like "a" at its edges are trimmed by `span`."""
        return pattern.score if len(spoken_digits(value)) >= _MIN_DIGITS else None

    def span(self, match: re.Match[str], text: str) -> tuple[int, int] | None:
        """The run without single letters hanging at its ends that are words of the sentence ("a", "i")."""
        start, end = match.span()
        value = text[start:end]
        stripped = re.sub(r"^(?:[ai][ ,\-]+)+", "", value, flags=re.IGNORECASE)
        stripped = re.sub(r"(?:[ ,\-]+[ai])+$", "", stripped, flags=re.IGNORECASE)
        start += value.find(stripped)
        return start, start + len(stripped)
