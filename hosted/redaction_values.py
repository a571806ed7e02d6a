"""The values a redaction looks for: their written forms, how to find them, and the safety check's view.

Split from `hosted/redaction.py` (its docstring gives the rules these implement): a value
is one identifier whatever its separators and case, or one text whatever its whitespace;
`present_kinds` is the safety check that decides whether a redacted body may leave.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import Any

import orjson

__all__ = [
    "FOLD", "SEGMENT_GAP", "Value", "View", "collect_values", "kind_token", "normalised", "present_kinds",
    "serialised_kinds", "spaced",
]

SEGMENT_GAP = "\x00"  # between strings while matching, and where a value was: no value matches it
_SPACES = " \t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"  # noqa: E501 - every str.isspace() character
FOLD = str.maketrans({**dict.fromkeys(_SPACES, " "), "\u2019": "'"})  # one character for one: offsets hold
_ID_SEPARATORS = " -./()"
_NO_SEPARATORS = str.maketrans(dict.fromkeys(_ID_SEPARATORS))
_ID_WORD = re.compile(r"\+?[\w\-./()]*\d[\w\-./()]*|[A-Z]{1,4}|[\-./()]+")
_SEPARATOR_RUN = re.compile(r"[\s\-./()]+")
_DIGIT_GAP = re.compile(r"(\d)[\s\-./()+]+(?=\d)")
"""Separators between two digits; `sub(r"\\1", ...)` drops them (a leading digit, not a look-behind: ~2x faster)."""
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
_LOOSE_MIN = 6  # characters (identifiers) or digits before the separator-free checks apply


@lru_cache(maxsize=256)
def kind_token(kind: str) -> str:
    """A kind as placeholders write it: capitals and underscores only (`UK_NHS_NUMBER`)."""
    return re.sub(r"[^A-Z]+", "_", kind.upper()).strip("_") or "VALUE"


def normalised(text: str) -> str:
    return text if text.isascii() else unicodedata.normalize("NFKC", text).translate(_ZERO_WIDTH)


def spaced(text: str) -> str:
    """Whitespace runs as one space, U+2019 as an apostrophe: `text.translate(FOLD)` split and joined.

    `str.split()` cuts at exactly the characters `FOLD` turns into a space (every
    `str.isspace()` one), so only the apostrophe needs the translation.
    """
    return " ".join((text.replace("\u2019", "'") if "\u2019" in text else text).split())


def _is_identifier(value: str) -> bool:
    return any(c.isdigit() for c in value) and all(_ID_WORD.fullmatch(word) for word in value.split())


def _edges_ok(text: str, start: int, end: int) -> bool:
    """A match must not cut a word (or, where it starts or ends with a digit, a number)."""
    first, last = text[start], text[end - 1]
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    if (first.isdigit() and before.isdigit()) or (first.isalpha() and before.isalnum()):
        return False
    return not ((last.isdigit() and after.isdigit()) or (last.isalpha() and after.isalnum()))


def _find(text: str, needle: str) -> list[tuple[int, int]]:
    """Every occurrence of `needle` in `text` that does not cut a word (`_edges_ok`).

    A list, not a generator: most needles are not there at all, and answering those with
    one `str.find` and an empty list saves the generator's set-up on each of the ~50
    searches a redacted request makes.
    """
    start = text.find(needle) if needle else -1  # an empty form matches everywhere and has no edges to check
    if start < 0:
        return []
    hits = []
    while start >= 0:
        end = start + len(needle)
        if _edges_ok(text, start, end):
            hits.append((start, end))
        start = text.find(needle, start + 1)
    return hits


class Value:
    """The listed forms of one value, its first kind, and how to find it."""

    __slots__ = ("kind", "forms", "shape", "_variants", "_pattern", "_compact", "_digits")

    def __init__(self, kind: str, form: str) -> None:
        self.kind = kind
        self.forms = [form]
        self.shape = (
            "nul" if SEGMENT_GAP in form else "id" if _is_identifier(form) else "mail" if "@" in form else "text"
        )
        self._variants: frozenset[str] | None = None
        self._pattern: re.Pattern[str] | None = None
        self._compact = ""
        self._digits = ""

    @property
    def variants(self) -> frozenset[str]:
        """What plain search looks for: lower-cased for identifiers and e-mail, as written otherwise."""
        if self._variants is None:
            variants: set[str] = set()
            forms = {*self.forms, *map(normalised, self.forms)}  # a zero-width or full-width form also as read
            for form in map(spaced, forms):
                if self.shape == "text":
                    variants.update((form, form.upper(), form.title()))
                else:
                    form = form.lower()
                    variants.add(form)
                    if self.shape == "id":
                        groups = [g for g in _SEPARATOR_RUN.split(form) if g]
                        variants.update(sep.join(groups) for sep in ("", " ", "-", "."))
                        compact = form.translate(_NO_SEPARATORS)
                        self._compact = compact if len(compact) >= _LOOSE_MIN else ""
                digits = "".join(c for c in normalised(form) if c.isdigit())
                self._digits = digits if len(digits) >= _LOOSE_MIN else self._digits
            self._variants = frozenset(variants) if self.shape != "nul" else frozenset()
        return self._variants

    def spans(self, text: str, lower: str) -> list[tuple[int, int]]:
        """Where the value is, by plain search (`text` with whitespace folded, `lower` its lower case)."""
        haystack = text if self.shape == "text" else lower
        return [span for variant in self.variants for span in _find(haystack, variant)]

    @property
    def pattern(self) -> re.Pattern[str]:
        """The loose pattern: any whitespace between words, any separators between an identifier's characters."""
        if self._pattern is None:
            self._pattern = re.compile(r"(?!)") if self.shape == "nul" else _value_regex(self.forms, self.shape)
        return self._pattern

    def present_in(self, view: View) -> bool:
        """Whether the safety check can still find this value (see the module docstring)."""
        if self.shape == "nul":
            return True
        variants = self.variants
        haystack = view.spaced if self.shape == "text" else view.lower
        if any(True for variant in variants for _ in _find(haystack, variant)):
            return True
        if self._compact and self._compact in view.compact:
            return True
        return bool(self._digits) and self._digits in view.digits


def _value_regex(forms: list[str], shape: str) -> re.Pattern[str]:
    alternatives: dict[str, None] = {}
    for raw in forms:
        form = raw.strip()
        if shape == "id":
            chars = [c for c in form if c.isalnum() or c == "+"]
            opening = r"\(?" if form.startswith("(") else ""
            alternatives[_bounded(opening + r"[\s\-./()]*".join(map(re.escape, chars)), form)] = None
        elif shape == "mail":
            alternatives[_text_form(form)] = None
        else:
            for variant in (form, form.upper(), form.title()):
                alternatives[_text_form(variant)] = None
    return re.compile("|".join(alternatives), re.IGNORECASE if shape != "text" else 0)


def _bounded(body: str, form: str) -> str:
    before = r"(?<!\d)" if form[0].isdigit() else r"(?<![^\W_])" if form[0].isalpha() else ""
    after = r"(?!\d)" if form[-1].isdigit() else r"(?![^\W_])" if form[-1].isalpha() else ""
    return before + body + after


def _text_form(form: str) -> str:
    words = ("".join("['\u2019]" if c in "'\u2019" else re.escape(c) for c in word) for word in form.split())
    return _bounded(r"\s+".join(words), form)


def collect_values(values: Iterable[tuple[str, str]]) -> dict[str, Value]:
    found: dict[str, Value] = {}
    for kind, raw in values:
        if not spaced(normalised(raw)):  # blank, or only zero-width characters: nothing to find
            continue
        value = Value(kind_token(kind), raw)
        if value.shape == "nul":
            key = SEGMENT_GAP + raw
        elif value.shape == "id":
            key = "i:" + "".join(c for c in normalised(raw) if c.isalnum() or c == "+").casefold()
        else:
            key = "t:" + spaced(normalised(raw)).casefold()
        if key not in found:
            found[key] = value
        elif raw not in found[key].forms:
            found[key].forms.append(raw)
    return found


class View:
    """The redacted text as the safety check reads it: strings joined, placeholders masked.

    `compact` and `digits` are made when a value first asks for them: only identifiers of
    six characters or more do, and most requests hold none.
    """

    __slots__ = ("spaced", "lower", "_text", "_compact", "_digits")

    def __init__(self, segments: list[list[str]]) -> None:
        self._text = text = normalised("\n\n".join("".join(segment) for segment in segments))
        self.spaced = spaced(text)
        self.lower = self.spaced.lower()
        self._compact: str | None = None
        self._digits: str | None = None

    @property
    def compact(self) -> str:
        """`lower` with every identifier separator removed."""
        if self._compact is None:
            self._compact = self.lower.translate(_NO_SEPARATORS)
        return self._compact

    @property
    def digits(self) -> str:
        """The text with the separators between two digits removed."""
        if self._digits is None:
            self._digits = _DIGIT_GAP.sub(r"\1", self._text)
        return self._digits


def present_kinds(values: Iterable[Value], segments: list[list[str]]) -> tuple[str, ...]:
    view = View(segments)
    return tuple(dict.fromkeys(value.kind for value in values if value.present_in(view)))


_JSON_ESCAPE = re.compile(r"\\(?:u([0-9a-fA-F]{4})|(.))")
_CONTROL_ESCAPES = frozenset("bfnrt")


def _unescape(match: re.Match[str]) -> str:
    """One JSON escape read back; a control character (`\\n`, `\\u0001`) as a space, as whitespace is read."""
    if match.group(1) is not None:
        char = chr(int(match.group(1), 16))
        return " " if char < " " else char
    return " " if match.group(2) in _CONTROL_ESCAPES else match.group(2)


def serialised_kinds(body: Any, values: Iterable[Value], mask: Callable[[str], str]) -> tuple[str, ...]:
    """Kinds of the values in the serialised `body`, in any case (`Redaction.leftover_kinds`).

    Every key and string at every depth is in the serialisation, so nothing depends on
    which strings the redaction took for text. `mask` blanks the request's own
    placeholders before the search (so "Person" is not found in `<PERSON_1>`). `values`
    come from `collect_values` over the values as written (their shapes: "GB82 WEST 1234"
    is an id); the redaction passes its own, already collected.
    """
    serialised = orjson.dumps(body).decode()
    if "\\" in serialised:  # no backslash: no JSON escape to read back
        serialised = _JSON_ESCAPE.sub(_unescape, serialised)
    view = View([[mask(serialised)]])
    kinds: dict[str, None] = {}
    for value in values:
        if value.present_in(view) or (
            value.shape == "text" and any(True for form in value.variants for _ in _find(view.lower, form.lower()))
        ):
            kinds[value.kind] = None
    return tuple(kinds)
