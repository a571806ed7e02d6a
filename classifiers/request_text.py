"""Every text of an OpenAI request body: every string in it, at any depth.

Personal data can sit anywhere a request carries a string: a system prompt, an
earlier assistant answer, a tool call's id or arguments, a function name, a JSON
schema's property names, a message `name`. So nothing here knows which fields hold
text: `request_texts` walks the body and returns every string value, and every key
that is not one of the schema's own field names (`schema_keys`, supplied by the
caller that built the body). A field added to the body tomorrow is read tomorrow,
without a change here — the classifier reads exactly what can be sent.

Two additions to the plain walk:

* a list of content parts (`[{"type": "text", "text": ...}, ...]`) is also read with
  its parts' texts joined with nothing, the way the engines join them, so a value split
  across parts ("943 476" + " 5919") is seen whole; the parts are read on their own too,
  so a cue that the join would glue to a number ("NHS number" + "9434765919") is not lost;

Non-string scalars (numbers, booleans, null) are skipped; they carry no text.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = ["REQUEST_TEXT_SEPARATOR", "request_text", "request_texts"]

REQUEST_TEXT_SEPARATOR = "\n\n"
"""Joins the texts of a request in `request_text`; classify_request offsets refer to that string."""

_PART_TEXT_KEYS = ("text", "refusal")


def _joined_parts(parts: list[Any]) -> str | None:
    """The texts of a list of two or more text parts, joined as an engine joins them."""
    texts = []
    for part in parts:
        if not isinstance(part, Mapping):
            return None
        text = next((part[key] for key in _PART_TEXT_KEYS if isinstance(part.get(key), str)), None)
        if text is not None:
            texts.append(text)
    return "".join(texts) if len(texts) > 1 else None


class _Walker:
    def __init__(self, schema_keys: frozenset[str]) -> None:
        self.schema_keys = schema_keys
        self.texts: list[str] = []

    def walk(self, value: object) -> None:
        if isinstance(value, str):
            if value:
                self.texts.append(value)
        elif isinstance(value, Mapping):
            for key, item in value.items():
                if isinstance(key, str) and key not in self.schema_keys:
                    self.walk(key)
                self.walk(item)
        elif isinstance(value, list | tuple):
            for item in value:
                self.walk(item)
            if isinstance(value, list):
                joined = _joined_parts(value)
                if joined:
                    self.texts.append(joined)


def request_texts(
    body: object,
    *,
    schema_keys: frozenset[str] = frozenset(),
) -> list[str]:
    """Every string of a request body, in document order (see the module docstring).

    Args:
        body: The request body as parsed JSON (any JSON value).
        schema_keys: Keys that are the schema's own field names, not client text.

    Returns:
        The non-empty strings found, joined content parts after their parts.
    """
    walker = _Walker(schema_keys)
    walker.walk(body)
    return walker.texts


def request_text(body: object, *, schema_keys: frozenset[str] = frozenset()) -> str:
    """The request's texts joined with `REQUEST_TEXT_SEPARATOR` (what classify_request classifies)."""
    return REQUEST_TEXT_SEPARATOR.join(request_texts(body, schema_keys=schema_keys))
