"""Redact-then-restore: a request's personal values out to the hosted API, back into its answer.

`redact(body, values)` replaces each value (the text of a classifier finding, with its
kind) in every text string of a built hosted body with a typed placeholder such as
`<PERSON_1>` or `<UK_NHS_NUMBER_2>`, and returns a `Redaction`: the redacted body, and
the only copy of the mapping, used to restore the originals in the answer. Pure: no I/O,
no logging, no state outside the returned object (the module-level caches hold kind
names and the restore patterns built from them, never a value).

Placement:

* Every string the classifier reads is text: values at any depth, and keys that are not
  the schema's own (`SCHEMA_KEYS`, e.g. a tool schema's property names). Not touched,
  and only where the schema puts them: `model`, enum-valued fields (`role`, `type`,
  `detail`, `format`, `reasoning_effort`, `verbosity`, string `tool_choice` /
  `function_call`), `logit_bias` token ids, and the payload of image, audio and file
  parts (the classifier cannot read them). Under a free-form field (a tool's
  `parameters`, a format's `schema`) every key and string is text, whatever its name.
* The text parts of one content list are matched joined, as the engines and the
  classifier join them, so a value split across parts ("943 476" + " 5919") is replaced
  whole: the placeholder goes where it starts and its other characters are removed.
* One placeholder per value across the whole request. Identifiers (a digit in every
  word, or short capital blocks: "943 476 5919", "SW1A 1AA", "GB82 WEST 1234") are one
  value whatever their separators and case: "9434765919", "943-476-5919", "sw1a1aa".
  Other text is one value whatever its whitespace or case ("Jane Doe", "JANE  DOE");
  it matches as written, in capitals and in title case, never in lower case unless
  written so ("May" leaves "may" alone). E-mail addresses match in any case. Matches
  stop at word edges (digit edges for digits: "NHS9434765919" is replaced, "19434765919"
  is not).
* The longest match at a position wins and values inside it are not matched again; a
  partial overlap ("Ann Lee" and "Lee Smith" over "Ann Lee Smith") becomes one
  placeholder for the union.
* Placeholders are numbered per kind in order of first occurrence, skipping any token
  the request's text already holds. Fields the API restricts to `[A-Za-z0-9_-]`
  (`name`, `id`, `tool_call_id`) get the bare token: `PERSON_1`.

Matching is done first with plain string search over the listed forms and their
separator variants (no per-request regex to compile). The safety check then looks for
each value far more loosely; only if it still finds one is the request matched again
with a pattern per value that allows any whitespace and any separators between an
identifier's characters, and checked again.

Safety check, `Redaction.remaining_kinds()`: the kinds of values that were not placed
at all, or can still be found in the redacted text — with whitespace collapsed and
strings joined (a value across two strings is found), after NFKC and zero-width
removal, for identifiers of six characters or more with all separators removed, and for
six digits or more as the digits alone, even inside a longer number. Empty means the
body is safe to send; anything else means keep the request local.

Restoration (`restore`, `restore_response`, `stream_restorer`, `chunk_restorer`) puts
back, for this request's placeholders only, the first listed form of the value:
`<PERSON_1>`, the echoes `<PERSON_1 >`, `< PERSON_1>`, `< PERSON_1 >`, and the bare
`PERSON_1` when no letter or digit touches it (`get_PERSON_1` is restored; `XPERSON_1`,
`PERSON_12`, `person_1`, `<Person_1>` and any number this request did not issue are
left as they are). In tool-call `arguments` (JSON text) the value is written
JSON-escaped, so the arguments stay valid JSON.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from hosted.redaction_spans import choose_spans, crosses_strings, replace_spans
from hosted.redaction_texts import BodyTexts, write_texts
from hosted.redaction_values import FOLD, SEGMENT_GAP, Value, collect_values, present_kinds, serialised_kinds

if TYPE_CHECKING:
    from hosted.stream_restore import ChunkRestorer, StreamRestorer

__all__ = ["Redaction", "redact", "values_present"]


# --- redaction ---------------------------------------------------------------------------------


def redact(body: Mapping[str, Any], values: Iterable[tuple[str, str]]) -> Redaction:
    """Replace every listed value in every text string of a built hosted body.

    Args:
        body: The body built by `hosted.build_outgoing(...).body` (left unchanged).
        values: `(kind, value)` pairs, e.g. `("PERSON", "Jane Doe")`: the text of each
            finding, in any order, repeats allowed; empty or blank values are ignored.

    Returns:
        The `Redaction`: the redacted `body`, whether it is safe to send
        (`remaining_kinds()`), and the mapping that restores the answer.
    """
    found = collect_values(values)
    texts = BodyTexts(body)
    haystack = SEGMENT_GAP.join("".join(segment) for segment in texts.texts)
    folded = haystack.translate(FOLD)
    lower = folded.lower()
    if len(lower) == len(folded):  # lower-casing kept every offset: plain search is exact
        plain = [(a, b, key) for key, value in found.items() for a, b in value.spans(folded, lower)]
        redaction = _build(found, texts, haystack, plain)
        if not redaction.remaining_kinds():
            return redaction
        texts = BodyTexts(body)
    loose = [(m.start(), m.end(), key) for key, value in found.items() for m in value.pattern.finditer(haystack)]
    redaction = _build(found, texts, haystack, loose)
    redaction.remaining_kinds()
    return redaction


def _build(found: dict[str, Value], texts: BodyTexts, haystack: str, matches: list[tuple[int, int, str]]) -> Redaction:
    """Place the chosen matches: number the placeholders, rewrite the copied body."""
    tokens: dict[str, str] = {}  # value key -> token
    restore: dict[str, str] = {}  # token -> the value's first listed form
    numbers: dict[str, int] = {}
    by_segment: dict[int, list[tuple[int, int, str]]] = {}
    starts = [0]
    for strings in texts.texts:
        starts.append(starts[-1] + sum(map(len, strings)) + len(SEGMENT_GAP))
    chosen = choose_spans(found, haystack, matches)
    for start, end, key, kind in chosen:
        token = tokens.get(key)
        if token is None:
            number = numbers.get(kind, 0) + 1
            while f"{kind}_{number}" in haystack:  # never a token the client's text already holds
                number += 1
            numbers[kind] = number
            token = tokens[key] = f"{kind}_{number}"
            restore[token] = found[key].forms[0] if key in found else haystack[start:end]
        segment = bisect_right(starts, start) - 1
        by_segment.setdefault(segment, []).append((start - starts[segment], end - starts[segment], token))

    new_texts = [list(strings) for strings in texts.texts]
    masked = [list(strings) for strings in texts.texts]
    anchored = True
    for segment, spans in by_segment.items():
        slots, strings = texts.segments[segment], texts.texts[segment]
        new_texts[segment] = replace_spans(slots, strings, spans, masked=False)
        masked[segment] = replace_spans(slots, strings, spans, masked=True)
        anchored = anchored and not crosses_strings(strings, spans)
    write_texts(texts, new_texts, masked)
    kinds: dict[str, int] = {}
    for token in restore:
        kind = token.rsplit("_", 1)[0]
        kinds[kind] = kinds.get(kind, 0) + 1
    matched = {key for _, _, key in matches}
    unplaced = tuple(dict.fromkeys(value.kind for key, value in found.items() if key not in matched))
    return Redaction(texts.copy, restore, kinds, len(chosen), unplaced, list(found.values()), masked, anchored)


def values_present(body: Mapping[str, Any], values: Iterable[tuple[str, str]]) -> tuple[str, ...]:
    """The kinds of the listed values the safety check finds in a body (e.g. the final wire body).

    Placeholders of the listed kinds (`<PERSON_1>`, `PERSON_1`, up to four digits) are
    masked first, so that a short value ("1") is not found inside one.
    """
    found = collect_values(values)
    texts = BodyTexts(body).texts
    if found:
        pattern = _restore_regex(tuple(sorted({value.kind for value in found.values()})))

        def mask(match: re.Match[str]) -> str:
            token = match.group("b") or match.group("p")
            return SEGMENT_GAP if len(token) - token.rindex("_") <= 5 else match.group()

        texts = [[pattern.sub(mask, text) for text in segment] for segment in texts]
    return present_kinds(found.values(), texts)


@lru_cache(maxsize=256)
def _restore_regex(kinds: tuple[str, ...]) -> re.Pattern[str]:
    """Placeholder-shaped text of the given kinds; cached by kind names, which are not personal data."""
    tokens = rf"(?:{'|'.join(sorted(kinds, key=len, reverse=True))})_[0-9]+"
    # The lookahead lets the scan pass most characters with one class test (half the time at 1 KB).
    first = re.escape("".join(sorted({"<", *(kind[:1] for kind in kinds)})))
    return re.compile(rf"(?=[{first}])(?:< ?(?P<b>{tokens}) ?>|(?<![^\W_])(?P<p>{tokens})(?![^\W_]))")


class Redaction:
    """One request's redacted body and the mapping that restores its answer.

    Attributes:
        body: The redacted body, to be sent (through `with_our_fields`).
        kinds: The number of distinct placeholders per kind (for audit and metrics).
        replaced: The number of occurrences replaced.
        unplaced: Kinds of listed values found nowhere in the body's text.
        anchored: Every change to the body's text is at a placeholder: no value ran
            across two strings (whose rest was removed from the second with no
            placeholder left there). A re-check may then read only the text near the
            placeholders (`classifiers.recheck_text`).

    The mapping is private to the object: `repr` shows kinds and counts only, and no
    state is shared with any other `Redaction`.
    """

    __slots__ = (
        "body",
        "kinds",
        "replaced",
        "unplaced",
        "anchored",
        "_restore",
        "_values",
        "_masked",
        "_remaining",
        "_prefixes",
    )

    def __init__(
        self,
        body: dict[str, Any],
        restore: dict[str, str],
        kinds: dict[str, int],
        replaced: int,
        unplaced: tuple[str, ...],
        values: list[Value],
        masked: list[list[str]],
        anchored: bool,
    ) -> None:
        self.body = body
        self.kinds = kinds
        self.replaced = replaced
        self.unplaced = unplaced
        self.anchored = anchored
        self._restore = restore
        self._values = values
        self._masked = masked
        self._remaining: tuple[str, ...] | None = None
        self._prefixes: tuple[frozenset[str], frozenset[str]] | None = None

    def __repr__(self) -> str:
        return f"Redaction(kinds={self.kinds!r}, replaced={self.replaced})"

    def remaining_kinds(self) -> tuple[str, ...]:
        """Kinds of values not placed, or still found in `body` by the safety check; empty: safe to send."""
        if self._remaining is None:
            present = present_kinds(self._values, self._masked)
            self._remaining = tuple(dict.fromkeys((*self.unplaced, *present)))
        return self._remaining

    def leftover_kinds(self, values: Iterable[tuple[str, str]] | None = None) -> tuple[str, ...]:
        """Kinds of the values anywhere in the serialised `body`, in any case: the last defence.

        Blind to which strings the redaction took for text (`serialised_kinds`); empty: none left.

        Args:
            values: `(kind, value)` pairs to look for; None (the router's call): the values
                this redaction was made from, as `redact` collected them (the same
                `collect_values` of the same pairs, not collected a second time).
        """
        regex, restore = self._regex(), self._restore

        def mask(text: str) -> str:
            if regex is None:
                return text
            return regex.sub(lambda m: SEGMENT_GAP if (m.group("b") or m.group("p")) in restore else m.group(), text)

        found = self._values if values is None else collect_values(values).values()
        return serialised_kinds(self.body, found, mask)

    @property
    def complete(self) -> bool:
        """Whether every value was placed and none remains: `remaining_kinds()` is empty."""
        return not self.remaining_kinds()

    def unnumbered(self, text: str) -> str:
        """`text` with this request's placeholders written without their numbers: `<PERSON>`.

        For the re-check of a redacted body: a number says nothing about a person, and
        digits in a text wake every recogniser that needs one (twice the rules' cost).
        """
        regex = self._regex()
        if regex is None:
            return text
        restore = self._restore

        def plain(match: re.Match[str]) -> str:
            token = match.group("b") or match.group("p")
            return f"<{token.rsplit('_', 1)[0]}>" if token in restore else match.group()

        return regex.sub(plain, text)

    # --- restoration ---

    @property
    def hold_limit(self) -> int:
        """The most characters a stream restorer holds back: the longest form, `< PERSON_1 >`, less one."""
        return max((len(token) + 3 for token in self._restore), default=0)

    def _regex(self) -> re.Pattern[str] | None:
        return _restore_regex(tuple(sorted(self.kinds))) if self._restore else None

    def _replacer(self, json_string: bool) -> Callable[[re.Match[str]], str]:
        restore = self._restore

        def replace(match: re.Match[str]) -> str:
            value = restore.get(match.group("b") or match.group("p"))
            if value is None:  # placeholder-shaped, but not one this request issued
                return match.group()
            return json.dumps(value, ensure_ascii=False)[1:-1] if json_string else value

        return replace

    def restore(self, text: str, *, json_string: bool = False) -> str:
        """The text with this request's placeholders replaced by their values.

        Args:
            text: A whole answer text (or a whole tool-call `arguments` string).
            json_string: The text is JSON (tool-call `arguments`): values are written
                JSON-escaped, so a value with a quote or a newline keeps it valid.
        """
        pattern = self._regex()
        if pattern is None or not any(kind in text for kind in self.kinds):  # every token holds its kind
            return text
        return pattern.sub(self._replacer(json_string), text)

    def restore_response(self, response: Mapping[str, Any]) -> dict[str, Any]:
        """A copy of a `chat.completion` or `text_completion` with every string in `choices` restored.

        Message content, refusals, tool-call names and `arguments` (JSON-escaped),
        `function_call`, completion `text`, log-prob tokens. Fields outside `choices`
        (`id`, `model`, `service_tier`, `usage`) are the API's and are left as they are, and so
        are tool-call ids (`call_PERSON_1` stays: an id is the API's, and the stream leaves it too).
        """
        restored = dict(response)
        if isinstance(response.get("choices"), list):
            restored["choices"] = self._restored(response["choices"], None)
        return restored

    def _restored(self, value: Any, key: Any) -> Any:
        if isinstance(value, str):
            return value if key == "id" else self.restore(value, json_string=key == "arguments")
        if isinstance(value, Mapping):
            return {k: self._restored(v, k) for k, v in value.items()}
        if isinstance(value, list):
            return [self._restored(v, None) for v in value]
        return value

    def _hold_prefixes(self) -> tuple[frozenset[str], frozenset[str]]:
        """Text that may still become one of our placeholders: bracketed forms' prefixes, bare tokens' prefixes."""
        if self._prefixes is None:
            forms = [f"{a}{t}{b}" for t in self._restore for a in ("<", "< ") for b in (">", " >")]
            bracketed = frozenset(form[:i] for form in forms for i in range(1, len(form)))
            bare = frozenset(t[:i] for t in self._restore for i in range(1, len(t) + 1))
            self._prefixes = (bracketed, bare)
        return self._prefixes

    def stream_restorer(self, *, json_string: bool = False) -> StreamRestorer:
        """A restorer for one streamed text (one choice's content, one tool call's arguments)."""
        from hosted.stream_restore import StreamRestorer

        return StreamRestorer(self, json_string=json_string)

    def chunk_restorer(self) -> ChunkRestorer:
        """A restorer for a stream of `chat.completion.chunk` / `text_completion` chunk dicts."""
        from hosted.stream_restore import ChunkRestorer

        return ChunkRestorer(self)
