"""Where a redaction's placeholders go: which matches win, and the strings rewritten around them.

Split from `hosted.redaction`, which decides what to match and keeps the mapping; these
functions only see offsets, value keys and kinds, never decide what is personal.
"""

from __future__ import annotations

from typing import Any

from hosted.redaction_texts import Slot
from hosted.redaction_values import SEGMENT_GAP, Value, spaced

__all__ = ["choose_spans", "crosses_strings", "replace_spans"]


def crosses_strings(strings: list[str], spans: list[tuple[int, int, str]]) -> bool:
    """Whether a span runs on past the end of a string: its rest is removed from the next, with no placeholder there."""
    if len(strings) < 2:
        return False
    bounds, offset = [], 0
    for text in strings[:-1]:
        offset += len(text)
        bounds.append(offset)
    return any(start < bound < end for start, end, _ in spans for bound in bounds)


def choose_spans(
    found: dict[str, Value], haystack: str, matches: list[tuple[int, int, str]]
) -> list[tuple[int, int, str, str]]:
    """The matches to replace, `(start, end, value key, kind)`, in order and never overlapping.

    The longest match at a position wins and matches inside it are dropped; a match
    that overlaps the previous one in part is merged with it, keyed by the union's own
    text and given the kind of the longer part.
    """
    chosen: list[list[Any]] = []  # [start, end, key, kind, length of the longest part]
    for start, negative_end, key in sorted((a, -b, key) for a, b, key in matches if b > a):
        end, kind = -negative_end, found[key].kind
        if chosen and start < chosen[-1][1]:
            last = chosen[-1]
            if end > last[1]:
                if end - start > last[4]:
                    last[3], last[4] = kind, end - start
                last[1], last[2] = end, None
            continue
        chosen.append([start, end, key, kind, end - start])
    return [
        (start, end, key if key is not None else "u:" + spaced(haystack[start:end]).casefold(), kind)
        for start, end, key, kind, _ in chosen
    ]


def replace_spans(
    slots: list[Slot], strings: list[str], spans: list[tuple[int, int, str]], *, masked: bool
) -> list[str]:
    """The segment's strings with each span replaced; a span across strings is placed where it starts.

    `masked` writes a NUL where the placeholder goes: the text the safety check reads, so
    that a short value ("1", "UK") is not found inside a placeholder of ours.
    """
    result: list[str] = []
    offset = 0
    for (_, _, _, bare), text in zip(slots, strings, strict=True):
        low, high = offset, offset + len(text)
        pieces: list[str] = []
        position = low
        for start, end, token in spans:
            if end <= low or start >= high:
                continue
            if start >= low:
                pieces.append(text[position - low : start - low])
                pieces.append(SEGMENT_GAP if masked else token if bare else f"<{token}>")
            position = min(end, high)
        pieces.append(text[position - low :])
        result.append("".join(pieces))
        offset = high
    return result
