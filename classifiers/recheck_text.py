"""What the re-check of a redacted request reads: the sentences near what redaction changed.

A redacted body is classified again before it leaves (router/redactor.py, step 3): what
the first pass missed, or what only reads as personal once a value beside it is gone
("<POSTAL_ADDRESS>, York", a BIS number after "applicant <PERSON>"), keeps the request
local. Text far from every placeholder is the text the level pass already read, word
for word; what the re-check catches there the level pass would have found, and redaction
replaced it. So the re-check reads only the sentences within `RECHECK_RADIUS` characters
of a placeholder — at 1 KB with two names near the start, about a third of the text and
of the re-check's cost.

The radius is measured, not derived: over every personal row of the evaluation,
development and tuned held-out sets, alone and padded with public rows to about 1 KB,
reading the sentences within 200 characters kept local every request the whole-text
re-check kept local (benchmarks/route/redaction_equivalence.py and its committed
result); the same check at 60 characters did too. The whole text is read whenever there
is no placeholder to anchor on (nothing was replaced, yet the level pass said personal)
or the part would be most of the text anyway.
"""

from __future__ import annotations

import re

from classifiers.sentences import split_sentences

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
        The sentences within `radius` of a placeholder, runs of consecutive sentences as
        written and runs apart joined by a blank line; `text` itself when it holds no
        placeholder or the part would be most of it.
    """
    marks = [match.span() for match in PLACEHOLDER.finditer(text)]
    if not marks:
        return text
    sentences = split_sentences(text)
    runs: list[list[int]] = []  # [first sentence's start, last sentence's end]
    mark = 0
    for sentence in sentences:
        # marks are in order: skip those that end more than `radius` before this sentence
        while mark < len(marks) and marks[mark][1] + radius <= sentence.start:
            mark += 1
        if mark == len(marks) or marks[mark][0] - radius >= sentence.end:
            continue
        if runs and not text[runs[-1][1] : sentence.start].strip():
            runs[-1][1] = sentence.end
        else:
            runs.append([sentence.start, sentence.end])
    chosen = sum(end - start for start, end in runs) + len(_GAP) * (len(runs) - 1)
    if not runs or chosen > _WHOLE_FRACTION * len(text):
        return text
    return _GAP.join(text[start:end] for start, end in runs)
