"""Normalise a text once so that evasions look like the plain form, and map back.

Recognisers only ever see the normalised text; findings are mapped back to
code-point offsets in the *original* text with `NormalisedText.to_original`, so
`original[start:end]` always covers what was recognised, including any zero-width
characters or full-width digits inside it.

What normalisation undoes (each is a filter evasion seen in practice):

* Compatibility forms: NFKC per character, so full-width digits and letters
  (U+FF10...), ligatures and superscripts become their ASCII forms.
* Other decimal digits (Arabic-Indic, Devanagari...) become ASCII digits.
* Invisible characters: format characters (Unicode category Cf, e.g. U+200B
  zero-width space, U+200D joiner, U+2060 word joiner, U+FEFF, bidi controls),
  variation selectors and U+034F are removed.
* Dashes (U+2010-U+2015, U+2212 minus...) become `-`; every space separator (NBSP,
  thin space...) becomes a plain space; curly apostrophes become `'`.
* Look-alikes inside a token of ASCII letters or digits: a Cyrillic or Greek letter that
  Unicode's confusables table (`confusable_homoglyphs`) gives a Latin twin becomes it
  ("ЈG103792А" is "JG103792A"; a word in Cyrillic alone is left as written), and in a
  token of digits a letter O or o becomes 0 and l or I becomes 1 ("07911 l23456",
  "JG 1O 37 92 A"), when the digits are at least as many as those letters; in a word of four
  letters or more whose only digit is 0, the 0 is an O ("C0nviction", "CR0WN": OCR's).
* Letter-spacing: a run of five or more single characters separated by single
  spaces (`4 0 1 0 2 3 ...`, `Q Q 1 2 ...`) is closed up; so is a run of five or
  more single digits split by single hyphens or dots (`0-7-7-0-0-9 ...`).

ASCII text without letter-spacing takes a fast path with no offset table (every
replacement above but closing up runs keeps one character for one, so offsets hold).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from confusable_homoglyphs import confusables

__all__ = ["NormalisedText", "normalise"]

_DASHES = frozenset("\u2010\u2011\u2012\u2013\u2014\u2015\u2043\u2212\ufe58\ufe63\uff0d")
_APOSTROPHES = frozenset("\u2018\u2019\u201b\u02bc\uff07")
_INVISIBLE_MARKS = frozenset("\u034f\u180e") | frozenset(chr(c) for c in range(0xFE00, 0xFE10))

_ONE_LETTER_WORDS = frozenset("aI")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
# A single non-space character followed by at least four more, each after exactly one
# space: "4 0 1 0 2" or "j a n e @". Whole tokens only (lookarounds), so words are
# untouched; an opening bracket or quote may precede the run and closing punctuation
# may follow it ("(4 0 1 ... 7).").
_SINGLE_END = r"(?=\s|$|[.,;:!?)\]\"'](?:\s|$))"
_SPACED_RUN = re.compile(rf"(?<![^\s(\[\"'])\S(?= )(?: \S{_SINGLE_END}){{4,}}")
# Five or more single digits each split by one hyphen or dot: "0-7-7-0-0", "4.1.1.1.1". Written
# `(?<![\w.-])\d(?:[-.]\d){4,}...` with the lookbehind after the first digit (as
# `recognisers.regex_build.class_first` does), so that `re` skips to each digit instead of trying every
# position: the same matches (a unit test), ~3x cheaper.
_SPLIT_DIGIT_RUN = re.compile(r"\d(?<![\w.-]\d)(?:[-.]\d){4,}(?![\w]|[-.]\d)")


_DIGIT_BESIDE_LOOKALIKE = re.compile(r"\d(?=[OolI])|\d(?<=[OolI]\d)")
"""A digit beside a look-alike letter, the digit first in the pattern so that `re` skips to digits (~1 µs per KB
against ~18 for "\\d[OolI]|[OolI]\\d", which tries every "o" and "l" of the prose)."""
_AS_DIGIT = str.maketrans("OolI", "0011")
_ZERO_BESIDE_LETTER = re.compile(r"0(?<=[A-Za-z]0)|0(?=[A-Za-z])")
_DIGIT_OR_LOOKALIKE = frozenset("0123456789OolI")
_ZERO_WORD_LETTERS = 4
"""Letters a word needs before its zeros read as O: "0AA" (a postcode's inward code) and "A0" stay as written."""


@lru_cache(maxsize=1024)
def _latin_twin(ch: str) -> str:
    """The ASCII letter or digit `ch` looks like (Unicode's confusables), or `ch` itself."""
    found = confusables.is_confusable(ch, preferred_aliases=["latin", "common"])
    if found:
        for homoglyph in found[0]["homoglyphs"]:
            twin = str(homoglyph["c"])
            if len(twin) == 1 and twin.isascii() and twin.isalnum():
                return twin
    return ch


def _unmask_lookalikes(text: str) -> str:
    """Look-alike letters in tokens of ASCII letters and digits read as what they mimic (module docstring)."""
    if not text.isascii():
        text = _rewrite_tokens(text, _NON_ASCII, _as_latin, ascii_only=False)
    text = _rewrite_tokens(text, _ZERO_BESIDE_LETTER, _as_letters)
    return _rewrite_tokens(text, _DIGIT_BESIDE_LOOKALIKE, _as_digits)


def _rewrite_tokens(
    text: str, seed: re.Pattern[str], rewrite: Callable[[str], str], *, ascii_only: bool = True
) -> str:
    """`rewrite` each token of letters and digits holding a `seed` match, found from the seeds alone: a scan of the
    whole text for tokens would cost more than the few seeds a text has (~30 µs per KB)."""
    pieces: list[str] = []
    cursor = 0
    for found in seed.finditer(text):
        start, end = found.start(), found.end()
        if start < cursor:
            continue  # a second seed in a token already rewritten
        while start > cursor and text[start - 1].isalnum() and (text[start - 1].isascii() or not ascii_only):
            start -= 1
        while end < len(text) and text[end].isalnum() and (text[end].isascii() or not ascii_only):
            end += 1
        pieces += [text[cursor:start], rewrite(text[start:end])]
        cursor = end
    return "".join(pieces) + text[cursor:] if pieces else text


def _as_latin(token: str) -> str:
    """A token's look-alike letters as their Latin twins, when it also holds ASCII letters or digits."""
    if not any(c.isascii() and c.isalnum() for c in token):
        return token  # a word in Cyrillic or Greek alone is left as written
    return "".join(c if c.isascii() else _latin_twin(c) for c in token)


def _as_letters(word: str) -> str:
    if any(c.isdigit() and c != "0" for c in word):
        return word  # other digits: a code ("T2O237O42"), not a word
    letters = "".join(c for c in word if c.isalpha())
    if len(letters) < _ZERO_WORD_LETTERS:
        return word
    if letters.isupper():
        return word.replace("0", "O")
    if letters[1:].islower():
        return word.replace("0", "o")
    return word  # mixed case inside the word: base64 or a key ("QUIxMjM0NTZD"), not OCR's text


def _as_digits(token: str) -> str:
    if any(c not in _DIGIT_OR_LOOKALIKE for c in token):
        return token
    digits = sum(c.isdigit() for c in token)
    return token.translate(_AS_DIGIT) if 0 < len(token) - digits <= digits else token


@lru_cache(maxsize=4096)
def _map_char(ch: str) -> str:
    """The normalised form of one non-ASCII character ('' when it is removed)."""
    if ch in _DASHES:
        return "-"
    if ch in _APOSTROPHES:
        return "'"
    if ch in _INVISIBLE_MARKS:
        return ""
    category = unicodedata.category(ch)
    if category == "Cf":
        return ""
    if category == "Zs":
        return " "
    if category in ("Zl", "Zp"):
        return "\n"
    if category == "Nd":
        return str(unicodedata.digit(ch))
    mapped = unicodedata.normalize("NFKC", ch)
    # NFKC can yield characters that need the same treatment (e.g. a full-width dash).
    if mapped != ch and not mapped.isascii():
        return "".join(c if c.isascii() or c == ch else _map_char(c) for c in mapped)
    return mapped


def _lower_same_length(text: str) -> str:
    """Lower-case `text` keeping one code point per code point (offsets stay valid)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower()[:1] or c for c in text)


@dataclass(frozen=True, slots=True, eq=False)
class NormalisedText:
    """A normalised text, its lower-cased twin and the map back to the original.

    Attributes:
        original: The text as received.
        text: The normalised text recognisers scan.
        lower: `text` lower-cased, same length, for context-word look-ups.
        source: `source[i]` is the original offset of `text[i]`; None when the
            normalised text is the original (identity map, the common case).
        memo: Per-text answers shared between recognisers (see the field).
        scans: Per-text scans shared between recognisers (see the field).
    """

    original: str
    text: str
    lower: str = field(repr=False)
    source: tuple[int, ...] | None = field(default=None, repr=False)
    memo: dict[object, bool] = field(default_factory=dict, init=False, repr=False)
    """Facts about this one text that several recognisers ask for (a prefilter's search), computed once;
    it lives and dies with the text, so nothing is ever carried from one text to the next."""
    scans: dict[str, object] = field(default_factory=dict, init=False, repr=False)
    """Like `memo`, for answers other than yes or no: where in this text the patterns that need a digit
    can match (`recognisers.digit_windows`)."""

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of `text` to the span of `original` that produced it.

        Args:
            start: Start offset in the normalised text.
            end: End offset (exclusive) in the normalised text; must be > start.

        Returns:
            `(start, end)` in the original text; characters removed by normalisation
            that lie inside the span are included in it.
        """
        if self.source is None:
            return start, end
        first = self.source[start]
        last = self.source[max(end - 1, start)]
        return first, last + 1


def _fold_characters(text: str) -> tuple[str, list[int] | None]:
    """Apply the per-character mapping to the non-ASCII characters only.

    Returns the new text and its source offsets, or None for the offsets when every
    change kept the length (the identity map still holds).
    """
    edits = [
        (match.start(), mapped)
        for match in _NON_ASCII.finditer(text)
        if (mapped := _map_char(match.group())) != match.group()
    ]
    if not edits:
        return text, None
    pieces: list[str] = []
    cursor = 0
    for index, mapped in edits:
        pieces.append(text[cursor:index])
        pieces.append(mapped)
        cursor = index + 1
    pieces.append(text[cursor:])
    folded = "".join(pieces)
    if all(len(mapped) == 1 for _, mapped in edits):
        return folded, None
    source: list[int] = []
    cursor = 0
    for index, mapped in edits:
        source.extend(range(cursor, index))
        source.extend([index] * len(mapped))
        cursor = index + 1
    source.extend(range(cursor, len(text)))
    return folded, source


def _trim_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Leave the one-letter words "a" and "I" outside a run next to its digits.

    "4 0 1 ... 3 7 a week ago" must not glue the article onto the number; an
    identifier's letters (the "C" of a National Insurance number) stay in.
    """
    if not any(c.isdigit() for c in text[start:end:2]):
        return start, end
    while end - start >= 3 and text[end - 1] in _ONE_LETTER_WORDS:
        end -= 2
    while end - start >= 3 and text[start] in _ONE_LETTER_WORDS:
        start += 2
    return start, end


def _spaced_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    if " " in text:
        for match in _SPACED_RUN.finditer(text):
            start, end = _trim_words(text, match.start(), match.end())
            if end - start >= 9:  # five singles or more left
                spans.append((start, end))
    return spans


def _close_spaced_runs(text: str, source: list[int] | None) -> tuple[str, list[int] | None]:
    """Remove the single separators inside spaced and split-digit runs, composing the offset map."""
    spans = sorted(_spaced_spans(text) + [m.span() for m in _SPLIT_DIGIT_RUN.finditer(text)])
    if not spans:
        return text, source
    base = source if source is not None else list(range(len(text)))
    pieces: list[str] = []
    kept: list[int] = []
    cursor = 0
    for start, end in spans:
        if start < cursor:  # a digit run inside a spaced run already closed
            continue
        pieces.append(text[cursor:start])
        kept.extend(base[cursor:start])
        for offset in range(start, end, 2):
            pieces.append(text[offset])
            kept.append(base[offset])
        cursor = end
    pieces.append(text[cursor:])
    kept.extend(base[cursor:])
    return "".join(pieces), kept


def normalise(text: str) -> NormalisedText:
    """Normalise `text` once for every recogniser (see the module docstring).

    Args:
        text: The original text.

    Returns:
        The normalised text with its offset map back to `text`.
    """
    folded, source = (text, None) if text.isascii() else _fold_characters(text)
    closed, closed_source = _close_spaced_runs(_unmask_lookalikes(folded), source)
    if closed_source is not None and closed == text and closed_source == list(range(len(text))):
        closed_source = None  # nothing moved: keep the identity fast path
    return NormalisedText(
        original=text,
        text=closed,
        lower=_lower_same_length(closed),
        source=tuple(closed_source) if closed_source is not None else None,
    )
