"""A copy of a request body with every text string located, for `hosted/redaction.py`.

Which strings are text follows the redaction module's docstring: values at any depth and
keys that are not the schema's own; not enum-valued fields, token ids or the payload of
image, audio and file parts. The text parts of one content list form one segment, matched
joined.

The skip-lists hold only where the schema itself puts those keys (the body was validated
against `hosted.egress_schema`, so a schema-level key is where the schema says it is):
`model`, `modalities`, `logit_bias` and the top-level enums at the top; `role`, `type`,
`detail`, `format` inside messages, parts, tools and formats. Under a free-form field
(`FREE_FORM_KEYS`: a tool's `parameters`, a format's `schema`) the client writes its
own keys, so there every key and every string is text, whatever its name: a property
called `model` or a `format` holding an NHS number is replaced like any other text.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from hosted.egress import SCHEMA_KEYS
from hosted.egress_schema import UNREADABLE_PARTS

__all__ = ["BARE_KEYS", "ENUM_KEYS", "FREE_FORM_KEYS", "BodyTexts", "Slot", "write_texts"]

ENUM_KEYS = frozenset(
    {"model", "role", "type", "detail", "format", "reasoning_effort", "verbosity", "tool_choice", "function_call"}
)
"""String values under these keys are the schema's (or JSON Schema's) words, never the client's text."""
BARE_KEYS = frozenset({"name", "id", "tool_call_id"})
"""Fields the API restricts to `[A-Za-z0-9_-]`: they get the bare placeholder token."""
_TOP_ENUM_KEYS = frozenset({"model", "reasoning_effort", "verbosity", "tool_choice", "function_call"})
"""The `ENUM_KEYS` the schema puts only at the top of a body; the others sit below it."""
_OPAQUE_KEYS = frozenset({"model", "modalities", "logit_bias"})
"""Top-level subtrees copied as they are: the policy's model, output modalities, token ids."""
FREE_FORM_KEYS = frozenset({"parameters", "schema"})
"""Schema fields, below the top, whose value is any JSON the client writes (`JsonObject`): all of it is text.

(`audio`, the only other one, is read by the router and never sent.)"""
_PART_TEXT_KEYS = ("text", "refusal")

# A slot is where one text string of the copied body lives: (container, key or index, is a key, bare).
Slot = tuple[Any, Any, bool, bool]


class BodyTexts:
    """A copy of a body with every text string located, grouped into segments matched as one."""

    def __init__(self, body: Mapping[str, Any]) -> None:
        self.segments: list[list[Slot]] = []
        self.texts: list[list[str]] = []
        self.copy: dict[str, Any] = self._mapping(body, top=True)

    def _add(self, slots: list[Slot], texts: list[str]) -> None:
        if slots:
            self.segments.append(slots)
            self.texts.append(texts)

    def _value(self, value: Any, free: bool) -> Any:
        if isinstance(value, Mapping):
            return self._mapping(value, free=free)
        if isinstance(value, list | tuple):
            return self._list(value, free)
        return value

    def _mapping(
        self, value: Mapping[str, Any], group: list[tuple[Slot, str]] | None = None, *, top: bool = False,
        free: bool = False,
    ) -> dict[Any, Any]:
        """Copy one object. `top`: the body itself; `free`: inside a free-form field, where nothing is the schema's."""
        copy: dict[Any, Any] = {}
        kind = value.get("type")
        payload = kind if not free and isinstance(kind, str) and kind in UNREADABLE_PARTS else None
        grouped = None
        if group is not None:  # the part's text is matched joined with its neighbours'
            grouped = next((k for k in _PART_TEXT_KEYS if isinstance(value.get(k), str)), None)
        for key, item in value.items():
            if isinstance(key, str) and (free or key not in SCHEMA_KEYS):
                self._add([(copy, key, True, False)], [key])
            if not free and ((top and key in _OPAQUE_KEYS) or key == payload):
                copy[key] = _plain_copy(item)
            elif isinstance(item, str):
                copy[key] = item
                if key == grouped and group is not None:
                    group.append(((copy, key, False, False), item))
                elif free or key not in ENUM_KEYS or top != (key in _TOP_ENUM_KEYS):
                    self._add([(copy, key, False, not free and key in BARE_KEYS)], [item])
            else:
                copy[key] = self._value(item, free or (not top and key in FREE_FORM_KEYS))
        return copy

    def _list(self, value: list[Any] | tuple[Any, ...], free: bool) -> list[Any]:
        parts = (
            all(isinstance(p, Mapping) for p in value)
            and sum(any(isinstance(p.get(k), str) for k in _PART_TEXT_KEYS) for p in value) > 1
        )
        group: list[tuple[Slot, str]] | None = [] if parts else None
        copy: list[Any] = []
        for item in value:
            if isinstance(item, str):
                copy.append(item)
                self._add([(copy, len(copy) - 1, False, False)], [item])
            elif isinstance(item, Mapping):
                copy.append(self._mapping(item, group, free=free))
            else:
                copy.append(self._value(item, free))
        if group:
            self._add([slot for slot, _ in group], [text for _, text in group])
        return copy


def _plain_copy(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {key: _plain_copy(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_plain_copy(item) for item in value]
    return value


def write_texts(texts: BodyTexts, new_texts: list[list[str]], masked: list[list[str]]) -> None:
    """Put the new strings into the copied body; renamed keys keep their place.

    Two keys of one object that would become the same (`"Jane Doe"` and `"JANE DOE"`)
    are left as they were, and so are found by the safety check: the request stays local
    rather than losing one of them.
    """
    renamed: dict[int, tuple[dict[Any, Any], dict[Any, str], list[int]]] = {}  # a key is its own segment
    for number, (slots, strings) in enumerate(zip(texts.segments, new_texts, strict=True)):
        for (container, key, is_key, _), text in zip(slots, strings, strict=True):
            if not is_key:
                container[key] = text
            elif text != key:
                entry = renamed.setdefault(id(container), (container, {}, []))
                entry[1][key] = text
                entry[2].append(number)
    for container, names, places in renamed.values():
        targets = [names.get(key, key) for key in container]
        if len(set(targets)) < len(targets):
            for number in places:
                masked[number] = list(texts.texts[number])
            continue
        items = list(container.items())
        container.clear()
        for key, item in items:
            container[names.get(key, key)] = item
