"""What the re-check of a redacted request reads: the sentences near what redaction changed.

A redacted body is classified again before it leaves (router/redactor.py, step 3): what
the first pass missed, or what only reads as personal once a value beside it is gone
("<POSTAL_ADDRESS>, York", a BIS number after "applicant <PERSON>"), keeps the request
local. Text far from every placeholder is the text the level pass already read, word
for word, and what it found there was replaced; what the re-check catches is read next
to what changed. So the re-check reads only the sentences within `RECHECK_RADIUS` characters
of a placeholder — at 1 KB with two names near the start, about a third of the text and
of the re-check's cost.

Sentences here are cut at a stop before a space or at a line break (`_SENTENCE_END`):
a number such as "98.47.28-997.65" stays whole, and so does a clause after a semicolon.

The radius is measured, not derived: over every personal row of the evaluation,
development and tuned held-out sets, as written and padded with public rows to about
1 KB, in both modes, reading the sentences within 200 characters sent and kept local
exactly the requests the whole-text re-check did
(benchmarks/results/route/redaction_equivalence.md); at 120 characters it sent none
the whole text kept, and kept 2 of 1,156 padded rows local that it sent. The whole text
is read whenever there is no placeholder to anchor on (nothing was replaced, yet the
level pass said personal) or the part would be most of the text anyway.
"""

from __future__ import annotations

import re

__all__ = ["PLACEHOLDER", "RECHECK_RADIUS", "recheck_text"]

PLACEHOLDER = re.compile(r"<[A-Z][A-Z0-9_]*>")
"""A placeholder as the re-check reads it, without its number (`<PERSON>`, `<UK_NHS_NUMBER>`).

Text of the client's own in this shape only widens what is read.
"""
RECHECK_RADIUS = 200
"""Characters either side of a placeholder whose sentences are re-checked."""
_WHOLE_FRACTION = 0.8
"""A part longer than this fraction of the text: read the whole text (no saving, and no doubt)."""
_GAP = "\n\n"
"""Between the parts read: a blank line, so no two parts join into one sentence."""


def recheck_text(text: str, radius: int = RECHECK_RADIUS) -> str:
    """The part of a redacted text to classify again: every sentence near a placeholder.

    Args:
        text: The redacted body's text, placeholders unnumbered (`Redaction.unnumbered`).
        radius: Characters either side of each placeholder; a sentence any of them
            touches is read whole.

    Returns:
        The sentences within `radius` of a placeholder, runs that meet read as written
        and runs apart joined by a blank line; `text` itself when it holds no
        placeholder or the part would be most of it.
    """
    runs: list[list[int]] = []  # [start, end] of each run, in order
    for match in PLACEHOLDER.finditer(text):
        low, high = max(0, match.start() - radius), match.end() + radius
        if runs and low <= runs[-1][1]:
            runs[-1][1] = max(runs[-1][1], high)
        else:
            runs.append([low, high])
    if not runs:
        return text
    parts: list[tuple[int, int]] = []
    for low, high in runs:
        start, end = _sentence_start(text, low), _sentence_end(text, high)
        if parts and start <= parts[-1][1]:  # widened to whole sentences, two runs meet
            parts[-1] = (parts[-1][0], end)
        else:
            parts.append((start, end))
    if sum(end - start for start, end in parts) + len(_GAP) * (len(parts) - 1) > _WHOLE_FRACTION * len(text):
        return text
    return _GAP.join(text[start:end] for start, end in parts)


_SENTENCE_END = re.compile(r"[.!?]+[\"')\]]*(?=\s)|\n")
"""Where a sentence ends: its stop (with a closing quote or bracket) before a space, or a line break."""
_LOOK_BACK = 1000
"""At most this many characters back for a sentence's start (a longer one is cut there)."""


def _sentence_start(text: str, position: int) -> int:
    """The start of the sentence holding `position`: just after the last sentence end before it."""
    floor = max(0, position - _LOOK_BACK, text.rfind("\n", 0, position))
    start = floor
    for match in _SENTENCE_END.finditer(text, floor, position):
        start = match.end()
    return start


def _sentence_end(text: str, position: int) -> int:
    """The end of the sentence holding `position` (its stop included), or of the text."""
    match = _SENTENCE_END.search(text, position)
    return match.end() if match is not None else len(text)
