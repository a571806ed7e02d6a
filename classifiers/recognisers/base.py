"""The recogniser plug-in shape: patterns, context words and one validation hook.

A `Recogniser` turns a normalised text into findings. Most are `PatternRecogniser`s
that declare, at class level, their regular expressions (compiled once, when the
class is created), the context words that make a match more likely and the words
that make it less likely, and a `validate` hook for the checksum or format rule:

* `validate` returns True  -> the match scores `validated_score` (pattern's or class's);
* `validate` returns False -> the match scores `FAILED_CHECK_SCORE` (below the
  threshold) when the class sets `keep_failed_with_context`, and is dropped otherwise;
* `validate` returns None  -> the match keeps its pattern's score.

Recall first (DESIGN.md): an identifier-shaped token with a cue for its kind is
personal even when its checksum, range or prefix fails, since a mistyped identifier
is still somebody's. So a failed check only removes the *standalone* reading: with a
context word of the recogniser's own kind near it, a failed match scores
`FAILED_WITH_CUE_SCORE` (above the threshold). Words that show the number is being
discussed as a number ("check digit", "Luhn", "test data") are the one exception:
"Why does 6147572514 fail the NHS number check digit test?" is a question about the
algorithm, not a record (`CHECK_TALK_CONTEXT`).

Context then adjusts the score: a context word within `context_before` characters
before or `context_after` after the match adds `context_boost` (capped at 1.0; both
windows are 60 characters by default, since a label follows its value as often as it
precedes it: "gave 1955839661 as their Unique Taxpayer Reference"); a
negative-context word (order, invoice, ISBN...) with no positive context drops the
match. The classifier keeps findings scoring at least `ClassifierSettings.min_score`
(0.5 by default), so a pattern that is only trustworthy with context scores below it.

Offsets in findings are offsets into the normalised text; the classifier maps them
back to the original text.
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from typing import ClassVar

from classifiers.normalise import NormalisedText
from classifiers.recognisers.digit_runs import digit_run, extends_digit_run
from classifiers.recognisers.digit_windows import DigitPattern
from classifiers.recognisers.regex_build import any_of, class_first, words_regex
from classifiers.types import Finding, Sensitivity

__all__ = [
    "DIGITS",
    "NUMBER_NEGATIVE_CONTEXT",
    "class_first",
    "Pattern",
    "PatternRecogniser",
    "Recogniser",
    "CHECK_TALK_CONTEXT",
    "FAILED_CHECK_SCORE",
    "FAILED_WITH_CUE_SCORE",
    "contains_digit",
    "has_digit",
    "digit_run",
    "extends_digit_run",
    "only_alphanumerics",
    "stdnum_validator",
    "words_regex",
]

DIGITS = tuple("0123456789")
"""`Pattern.requires` for patterns that need at least one digit in the text."""

_ASCII_DIGIT = re.compile(r"[0-9]")
_UNION_FROM = 3
"""A recogniser with this many distinct word prefilters or more searches their union first (`_words_union`)."""


def contains_digit(text: str) -> bool:
    """`any(c.isdigit() for c in text)` at C speed for ASCII text.

    Most recognisers need a digit, and most prose has none: the generator form walked
    every character in Python, ~0.2 ms per KB per recogniser that asked.
    """
    if _ASCII_DIGIT.search(text) is not None:
        return True
    return not text.isascii() and any(c.isdigit() for c in text)


_HAS_DIGIT = "has_digit"
"""`NormalisedText.memo` key of `has_digit`."""


def has_digit(text: NormalisedText) -> bool:
    """`contains_digit(text.text)`, answered once per text for every recogniser that asks."""
    known = text.memo.get(_HAS_DIGIT)
    if known is None:
        known = text.memo[_HAS_DIGIT] = contains_digit(text.text)
    return known


NUMBER_NEGATIVE_CONTEXT = (
    "order",
    "order no",
    "invoice",
    "isbn",
    "issn",
    "ean",
    "barcode",
    "tracking",
    "parcel",
    "serial",
    "sku",
    "product code",
    "part number",
    "transaction",
    "booking",
    "confirmation",
    "ticket",
    "receipt",
    "ref",
    "reference",
    "version",
    "build",
)
"""Words near a long number that say it is a commercial or technical reference, not a person's."""

CHECK_TALK_CONTEXT = (
    "check digit",
    "check-digit",
    "checksum",
    "check sum",
    "luhn",
    "mod 11",
    "modulus 11",
    "mod-11",
    "test data",
    "test number",
    "unit test",
    "test case",
    "dummy",
    "validation rule",
)
"""Words that say a number failing its check is being discussed, not given as somebody's."""

FAILED_CHECK_SCORE = 0.01
"""Score of an identifier-shaped match whose check fails, before context: dropped alone, and a
value no pattern uses, so `find` can tell a failed check from a low pattern score."""

FAILED_WITH_CUE_SCORE = 0.6
"""Score of a match whose check fails but which has a cue for its kind nearby (kept)."""

_NOT_ALPHANUMERIC = re.compile(r"[^A-Za-z0-9]+")


def only_alphanumerics(value: str) -> str:
    """Strip separators: keep ASCII letters and digits, upper-cased."""
    return _NOT_ALPHANUMERIC.sub("", value).upper()


@dataclass(frozen=True, slots=True)
class Pattern:
    """One regular expression of a recogniser.

    Attributes:
        name: Short name for tests and debugging.
        regex: The expression, matched against the normalised text.
        score: Score of a match when `validate` returns None.
        validated_score: Score when `validate` returns True; None uses the class's.
        requires: Cheap prefilter: at least one of these lower-case substrings must
            occur in the text or the regex is not run at all.
        gate: A cheaper expression (same flags, searched in the normalised text after
            `requires` passes) that matches somewhere in every text where `regex` does,
            typically the pattern's own tail from a rare character on: the regex runs
            only where it does. It must never reject a text the regex matches in
            (tests/unit/classifiers/test_speed_gates.py checks each gate on the
            evaluation sets); it only saves scanning prose with no candidate.
        flags: `re` flags.
        kind: Kind of finding for this pattern; None uses the class's `kind`.
        level: Level of finding for this pattern; None uses the class's `level`.
    """

    name: str
    regex: str
    score: float
    validated_score: float | None = None
    requires: tuple[str, ...] = ()
    gate: str | None = None
    flags: int = 0
    kind: str | None = None
    level: Sensitivity | None = None


class Recogniser(ABC):
    """Anything that finds sensitive items in a normalised text.

    Subclasses set `name` (reported in every finding) and implement `find`. Extra
    recognisers named in `ClassifierSettings.extra_recognisers` must subclass this
    and take no constructor arguments.
    """

    name: ClassVar[str] = "recogniser"
    strict_only: ClassVar[bool] = False
    """Run only in `strict` mode (`ClassifierSettings.mode`): rules that trade precision for recall."""
    fallback: ClassVar[bool] = False
    """A catch-all (field values, ID-like digit runs): its findings give way to any overlapping
    finding of a specific recogniser, which names the kind more precisely."""

    @abstractmethod
    def find(self, text: NormalisedText) -> list[Finding]:
        """Return findings with offsets into `text.text` (the normalised text)."""


class PatternRecogniser(Recogniser):
    """A recogniser declared by class-level patterns, context words and `validate`."""

    kind: ClassVar[str] = ""
    level: ClassVar[Sensitivity] = Sensitivity.PERSONAL
    patterns: ClassVar[tuple[Pattern, ...]] = ()
    context: ClassVar[tuple[str, ...]] = ()
    negative_context: ClassVar[tuple[str, ...]] = ()
    validated_score: ClassVar[float] = 0.9
    context_boost: ClassVar[float] = 0.35
    context_before: ClassVar[int] = 60
    context_after: ClassVar[int] = 60
    check_digit_run: ClassVar[bool] = False
    """Drop matches that are part of a longer run of separated digits."""
    keep_failed_with_context: ClassVar[bool] = False
    """Keep a match whose `validate` fails when a context word is near (recall first)."""

    _compiled: ClassVar[
        tuple[tuple[Pattern, DigitPattern, re.Pattern[str] | None, re.Pattern[str] | None], ...]
    ] = ()
    """Each pattern, compiled with its reach from a digit (`digit_windows`), its `requires` prefilter as
    one regex and its compiled `gate` (None: no prefilter, no gate)."""
    _words_union: ClassVar[re.Pattern[str] | None] = None
    """Every word of the class's word prefilters (not `DIGITS`) as one prefilter, when it has three or more:
    one search that fails for most texts answers all of them (each one's words are among the union's)."""
    _context_re: ClassVar[re.Pattern[str] | None] = None
    _negative_re: ClassVar[re.Pattern[str] | None] = None
    _check_talk_re: ClassVar[re.Pattern[str] | None] = words_regex(CHECK_TALK_CONTEXT)

    def __init_subclass__(cls, **kwargs: object) -> None:
        # Compile once per class, at import, so scanning a text never compiles.
        super().__init_subclass__(**kwargs)
        cls._compiled = tuple(
            (
                p,
                DigitPattern.compile(class_first(p.regex, p.flags), p.flags),
                any_of(p.requires),
                re.compile(p.gate, p.flags) if p.gate is not None else None,
            )
            for p in cls.patterns
        )
        word_filters = {p.requires for p in cls.patterns if p.requires and p.requires != DIGITS}
        union = tuple(sorted({token for tokens in word_filters for token in tokens}))
        cls._words_union = any_of(union) if len(word_filters) >= _UNION_FROM else None
        cls._context_re = words_regex(cls.context)
        cls._negative_re = words_regex(cls.negative_context)

    def validate(self, match: str) -> bool | None:
        """Checksum or format rule for a matched string; see the module docstring."""
        return None

    def span(self, match: re.Match[str], text: str) -> tuple[int, int] | None:
        """The span to report for a regex match (a hook for trimming); None drops it."""
        return match.span()

    def assess(self, value: str, pattern: Pattern) -> float | None:
        """Score a matched string before context: `validate` mapped to a score."""
        verdict = self.validate(value)
        if verdict is None:
            return pattern.score
        if not verdict:
            return FAILED_CHECK_SCORE if self.keep_failed_with_context else None
        return pattern.validated_score if pattern.validated_score is not None else self.validated_score

    def has_context(self, lower: str, start: int, end: int) -> bool:
        """True when a context word occurs near `lower[start:end]`."""
        if self._context_re is None:
            return False
        window_start = max(0, start - self.context_before)
        return self._context_re.search(lower, window_start, end + self.context_after) is not None

    def has_negative_context(self, lower: str, start: int, end: int) -> bool:
        """True when a negative-context word occurs near `lower[start:end]`."""
        if self._negative_re is None:
            return False
        window_start = max(0, start - self.context_before)
        return self._negative_re.search(lower, window_start, end + self.context_after) is not None

    def contextual_score(self, lower: str, start: int, end: int, score: float) -> float | None:
        """Apply positive and negative context to a score; None drops the match."""
        if self.has_context(lower, start, end):
            return min(1.0, score + self.context_boost)
        if self.has_negative_context(lower, start, end):
            return None
        return score

    def failed_check_score(self, lower: str, start: int, end: int) -> float | None:
        """A match whose check failed: kept only with a cue for its kind (module docstring)."""
        if not self.has_context(lower, start, end):
            return None
        window_start = max(0, start - self.context_before)
        talk = self._check_talk_re
        if talk is not None and talk.search(lower, window_start, end + self.context_after) is not None:
            return None
        return FAILED_WITH_CUE_SCORE

    def find(self, text: NormalisedText) -> list[Finding]:
        """Run every pattern whose prefilter passes; validate, score and return matches."""
        findings: list[Finding] = []
        passed = text.memo  # one search per prefilter per text, shared by every recogniser (most need a digit)
        union = self._words_union
        if union is not None and union not in passed:
            passed[union] = union.search(text.lower) is not None
        no_words = union is not None and not passed[union]
        for pattern, compiled, prefilter, gate in self._compiled:
            if prefilter is not None:
                if no_words and pattern.requires != DIGITS:
                    continue  # none of the union's words: this prefilter's cannot be there either
                if prefilter not in passed:
                    passed[prefilter] = prefilter.search(text.lower) is not None
                if not passed[prefilter]:
                    continue
            if gate is not None and gate.search(text.text) is None:
                continue
            for match in compiled.finditer(text):
                span = self.span(match, text.text)
                if span is None:
                    continue
                start, end = span
                if self.check_digit_run and extends_digit_run(text.text, start, end):
                    continue
                score = self.assess(text.text[start:end], pattern)
                if score is None:
                    continue
                if score == FAILED_CHECK_SCORE and self.keep_failed_with_context:
                    score = self.failed_check_score(text.lower, start, end)
                else:
                    score = self.contextual_score(text.lower, start, end, score)
                if score is None:
                    continue
                findings.append(
                    Finding(
                        pattern.kind or self.kind,
                        start,
                        end,
                        score,
                        self.name,
                        pattern.level if pattern.level is not None else self.level,
                    )
                )
        return findings


def stdnum_validator(module: str) -> Callable[[str], bool]:
    """python-stdnum's `is_valid` of `stdnum.<module>`, False where it raises (a malformed value)."""
    validate = import_module(f"stdnum.{module}").is_valid

    def is_valid(value: str) -> bool:
        try:
            return bool(validate(value))
        except Exception:
            return False

    return is_valid
