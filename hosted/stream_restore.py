"""Restoring a redacted request's streamed answer, chunk by chunk (see `hosted.redaction`).

A placeholder can arrive split across chunks (`<PERS` + `ON_1>`). `StreamRestorer`
restores one streamed text and holds back only the shortest tail that could still
become a placeholder; `ChunkRestorer` keeps one per choice, per field and per tool call
of a stream of chunk dicts, and adds what a choice held to the chunk that finishes it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from hosted.redaction import Redaction

__all__ = ["ChunkRestorer", "StreamRestorer"]


class StreamRestorer:
    """Restores one text that arrives in pieces; a placeholder may be split across them.

    `feed` returns what can no longer change and holds back the shortest tail that
    could still begin (or, for a bare token, still be extended past) a placeholder: at
    most `Redaction.hold_limit` characters, never the whole stream. `flush` returns the
    rest. Feeding any chunking of a text and then flushing yields `restore(text)`.
    """

    __slots__ = ("_held", "_previous", "_pattern", "_replace", "_bracketed", "_bare", "_limit", "_starts")

    def __init__(self, redaction: Redaction, *, json_string: bool = False) -> None:
        self._held = ""
        self._previous = ""  # the last character already emitted, for the bare token's left edge
        self._pattern = redaction._regex()
        self._replace = redaction._replacer(json_string)
        self._bracketed, self._bare = redaction._hold_prefixes()
        self._limit = redaction.hold_limit
        # The first character of every prefix that may be held: "<", or a token's first letter.
        self._starts = frozenset({"<", *(prefix for prefix in self._bare if len(prefix) == 1)})

    def __repr__(self) -> str:
        return f"StreamRestorer(held={len(self._held)})"

    @property
    def held(self) -> int:
        """How many characters are held back now (never more than `Redaction.hold_limit`)."""
        return len(self._held)

    def feed(self, delta: str) -> str:
        """The restored text that is final after this piece arrives (possibly empty)."""
        if self._pattern is None:
            return delta
        text = self._held + delta
        return self._emit(self._pattern, text, self._cut(text))

    def flush(self) -> str:
        """Whatever is held back, restored: call once the text is complete."""
        text = self._held
        return self._emit(self._pattern, text, len(text)) if self._pattern is not None and text else text

    def _cut(self, text: str) -> int:
        """Where the held tail starts: the longest suffix that could still become a placeholder."""
        starts = self._starts
        for size in range(min(self._limit, len(text)), 0, -1):
            if text[-size] not in starts:  # no held prefix begins with it: skip the slice and both look-ups
                continue
            tail = text[-size:]
            if tail in self._bracketed:
                return len(text) - size
            if tail in self._bare:
                before = text[-size - 1] if size < len(text) else self._previous
                if not before.isalnum():
                    return len(text) - size
        return len(text)

    def _emit(self, pattern: re.Pattern[str], text: str, cut: int) -> str:
        context = self._previous + text
        shift = len(self._previous)
        pieces: list[str] = []
        position = shift
        end = shift + cut
        for match in pattern.finditer(context, shift):
            if match.start() >= end:
                break
            if match.end() > end:  # cannot happen (see _cut); hold the match rather than split it
                end = match.start()
                break
            pieces.append(context[position : match.start()])
            pieces.append(self._replace(match))
            position = match.end()
        pieces.append(context[position:end])
        cut = end - shift
        if cut:
            self._previous = text[cut - 1]
        self._held = text[cut:]
        return "".join(pieces)


_TEMPLATE_KEYS = ("id", "object", "created", "model", "system_fingerprint", "service_tier")


class ChunkRestorer:
    """Restores a stream of chunk dicts, holding back per choice and per tool call.

    Restored: `choices[].delta.content` and `.refusal`, `choices[].delta.tool_calls[]`
    (`function.arguments` streamed and JSON-escaped, `function.name` whole), and
    completions' `choices[].text`. When a choice's `finish_reason` arrives, what it
    held is added to that chunk (appended to its text, or to the tool call's arguments).
    A stream that ends without a `finish_reason` gets its held text from `close()`.
    """

    __slots__ = ("_redaction", "_streams", "_template")

    def __init__(self, redaction: Redaction) -> None:
        self._redaction = redaction
        self._streams: dict[tuple[int, str, int], StreamRestorer] = {}
        self._template: dict[str, Any] = {}

    def __repr__(self) -> str:
        return f"ChunkRestorer(streams={len(self._streams)})"

    def _stream(self, key: tuple[int, str, int]) -> StreamRestorer:
        stream = self._streams.get(key)
        if stream is None:
            stream = self._streams[key] = self._redaction.stream_restorer(json_string=key[1] == "arguments")
        return stream

    def _tails(self, index: int) -> dict[tuple[str, int], str]:
        tails = {}
        for key in [key for key in self._streams if key[0] == index]:
            tail = self._streams.pop(key).flush()
            if tail:
                tails[key[1:]] = tail
        return tails

    def restore_chunk(self, chunk: Mapping[str, Any]) -> dict[str, Any]:
        """A copy of the chunk with its streamed texts restored (see the class docstring)."""
        restored = dict(chunk)
        self._template = {key: chunk[key] for key in _TEMPLATE_KEYS if key in chunk}
        choices = chunk.get("choices")
        if isinstance(choices, list):
            restored["choices"] = [self._choice(c) if isinstance(c, Mapping) else c for c in choices]
        return restored

    def close(self) -> list[dict[str, Any]]:
        """Chunks carrying whatever is still held, for a stream that ended without `finish_reason`."""
        chunks = []
        for index in sorted({key[0] for key in self._streams}):
            tails = self._tails(index)
            if tails:
                choice = _with_tails({"index": index, "finish_reason": None}, tails)
                chunks.append({**self._template, "choices": [choice]})
        return chunks

    def _choice(self, choice: Mapping[str, Any]) -> dict[str, Any]:
        index = choice.get("index", 0)
        index = index if isinstance(index, int) else 0
        restored = dict(choice)
        if isinstance(choice.get("text"), str):
            restored["text"] = self._stream((index, "text", 0)).feed(choice["text"])
        delta = choice.get("delta")
        if isinstance(delta, Mapping):
            new_delta = dict(delta)
            for field in ("content", "refusal"):
                if isinstance(delta.get(field), str):
                    new_delta[field] = self._stream((index, field, 0)).feed(delta[field])
            if isinstance(delta.get("tool_calls"), list):
                new_delta["tool_calls"] = [self._tool_call(index, n, c) for n, c in enumerate(delta["tool_calls"])]
            restored["delta"] = new_delta
        if choice.get("finish_reason") is not None:
            restored = _with_tails(restored, self._tails(index))
        return restored

    def _tool_call(self, index: int, position: int, call: Any) -> Any:
        if not isinstance(call, Mapping) or not isinstance(call.get("function"), Mapping):
            return call
        number = call.get("index", position)
        function = dict(call["function"])
        if isinstance(function.get("arguments"), str):
            stream = self._stream((index, "arguments", number if isinstance(number, int) else position))
            function["arguments"] = stream.feed(function["arguments"])
        if isinstance(function.get("name"), str):
            function["name"] = self._redaction.restore(function["name"])
        return {**call, "function": function}


def _with_tails(choice: dict[str, Any], tails: dict[tuple[str, int], str]) -> dict[str, Any]:
    """A choice with held tails appended to its fields (creating them where the chunk has none)."""
    if not tails:
        return choice
    if ("text", 0) in tails:
        choice["text"] = (choice.get("text") or "") + tails.pop(("text", 0))
    if not tails:
        return choice
    delta = dict(choice.get("delta") or {})
    for field in ("content", "refusal"):
        if (field, 0) in tails:
            delta[field] = (delta.get(field) or "") + tails[(field, 0)]
    calls = [dict(call) for call in delta.get("tool_calls") or []]
    for (field, number), tail in sorted(tails.items()):
        if field != "arguments":
            continue
        call = next((c for c in calls if c.get("index") == number), None)
        if call is None:
            calls.append({"index": number, "function": {"arguments": tail}})
        else:
            function = dict(call.get("function") or {})
            function["arguments"] = (function.get("arguments") or "") + tail
            call["function"] = function
    if calls:
        delta["tool_calls"] = calls
    choice["delta"] = delta
    return choice
