"""Encoded runs: base64, URL-encoding and hex, decoded so the classifier can read them.

A client (or a tool result) can carry "NHS number 943 476 5919, Jane Roe" as
`TkhTIG51bWJlciA5NDMgNDc2IDU5MTksIEphbmUgUm9l`; recognisers never see it unless
it is decoded. Runs long enough to hold an identifier are decoded here; the
classifier classifies the decoded text with the same rules (nested encodings up to
`MAX_DECODE_DEPTH` levels) and reports what it finds on the encoded run's span.

* base64 (standard and URL-safe alphabets, padding optional): at least
  `MIN_BASE64` characters, with a digit or mixed case (so long words are not
  tried), decoding to UTF-8 text that is mostly printable;
* URL-encoding: a run with a `%XX` escape (`%20`, `%40`...; one is enough: "jane.doe%40example.co.uk"), or a
  form-encoded `key=value` run with at least two `+` for spaces and no escape,
  decoded with `urllib.parse.unquote_plus`;
* hex: at least `MIN_HEX` hex digits (an even number, optional `0x` or `\\x`),
  decoding to mostly printable text;
* HTML character references in a token ("jane.doe&#64;example.co.uk"), decoded with
  `html.unescape`;
* `\\uXXXX` escapes in a token, as JSON, JavaScript and Python write non-ASCII letters
  ("Ren\\u00e9e"): read with their neighbours, "Ren\\u00e9e Dubois" is a name.

Decoding is bounded: at most `MAX_RUNS` runs per text and `MAX_RUN_LENGTH`
characters per run, so a large binary attachment cannot make classification slow.
"""

from __future__ import annotations

import base64
import binascii
import html
import re
from dataclasses import dataclass
from urllib.parse import unquote_plus

from classifiers.span_index import SpanIndex

__all__ = ["MAX_DECODE_DEPTH", "ContextWindow", "EncodedRun", "context_window", "encoded_runs"]

MAX_DECODE_DEPTH = 2
MIN_BASE64 = 12  # nine bytes: a National Insurance number ("QUIxMjM0NTZD" is AB123456C)
MIN_HEX = 16
MAX_RUNS = 32
MAX_RUN_LENGTH = 16_384
CONTEXT_BEFORE, CONTEXT_AFTER = 120, 60
"""Characters read before and after a decoded run (`context_window`): a cue and its value are rarely further
apart, and a cue mostly comes first."""
_PRINTABLE_SHARE = 0.9

_BASE64 = re.compile(rf"(?<![A-Za-z0-9+/_\-])[A-Za-z0-9+/_\-]{{{MIN_BASE64},}}={{0,2}}(?![A-Za-z0-9+/_\-=])")
_HEX = re.compile(rf"(?<![A-Za-z0-9])(?:0x|\\x)?(?:[0-9A-Fa-f]{{2}}(?:\\x|[ :])?){{{MIN_HEX // 2},}}(?![A-Za-z0-9])")
# Both start only where a run of their characters starts (the lookbehind): a match found there is the
# leftmost, and inside a long run ("%%%%...") every other start would scan the rest of it (quadratic).
_URL = re.compile(r"(?<![^\s\"'<>])[^\s\"'<>]*%[0-9A-Fa-f]{2}[^\s\"'<>]*")
_FORM = re.compile(r"(?<![^\s\"'<>])[^\s\"'<>=]*=[^\s\"'<>]*\+[^\s\"'<>]*")
"""A form-encoded query string with `+` for spaces and no `%XX` escape: "q=my+nhs+number+is+943+476+5919"."""
_ENTITIES = re.compile(
    r"(?<![^\s\"'<>])[^\s\"'<>]*&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});[^\s\"'<>]*"
)
"""A token with an HTML character reference: "jane.doe&#64;example.co.uk", "&commat;", "&#x40;"."""
_UNICODE_ESCAPES = re.compile(r"(?<![^\s\"'<>])[^\s\"'<>]*\\u[0-9a-fA-F]{4}[^\s\"'<>]*")
"""A token with a JSON, JavaScript or Python `\\uXXXX` escape: a pasted `{"name": "Ren\\u00e9e Dubois"}`."""
_ONE_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")


@dataclass(frozen=True, slots=True)
class EncodedRun:
    """An encoded run: its span in the scanned text, its encoding and the decoded text."""

    start: int
    end: int
    encoding: str
    decoded: str


@dataclass(frozen=True, slots=True)
class ContextWindow:
    """A decoded run with the plain text around it, and the way back to the original's offsets.

    `text` is `before + run.decoded + after`, where `before` starts `start` characters into
    the original text and `after` ends where the window does.
    """

    text: str
    start: int
    run: EncodedRun
    decoded_at: int  # where the decoded text starts in `text`

    def _outer(self, offset: int, end: bool) -> int:
        decoded_end = self.decoded_at + len(self.run.decoded)
        if offset < self.decoded_at or (offset == self.decoded_at and not end):
            return self.start + offset
        if offset > decoded_end or (offset == decoded_end and end):
            return self.run.end + offset - decoded_end
        return self.run.end if end else self.run.start  # inside the decoded text: the whole run

    def outer_span(self, start: int, end: int) -> tuple[int, int]:
        """A span of `text` as a span of the original text (one inside the run: the run)."""
        return self._outer(start, end=False), self._outer(end, end=True)


def context_window(text: str, run: EncodedRun) -> ContextWindow | None:
    """`run` decoded between up to `CONTEXT_BEFORE` / `CONTEXT_AFTER` characters of its neighbours.

    The window is cut at whitespace so no word is read in half; None when the run has no
    neighbours to read.
    """
    start = max(0, run.start - CONTEXT_BEFORE)
    if start > 0:
        space = text.find(" ", start, run.start)
        start = run.start if space < 0 else space + 1
    end = min(len(text), run.end + CONTEXT_AFTER)
    if end < len(text):
        space = text.rfind(" ", run.end, end)
        end = run.end if space < 0 else space
    before, after = text[start : run.start], text[run.end : end]
    if not before.strip() and not after.strip():
        return None
    return ContextWindow(before + run.decoded + after, start, run, len(before))


def _printable(text: str) -> bool:
    if not text.strip():
        return False
    good = sum(c.isprintable() or c in "\n\r\t" for c in text)
    return good >= _PRINTABLE_SHARE * len(text) and sum(c.isalnum() for c in text) >= 4


def _text(raw: bytes) -> str | None:
    try:
        decoded = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return decoded if _printable(decoded) else None


def _from_base64(value: str) -> str | None:
    body = value.rstrip("=")
    if not (any(c.isdigit() for c in body) or (any(c.islower() for c in body) and any(c.isupper() for c in body))):
        return None
    if body.isdigit() or body.isalpha() and (body.islower() or body.isupper()):
        return None
    padded = body + "=" * (-len(body) % 4)
    try:
        if "-" in body or "_" in body:
            raw = base64.urlsafe_b64decode(padded)
        else:
            raw = base64.b64decode(padded, validate=True)
    except (binascii.Error, ValueError):
        return None
    return _text(raw)


def _from_hex(value: str) -> str | None:
    digits = re.sub(r"0x|\\x|[ :]", "", value)
    if len(digits) % 2 or len(digits) < MIN_HEX or digits.isdigit():
        return None
    try:
        return _text(bytes.fromhex(digits))
    except ValueError:
        return None


def encoded_runs(text: str) -> list[EncodedRun]:
    """Decodable runs in `text` (see the module docstring), at most `MAX_RUNS` of each kind below.

    A URL run with a single escape ("jane.doe%40example.co.uk") is kept apart from the rest and
    added after them: links full of `%20` are common, and counted with the others they would
    use up the budget before a base64 payload further on, or hide one inside them.
    """
    runs: list[EncodedRun] = []
    single: list[EncodedRun] = []  # URL runs with one escape, and HTML character references
    if "%" in text:
        for match in _URL.finditer(text):
            value = match.group()
            if len(value) > MAX_RUN_LENGTH:
                continue
            decoded = unquote_plus(value)
            if decoded != value and _printable(decoded):
                (runs if value.count("%") >= 2 else single).append(
                    EncodedRun(match.start(), match.end(), "url", decoded)
                )
    if "+" in text and "=" in text:
        in_url = SpanIndex.of(runs).holds
        for match in _FORM.finditer(text):
            value = match.group()
            if value.count("+") < 2 or len(value) > MAX_RUN_LENGTH or in_url(match.start()):
                continue
            decoded = unquote_plus(value)
            if _printable(decoded):
                runs.append(EncodedRun(match.start(), match.end(), "url", decoded))
    for match in _HEX.finditer(text):
        if len(match.group()) <= MAX_RUN_LENGTH and (hex_text := _from_hex(match.group())) is not None:
            runs.append(EncodedRun(match.start(), match.end(), "hex", hex_text))
    in_run = SpanIndex.of(runs).holds
    for match in _BASE64.finditer(text):
        if len(runs) >= MAX_RUNS:
            break
        if len(match.group()) > MAX_RUN_LENGTH or in_run(match.start()):
            continue
        if (b64_text := _from_base64(match.group())) is not None:
            runs.append(EncodedRun(match.start(), match.end(), "base64", b64_text))
    if "&" in text and ";" in text:
        for match in _ENTITIES.finditer(text):
            value = match.group()
            if len(value) <= MAX_RUN_LENGTH and (decoded := html.unescape(value)) != value and _printable(decoded):
                single.append(EncodedRun(match.start(), match.end(), "html", decoded))
    if "\\u" in text:
        for match in _UNICODE_ESCAPES.finditer(text):
            value = match.group()
            if len(value) <= MAX_RUN_LENGTH and (letters := _from_unicode_escapes(value)) is not None:
                single.append(EncodedRun(match.start(), match.end(), "unicode", letters))
    return runs[:MAX_RUNS] + single[:MAX_RUNS]


def _from_unicode_escapes(value: str) -> str | None:
    """`value` with its `\\uXXXX` escapes decoded (surrogate pairs joined); None if that is not text."""
    decoded = _ONE_ESCAPE.sub(lambda match: chr(int(match.group(1), 16)), value)
    try:
        decoded = decoded.encode("utf-16", "surrogatepass").decode("utf-16")
    except UnicodeDecodeError:
        return None
    return decoded if _printable(decoded) else None
